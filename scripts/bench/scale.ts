/**
 * How the package's start-up grows with the records, and where one process stops. For each size
 * a copy of the built package (dist/index.js) gets a synthetic data.json and its search index;
 * fresh Node processes, in interleaved rounds, report the CPU time of the import, the heap the
 * records hold after a full garbage collection, and the CPU time of a first `findMeetings` and a
 * first `search`. Then one of docs/exports.md's SQL recipes (the one README points to) runs in
 * DuckDB over synthetic tidy tables of a million meetings: the path past one process.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnyRecord } from "../../src/model/records.js";
import { KINDS } from "../../src/model/vocabulary.js";
import { buildIndex } from "../../src/search/inverted-index.js";
import { encodeIndex } from "../../src/search/serialized.js";
import { DUCKDB_OFFLINE } from "../exports/parquet.js";
import { spread, type Spread } from "./measure.js";
import { syntheticDataset } from "./synthetic.js";

/** V8's maximum string length on 64-bit builds (2^29 − 24 characters): a JSON file must fit in one string. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** One size's measurements. */
export interface ScalePoint {
  readonly records: number;
  /** Bytes of data.json plus search-index.json. */
  readonly bytes: number;
  readonly importCpu: Spread;
  /** Heap held after import and a full GC, minus the heap before the import (bytes). */
  readonly heap: number;
  readonly firstFind: Spread;
  readonly firstSearch: Spread;
  /** V8's heap limit in the child (bytes), at Node's default settings. */
  readonly heapLimit: number;
}

const CHILD = [
  "globalThis.gc(); const h0 = process.memoryUsage().heapUsed;",
  "const ms = (u) => (u.user + u.system) / 1000;",
  "let c = process.cpuUsage(); const m = await import('./pkg/index.js'); const importCpu = ms(process.cpuUsage(c));",
  "c = process.cpuUsage(); m.findMeetings({ country: 'UZ', topic: 'regional-security', from: '2015', to: '2019' }); const firstFind = ms(process.cpuUsage(c));",
  "c = process.cpuUsage(); m.search('regional security'); const firstSearch = ms(process.cpuUsage(c));",
  "globalThis.gc(); const heap = process.memoryUsage().heapUsed - h0;",
  "const { getHeapStatistics } = await import('node:v8');",
  "console.log(JSON.stringify({ importCpu, firstFind, firstSearch, heap, heapLimit: getHeapStatistics().heap_size_limit, count: m.meetings.length }));",
].join("\n");

/** A copy of the built package holding `n` synthetic primary records; returns its folder. */
function syntheticPackage(root: string, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `cas-scale-${n}-`));
  const pkg = join(dir, "pkg");
  mkdirSync(pkg);
  copyFileSync(join(root, "dist/index.js"), join(pkg, "index.js"));
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ type: "module", sideEffects: false }));
  const records = syntheticDataset(n);
  const hash = `synthetic-${n}`;
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, records[kind].length]));
  writeFileSync(join(pkg, "data.json"), JSON.stringify({ version: "0.0.0-synthetic", hash, counts, records, tombstones: [], changes: [] }));
  const docs: AnyRecord[] = KINDS.flatMap((kind): readonly AnyRecord[] => records[kind]);
  const byId = new Map<string, AnyRecord>(docs.map((record) => [record.id, record]));
  writeFileSync(
    join(pkg, "search-index.json"),
    JSON.stringify(
      encodeIndex(
        buildIndex(docs, (id) => byId.get(id)),
        hash,
      ),
    ),
  );
  return dir;
}

/** Measures each size in `rounds` interleaved rounds of fresh processes. */
export function scaleCost(root: string, sizes: readonly number[], { rounds = 3, log = (_: string) => {} } = {}): ScalePoint[] {
  const dirs = new Map<number, string>();
  try {
    for (const n of sizes) {
      log(`  scale: writing ${n.toLocaleString("en")} synthetic records…`);
      dirs.set(n, syntheticPackage(root, n));
    }
    const samples = new Map(sizes.map((n) => [n, { importCpu: [] as number[], firstFind: [] as number[], firstSearch: [] as number[], heap: [] as number[], heapLimit: 0, count: 0 }]));
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < sizes.length; j++) {
        const n = sizes[(r + j) % sizes.length]!;
        const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
        const result = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", CHILD], { cwd: dirs.get(n)!, env, encoding: "utf8", maxBuffer: 1 << 20 });
        if (result.status !== 0) throw new Error(`importing ${n} synthetic records failed:\n${result.stderr}`);
        const report = JSON.parse(result.stdout.trim()) as { importCpu: number; firstFind: number; firstSearch: number; heap: number; heapLimit: number; count: number };
        const s = samples.get(n)!;
        s.importCpu.push(report.importCpu);
        s.firstFind.push(report.firstFind);
        s.firstSearch.push(report.firstSearch);
        s.heap.push(report.heap);
        s.heapLimit = report.heapLimit;
        s.count = report.count;
      }
    }
    return sizes.map((n) => {
      const s = samples.get(n)!;
      const pkg = join(dirs.get(n)!, "pkg");
      if (s.count === 0) throw new Error(`the synthetic package of ${n} records imported no meetings`);
      return {
        records: n,
        bytes: statSync(join(pkg, "data.json")).size + statSync(join(pkg, "search-index.json")).size,
        importCpu: spread(s.importCpu),
        heap: spread(s.heap).median,
        firstFind: spread(s.firstFind),
        firstSearch: spread(s.firstSearch),
        heapLimit: s.heapLimit,
      };
    });
  } finally {
    for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where one process stops, extrapolated from the largest measured size: the records whose heap
 * fills V8's default heap limit, and the records whose data.json reaches V8's maximum string
 * length (a JSON module is read into one string before it is parsed). The lower one is the edge.
 */
export function processEdge(largest: ScalePoint): { byHeap: number; byString: number; edge: number } {
  const byHeap = Math.floor(largest.heapLimit / (largest.heap / largest.records));
  const byString = Math.floor(MAX_STRING_LENGTH / (largest.bytes / largest.records));
  return { byHeap, byString, edge: Math.min(byHeap, byString) };
}

/** The recipe timed: docs/exports.md's view of a record's countries and its query 1 (meetings in Uzbekistan that may fall in 2018–2019). */
export const SQL_RECIPE = [
  "CREATE VIEW record_countries AS",
  "  SELECT rp.record_id, p.country FROM record_places rp JOIN places p ON p.id = rp.place_id",
  "  UNION SELECT pa.record_id, a.country FROM participations pa JOIN actors a ON a.id = pa.actor_id",
  "  WHERE a.type = 'state' AND a.country IS NOT NULL;",
].join("\n");
export const SQL_QUERY = [
  "SELECT id FROM meetings WHERE id IN (SELECT record_id FROM record_countries WHERE country = 'UZ')",
  "  AND date_earliest <= DATE '2019-12-31' AND date_latest >= DATE '2018-01-01';",
].join("\n");

/**
 * Synthetic tidy tables in the shape of the exports (the columns the recipe reads): `n`
 * meetings over 1995–2025, 70 % with a place, three participations each, 60 states among 2,000 actors.
 */
const tables = (n: number) => [
  `CREATE TABLE meetings AS SELECT 'meeting-' || i AS id, DATE '1995-01-01' + CAST(i * 7919 % 11000 AS INTEGER) AS date_earliest, DATE '1995-01-01' + CAST(i * 7919 % 11000 + i % 40 AS INTEGER) AS date_latest FROM range(${n}) t(i)`,
  "CREATE TABLE places AS SELECT 'place-' || i AS id, ['UZ', 'KZ', 'TJ', 'KG', 'TM', 'AF', 'RU', 'CN'][1 + i % 8] AS country FROM range(200) t(i)",
  `CREATE TABLE record_places AS SELECT 'meeting-' || i AS record_id, 'place-' || (i * 7 % 200) AS place_id FROM range(${n}) t(i) WHERE i % 10 < 7`,
  "CREATE TABLE actors AS SELECT 'actor-' || i AS id, CASE WHEN i < 60 THEN 'state' ELSE 'person' END AS type, ['UZ', 'KZ', 'TJ', 'KG', 'TM', 'AF', 'RU', 'CN'][1 + i % 8] AS country FROM range(2000) t(i)",
  `CREATE TABLE participations AS SELECT 'meeting-' || (i // 3) AS record_id, 'actor-' || (i * 13 % 2000) AS actor_id FROM range(${3 * n}) t(i)`,
];

/** CPU time (this process: DuckDB runs in it, on one thread) of the recipe's query over `n` synthetic meetings, in `rounds` runs; and the rows it returns. */
export async function duckdbRecipe(n: number, rounds = 3): Promise<{ cpu: Spread; rows: number; setupCpu: number }> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OFFLINE);
  const connection = await instance.connect();
  try {
    const c0 = process.cpuUsage();
    for (const statement of [...tables(n), SQL_RECIPE]) await connection.run(statement);
    const setup = process.cpuUsage(c0);
    const cpu: number[] = [];
    let rows = 0;
    for (let r = 0; r < rounds; r++) {
      const c = process.cpuUsage();
      rows = (await connection.runAndReadAll(SQL_QUERY)).getRows().length;
      const u = process.cpuUsage(c);
      cpu.push((u.user + u.system) / 1000);
    }
    return { cpu: spread(cpu), rows, setupCpu: (setup.user + setup.system) / 1000 };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
