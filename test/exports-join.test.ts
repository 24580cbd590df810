/**
 * The country-code join recipe of docs/exports.md runs as written in DuckDB over the shipped
 * Parquet files, and each of its three joins (alpha-2, alpha-3, numeric) pairs the outside rows
 * with the same states the library's records give for that code.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DUCKDB_OFFLINE } from "../scripts/exports/parquet.js";
import { actors } from "../src/index.js";
import { REPO } from "./helpers/data-tree.js";

const docs = readFileSync(join(REPO, "docs/exports.md"), "utf8");
const section = docs.slice(docs.indexOf("### Joining other datasets by country code"));
const recipe = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
const statements = recipe
  .split(/;\s*\n/)
  .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
  .filter(Boolean)
  .map((s) => s.replace("node_modules/central-asia-security/dist", join(REPO, "dist")));

/** Runs the recipe; returns the rows of each SELECT as sorted `id=capital` strings. */
async function runRecipe(edit: (sql: string) => string = (sql) => sql): Promise<string[][]> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OFFLINE);
  const connection = await instance.connect();
  try {
    const answers: string[][] = [];
    for (const statement of statements.map(edit)) {
      const reader = await connection.runAndReadAll(statement);
      if (/^SELECT/i.test(statement))
        answers.push(
          reader
            .getRows()
            .map((row) => `${String(row[0])}=${String(row[1])}`)
            .sort(),
        );
    }
    return answers;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The same join done on the library's records: outside rows matched by `key` of each state. */
function libraryJoin(
  outside: readonly (readonly [string, string, number, string])[],
  key: (row: readonly [string, string, number, string]) => string,
  codeOf: (a: (typeof actors)[number]) => string | undefined,
): string[] {
  return actors
    .filter((a) => a.type === "state")
    .flatMap((a) => outside.filter((row) => codeOf(a) !== undefined && key(row) === codeOf(a)).map((row) => `${a.id}=${row[3]}`))
    .sort();
}

describe("docs/exports.md: joining other datasets by country code", () => {
  it("runs as written and each join answers like the library's records", async () => {
    expect(statements.filter((s) => /^SELECT/i.test(s))).toHaveLength(3);
    const outside = [...recipe.matchAll(/\('([A-Z]{2})', '([A-Z]{3})', (\d+), '([^']+)'\)/g)].map((m) => [m[1]!, m[2]!, Number(m[3]), m[4]!] as const);
    expect(outside.length).toBeGreaterThanOrEqual(3);
    const [byAlpha2, byAlpha3, byNumeric] = await runRecipe();
    expect(byAlpha2).toEqual(
      libraryJoin(
        outside,
        (r) => r[0],
        (a) => a.country,
      ),
    );
    expect(byAlpha3).toEqual(
      libraryJoin(
        outside,
        (r) => r[1],
        (a) => a.countryAlpha3,
      ),
    );
    expect(byNumeric).toEqual(
      libraryJoin(
        outside,
        (r) => String(r[2]),
        (a) => a.countryNumeric && String(Number(a.countryNumeric)),
      ),
    );
    expect(byAlpha2).toEqual(["afghanistan=Kabul", "kazakhstan=Astana", "uzbekistan=Tashkent"]);
    expect(byAlpha3).toEqual(byAlpha2);
    expect(byNumeric).toEqual(byAlpha2);
  });

  it("fails when the export is wrong: Kazakhstan's alpha-3 code changed in the actors view", async () => {
    const broken = (sql: string): string =>
      sql.replace(/^CREATE VIEW actors AS FROM (.*)$/, "CREATE VIEW actors AS SELECT * REPLACE (CASE WHEN id = 'kazakhstan' THEN 'KAX' ELSE country_alpha3 END AS country_alpha3) FROM $1");
    const [byAlpha2, byAlpha3] = await runRecipe(broken);
    expect(byAlpha2).toContain("kazakhstan=Astana");
    expect(byAlpha3).not.toContain("kazakhstan=Astana");
  });
});
