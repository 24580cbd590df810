/**
 * What starting a program on the package costs, in CPU time of fresh Node processes run in
 * interleaved rounds (wall time on a shared machine measures the other processes as much as this
 * one). Every process loads a small preload that reports its CPU time (user + system) at exit;
 * scripts that import something also report the CPU time of the `import` itself and of a first
 * call. The floors are what a user compares with: an empty ESM module, a module that only
 * `JSON.parse`s the same data, and a data-only package of the same records (a `data.json`
 * imported as a JSON module) imported by name. Peers: data packages from the registry whose data
 * is a JSON file imported as a JSON module. Start-up is measured with `NODE_EXTRA_CA_CERTS` unset
 * (Node then parses no extra certificates at start) and, for the floors and the package, also as
 * this machine sets it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pairedRatio, spread, type Spread } from "./measure.js";

/**
 * A process to time: its Node arguments, whether it runs with the machine's `NODE_EXTRA_CA_CERTS`,
 * and whether its young generation starts at {@link YOUNG_MB} MB (`--min-semi-space-size`).
 */
interface Job {
  readonly args: readonly string[];
  readonly certs?: boolean;
  readonly bigYoung?: boolean;
}

/**
 * V8 starts a process with a 1 MB young generation. Parsing this data fills most of it, so
 * whether a scavenge (copying every parsed object, 3 to 6 ms here) falls inside an import or
 * just after it depends on a few kB more or less of allocation, not on the work each contender
 * does. Jobs marked `bigYoung` start with semi-spaces of this many MB, where no contender's
 * import triggers a scavenge: they compare the work alone.
 */
export const YOUNG_MB = 16;

/** What one process reported: whole-process CPU (ms), and the in-process import and first-call CPU when it imports. */
interface Report {
  readonly total: number;
  readonly import?: number;
  readonly first?: number;
}

/** Reports the process's CPU time on stderr at exit (loaded with --import into every job). */
const PRELOAD = 'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\ncas-cpu-ms ${(u.user + u.system) / 1000}\\n`); });\n';

/**
 * A script that imports `specifier` (CPU time around the import; as a JSON module with `asJson`),
 * then runs `first` (CPU time around it) and prints both.
 */
function importing(specifier: string, first = "", asJson = specifier.endsWith(".json")): string[] {
  const attributes = asJson ? ', { with: { type: "json" } }' : "";
  const script = [
    `const c0 = process.cpuUsage(); const m = await import(${JSON.stringify(specifier)}${attributes}); const imported = process.cpuUsage(c0);`,
    `const c1 = process.cpuUsage(); ${first} const firstCall = process.cpuUsage(c1);`,
    "const ms = (u) => (u.user + u.system) / 1000;",
    "console.log(JSON.stringify({ import: ms(imported), first: ms(firstCall) }));",
    "void m;",
  ].join("\n");
  return ["--input-type=module", "-e", script];
}

/** The start-up measurements. */
export interface ImportCost {
  /** Median (range) of each job's whole-process CPU, and of its in-process import and first-call CPU. */
  readonly spreads: Record<string, Spread>;
  /** Paired per-round ratios (median and range over the rounds). */
  readonly ratios: Record<string, Spread>;
  /** In-process import CPU per MB of JSON parsed, for this package and the peers. */
  readonly perMb: Record<string, { readonly ms: number; readonly mb: number; readonly msPerMb: number }>;
  /** `NODE_EXTRA_CA_CERTS` as the machine sets it (empty when unset). */
  readonly certs: string;
}

/**
 * A scratch project for the jobs: node_modules holding the package (a link to `root`), a
 * data-only package of the same records, and the peers (links into the repository's
 * node_modules); an empty module and a JSON.parse-only module of the same data.
 */
function scratchProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cas-bench-"));
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "@mdn"), { recursive: true });
  symlinkSync(root, join(modules, "central-asia-security"));
  symlinkSync(join(root, "node_modules/@mdn/browser-compat-data"), join(modules, "@mdn/browser-compat-data"));
  symlinkSync(join(root, "node_modules/web-features"), join(modules, "web-features"));
  const dataOnly = join(modules, "cas-data-only");
  mkdirSync(dataOnly);
  copyFileSync(join(root, "dist/data.json"), join(dataOnly, "data.json"));
  writeFileSync(join(dataOnly, "package.json"), JSON.stringify({ name: "cas-data-only", version: "1.0.0", type: "module", exports: "./index.js", sideEffects: false }));
  writeFileSync(join(dataOnly, "index.js"), 'import data from "./data.json" with { type: "json" };\nexport default data;\n');
  writeFileSync(join(dir, "empty.mjs"), "export {};\n");
  writeFileSync(join(dir, "json-parse.mjs"), `export const DATA = JSON.parse(${JSON.stringify(readFileSync(join(root, "dist/data.json"), "utf8"))});\n`);
  writeFileSync(join(dir, "cpu-report.mjs"), PRELOAD);
  return dir;
}

const PEERS = {
  "@mdn/browser-compat-data (JSON module, by name)": { specifier: "@mdn/browser-compat-data", files: ["node_modules/@mdn/browser-compat-data/data.json"] },
  "web-features/data.json (JSON module)": { specifier: "web-features/data.json", files: ["node_modules/web-features/data.json"] },
} as const;

/** Runs every job in `rounds` interleaved rounds; returns spreads, paired ratios and the cost per MB. */
export function importCost(root: string, { rounds = 15 } = {}): ImportCost {
  const dir = scratchProject(root);
  const jobs: Record<string, Job> = {
    "bare node": { args: ["-e", ""] },
    "empty ESM module": { args: importing("./empty.mjs") },
    "JSON.parse-only module of the same data": { args: importing("./json-parse.mjs") },
    "data-only package of the same records, by name": { args: importing("cas-data-only") },
    "this package, by name": { args: importing("central-asia-security") },
    "this package + first search": { args: importing("central-asia-security", "m.search('tashkent');") },
    "this package + first findMeetings": { args: importing("central-asia-security", "m.findMeetings({ country: 'UZ' });") },
    "cli timeline": { args: [join(root, "dist/cli.js"), "timeline"] },
    "cli search tashkent": { args: [join(root, "dist/cli.js"), "search", "tashkent"] },
    "bare node, with NODE_EXTRA_CA_CERTS": { args: ["-e", ""], certs: true },
    "empty ESM module, with NODE_EXTRA_CA_CERTS": { args: importing("./empty.mjs"), certs: true },
    "data-only package, with NODE_EXTRA_CA_CERTS": { args: importing("cas-data-only"), certs: true },
    "this package, with NODE_EXTRA_CA_CERTS": { args: importing("central-asia-security"), certs: true },
    [`JSON.parse-only module, ${YOUNG_MB} MB young generation`]: { args: importing("./json-parse.mjs"), bigYoung: true },
    [`data-only package, ${YOUNG_MB} MB young generation`]: { args: importing("cas-data-only"), bigYoung: true },
    [`this package, ${YOUNG_MB} MB young generation`]: { args: importing("central-asia-security"), bigYoung: true },
    ...Object.fromEntries(Object.entries(PEERS).map(([name, peer]) => [name, { args: importing(peer.specifier, "", true) }])),
  };
  const certs = process.env.NODE_EXTRA_CA_CERTS ?? "";
  const { NODE_EXTRA_CA_CERTS: _, ...clean } = process.env;
  const names = Object.keys(jobs);
  const samples: Record<string, number[]> = {};
  const add = (name: string, value: number) => (samples[name] ??= []).push(value);
  try {
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(r + j) % names.length]!;
        const job = jobs[name]!;
        const env = job.certs && certs ? { ...clean, NODE_EXTRA_CA_CERTS: certs } : clean;
        const flags = job.bigYoung ? [`--min-semi-space-size=${YOUNG_MB}`] : [];
        const result = spawnSync(process.execPath, [...flags, "--import", "./cpu-report.mjs", ...job.args], { cwd: dir, env, stdio: "pipe", encoding: "utf8" });
        if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
        const total = Number(/cas-cpu-ms ([\d.]+)/.exec(result.stderr)?.[1]);
        if (!Number.isFinite(total)) throw new Error(`${name} reported no CPU time:\n${result.stderr}`);
        // The CLI prints its own output; only the import scripts print a JSON report.
        const last = job.args[0] === "--input-type=module" ? result.stdout.trim().split("\n").at(-1) : undefined;
        const report: Report = { total, ...(last ? (JSON.parse(last) as Omit<Report, "total">) : {}) };
        add(name, report.total);
        if (report.import !== undefined) add(`${name}: import (in process)`, report.import);
        if (report.first !== undefined && name.includes("first")) add(`${name}: first call (in process)`, report.first);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = (a: string, b: string) => {
    if (!samples[a] || !samples[b]) throw new Error(`no samples for ${samples[a] ? b : a}; measured: ${Object.keys(samples).join(", ")}`);
    return pairedRatio(samples[a], samples[b]);
  };
  const ratios: Record<string, Spread> = {
    "import in process / JSON.parse-only module in process": ratio("this package, by name: import (in process)", "JSON.parse-only module of the same data: import (in process)"),
    "whole process / data-only package": ratio("this package, by name", "data-only package of the same records, by name"),
    [`import in process / JSON.parse-only module in process, ${YOUNG_MB} MB young generation`]: ratio(
      `this package, ${YOUNG_MB} MB young generation: import (in process)`,
      `JSON.parse-only module, ${YOUNG_MB} MB young generation: import (in process)`,
    ),
    [`whole process / data-only package, ${YOUNG_MB} MB young generation`]: ratio(`this package, ${YOUNG_MB} MB young generation`, `data-only package, ${YOUNG_MB} MB young generation`),
    "whole process / empty ESM module": ratio("this package, by name", "empty ESM module"),
    "data-only package / empty ESM module (whole process)": ratio("data-only package of the same records, by name", "empty ESM module"),
    "whole process / data-only package, with NODE_EXTRA_CA_CERTS": ratio("this package, with NODE_EXTRA_CA_CERTS", "data-only package, with NODE_EXTRA_CA_CERTS"),
    "cli search tashkent / cli timeline": ratio("cli search tashkent", "cli timeline"),
  };
  const mb = (files: readonly string[]) => files.reduce((sum, file) => sum + statSync(join(root, file)).size, 0) / 1e6;
  const importMedian = (name: string) => spread(samples[`${name}: import (in process)`]!).median;
  const perMbOf = (name: string, files: readonly string[]) => {
    const size = mb(files);
    return { ms: importMedian(name), mb: size, msPerMb: importMedian(name) / size };
  };
  const perMb = {
    "this package": perMbOf("this package, by name", ["dist/data.json", "dist/search-index.json"]),
    "data-only package of the same records": perMbOf("data-only package of the same records, by name", ["dist/data.json"]),
    ...Object.fromEntries(Object.entries(PEERS).map(([name, peer]) => [name, perMbOf(name, peer.files)])),
  };
  return { spreads: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, spread(v)])), ratios, perMb, certs };
}
