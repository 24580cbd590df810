/** Rules about individual values: country codes, currency codes, language tags, hashes, required text. */
import tags from "language-tags";
import { isCountryCode } from "../../../src/model/countries.js";
import type { Problem, Rule } from "../types.js";

export const countryCode: Rule = {
  name: "country-code",
  description: "Country codes are assigned ISO 3166-1 alpha-2 codes, and every state actor has one.",
  check: ({ records }) =>
    records.flatMap(({ file, kind, record }): Problem[] => {
      if (record.country !== undefined && !isCountryCode(record.country)) {
        return [
          { file, path: "country", rule: "country-code", message: `${JSON.stringify(record.country)} is not an ISO 3166-1 alpha-2 code`, hint: 'use two upper-case letters such as "UZ", "KZ", "AF"' },
        ];
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

/** RFC 5646 §2.1: subtags of 1–8 letters or digits joined by single hyphens (the registry library lets empty subtags through). */
const TAG_SHAPE = /^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

export const languageTag: Rule = {
  name: "language-tag",
  description: 'A source\'s language is a valid BCP 47 tag (RFC 5646) whose subtags are in the IANA Language Subtag Registry, in its canonical case, e.g. "en" or "uz-Cyrl".',
  check: ({ records }) =>
    records
      .filter(({ record }) => typeof record.language === "string")
      .flatMap(({ file, record }): Problem[] => {
        const tag = tags(record.language);
        const valid = TAG_SHAPE.test(record.language) && tag.valid();
        if (valid && tag.format() === record.language) return [];
        const why = valid
          ? `is not in canonical case (${JSON.stringify(tag.format())})`
          : `is not a registered BCP 47 language tag${
              tag.errors().length
                ? ` (${tag
                    .errors()
                    .map((e) => e.message)
                    .join(" ")})`
                : " (an empty subtag)"
            }`;
        return [
          {
            file,
            path: "language",
            rule: "language-tag",
            message: `${JSON.stringify(record.language)} ${why}`,
            hint: valid ? `write ${JSON.stringify(tag.format())}` : 'use a tag from the IANA registry such as "en", "ru", "uz-Latn" (not a language name like "English")',
          },
        ];
      }),
};

/** Keys whose blank value another rule reports (a blank quote is a quote-length problem). */
const TEXT_CHECKED_ELSEWHERE = new Set(["quote"]);

/** Every string in `value` with its JSON path and the key it sits under (an array's items under the array's key). */
function strings(value: unknown, path: string, key: string): { path: string; key: string; text: string }[] {
  if (typeof value === "string") return [{ path, key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`, key));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k, k));
}

const TEXT_HINTS: Readonly<Record<string, string>> = {
  summary: "write one or two sentences in our own words",
  reason: "say in words why the id was retired",
  inferred: "give the reason the date is inferred, or remove the field if the text states the date",
  nameAsReported: "copy the name as the source writes it, or remove the field",
};

export const textPresent: Rule = {
  name: "text-present",
  description: "No text field is blank: titles, names, summaries, reasons, inferred-date reasons, reported names and every other string of a record or tombstone (blank quotes are quote-length's).",
  check: ({ records, tombstones }) =>
    [...records, ...tombstones].flatMap(({ file, record }) =>
      strings(record, "", "")
        .filter(({ key, text }) => text.trim() === "" && !TEXT_CHECKED_ELSEWHERE.has(key))
        .map(
          ({ path, key }): Problem => ({
            file,
            path,
            rule: "text-present",
            message: `${key} is blank`,
            hint: TEXT_HINTS[key] ?? `write the ${key}, or remove the field if it is optional`,
          }),
        ),
    ),
};
