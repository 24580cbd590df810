/**
 * What a command declares (its flags, positionals, help) and receives when it runs.
 * @module
 */
import type { Io } from "./io.js";

/** The program name, as installed in `node_modules/.bin`. */
export const PROGRAM = "central-asia-security";

/** One flag of a command, in `node:util` parseArgs terms plus its help text. */
export interface Flag {
  readonly type: "string" | "boolean";
  /** May be given more than once; the values then mean "any of". */
  readonly multiple?: boolean;
  readonly short?: string;
  /** Placeholder for the value in help, e.g. `<code>`. */
  readonly value?: string;
  readonly help: string;
}

/** Parsed flag values: strings, string lists (repeatable flags) and booleans. */
export type FlagValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a command's `run` gets. */
export interface Invocation {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
  readonly io: Io;
  /** `--json`: machine-readable output. */
  readonly json: boolean;
}

/** A CLI command. */
export interface Command {
  readonly name: string;
  /** Usage line after the program name, e.g. `show <id>`. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Further paragraphs for `<command> --help`. */
  readonly description?: string;
  readonly flags: Readonly<Record<string, Flag>>;
  /** `false` for a command whose output format is its own (`export`): its help leaves `--json` out, and `--json` only earns a note. */
  readonly json?: false;
  /** How many positionals it takes: [min, max] (max `Infinity` joins the rest). */
  readonly arity: readonly [number, number];
  /** What the missing argument may be, shown under the usage line when it is missing (`Kinds: …`). */
  readonly argumentHint?: string;
  readonly examples: readonly string[];
  /** Runs the command; returns the exit code. Throws `UsageError` for a usage mistake. */
  readonly run: (invocation: Invocation) => number;
}
