/**
 * pandas and R read every column of every shipped CSV file with the type datapackage.json
 * declares, following the recipes of docs/exports.md. Both come from Debian packages
 * (Debian's python3-pandas and r-base-core, where installed: the bare-machine test command needs
 * neither); where one is missing the test says so
 * and is skipped. (DuckDB, which is required, is tested in exports-duckdb.test.ts.) And every
 * evidence quote read from evidence.csv as the recipes say (one leading formula apostrophe
 * dropped) is verbatim: the same as in data.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";
import { parseCsv, type ResourceDescriptor } from "./helpers/table-check.js";

const exportsDir = join(REPO, "dist/exports");
const resources = (JSON.parse(readFileSync(join(exportsDir, "datapackage.json"), "utf8")) as { resources: ResourceDescriptor[] }).resources;

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { encoding: "utf8" }).status === 0;
// Debian's Python, where python3-pandas installs (a pyenv or venv python3 earlier on PATH would not see it).
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const hasPandas = has(PYTHON, ["-c", "import pandas"]);
const hasR = has("Rscript", ["--version"]);

/** What a reader reports per column: table, column, the reader's type, the count of missing values. */
interface Reading {
  table: string;
  column: string;
  type: string;
  missing: number;
}
const parseReport = (stdout: string): Reading[] =>
  stdout
    .trim()
    .split("\n")
    .map((line) => {
      const [table, column, type, missing] = line.split("\t");
      return { table: table!, column: column!, type: type!, missing: Number(missing) };
    });

/** The declared type of each column, and how many of its cells are empty, from the CSV files themselves. */
const expected = (typeOf: Record<string, string>): Reading[] =>
  resources.flatMap((r) => {
    const { header, rows } = parseCsv(readFileSync(join(exportsDir, r.path), "utf8"));
    return r.schema.fields.map((f) => ({ table: r.name, column: f.name, type: typeOf[f.type]!, missing: rows.filter((row) => row[header.indexOf(f.name)] === "").length }));
  });

const PANDAS = `
import json, sys, pandas as pd
base = sys.argv[1]
kinds = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
for r in json.load(open(base + "/datapackage.json"))["resources"]:
    fields = r["schema"]["fields"]
    frame = pd.read_csv(base + "/" + r["path"], keep_default_na=False, na_values=[""],
                        dtype={f["name"]: kinds.get(f["type"], "string") for f in fields})
    for f in fields:
        if f["type"] == "date":
            frame[f["name"]] = pd.to_datetime(frame[f["name"]], format="%Y-%m-%d")
    for f in fields:
        column = frame[f["name"]]
        print(r["name"], f["name"], str(column.dtype), int(column.isna().sum()), sep="\\t")
`;

describe("pandas", () => {
  it.skipIf(!hasPandas)("reads every column of every CSV with its declared type (python3-pandas)", () => {
    const result = spawnSync(PYTHON, ["-c", PANDAS, exportsDir], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(parseReport(result.stdout)).toEqual(expected({ string: "string", integer: "Int64", number: "Float64", boolean: "boolean", date: "datetime64[ns]" }));
  });
});

describe("R", () => {
  it.skipIf(!hasR)("read.csv reads every column of every CSV with its declared type (r-base-core)", () => {
    const classes: Record<string, string> = { string: "character", integer: "integer", number: "numeric", boolean: "logical", date: "Date" };
    const script = resources
      .map((r) => {
        const colClasses = r.schema.fields.map((f) => `"${f.name}" = "${classes[f.type]}"`).join(", ");
        return [
          `t <- read.csv(file.path(base, "${r.path}"), na.strings = "", encoding = "UTF-8", colClasses = c(${colClasses}))`,
          `for (n in names(t)) cat("${r.name}", "\\t", n, "\\t", class(t[[n]])[1], "\\t", sum(is.na(t[[n]])), "\\n", sep = "")`,
        ].join("\n");
      })
      .join("\n");
    // A file, not -e: Rscript mangles a long -e expression.
    const file = join(scratchDir("r-reader"), "read.R");
    writeFileSync(file, `base <- ${JSON.stringify(exportsDir)}\n${script}\n`);
    const result = spawnSync("Rscript", [file], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(parseReport(result.stdout)).toEqual(expected(classes));
  });
});

/**
 * Every evidence quote of `data.json` (at any depth of any record, except the derived `incoming`
 * copies of other records' relations), as `record_id \t quote`, sorted.
 */
function jsonQuotes(): string[] {
  const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { records: Record<string, { id: string }[]> };
  const out: string[] = [];
  const walk = (id: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(id, item));
    else if (value && typeof value === "object") {
      const evidence = (value as { evidence?: unknown }).evidence;
      if (Array.isArray(evidence)) for (const item of evidence as { quote: string }[]) out.push(`${id}\t${item.quote}`);
      for (const [key, item] of Object.entries(value)) if (key !== "incoming") walk(id, item);
    }
  };
  for (const records of Object.values(data.records)) for (const record of records) walk(record.id, record);
  return out.sort();
}

/** The recipes' rule for a text cell of a CSV file: drop one leading formula apostrophe. */
const unapostrophe = (cell: string): string => cell.replace(/^'/, "");

describe("quotes read from evidence.csv as the recipes say are verbatim", () => {
  const { header, rows } = parseCsv(readFileSync(join(exportsDir, "evidence.csv"), "utf8"));
  const at = (name: string) => header.indexOf(name);
  const raw = rows.map((row) => `${row[at("record_id")]}\t${row[at("quote")]}`).sort();

  it("some quote cells carry the apostrophe, so the comparison means something", () => {
    expect(raw).not.toEqual(jsonQuotes());
  });

  it("dropping one leading apostrophe gives exactly the quotes of data.json", () => {
    expect(rows.map((row) => `${row[at("record_id")]}\t${unapostrophe(row[at("quote")]!)}`).sort()).toEqual(jsonQuotes());
  });

  it("the shipped DuckDB script views-csv.sql gives exactly the quotes of data.json", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:", { threads: "1", autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const connection = await instance.connect();
    try {
      await connection.run(readFileSync(join(exportsDir, "views-csv.sql"), "utf8").replaceAll("'node_modules/central-asia-security/dist/exports/", `'${exportsDir}/`));
      const got = (await connection.runAndReadAll("SELECT record_id || chr(9) || quote FROM evidence")).getRows().map((r) => String(r[0]));
      expect(got.sort()).toEqual(jsonQuotes());
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it.skipIf(!hasPandas)("pandas, following the recipe, gives exactly the quotes of data.json", () => {
    const script = `import sys, pandas as pd
frame = pd.read_csv(sys.argv[1], keep_default_na=False, na_values=[""], dtype="string")
for column in frame.columns:
    frame[column] = frame[column].str.replace(r"^'", "", regex=True)
for record, quote in zip(frame.record_id, frame.quote):
    print(record + "\\t" + quote)
`;
    const result = spawnSync(PYTHON, ["-c", script, join(exportsDir, "evidence.csv")], { encoding: "utf8" });
    expect(result.stdout.trim().split("\n").sort()).toEqual(jsonQuotes());
  });

  it.skipIf(!hasR)("R, following the recipe, gives exactly the quotes of data.json", () => {
    const file = join(scratchDir("r-quotes"), "quotes.R");
    writeFileSync(
      file,
      `evidence <- read.csv(${JSON.stringify(join(exportsDir, "evidence.csv"))}, na.strings = "", encoding = "UTF-8", colClasses = "character")
for (n in names(evidence)) evidence[[n]] <- sub("^'", "", evidence[[n]])
cat(paste0(evidence$record_id, "\\t", evidence$quote), sep = "\\n")
`,
    );
    const result = spawnSync("Rscript", [file], { encoding: "utf8" });
    expect(result.stdout.trim().split("\n").sort()).toEqual(jsonQuotes());
  });
});
