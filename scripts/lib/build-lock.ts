/**
 * One build at a time per checkout. A build holds `.build.lock` at the repository root while it
 * writes `src/generated/` and `dist/`: the file is created exclusively (`wx`) and records the
 * holder's pid. A second build waits for it; a lock whose pid is no longer running (a build
 * killed with `kill -9`) is stale and taken over. Whoever holds the lock also removes what dead
 * builds left behind: `dist.staging-<pid>/`, `dist.old-<pid>/` and `*.tmp-<pid>` files.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The lock file's name, at the repository root. */
export const BUILD_LOCK = ".build.lock";

/** How often a waiting build looks at the lock again, in milliseconds. */
const POLL_MS = 250;

/** Whether a process with this pid is running (a pid we may not signal is running too). */
export function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid recorded in the lock file, or undefined when it is gone or not yet written. */
function holder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isNaN(pid) ? undefined : pid;
  } catch {
    return undefined;
  }
}

/** Creates the lock file; false when it already exists. */
function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the build lock of the checkout at `root`, waiting (up to `timeoutMs`) while a running
 * build holds it; `notice` is called once when it has to wait. Resolves to the function that
 * releases it. Rejects with an Error naming the lock file and the holder's pid on timeout.
 */
export async function acquireBuildLock(root: string, notice: (text: string) => void, timeoutMs = 15 * 60_000): Promise<() => void> {
  const path = join(root, BUILD_LOCK);
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    if (tryCreate(path)) return () => rmSync(path, { force: true });
    const pid = holder(path);
    // A file without a pid is being written right now, unless it stays so (then its writer died).
    if (pid !== undefined && !isRunning(pid) && holder(path) === pid) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`another build (pid ${pid ?? "unknown"}) has held ${BUILD_LOCK} for more than ${Math.round(timeoutMs / 60_000)} minutes; if no build is running, delete ${path}`);
    if (!told) notice(`Waiting: another build (pid ${pid ?? "unknown"}) is running in this checkout (${BUILD_LOCK}); this one starts when it ends.`);
    told = true;
    await new Promise((wake) => setTimeout(wake, POLL_MS));
    if (pid === undefined && holder(path) === undefined && existsSync(path)) rmSync(path, { force: true });
  }
}

/** The pid at the end of a leftover's name (`dist.staging-123`, `dataset.ts.tmp-123`), if it is one of `prefix`. */
function leftoverPid(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}

/**
 * Removes what builds that are no longer running left behind: `<dist>.staging-<pid>` and
 * `<dist>.old-<pid>` beside `distDir`, and `<file>.tmp-<pid>` in each of `folders`. Call it
 * while holding the build lock.
 */
export function removeLeftovers(distDir: string, folders: readonly string[]): void {
  const dead = (pid: number | undefined): boolean => pid !== undefined && pid !== process.pid && !isRunning(pid);
  const parent = dirname(distDir);
  const name = basename(distDir);
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) {
      if (dead(leftoverPid(entry, `${name}.staging-`)) || dead(leftoverPid(entry, `${name}.old-`))) rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder)) {
      const at = entry.lastIndexOf(".tmp-");
      if (at > 0 && dead(leftoverPid(entry.slice(at), ".tmp-"))) rmSync(join(folder, entry), { force: true });
    }
  }
}
