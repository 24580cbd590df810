/**
 * An independent reading of a Frictionless Table Schema over CSV files: every cell fits its
 * field's type and constraints, primary keys are unique, and every foreign key resolves.
 * Returns the problems found (empty when the tables conform), so tests can also prove that a
 * broken table is caught.
 */
import { parse } from "csv-parse/sync";

export interface FieldDescriptor {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
export interface ResourceDescriptor {
  name: string;
  path: string;
  schema: {
    fields: FieldDescriptor[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues: string[];
  };
}

/** A parsed table: header and rows of text cells. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

export const parseCsv = (text: string): CsvTable => {
  const [header = [], ...rows] = parse(text, { record_delimiter: ["\r\n"] }) as string[][];
  return { header, rows };
};

const isIsoDay = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const FITS: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v),
  boolean: (v) => v === "true" || v === "false",
  date: isIsoDay,
};

/** Problems of `tables` (by resource name) against `resources`, as readable lines. */
export function checkTables(resources: readonly ResourceDescriptor[], tables: ReadonlyMap<string, CsvTable>): string[] {
  const problems: string[] = [];
  const column = (resource: string, field: string): string[] => {
    const t = tables.get(resource)!;
    const i = t.header.indexOf(field);
    return t.rows.map((row) => row[i]!);
  };
  for (const resource of resources) {
    const table = tables.get(resource.name);
    if (!table) {
      problems.push(`${resource.name}: no table`);
      continue;
    }
    const { fields, primaryKey, foreignKeys, missingValues } = resource.schema;
    if (table.header.join() !== fields.map((f) => f.name).join()) problems.push(`${resource.name}: header ${table.header.join()} differs from the schema`);
    table.rows.forEach((row, r) => {
      fields.forEach((field, c) => {
        const value = row[c] ?? "";
        const where = `${resource.name} row ${r + 1} ${field.name}=${JSON.stringify(value)}`;
        if (missingValues.includes(value)) {
          if (field.constraints?.required) problems.push(`${where}: required`);
          return;
        }
        if (!FITS[field.type]!(value)) problems.push(`${where}: not a ${field.type}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value)) problems.push(`${where}: not in the enum`);
      });
    });
    const keys = table.rows.map((row) => primaryKey.map((k) => row[table.header.indexOf(k)]).join("\u0000"));
    if (new Set(keys).size !== keys.length) problems.push(`${resource.name}: primary key ${primaryKey.join(",")} is not unique`);
    for (const fk of foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource);
      if (!target) {
        problems.push(`${resource.name}: foreign key to missing resource ${fk.reference.resource}`);
        continue;
      }
      const known = new Set(target.rows.map((_, i) => fk.reference.fields.map((f) => column(fk.reference.resource, f)[i]).join("\u0000")));
      table.rows.forEach((row, r) => {
        const values = fk.fields.map((f) => row[table.header.indexOf(f)]!);
        if (values.every((v) => missingValues.includes(v))) return;
        if (!known.has(values.join("\u0000"))) problems.push(`${resource.name} row ${r + 1}: ${fk.fields.join(",")}=${values.join(",")} not found in ${fk.reference.resource}`);
      });
    }
  }
  return problems;
}
