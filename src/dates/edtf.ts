/**
 * EDTF (ISO 8601-2) parsing for the subset the dataset uses, and the ordering of dates
 * by their bounds. Pure functions, no dependencies.
 * @module
 */
import { expectString } from "../argument-checks.js";
import { brandErrorClass } from "../error-brand.js";
import { quote } from "../text/clip.js";
import type { DateBounds, DatePrecision } from "../model/records.js";

/** Why an EDTF string was rejected: bad syntax, a day or month that does not exist, or an interval that ends before it starts. */
export type EdtfErrorCode = "syntax" | "calendar" | "interval-order";

/**
 * Thrown for a string that is not a valid EDTF date of the supported subset.
 * A `RangeError`, so `catch (e) { if (e instanceof RangeError) … }` works. `instanceof EdtfError`
 * also holds for an error thrown by the other build of the package (ESM or CommonJS) loaded in
 * the same process: see "ESM and CommonJS together" in docs/querying.md.
 * @example
 * ```ts
 * import { EdtfError, parseEdtf } from "central-asia-security";
 * try {
 *   parseEdtf("2018-02-30");
 * } catch (error) {
 *   if (error instanceof EdtfError) console.log(error.code, error.value); // "calendar" "2018-02-30"
 * }
 * ```
 */
export class EdtfError extends RangeError {
  /** Which check failed. */
  readonly code: EdtfErrorCode;
  /** The rejected input. */
  readonly value: string;
  constructor(code: EdtfErrorCode, value: string, detail: string) {
    super(`Invalid EDTF date ${quote(value)}: ${detail}`);
    this.name = "EdtfError";
    this.code = code;
    this.value = value;
  }
}
brandErrorClass(EdtfError, "EdtfError");

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, season: 2, year: 3 };

/**
 * Meteorological (northern) seasons: [first month, last month, last month is next year].
 * The `edtf` package maps seasons to calendar quarters instead; "this fall" means
 * September–November, so we keep the meaning of the word.
 */
const SEASONS: Record<number, readonly [number, number, boolean]> = {
  21: [3, 5, false],
  22: [6, 8, false],
  23: [9, 11, false],
  24: [12, 2, true],
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
const ymd = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function parseSingle(part: string, whole: string): DateBounds {
  const match = DATE_PATTERN.exec(part);
  if (!match) {
    throw new EdtfError("syntax", whole, "expected YYYY, YYYY-MM, YYYY-MM-DD or a season YYYY-21…24, optionally followed by ? ~ or %, or an interval A/B of two such dates");
  }
  const [, y, m, d, qualifier] = match;
  const year = Number(y);
  const flags = { uncertain: qualifier === "?" || qualifier === "%", approximate: qualifier === "~" || qualifier === "%" };
  if (m === undefined) {
    return { earliest: ymd(year, 1, 1), latest: ymd(year, 12, 31), precision: "year", ...flags };
  }
  const month = Number(m);
  const season = SEASONS[month];
  if (d === undefined && season) {
    const [first, last, wraps] = season;
    const endYear = wraps ? year + 1 : year;
    return {
      earliest: ymd(year, first, 1),
      latest: ymd(endYear, last, daysIn(endYear, last)),
      precision: "season",
      ...flags,
    };
  }
  if (month < 1 || month > 12) {
    throw new EdtfError("calendar", whole, `month ${m} does not exist (months are 01–12, seasons 21–24)`);
  }
  if (d === undefined) {
    return { earliest: ymd(year, month, 1), latest: ymd(year, month, daysIn(year, month)), precision: "month", ...flags };
  }
  const day = Number(d);
  if (day < 1 || day > daysIn(year, month)) {
    throw new EdtfError("calendar", whole, `day ${d} does not exist in ${pad(year, 4)}-${m} (it has ${daysIn(year, month)} days)`);
  }
  return { earliest: ymd(year, month, day), latest: ymd(year, month, day), precision: "day", ...flags };
}

/**
 * Parses an EDTF date or interval and returns the calendar span it may denote, as a frozen
 * object. Precision is never invented: `2018-03` spans the whole of March 2018.
 *
 * @throws {TypeError} when `value` is not a string (nothing is called on it).
 * @throws {EdtfError} a `RangeError` naming the value, for bad syntax, a date that does not
 * exist (`2018-02-30`, `2018-13`) or an interval whose end is before its start.
 * @example
 * ```ts
 * import { parseEdtf } from "central-asia-security";
 * parseEdtf("2018-03");
 * // { earliest: "2018-03-01", latest: "2018-03-31", precision: "month", uncertain: false, approximate: false }
 * parseEdtf("2018-23~").approximate; // true (autumn 2018, approximate)
 * ```
 */
export function parseEdtf(value: string): DateBounds {
  // Frozen, as its readonly type says: a caller cannot change bounds another caller shares.
  return Object.freeze(parseBounds(value));
}

function parseBounds(value: string): DateBounds {
  expectString("parseEdtf: value", value, "an EDTF date string");
  const parts = value.split("/");
  if (parts.length === 1) return parseSingle(value, value);
  if (parts.length !== 2) throw new EdtfError("syntax", value, "an interval has exactly one '/'");
  const start = parseSingle(parts[0]!, value);
  const end = parseSingle(parts[1]!, value);
  if (end.latest < start.earliest) {
    throw new EdtfError("interval-order", value, `the interval ends (${parts[1]}) before it starts (${parts[0]})`);
  }
  const precision = PRECISION_RANK[start.precision] >= PRECISION_RANK[end.precision] ? start.precision : end.precision;
  return {
    earliest: start.earliest,
    latest: end.latest,
    precision,
    uncertain: start.uncertain || end.uncertain,
    approximate: start.approximate || end.approximate,
  };
}

/**
 * True when `value` is a valid EDTF string of the supported subset.
 *
 * @example
 * ```ts
 * import { isEdtf } from "central-asia-security";
 * isEdtf("2021-03-30"); // true
 * isEdtf("2018-02-30"); // false
 * ```
 */
export function isEdtf(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseEdtf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Orders two EDTF dates the way the library sorts records: by earliest possible day, then by
 * latest possible day (so `2018` sorts before `2018-03`, which sorts before `2018-03-26`).
 * Returns a negative number, zero or a positive number, for use with `Array.prototype.sort`.
 *
 * @throws {TypeError} when `a` or `b` is not a string.
 * @throws {EdtfError} when either value is not valid EDTF.
 * @example
 * ```ts
 * import { compareDates } from "central-asia-security";
 * ["2021-03-30", "2018", "2018-03"].sort(compareDates); // ["2018", "2018-03", "2021-03-30"]
 * ```
 */
export function compareDates(a: string, b: string): number {
  expectString("compareDates: a", a, "an EDTF date string");
  expectString("compareDates: b", b, "an EDTF date string");
  return compareBounds(parseEdtf(a), parseEdtf(b));
}

/** Orders two parsed dates by earliest, then latest day. */
export function compareBounds(a: DateBounds, b: DateBounds): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}
