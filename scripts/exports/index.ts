/**
 * Export files for non-TypeScript users (CSV, NDJSON, JSON-LD), written into the package's
 * dist folder at build time. The serializers live in src/exports so that the CLI's `export`
 * command produces the very same bytes; this hook only writes them.
 */
import { join } from "node:path";
import { exportFiles } from "../../src/exports/index.js";
import type { DerivedDataset } from "../derive.js";
import { writeFileAtomic } from "../lib/files.js";

/** Writes every export file of `dataset` under `outDir/exports/`. Throws when a record cannot be exported. */
export function writeExports(dataset: DerivedDataset, outDir: string): void {
  const { version, hash, records } = dataset;
  for (const { name, text } of exportFiles({ version, hash, records })) writeFileAtomic(join(outDir, "exports", name), text);
}
