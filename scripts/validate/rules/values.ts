/** Rules about individual values: country codes, currency codes, hashes, required text. */
import { isCountryCode } from "../../../src/model/countries.js";
import type { Problem, Rule } from "../types.js";

export const countryCode: Rule = {
  name: "country-code",
  description: "Country codes are assigned ISO 3166-1 alpha-2 codes, and every state actor has one.",
  check: ({ records }) =>
    records.flatMap(({ file, kind, record }): Problem[] => {
      if (record.country !== undefined && !isCountryCode(record.country)) {
        return [{ file, path: "country", rule: "country-code", message: `${JSON.stringify(record.country)} is not an ISO 3166-1 alpha-2 code`, hint: 'use two upper-case letters such as "UZ", "KZ", "AF"' }];
      }
      if (kind === "actor" && record.type === "state" && record.country === undefined) {
        return [{ file, path: "country", rule: "country-code", message: "a state actor has no country code", hint: "add its ISO 3166-1 alpha-2 code" }];
      }
      return [];
    }),
};

export const currencyCode: Rule = {
  name: "currency-code",
  description: "Money amounts (measure funding) give an ISO 4217 currency code as their unit.",
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      (record.quantities ?? []).flatMap((q: { measure: string; unit: string }, i: number): Problem[] =>
        q.measure === "funding" && !/^[A-Z]{3}$/.test(q.unit)
          ? [{ file, path: `quantities[${i}].unit`, rule: "currency-code", message: `${JSON.stringify(q.unit)} is not a currency code`, hint: 'use an ISO 4217 code such as "USD" or "EUR"' }]
          : [],
      ),
    ),
};

export const sourceHash: Rule = {
  name: "source-hash",
  description: "A source's sha256 is 64 lowercase hex digits.",
  check: ({ records }) =>
    records
      .filter(({ kind, record }) => kind === "source" && !/^[0-9a-f]{64}$/.test(record.sha256))
      .map(({ file }) => ({ file, path: "sha256", rule: "source-hash", message: "sha256 is not 64 lowercase hex digits", hint: "run sha256sum on the source text and paste the digest" })),
};

const TEXT_FIELDS = ["title", "name", "summary"] as const;

export const textPresent: Rule = {
  name: "text-present",
  description: "Titles, names and summaries are not blank.",
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      TEXT_FIELDS.filter((key) => typeof record[key] === "string" && record[key].trim() === "").map((key) => ({
        file,
        path: key,
        rule: "text-present",
        message: `${key} is blank`,
        hint: key === "summary" ? "write one or two sentences in our own words" : `give the record a ${key}`,
      })),
    ),
};
