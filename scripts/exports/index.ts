/**
 * Export files for non-TypeScript users (CSV, NDJSON, JSON-LD, the Data Package descriptor,
 * Parquet), written into the package's dist folder at build time. The serialisers live in
 * src/exports so that the CLI's `export` command produces the very same bytes; this hook only
 * writes them, and the Parquet files through DuckDB (./parquet.ts).
 */
import { join } from "node:path";
import { exportFiles, TABLES } from "../../src/exports/index.js";
import type { DerivedDataset } from "../derive.js";
import { writeFileAtomic } from "../lib/files.js";
import { writeParquet } from "./parquet.js";

/** Writes every export file of `dataset` under `outDir/exports/`. Throws when a record cannot be exported. */
export async function writeExports(dataset: DerivedDataset, outDir: string): Promise<void> {
  const { version, hash, records } = dataset;
  for (const { name, text } of exportFiles({ version, hash, records })) writeFileAtomic(join(outDir, "exports", name), text);
  await writeParquet(TABLES, { version, hash, records }, join(outDir, "exports"));
}
