/**
 * Export files for non-TypeScript users (CSV, NDJSON, JSON-LD), written into the package's
 * dist folder at build time.
 */
import type { DerivedDataset } from "../derive.js";

/** Writes every export file of `dataset` under `outDir`. */
export function writeExports(dataset: DerivedDataset, outDir: string): void {
  void dataset;
  void outDir;
}
