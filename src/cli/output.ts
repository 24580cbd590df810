/**
 * Helpers shared by the commands: printing JSON or a table, the "nothing found" exit, and
 * turning the query API's input errors into usage errors.
 * @module
 */
import type { Invocation } from "./command.js";
import { EXIT, UsageError } from "./errors.js";
import { formatTable } from "./table.js";

/**
 * Prints `rows` as JSON (`--json`: `data`) or as a table, then returns exit code 0, or 1 with
 * `empty` on stderr when there is nothing to show.
 */
export function printRows(
  { io, json }: Invocation,
  data: readonly unknown[],
  table: { header: readonly string[]; rows: readonly (readonly string[])[]; footer?: string },
  empty: string,
): number {
  if (json) io.out(`${JSON.stringify(data, null, 2)}\n`);
  else if (data.length > 0) io.out(formatTable(table.header, table.rows, io.isTTY ? io.columns : undefined) + (table.footer ? `${table.footer}\n` : ""));
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

/** `n thing(s)`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
