/**
 * Spreadsheet formula injection (issue #13, Exports): opening a shipped CSV must never run a
 * cell. Policy: the CSV writer prefixes one apostrophe to every text cell that starts with
 * = + - @ TAB CR or ' (docs/exports.md); numbers, flags and dates are never text cells.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, neutraliseFormula } from "../src/exports/columns.js";
import { formatExport, tableCsv } from "../src/exports/index.js";
import { TABLES } from "../src/exports/tidy.js";
import type { AnyRecord } from "../src/model/records.js";
import type { Kind } from "../src/model/vocabulary.js";
import { REPO } from "./helpers/data-tree.js";
import { parseCsv } from "./helpers/table-check.js";

const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { version: string; hash: string; records: Record<Kind, AnyRecord[]> };
const DANGEROUS = /^[=+\-@\t\r]/;

/** The records with every authored text prefixed by `prefix` (EDTF values and derived bounds left valid). */
function doctored(prefix: string): Record<Kind, AnyRecord[]> {
  const keep = new Set(["edtf", "earliest", "latest", "precision", "kind"]);
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return keep.has(key) ? value : prefix + value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(data.records, "") as Record<Kind, AnyRecord[]>;
}

describe("neutraliseFormula", () => {
  it.each(["=1+1", '=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "'=1+1"])("prefixes an apostrophe to %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(["Tashkent", "", "a=b", "1-2", "2018-03", " =1", "“=quoted”"])("leaves %j as it is", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("is reversible: dropping one leading apostrophe gives the value back, for every trigger", () => {
    for (const trigger of FORMULA_TRIGGERS) {
      const value = `${trigger}x`;
      expect(neutraliseFormula(value).slice(1)).toBe(value);
    }
  });
});

describe.each(["=", "+", "-", "@", "\t", "'"])("every text column of every CSV, texts starting with %j", (prefix) => {
  const records = doctored(prefix);
  it.each(TABLES.map((t) => [t.name, t] as const))("%s: each text cell is neutralised and reads back after one apostrophe is dropped", (_, table) => {
    const { header, rows } = parseCsv(tableCsv(table, records));
    const expected = table.rows(records as never).map((row) => table.columns.map((c) => c.value(row)));
    expect(rows.length).toBe(expected.length);
    let textCells = 0;
    rows.forEach((row, r) =>
      table.columns.forEach((column, c) => {
        const cell = row[c]!;
        if (cell === "") return;
        const where = `${table.name} row ${r + 1} ${header[c]}`;
        if (column.type === "string") {
          const value = expected[r]![c]!;
          const text = Array.isArray(value) ? value.join("|") : String(value);
          const trigger = (FORMULA_TRIGGERS as readonly string[]).includes(text.charAt(0));
          if (trigger) textCells++;
          expect(cell, where).toBe(trigger ? `'${text}` : text);
          expect(DANGEROUS.test(cell), where).toBe(false);
        } else {
          expect(DANGEROUS.test(cell) && Number.isNaN(Number(cell)), where).toBe(false);
        }
      }),
    );
    if (rows.length > 0 && table.columns.some((c) => c.type === "string")) expect(textCells).toBeGreaterThan(0);
  });
});

describe("formula neutralisation in the shipped files and the CLI's export", () => {
  it("no cell of any shipped CSV starts a formula (a number such as -5 is a number, not a formula)", () => {
    const dir = join(REPO, "dist/exports");
    const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBe(TABLES.length);
    for (const file of files) {
      for (const row of parseCsv(readFileSync(join(dir, file), "utf8")).rows) {
        for (const cell of row) expect(DANGEROUS.test(cell) && Number.isNaN(Number(cell)), `${file}: ${cell}`).toBe(false);
      }
    }
  });

  it("the export command's CSV (formatExport) neutralises a title that starts with =, and keeps a negative number a number", () => {
    const meeting = { ...data.records.meeting[0]!, title: "=1+1", quantities: [{ measure: "participants", value: -5, unit: "experts", evidence: [] }] } as AnyRecord;
    const text = formatExport("csv", { version: data.version, hash: data.hash, records: { meeting: [meeting] } });
    const { header, rows } = parseCsv(text);
    expect(rows[0]![header.indexOf("title")]).toBe("'=1+1");
    expect(rows[0]![header.indexOf("quantities")]).toBe("participants:-5:experts:exactly");
    const quantities = TABLES.find((t) => t.name === "quantities")!;
    const tidy = parseCsv(tableCsv(quantities, { meeting: [meeting] } as never));
    expect(tidy.rows[0]![tidy.header.indexOf("value")]).toBe("-5");
  });
});
