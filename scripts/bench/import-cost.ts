/**
 * What starting a program on the package costs, in fresh Node processes run in interleaved
 * rounds: whole-process wall time of bare Node, of importing a module that holds one `JSON.parse`
 * of the same data (the floor for creating the data), of importing the package, of a first
 * query, and of the CLI; and, inside each process, the time of the `import` itself and of the
 * first `search` / `findMeetings`. With a baseline build (another checkout's root), its package
 * and CLI run in the same rounds.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spread, type Spread } from "./measure.js";

/** A process to time: Node arguments, and whether it prints in-process timings (a JSON array). */
interface Job {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly reports?: readonly string[];
}

const esm = (script: string): string[] => ["--input-type=module", "-e", script];
const timed = (steps: string): string =>
  `const t0 = performance.now(); const m = await import('./dist/index.js'); const t1 = performance.now(); ${steps} console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;

/** A module holding one JSON.parse of the package's data (records, tombstones, changes), in a temporary folder. */
function jsonModule(root: string): string {
  const { records, tombstones, changes } = JSON.parse(readFileSync(join(root, "dist/data.json"), "utf8")) as Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), "cas-bench-"));
  const path = join(dir, "data.mjs");
  writeFileSync(path, `export const DATA = JSON.parse(${JSON.stringify(JSON.stringify({ records, tombstones, changes }))});\n`);
  return path;
}

/** The jobs for one build of the package at `root`; names are prefixed with `label`. */
function jobsFor(root: string, label: string): Record<string, Job> {
  return {
    [`${label}import`]: { args: esm(timed("")), cwd: root, reports: [`${label}import (in process)`] },
    [`${label}import + first search`]: { args: esm(timed("m.search('tashkent');")), cwd: root, reports: [`${label}import (in process, search run)`, `${label}first search (in process)`] },
    [`${label}import + first findMeetings`]: { args: esm(timed("m.findMeetings({ country: 'UZ' });")), cwd: root, reports: [`${label}import (in process, find run)`, `${label}first findMeetings (in process)`] },
    [`${label}cli timeline`]: { args: [join(root, "dist/cli.js"), "timeline"], cwd: root },
    [`${label}cli search tashkent`]: { args: [join(root, "dist/cli.js"), "search", "tashkent"], cwd: root },
  };
}

/** Median and range of each measurement over `rounds` interleaved rounds (whole-process wall times and in-process times). */
export function importCost(root: string, { baseline, rounds = 15 }: { baseline?: string; rounds?: number } = {}): Record<string, Spread> {
  const json = jsonModule(root);
  const jobs: Record<string, Job> = {
    "bare node": { args: esm(""), cwd: root },
    "one JSON.parse module": {
      args: esm(`const t0 = performance.now(); await import(${JSON.stringify(json)}); console.log(JSON.stringify([performance.now() - t0]));`),
      cwd: root,
      reports: ["one JSON.parse module (in process)"],
    },
    ...jobsFor(root, ""),
    ...(baseline ? jobsFor(baseline, "baseline: ") : {}),
  };
  const names = Object.keys(jobs);
  const samples: Record<string, number[]> = {};
  const add = (name: string, value: number) => (samples[name] ??= []).push(value);
  try {
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(r + j) % names.length]!;
        const job = jobs[name]!;
        const start = performance.now();
        const result = spawnSync(process.execPath, job.args, { cwd: job.cwd, stdio: "pipe", encoding: "utf8" });
        const elapsed = performance.now() - start;
        if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
        add(name, elapsed);
        if (job.reports) {
          const values = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as number[];
          job.reports.forEach((report, i) => add(report, values[i]!));
        }
      }
    }
  } finally {
    rmSync(dirname(json), { recursive: true, force: true }); // the scratch module's folder
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, spread(v)]));
}
