/** File writes that never leave a half-written result behind. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `text` to a temporary file beside `path`, then renames it into place. A file that
 * already holds exactly `text` is left alone, so its modification time still says when it last
 * changed (the staleness checks of the tests and the docs build read it). A failed write
 * removes its temporary file and throws the system error (its `path` names the file meant).
 */
export function writeFileAtomic(path: string, text: string): void {
  writeFilesAtomic([{ path, text }]);
}

/**
 * Writes several files as one step: every text goes to a temporary file first, and only when
 * all are written are they renamed into place, so a failure (a full disk) changes none of them.
 * Files that already hold their text are left alone.
 */
export function writeFilesAtomic(files: readonly { readonly path: string; readonly text: string }[]): void {
  const changed = files.filter(({ path, text }) => !(existsSync(path) && readFileSync(path, "utf8") === text));
  const written: string[] = [];
  try {
    for (const { path, text } of changed) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.tmp-${process.pid}`;
      written.push(temporary);
      try {
        writeFileSync(temporary, text);
      } catch (error) {
        // Report the file meant, not the temporary one.
        throw Object.assign(error as Error, { path });
      }
    }
  } catch (error) {
    for (const temporary of written) rmSync(temporary, { force: true });
    throw error;
  }
  changed.forEach(({ path }, i) => renameSync(written[i]!, path));
}

/** Replaces folder `target` with the finished folder `staging` in two renames. */
export function swapFolder(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
