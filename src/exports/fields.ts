/**
 * Typed table columns: what every exported table (CSV, Parquet) is made of, and what its
 * Frictionless Table Schema declares. A column's type is fixed here, never guessed from the
 * values, so a reader that follows the schema gets the same type in every release.
 * @module
 */

/**
 * The Frictionless Table Schema field types the exports use (https://datapackage.org/standard/table-schema/):
 * `date` is an ISO 8601 calendar day `YYYY-MM-DD`; `boolean` is written `true`/`false`.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

/** What one column holds for a row: text, a number, a flag, a list (one cell), or nothing (empty cell). */
export type Cell = string | number | boolean | readonly string[] | undefined;

/** One column of a table: its name, declared type, and how to read it from a row. */
export interface Column<R> {
  readonly name: string;
  readonly type: FieldType;
  /** True when the cell is a list joined with `|`; its declared type is then `string`. */
  readonly list?: boolean;
  /** True when no row leaves the cell empty. */
  readonly required?: boolean;
  /** The only values the column takes (a controlled vocabulary). */
  readonly enum?: readonly string[];
  readonly value: (row: R) => Cell;
}

type Options = Pick<Column<unknown>, "required" | "enum">;
type Read<R, T> = (row: R) => T | undefined;

/** A text column. */
export const text = <R>(name: string, value: Read<R, string>, options?: Options): Column<R> => ({ name, type: "string", ...options, value });
/** A list of texts in one cell, joined with `|`. */
export const list = <R>(name: string, value: Read<R, readonly string[]>): Column<R> => ({ name, type: "string", list: true, value });
/** A whole-number column. */
export const integer = <R>(name: string, value: Read<R, number>, options?: Options): Column<R> => ({ name, type: "integer", ...options, value });
/** A decimal-number column. */
export const number = <R>(name: string, value: Read<R, number>, options?: Options): Column<R> => ({ name, type: "number", ...options, value });
/** A `true`/`false` column. */
export const flag = <R>(name: string, value: Read<R, boolean>, options?: Options): Column<R> => ({ name, type: "boolean", ...options, value });
/** An ISO 8601 day column (`YYYY-MM-DD`). */
export const day = <R>(name: string, value: Read<R, string>, options?: Options): Column<R> => ({ name, type: "date", ...options, value });
