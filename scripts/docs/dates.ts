/** Dates in words for the generated pages, from a record's EDTF value and its derived bounds. */
import type { DateBounds } from "../../src/model/records.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Meteorological seasons, as the dataset defines them (EDTF 21–24). */
const SEASONS: Record<string, string> = { "21": "spring", "22": "summer", "23": "autumn", "24": "winter" };

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y!, m!, d!];
}

const dayWords = (day: string): string => {
  const [y, m, d] = parts(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const monthWords = (day: string): string => {
  const [y, m] = parts(day);
  return `${MONTHS[m - 1]} ${y}`;
};

/**
 * The span a date may denote, in words, at its own precision: never more precise than the data.
 * @example
 * ```ts
 * dateInWords("2018-03", { earliest: "2018-03-01", latest: "2018-03-31", precision: "month", uncertain: false, approximate: false });
 * // "March 2018"
 * dateInWords("2018-23~", { earliest: "2018-09-01", latest: "2018-11-30", precision: "season", uncertain: false, approximate: true });
 * // "about autumn 2018 (September–November)"
 * ```
 */
export function dateInWords(edtf: string, bounds: DateBounds): string {
  const { earliest, latest, precision } = bounds;
  let span: string;
  if (precision === "day") {
    span = earliest === latest ? dayWords(earliest) : `${dayWords(earliest)} – ${dayWords(latest)}`;
  } else if (precision === "month") {
    span = monthWords(earliest) === monthWords(latest) ? monthWords(earliest) : `${monthWords(earliest)} – ${monthWords(latest)}`;
  } else if (precision === "season") {
    const seasons = [...edtf.matchAll(/(\d{4})-(2[1-4])/g)].map(([, year, code]) => `${SEASONS[code!]} ${year}`);
    const months = `${MONTHS[parts(earliest)[1] - 1]}–${MONTHS[parts(latest)[1] - 1]}`;
    span = `${seasons.join(" – ") || "a season"} (${months})`;
  } else {
    const [from, to] = [parts(earliest)[0], parts(latest)[0]];
    span = from === to ? String(from) : `${from}–${to}`;
  }
  const qualifiers = [bounds.approximate ? "about" : "", bounds.uncertain ? "possibly" : ""].filter(Boolean).join(", ");
  return qualifiers ? `${qualifiers} ${span}` : span;
}

/**
 * A short label for lists and tooltips: the EDTF value with its precision.
 * @example
 * ```ts
 * dateLabel("2020-08-26", { earliest: "2020-08-26", latest: "2020-08-26", precision: "day", uncertain: false, approximate: false });
 * // "26 August 2020"
 * ```
 */
export function dateLabel(edtf: string, bounds: DateBounds | undefined): string {
  return bounds ? dateInWords(edtf, bounds) : edtf;
}
