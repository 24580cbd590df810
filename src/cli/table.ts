/**
 * Plain-text tables: left-aligned columns two spaces apart, a header row and a rule. Given a
 * width (the terminal's, or 80 columns for piped output), the table is fitted to it by cutting
 * the least useful columns first, each down to a minimum, with `…` marking every cut cell.
 * @module
 */

import { escapeControls } from "../text/escape.js";

const GAP = "  ";

/** Cuts `text` to `width` characters, marking the cut with `…`. */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Which columns may be cut to fit a width, least useful first: `[header, minimum width]`
 * pairs. A header may appear more than once, with a smaller minimum, to cut it in stages
 * (first the title down to 24, then the id down to 20, then the title further).
 */
export type CutOrder = readonly (readonly [column: string, min: number])[];

/** The width of each column once the table is cut to `width` along `cuts`. */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], width: number | undefined, cuts: CutOrder): number[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  if (width === undefined) return widths;
  let excess = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (header.length - 1) - width;
  for (const [column, min] of cuts) {
    if (excess <= 0) break;
    const i = header.indexOf(column);
    if (i === -1) continue;
    const cut = Math.min(excess, Math.max(0, widths[i]! - Math.max(min, 2)));
    widths[i]! -= cut;
    excess -= cut;
  }
  return widths;
}

/**
 * Formats `rows` under `header`. `width`, when given, is the width to fit: columns are cut in
 * `cuts` order (by default the last column, down to 10 characters). A table whose uncut columns
 * alone are wider than `width` stays wider.
 */
export function formatTable(header: readonly string[], givenRows: readonly (readonly string[])[], width?: number, cuts: CutOrder = [[header[header.length - 1] ?? "", 10]]): string {
  // Record text is shown, never acted on: control characters as \u{1b} (before measuring widths).
  const rows = givenRows.map((row) => row.map(escapeControls));
  const widths = columnWidths(header, rows, width, cuts);
  const last = header.length - 1;
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === last ? fit(cell, widths[i]!) : fit(cell, widths[i]!).padEnd(widths[i]!)))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w));
  return `${[line(header), line(rule), ...rows.map(line)].join("\n")}\n`;
}
