/**
 * Where the CLI writes, passed in so tests can run commands in-process and so a command never
 * reaches for `process` itself.
 * @module
 */

/** Output streams and terminal facts for one CLI run. */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** True when standard output is a terminal: tables are then fitted to its width. */
  readonly isTTY: boolean;
  /** Width of the terminal in characters, when known. */
  readonly columns?: number;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
  };
}
