/**
 * Export formats shared by the build (which ships them as files under `dist/exports/`) and the
 * CLI's `export` command, so the two always produce the same bytes. Pure functions of the
 * records: this module must not import the dataset itself, because the build runs it before the
 * dataset module is generated.
 * @module
 */
import type { AnyRecord, RecordByKind } from "../model/records.js";
import { COLLECTIONS, KINDS, type Kind } from "../model/vocabulary.js";
import { cellText, csvRows } from "./columns.js";
import { toCsv } from "./csv.js";
import { csvFileName, dataPackage } from "./datapackage.js";
import type { Cell } from "./fields.js";
import { duckdbScriptName, duckdbViews } from "./duckdb.js";
import { toJsonLd } from "./jsonld.js";
import { toNdjson } from "./ndjson.js";
import { TIDY_TABLES, type Table, type TableInput } from "./tidy.js";

export { TABLES, TIDY_TABLES, type Table } from "./tidy.js";
export { dataPackage, csvFileName, parquetFileName } from "./datapackage.js";
export { DUCKDB_TYPES, duckdbScriptName, duckdbViews } from "./duckdb.js";

/** The formats `export` writes. */
export const EXPORT_FORMATS = ["json", "ndjson", "csv", "jsonld"] as const;
/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The records to export (any subset of kinds) and the dataset's identity. */
export interface ExportInput {
  readonly version: string;
  readonly hash: string;
  readonly records: Readonly<{ [K in Kind]?: readonly AnyRecord[] }>;
}

/**
 * One export of `input` as text. `json` has the shape of `data.json` (version, hash, counts,
 * records by kind); `ndjson` is one record per line, kinds in canonical order; `csv` takes
 * exactly one kind; `jsonld` is one graph.
 */
export function formatExport(format: ExportFormat, input: ExportInput): string {
  const kinds = KINDS.filter((kind) => input.records[kind] !== undefined);
  const of = (kind: Kind): readonly AnyRecord[] => input.records[kind] ?? [];
  switch (format) {
    case "json": {
      const counts = Object.fromEntries(kinds.map((kind) => [kind, of(kind).length]));
      const records = Object.fromEntries(kinds.map((kind) => [kind, of(kind)]));
      return `${JSON.stringify({ version: input.version, hash: input.hash, counts, records }, null, 1)}\n`;
    }
    case "ndjson":
      return toNdjson(kinds.flatMap(of));
    case "csv": {
      if (kinds.length !== 1) throw new RangeError(`CSV holds one kind per file; got ${kinds.length} kinds`);
      const kind = kinds[0]!;
      const { header, rows } = csvRows(kind, of(kind) as readonly RecordByKind[typeof kind][]);
      return toCsv(header, rows);
    }
    case "jsonld":
      return `${JSON.stringify(toJsonLd(input.records, input), null, 1)}\n`;
  }
}

/** Name of the shipped file of `kind` in `format` (under `dist/exports/`): `meetings.csv`, … */
export function exportFileName(kind: Kind, format: "csv" | "ndjson"): string {
  return `${COLLECTIONS[kind]}.${format}`;
}

/** The typed cells of `table` over `records`, one array per row, in column order (what the Parquet files hold). */
export function tableCells(table: Table, records: ExportInput["records"]): Cell[][] {
  return table.rows(records as TableInput).map((row) => table.columns.map((c) => c.value(row)));
}

/** `table` over `records` as an RFC 4180 CSV document, text cells neutralised against formulas. */
export function tableCsv(table: Table, records: ExportInput["records"]): string {
  const rows = table.rows(records as TableInput).map((row, i) => table.columns.map((c) => cellText(c.value(row), () => `${table.name} row ${i + 1} › ${c.name}`)));
  return toCsv(
    table.columns.map((c) => c.name),
    rows,
  );
}

/**
 * Every shipped export file: per kind CSV and NDJSON, the tidy tables' CSV, the Data Package
 * descriptor `datapackage.json`, `dataset.jsonld` of all kinds, and the DuckDB scripts
 * `views.sql` (Parquet) and `views-csv.sql` (CSV) defining a view per table. (The Parquet files are
 * written by the build from {@link tableCells}.)
 */
export function exportFiles(input: ExportInput): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const kind of KINDS) {
    const one: ExportInput = { ...input, records: { [kind]: input.records[kind] ?? [] } };
    files.push({ name: exportFileName(kind, "csv"), text: formatExport("csv", one) });
    files.push({ name: exportFileName(kind, "ndjson"), text: formatExport("ndjson", one) });
  }
  for (const table of TIDY_TABLES) files.push({ name: csvFileName(table), text: tableCsv(table, input.records) });
  files.push({ name: "datapackage.json", text: `${JSON.stringify(dataPackage(input), null, 1)}\n` });
  files.push({ name: "dataset.jsonld", text: formatExport("jsonld", input) });
  for (const source of ["parquet", "csv"] as const) files.push({ name: duckdbScriptName(source), text: duckdbViews(source) });
  return files;
}
