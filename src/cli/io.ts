/**
 * Where the CLI writes, passed in so tests can run commands in-process and so a command never
 * reaches for `process` itself; and the file-system errors of writing, as one-line reasons.
 * @module
 */
import { writeFileSync } from "node:fs";
import { quote } from "../text/clip.js";
import { escapeControls } from "../text/escape.js";
import { EXIT, OutputError } from "./errors.js";

/** Output streams and terminal facts for one CLI run. */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** True when standard output is a terminal: tables are then fitted to its width. */
  readonly isTTY: boolean;
  /** Width to fit output to, in characters, when known: `$COLUMNS`, else the terminal's width. */
  readonly columns?: number;
}

/** `$COLUMNS` when it is a positive whole number (shells set it; users set it to fit a window), else the terminal's width. */
function columns(): number | undefined {
  const fromEnv = process.env.COLUMNS;
  if (fromEnv && /^[1-9]\d*$/.test(fromEnv)) return Number(fromEnv);
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: columns(),
  };
}

/** Plain words for the file-system errors an output meets; others keep Node's message. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EIO: "input/output error",
  EFBIG: "file too large",
  ENAMETOOLONG: "file name too long",
};

/** Why a write failed, in one line: `reason (CODE)`. */
export function writeFailure(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = (code && REASONS[code]) ?? String(message ?? error).split("\n")[0]!;
  return code ? `${reason} (${code})` : reason;
}

/** Writes `text` to the file `path`; throws an `OutputError` (exit 73) naming the path and the reason. */
export function writeOutputFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new OutputError(`cannot write ${quote(path, 1000)}: ${escapeControls(writeFailure(error))}`, EXIT.cannotWrite);
  }
}
