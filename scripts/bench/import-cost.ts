/**
 * What importing the package costs: wall time of a fresh Node process importing dist/index.js,
 * against a bare Node process, and with a first query (which builds its index lazily).
 */
import { spawnSync } from "node:child_process";
import { median } from "./measure.js";

const SCRIPTS = {
  "bare Node (an empty script)": "",
  "import the package": "await import('./dist/index.js')",
  "import + first findMeetings": "const m = await import('./dist/index.js'); m.findMeetings({ country: 'UZ' })",
  "import + first search": "const m = await import('./dist/index.js'); m.search('tashkent')",
};

/** Median wall milliseconds of each script over `runs` fresh processes, run interleaved. */
export function importCost(root: string, runs = 15): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(SCRIPTS).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, script] of Object.entries(SCRIPTS)) {
      const start = performance.now();
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: "pipe" });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
      samples[name]!.push(elapsed);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}
