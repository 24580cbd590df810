/**
 * One build at a time per checkout (scripts/lib/build-lock.ts): two builds of different data
 * started together in one checkout leave dist/ and src/generated/ from one dataset; a build
 * killed with kill -9 leaves a stale lock and staging folder, which the next build takes over
 * and removes. Runs real builds in a scratch checkout (isolatedRepo), never in the repository.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageIsStale } from "../scripts/docs/stale.js";
import { acquireBuildLock, BUILD_LOCK } from "../scripts/lib/build-lock.js";
import { REPO, SOURCE_TEXTS_FIXTURE, isolatedRepo } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";

/** Starts `npm run build` (scripts/build.ts) in `root` with `env`; resolves when it ends. */
function startBuild(root: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(join(REPO, "node_modules/.bin/tsx"), [join(root, "scripts/build.ts")], { cwd: root, env: { ...process.env, CI: "", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((done) => child.on("close", (status) => done({ status, stdout, stderr })));
}

/** A pid that certainly ran and has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim());
}

/** For each output of the checkout at `root`, which of the dataset hashes `candidates` it holds ("none" or "both" when not exactly one). */
function builtFrom(root: string, candidates: readonly string[]): Record<string, string> {
  // The bundles hold no data (they load data.json and search-index.json beside them), so the data files stand for them.
  const files = ["dist/data.json", "dist/search-index.json", "dist/exports/datapackage.json", "src/generated/data.json", "src/generated/search-index.json"];
  return Object.fromEntries(
    files.map((file) => {
      const text = readFileSync(join(root, file), "utf8");
      const held = candidates.filter((hash) => text.includes(hash));
      return [file, held.length === 1 ? held[0]! : held.length === 0 ? "none" : "both"];
    }),
  );
}

describe("one build at a time", () => {
  it("a second lock taker waits for the first and starts when it is released", async () => {
    const root = scratchDir("build-lock");
    const release = await acquireBuildLock(root, () => {});
    const notices: string[] = [];
    let second: (() => void) | undefined;
    const waiting = acquireBuildLock(root, (text) => notices.push(text)).then((r) => (second = r));
    await new Promise((wake) => setTimeout(wake, 600));
    expect(second).toBeUndefined();
    expect(notices).toEqual([`Waiting: another build (pid ${process.pid}) is running in this checkout (${BUILD_LOCK}); this one starts when it ends.`]);
    release();
    await waiting;
    expect(readFileSync(join(root, BUILD_LOCK), "utf8")).toBe(`${process.pid}\n`);
    second!();
    expect(existsSync(join(root, BUILD_LOCK))).toBe(false);
  });

  it("takes over the lock of a killed build and removes the leftovers of dead builds", async () => {
    const root = isolatedRepo();
    const pid = deadPid();
    writeFileSync(join(root, BUILD_LOCK), `${pid}\n`);
    mkdirSync(join(root, `dist.staging-${pid}`, "exports"), { recursive: true });
    mkdirSync(join(root, "src/generated"), { recursive: true });
    writeFileSync(join(root, `src/generated/dataset.ts.tmp-${pid}`), "half written");
    const result = await startBuild(root, { CAS_SOURCES_DIR: join(root, "..", "shared/seeds") });
    expect(result.status, result.stderr).toBe(0);
    // The checkout had no evidence lock, so this build wrote one; dist/ must still be newer than it.
    expect(result.stdout).toContain("evidence lock: wrote");
    expect(packageIsStale(root), "dist/ counted as older than the lock its own build wrote").toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith("dist") || name === BUILD_LOCK)).toEqual(["dist"]);
    const generated = readdirSync(join(root, "src/generated"));
    expect(generated).toContain("dataset.ts");
    expect(generated.filter((name) => name.includes(".tmp-"))).toEqual([]);
  }, 240_000);

  it("two builds of different data started together in one checkout never mix their outputs", async () => {
    const root = isolatedRepo();
    // A second data folder: the same records, one title changed, so the two datasets differ.
    const other = join(scratchDir("other-data"), "data");
    cpSync(join(root, "data"), other, { recursive: true });
    const meeting = join(other, "meetings/2018-tashkent-conference.json");
    writeFileSync(meeting, readFileSync(meeting, "utf8").replace('"title": "', '"title": "Second data: '));
    const texts = { CAS_SOURCES_DIR: SOURCE_TEXTS_FIXTURE };
    const [a, b] = await Promise.all([startBuild(root, texts), startBuild(root, { ...texts, CAS_DATA_DIR: other })]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    const built = [a, b].map((r) => /dataset hash ([0-9a-f]{64})/.exec(r.stdout)?.[1]);
    expect(built[0]).not.toBe(built[1]);
    const found = builtFrom(root, built as string[]);
    const values = new Set(Object.values(found));
    expect(values.size, JSON.stringify(found)).toBe(1);
    expect(built).toContain([...values][0]);
    // The one that ran second says it waited.
    expect([a, b].some((r) => r.stderr.includes("Waiting: another build"))).toBe(true);
    expect(existsSync(join(root, BUILD_LOCK))).toBe(false);
  }, 300_000);
});
