/**
 * Writes one Parquet file per exported table with DuckDB (`@duckdb/node-api`, a devDependency:
 * the published package stays dependency-free). DuckDB because its Parquet writer is built into
 * the binary the npm package ships (no extension download at run time), it writes the column
 * types the Table Schema declares, and the same engine is the one the differential test and
 * the analyst recipes use. Deterministic: one thread, rows in table order, no timestamps in the
 * files, so two builds of the same data are byte-identical.
 */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { DuckDBInstance, type DuckDBAppender } from "@duckdb/node-api";
import { LIST_SEPARATOR } from "../../src/exports/columns.js";
import type { Cell, FieldType } from "../../src/exports/fields.js";
import { DUCKDB_TYPES, parquetFileName, tableCells, type Table } from "../../src/exports/index.js";
import type { ExportInput } from "../../src/exports/index.js";

export { DUCKDB_TYPES } from "../../src/exports/duckdb.js";

/** Settings that keep DuckDB offline and its output deterministic. */
export const DUCKDB_OFFLINE = { autoinstall_known_extensions: "false", autoload_known_extensions: "false", threads: "1" } as const;

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Appends one typed cell; dates go in as text and are cast when copied out. An empty text or
 * list is NULL, as its empty CSV cell reads (`missingValues: [""]`), so the two formats agree.
 */
function append(appender: DuckDBAppender, type: FieldType, cell: Cell): void {
  if (cell === undefined || cell === "" || (Array.isArray(cell) && cell.length === 0)) appender.appendNull();
  else if (Array.isArray(cell)) appender.appendVarchar(cell.join(LIST_SEPARATOR));
  else if (type === "integer") appender.appendBigInt(BigInt(cell as number));
  else if (type === "number") appender.appendDouble(cell as number);
  else if (type === "boolean") appender.appendBoolean(cell as boolean);
  else appender.appendVarchar(String(cell));
}

/**
 * Writes `<outDir>/parquet/<table>.parquet` for every table in `tables`. Each file is written to
 * a temporary name and renamed when complete. Throws (DuckDB's error, naming the table) when a
 * value does not fit its declared type.
 */
export async function writeParquet(tables: readonly Table[], input: ExportInput, outDir: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OFFLINE);
  const connection = await instance.connect();
  try {
    for (const table of tables) {
      const staging = `staging_${table.name}`;
      const definition = table.columns.map((c) => `${quoteIdent(c.name)} ${c.type === "date" ? "VARCHAR" : DUCKDB_TYPES[c.type]}`).join(", ");
      await connection.run(`CREATE TABLE ${quoteIdent(staging)} (${definition})`);
      const appender = await connection.createAppender(staging);
      for (const row of tableCells(table, input.records)) {
        row.forEach((cell, i) => append(appender, table.columns[i]!.type, cell));
        appender.endRow();
      }
      appender.closeSync();
      const select = table.columns.map((c) => (c.type === "date" ? `CAST(${quoteIdent(c.name)} AS DATE) AS ${quoteIdent(c.name)}` : quoteIdent(c.name))).join(", ");
      const file = join(outDir, parquetFileName(table));
      const partial = `${file}.partial`;
      mkdirSync(dirname(file), { recursive: true });
      try {
        await connection.run(`COPY (SELECT ${select} FROM ${quoteIdent(staging)}) TO '${partial.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
      } catch (error) {
        rmSync(partial, { force: true });
        throw new Error(`Parquet export of table ${table.name}: ${(error as Error).message}`);
      }
      renameSync(partial, file);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
