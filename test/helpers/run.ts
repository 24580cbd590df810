/** Runs repository commands from tests. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO } from "./data-tree.js";

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The test process's environment without the source texts settings: a test names its own source texts. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const { CAS_SOURCES_DIR: _sources, CAS_SEEDS_DIR: _seeds, ...env } = process.env;
  return env;
}

/**
 * Runs a command without a shell, capturing its output. `timeout` (ms, default 170 s) is a
 * safety net; the release flow, which builds, gets more on a busy machine.
 */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? REPO,
    env: { ...inheritedEnv(), ...options.env },
    encoding: "utf8",
    timeout: options.timeout ?? 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the build script (`scripts/build.ts` of `repo`) through tsx. */
export function runBuild(env: Record<string, string>, cwd = REPO, repo = REPO): RunResult {
  return run(join(REPO, "node_modules/.bin/tsx"), [join(repo, "scripts/build.ts")], { cwd, env });
}

/** sha256 of every file under `dir`, keyed by relative path, for comparing folders byte for byte. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
