/**
 * Newline-delimited JSON: one record per line, `\n` after each (the last one too).
 * @module
 */

/** Encodes `records` as NDJSON, in the order given. */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}
