/**
 * Helpers shared by the commands: printing JSON or a table, the "nothing found" exit, and
 * turning the query API's input errors into usage errors.
 * @module
 */
import type { Flag, Invocation } from "./command.js";
import { EXIT, UsageError } from "./errors.js";
import type { Io } from "./io.js";
import { wrap } from "./render.js";
import { formatTable, type CutOrder } from "./table.js";
import { lazyPattern } from "../text/lazy-pattern.js";

/** Width of output when neither `COLUMNS` nor the terminal gives one (piped output). */
export const DEFAULT_WIDTH = 80;

/** `--wide`, taken by the commands that print tables. */
export const WIDE_FLAG: Readonly<Record<string, Flag>> = {
  wide: { type: "boolean", help: `never cut table cells (tables otherwise fit $COLUMNS, the terminal, or ${DEFAULT_WIDTH} columns)` },
};

/**
 * How record tables are cut to fit: the title (or name) first, down to 30 characters, then the
 * id down to 20 (the full id is in `--json` and `--wide`), then both further.
 */
export const TITLE_THEN_ID: CutOrder = [
  ["title", 30],
  ["name", 30],
  ["id", 20],
  ["title", 12],
  ["name", 12],
  ["id", 12],
];

/** The width to fit output to: `$COLUMNS`, else the terminal's width, else {@link DEFAULT_WIDTH}. */
export function outputWidth(io: Io): number {
  return io.columns ?? DEFAULT_WIDTH;
}

/**
 * Prints `rows` as JSON (`--json`: `data`, never cut) or as a table fitted to
 * {@link outputWidth} (unless `--wide`) by cutting the columns in `table.cuts` order, then
 * returns exit code 0, or 1 with `empty` on stderr when there is nothing to show.
 */
export function printRows(
  { io, json, values }: Invocation,
  data: readonly unknown[],
  table: { header: readonly string[]; rows: readonly (readonly string[])[]; cuts?: CutOrder; footer?: string },
  empty: string,
): number {
  if (json) io.out(jsonText(data));
  else if (data.length > 0) {
    const width = values.wide === true ? undefined : outputWidth(io);
    // One line per footnote, each wrapped on its own.
    const footer = (table.footer?.split("\n") ?? []).flatMap((line) => (width === undefined ? [line] : wrap(line, width)));
    io.out(formatTable(table.header, table.rows, width, table.cuts) + footer.map((line) => `${line}\n`).join(""));
  }
  if (data.length > 0) return EXIT.ok;
  io.err(`${empty}\n`);
  return EXIT.notFound;
}

/**
 * Runs a query, reporting its input errors (`TypeError` for an unknown key or term,
 * `RangeError` for an unknown id, code or a malformed date) as usage errors.
 */
export function query<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** What JSON.stringify leaves unescaped of the characters `escapeControls` shows: DEL, C1 and the bidi controls (C0 it escapes itself). */
const unescapedByJson = /* @__PURE__ */ lazyPattern("[\\u007f-\\u009f\\p{Bidi_Control}]", "gu");

/**
 * `value` as indented JSON and a final newline, with DEL, C1 controls and bidirectional
 * formatting characters (which JSON.stringify leaves as they are) written as `\uXXXX` escapes:
 * the same JSON value, safe to show in a terminal.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(unescapedByJson(), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

/** The table footnote for dates marked `*`: inferred by the dataset, not stated by the sources. */
const INFERRED_NOTE = "* date inferred, not stated (show <id> gives the reason)";

/** A date cell: the EDTF date, `*` after one that is inferred rather than stated, `—` when undated. */
export function dateCell(edtf: string | undefined, inferred: boolean): string {
  return edtf === undefined ? "—" : `${edtf}${inferred ? "*" : ""}`;
}

/** The footnote for EDTF's qualifiers (EDTF level 1, "qualification of a date"), for tables with a qualified date. */
const QUALIFIER_NOTE = "? uncertain, ~ approximate, % both (EDTF)";

/** The footnote for EDTF's season codes (EDTF level 1, "seasons": 21 to 24 in the month's place). */
const SEASON_NOTE = "-21 to -24 after a year: spring, summer, autumn, winter (EDTF)";

/**
 * `footer`, then, a line each, the footnotes its rows' first cells (dates) need: the `*` one
 * when a date is marked inferred, the qualifier one when a date carries `?`, `~` or `%`, the
 * season one when a date is a season.
 */
export function withDateNotes(footer: string, rows: readonly (readonly string[])[]): string {
  const dates = rows.map((r) => r[0] ?? "");
  const notes = [
    ...(dates.some((d) => /\*†?$/.test(d)) ? [INFERRED_NOTE] : []),
    ...(dates.some((d) => /^[^*†]*[?~%]/.test(d)) ? [QUALIFIER_NOTE] : []),
    ...(dates.some((d) => /^-?\d{4}-2[1-4](?!\d)/.test(d)) ? [SEASON_NOTE] : []),
  ];
  return [footer, ...notes].join("\n");
}

/** `n thing(s)`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
