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
