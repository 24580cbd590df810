/**
 * Our EDTF parser agrees with the `edtf` reference library (a devDependency used only here) on
 * the bounds of random valid dates of the supported subset, and rejects everything it rejects.
 *
 * Deliberate deviations, each pinned down by a test below (and documented in docs/querying.md):
 * 1. Seasons (`YYYY-21`…`24`) use meteorological bounds ("autumn" is September–November, winter
 *    runs December–February); `edtf` maps them to calendar quarters (autumn = July–September).
 * 2. We accept a qualifier on a season (`2018-23~`, "this fall", approximately) and intervals
 *    of seasons; `edtf` rejects both at its default level and accepts them only with its
 *    experimental level-3 options (`seasonUncertainty`, `seasonIntervals`). `edtf` never accepts
 *    an interval mixing a season and a month or day (`2018-23/2018-12`); we do.
 * 3. Interval order: `edtf` requires the end's first day to be strictly after the start's first
 *    day; we require only that the end's last day is not before the start's first day. So we
 *    also accept `2018-03-26/2018-03-26` and `2018-03-26/2018` ("from 26 March to some time in
 *    2018"), which `edtf` rejects.
 * 4. `edtf` accepts 29 February in every year and rolls it over (`2018-02-29` is 1 March); we
 *    reject a day that does not exist. (We reject more, so "rejects what it rejects" holds.)
 * 5. Year 0000 is a leap year in the proleptic Gregorian calendar of ISO 8601 (divisible by 400);
 *    `edtf` treats it as a common year and rolls `0000-02-29` to 1 March. The random dates below
 *    therefore start at year 1; year 0 has a test of its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEdtf } from "../src/index.js";

interface EdtfValue {
  min: number;
  max: number;
  precision?: number;
  uncertain?: { value: number };
  approximate?: { value: number };
}
type Edtf = (text: string, options?: object) => EdtfValue;
const edtf = ((await import("edtf" as string)) as { default: Edtf }).default;
const LEVEL_3 = { level: 3, seasonIntervals: true, seasonUncertainty: true };

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const accepts = (parse: () => unknown): boolean => {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
};
const ours = (s: string) => accepts(() => parseEdtf(s));
const theirs = (s: string, options?: object) => accepts(() => edtf(s, options));

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

const year = fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 9999 }));
const qualifier = fc.constantFrom("", "?", "~", "%");
/** A valid calendar date of year, month or day precision (no season). */
const calendarDate = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
);
const qualified = fc.tuple(calendarDate, qualifier).map(([d, q]) => d + q);

describe("parseEdtf agrees with the edtf reference library", () => {
  it("but for year 0000, a leap year (deviation 5), whose 29 February edtf rolls over", () => {
    expect(parseEdtf("0000-02-29")).toMatchObject({ earliest: "0000-02-29", latest: "0000-02-29" });
    expect(day(edtf("0000-02-29").min)).toBe("0000-03-01");
    expect(day(edtf("0004-02-29").min)).toBe("0004-02-29"); // other leap years agree
  });

  it("on the bounds, precision and qualifiers of random single dates", () => {
    fc.assert(
      fc.property(qualified, (s) => {
        const reference = edtf(s);
        const bounds = parseEdtf(s);
        expect([bounds.earliest, bounds.latest], s).toEqual([day(reference.min), day(reference.max)]);
        expect(bounds.precision).toBe({ 1: "year", 2: "month", 3: "day" }[reference.precision!]);
        expect(bounds.uncertain).toBe(reference.uncertain!.value !== 0);
        expect(bounds.approximate).toBe(reference.approximate!.value !== 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("on the bounds of random intervals it accepts, and on which intervals to accept, but for the documented order rule", () => {
    fc.assert(
      fc.property(qualified, qualified, (a, b) => {
        const s = `${a}/${b}`;
        const start = parseEdtf(a);
        const end = parseEdtf(b);
        // edtf: the end's first day strictly after the start's first day. Ours: the end's last day not before the start's first day.
        expect(theirs(s), s).toBe(end.earliest > start.earliest);
        expect(ours(s), s).toBe(end.latest >= start.earliest);
        if (theirs(s)) {
          const reference = edtf(s);
          const bounds = parseEdtf(s);
          expect([bounds.earliest, bounds.latest], s).toEqual([day(reference.min), day(reference.max)]);
        }
      }),
      { numRuns: 2000 },
    );
    // Examples of deviation 3.
    for (const s of ["2018-03-26/2018-03-26", "2018-03-26/2018", "2018-03/2018"]) expect([s, ours(s), theirs(s)]).toEqual([s, true, false]);
  });

  it("deviates on seasons as documented: meteorological bounds, qualifiers and intervals accepted", () => {
    const seasons = fc.tuple(
      year.filter((y) => y < 9999),
      fc.integer({ min: 21, max: 24 }),
      qualifier,
    );
    fc.assert(
      fc.property(seasons, ([y, s, q]) => {
        const text = `${pad(y, 4)}-${s}${q}`;
        const bounds = parseEdtf(text);
        const [first, last] = { 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 2] }[s]!;
        const endYear = s === 24 ? y + 1 : y;
        expect([bounds.earliest, bounds.latest]).toEqual([`${pad(y, 4)}-${pad(first!)}-01`, `${pad(endYear, 4)}-${pad(last!)}-${daysIn(endYear, last!)}`]);
        expect(bounds.precision).toBe("season");
        // edtf: calendar quarters; a qualified season only at its experimental level 3.
        const reference = edtf(text, LEVEL_3);
        const quarter = s - 20;
        expect([day(reference.min), day(reference.max)]).toEqual([`${pad(y, 4)}-${pad(quarter * 3 - 2)}-01`, `${pad(y, 4)}-${pad(quarter * 3)}-${daysIn(y, quarter * 3)}`]);
        expect(theirs(text)).toBe(q === "");
      }),
      { numRuns: 500 },
    );
    expect([ours("2018-21/2018-22"), theirs("2018-21/2018-22"), theirs("2018-21/2018-22", LEVEL_3)]).toEqual([true, false, true]);
    expect([ours("2018-23/2018-12"), theirs("2018-23/2018-12", LEVEL_3)]).toEqual([true, false]);
  });

  it("deviates on 29 February of common years as documented: edtf rolls it over, we reject it", () => {
    expect(day(edtf("2018-02-29").min)).toBe("2018-03-01");
    expect(ours("2018-02-29")).toBe(false);
    expect(ours("2020-02-29")).toBe(true);
  });

  it("rejects every string edtf rejects, except the documented season and interval deviations", () => {
    // Strings near the grammar: fragments of dates, odd digits and qualifiers in odd places.
    const fragment = fc.oneof(
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.integer({ min: 0, max: 45 }).map((n) => pad(n)),
      fc.constantFrom("-", "/", "?", "~", "%", "X", "XX", "T10:00", "..", " ", "Z", "+", "2018", "2018-03", "2018-02-29", "2018-23"),
    );
    const candidate = fc.oneof(
      fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
      fc.tuple(calendarDate, fc.constantFrom("-", "--", "?~", "~?", "??", "-00", "-13", "-32", "X", " "), fc.boolean()).map(([d, junk, before]) => (before ? junk + d : d + junk)),
      fc.string({ unit: fc.constantFrom(..."0123456789-/?~%"), maxLength: 24 }),
    );
    fc.assert(
      fc.property(candidate, (s) => {
        if (theirs(s) || !ours(s)) return;
        // We accept something edtf (at its default level) rejects: it must be a documented deviation.
        const parts = s.split("/");
        const isSeason = (p: string) => /^\d{4}-2[1-4][?~%]?$/.test(p);
        const seasonDeviation = parts.some(isSeason);
        const orderDeviation = parts.length === 2 && !parts.some(isSeason) && theirs(parts[0]!) && theirs(parts[1]!);
        expect(seasonDeviation || orderDeviation, s).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("rejects the malformed values the issue names, as edtf does", () => {
    for (const s of ["2018-13", "yesterday", "2018-00", "2018-03-00", "2018-04-31", "2018-3", "18", "2018-03-26T10:00", "../2018", "2018/..", ""]) {
      expect([s, ours(s)]).toEqual([s, false]);
    }
    for (const s of ["2018-13", "yesterday", "2018-00", "2018-04-31", "2018-3"]) expect([s, theirs(s)]).toEqual([s, false]);
  });
});
