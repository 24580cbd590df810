/**
 * `npx tsx scripts/bench/verify-source.ts [--module other/quotes.ts]…`: the cost of the quote
 * lookups behind `verifySource` on a 1 MB and a 20 MB text (the fixture source text repeated),
 * in CPU time and peak memory. Each measurement runs in its own child process (so peak RSS is
 * its own), in interleaved rounds across the modules given (by default src/text/quotes.ts; pass
 * `--module` for an older copy to compare). Prints a Markdown table of medians over the rounds.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const ROUNDS = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 5;
const SIZES = (args.includes("--sizes") ? args[args.indexOf("--sizes") + 1]! : "1,20").split(",").map(Number);

/** In the child: prepare a text of `mb` megabytes, look up the fixture's quotes, print CPU ms and peak RSS. */
async function child(module: string, mb: number): Promise<void> {
  const { prepareText, locateQuote, contextOf } = (await import(module)) as typeof import("../../src/text/quotes.js");
  const excerpt = readFileSync(join(root, "test/fixtures/source-texts/tashkent-2018-excerpt.txt"), "utf8");
  const text = excerpt.repeat(Math.ceil((mb * 1_000_000) / excerpt.length)).slice(0, mb * 1_000_000);
  const quotes = excerpt
    .split(/(?<=\.)\s+/)
    .filter((s) => s.length > 20)
    .slice(0, 10);
  const before = process.cpuUsage();
  const prepared = prepareText(text);
  // Only the first hit of each quote is placed, as for an evidence item without `occurrence`.
  for (const quote of quotes) {
    const [span] = locateQuote(prepared, quote);
    if (span) contextOf(prepared, span);
  }
  const used = process.cpuUsage(before);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  if (args[0] === "--child") return child(args[1]!, Number(args[2]));
  const modules = args.flatMap((arg, i) => (args[i - 1] === "--module" ? [resolve(arg)] : []));
  if (modules.length === 0) modules.push(join(root, "src/text/quotes.ts"));
  const results = new Map<string, { cpuMs: number[]; maxRssMb: number[] }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const mb of SIZES) {
      for (const module of modules) {
        const run = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "--child", module, String(mb)], { encoding: "utf8", cwd: root });
        if (run.status !== 0) throw new Error(`${module} at ${mb} MB failed: ${run.stderr.split("\n")[0]}`);
        const { cpuMs, maxRssMb } = JSON.parse(run.stdout) as { cpuMs: number; maxRssMb: number };
        const key = `${module}\t${mb}`;
        const entry = results.get(key) ?? { cpuMs: [], maxRssMb: [] };
        entry.cpuMs.push(cpuMs);
        entry.maxRssMb.push(maxRssMb);
        results.set(key, entry);
      }
    }
  }
  console.log(`| module | text | CPU time (median of ${ROUNDS}) | peak RSS (median) |\n|---|---|---|---|`);
  for (const [key, { cpuMs, maxRssMb }] of results) {
    const [module, mb] = key.split("\t");
    console.log(`| ${module!.replace(`${root}/`, "")} | ${mb} MB | ${median(cpuMs).toFixed(0)} ms | ${median(maxRssMb).toFixed(0)} MB |`);
  }
}

await main();
