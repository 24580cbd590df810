/**
 * Plain-text tables: left-aligned columns two spaces apart, a header row and a rule. On a
 * terminal the last column is cut to the window width so each row stays on one line; piped
 * output is never cut, so `grep` and `cut` see every character.
 * @module
 */

const GAP = "  ";

/** Cuts `text` to `width` characters, marking the cut with `…`. */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Formats `rows` under `header`. `width`, when given, is the terminal width: the last column is
 * shortened to fit it (never below 10 characters).
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], width?: number): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const last = header.length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + GAP.length, 0);
  const room = width === undefined ? Infinity : Math.max(10, width - lead);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === last ? fit(cell, room) : cell.padEnd(widths[i]!)))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w, i) => "─".repeat(i === last ? Math.min(w, room) : w));
  return `${[line(header), line(rule), ...rows.map(line)].join("\n")}\n`;
}
