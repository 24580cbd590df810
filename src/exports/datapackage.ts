/**
 * The Frictionless Data Package descriptor (`datapackage.json`, Data Package v2) of the
 * exported tables: one tabular resource per table with its Table Schema (field types,
 * primary key, foreign keys between the tables), the licence, the dataset version and hash.
 * Built from the same table descriptions as the files, so the two cannot drift.
 * Spec: https://datapackage.org/standard/data-package/ (v2; the descriptor also carries the
 * v1 `profile` keys, so v1 readers accept it too).
 * @module
 */
import type { Column } from "./fields.js";
import { LIST_SEPARATOR } from "./columns.js";
import { TABLES, type Table } from "./tidy.js";

/** The Data Package v2 profile the descriptor declares in `$schema`. */
export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** File name of a table's CSV file, beside `datapackage.json`. */
export const csvFileName = (table: Pick<Table, "name">): string => `${table.name}.csv`;

/** File name of a table's Parquet file, relative to `datapackage.json`. */
export const parquetFileName = (table: Pick<Table, "name">): string => `parquet/${table.name}.parquet`;

type Json = Record<string, unknown>;

/** A Table Schema field descriptor for `column`. */
function field(column: Column<unknown>): Json {
  const constraints = { ...(column.required && { required: true }), ...(column.enum && { enum: [...column.enum] }) };
  return {
    name: column.name,
    type: column.type,
    ...(column.type === "date" && { format: "default" }),
    ...(column.list && { description: `A list: items joined with "${LIST_SEPARATOR}" (split the cell on it).` }),
    ...(Object.keys(constraints).length > 0 && { constraints }),
  };
}

/** The tabular resource of one table. */
function resource(table: Table): Json {
  return {
    name: table.name,
    type: "table",
    profile: "tabular-data-resource",
    path: csvFileName(table),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description: table.description,
    dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
    schema: {
      fields: table.columns.map((c) => field(c as Column<unknown>)),
      missingValues: [""],
      primaryKey: [...table.primaryKey],
      // The profile wants at least one key when the property is present.
      ...(table.foreignKeys.length > 0 && {
        foreignKeys: table.foreignKeys.map((k) => ({ fields: [...k.fields], reference: { resource: k.resource, fields: [...k.reference] } })),
      }),
    },
  };
}

/**
 * The `datapackage.json` descriptor of the shipped tables, for dataset `version` and content `hash`.
 * Pure and deterministic (no timestamps): one resource per table of {@link TABLES}.
 */
export function dataPackage(info: { readonly version: string; readonly hash: string }): Json & { resources: Json[] } {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    profile: "tabular-data-package",
    name: "central-asia-security",
    title: "Central Asian regional security and Afghanistan: meetings, declarations and initiatives",
    description:
      "A source-cited dataset of diplomatic meetings, declarations and initiatives. Per-kind tables hold one row per record; the tidy tables hold one row per claim and join to `records` by record_id. Text cells that start with = + - @ TAB CR or ' carry one extra leading apostrophe in the CSV files (spreadsheet formula neutralisation; drop it to read the value); the Parquet files under parquet/ hold the same tables, typed, without it.",
    version: info.version,
    // The records are CC BY 4.0 (see LICENSE: the code is MIT, the data is not).
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" }],
    keywords: ["central-asia", "afghanistan", "regional-security", "diplomacy", "edtf"],
    datasetHash: `sha256:${info.hash}`,
    resources: TABLES.map(resource),
  };
}
