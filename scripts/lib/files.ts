/** File writes that never leave a half-written result behind. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `text` to a temporary file beside `path`, then renames it into place. A file that
 * already holds exactly `text` is left alone, so its modification time still says when it last
 * changed (the staleness checks of the tests and the docs build read it).
 */
export function writeFileAtomic(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Replaces folder `target` with the finished folder `staging` in two renames. */
export function swapFolder(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
