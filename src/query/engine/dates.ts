/**
 * Dates in filters: EDTF or ISO date/datetime strings turned into day numbers, so range checks
 * are integer comparisons.
 * @module
 */
import { parseEdtf } from "../../dates/edtf.js";
import type { DateBounds } from "../../model/records.js";
import { quote } from "../../text/clip.js";
import { typeError } from "./errors.js";

// An ISO 8601 datetime: the date part is used as written (no time-zone shifting), since the
// dataset's dates are calendar days, not instants.
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string (proleptic Gregorian; Hinnant's algorithm). */
export function dayNumber(isoDate: string): number {
  let y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The bounds of a filter date. Throws a `RangeError` naming `where` and the value for a
 * malformed date (the `EdtfError` is kept as `cause`), a `TypeError` for a non-string.
 */
export function parseFilterDate(where: string, value: unknown): DateBounds {
  if (typeof value !== "string") throw typeError(where, value, "an EDTF or ISO date string");
  const datetime = ISO_DATETIME.exec(value);
  try {
    return parseEdtf(datetime ? datetime[1]! : value);
  } catch (error) {
    throw new RangeError(`${where}: ${(error as Error).message.replace(quote(datetime?.[1] ?? value), quote(value))}`, { cause: error });
  }
}
