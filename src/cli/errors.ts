/**
 * The CLI's exit codes and the error that carries a usage mistake to the top, where it is
 * printed with a hint and turned into exit code 2.
 * @module
 */
import { quote } from "../text/clip.js";
import { escapeControls } from "../text/escape.js";
import { closestMatches } from "../text/closest.js";

/**
 * Exit codes: success, nothing found, usage error, a bug in the tool itself, an output file
 * that cannot be written (73, sysexits' EX_CANTCREAT) and a failed write to stdout (74, EX_IOERR).
 */
export const EXIT = { ok: 0, notFound: 1, usage: 2, internal: 70, cannotWrite: 73, ioError: 74 } as const;

/** A mistake in the command line: what was wrong, and what would work. */
export class UsageError extends Error {
  /** A line telling the user what would work (the closest ids, the valid values, a help command). */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = "UsageError";
    this.hint = hint;
  }
}

/**
 * A `UsageError` for a value that is not one of `candidates`, suggesting the closest ones, or
 * (when none is close and the list is short) all of them.
 */
export function unknownValue(what: string, value: string, candidates: readonly string[]): UsageError {
  const close = closestMatches(value, candidates);
  const hint = close.length > 0 ? `Did you mean ${close.map((c) => quote(c)).join(", ")}?` : candidates.length <= 40 ? `Use one of: ${escapeControls(candidates.join(", "))}.` : undefined;
  return new UsageError(`unknown ${what} ${quote(value)}`, hint);
}

/** Output that could not be written: a one-line message naming where and why, and its exit code. */
export class OutputError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = "OutputError";
    this.exitCode = exitCode;
  }
}
