/**
 * RFC 4180 CSV encoding: comma-separated fields, CRLF after every record (the last one too),
 * and a field quoted only when it holds a comma, a double quote, CR or LF, with its double
 * quotes doubled. No byte-order mark, so the bytes are plain UTF-8.
 * @module
 */

/** The record separator RFC 4180 prescribes. */
export const CRLF = "\r\n";

/** Encodes one field, quoting it only where RFC 4180 requires. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Encodes a header row and data rows as an RFC 4180 document. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",") + CRLF).join("");
}
