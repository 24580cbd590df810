/**
 * The guides cannot drift from the code: their TypeScript examples run against the built
 * package, the data model guide names every field the JSON Schemas define, and the example
 * record of the contributing guide passes its schema.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";
import { afterAll, describe, expect, it, vi } from "vitest";
import { schemas } from "../src/schema.js";

const REPO = resolve(import.meta.dirname, "..");
const ENTRY = join(REPO, "dist/index.js");
const GUIDES = ["getting-started.md"];
const work = mkdtempSync(join(tmpdir(), "cas-guide-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The ```ts blocks of a guide. */
function examples(guide: string): string[] {
  return [...readFileSync(join(REPO, "docs", guide), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe.each(GUIDES)("docs/%s", (guide) => {
  it.each(examples(guide).map((code, i) => [i + 1, code] as const))("example %i runs against the built package", async (n, code) => {
    expect(existsSync(ENTRY), "dist/index.js is missing: run npm run build first").toBe(true);
    const source = code.replaceAll('from "central-asia-security"', `from ${JSON.stringify(pathToFileURL(ENTRY).href)}`);
    const { code: js } = await transform(source, { loader: "ts", format: "esm" });
    const file = join(work, `${guide}-${n}.mjs`);
    writeFileSync(file, js);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }
  });
});

/** Every property name a JSON Schema defines, at any depth. */
function schemaFields(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) schemaFields(item, into);
  else if (schema && typeof schema === "object") {
    const properties = (schema as { properties?: unknown }).properties;
    if (properties && typeof properties === "object") for (const name of Object.keys(properties)) into.add(name);
    for (const value of Object.values(schema)) schemaFields(value, into);
  }
  return into;
}

describe("docs/data-model.md", () => {
  const guide = readFileSync(join(REPO, "docs/data-model.md"), "utf8");
  const schemas = join(REPO, "dist/schemas");

  it("describes every field of every kind's schema, and every derived field", () => {
    expect(existsSync(schemas), "dist/schemas is missing: run npm run build first").toBe(true);
    const fields = new Set(["kind", "addedIn", "modifiedIn", "bounds", "earliest", "latest", "precision", "uncertain", "approximate", "incoming", "tombstonedIn"]);
    for (const file of readdirSync(schemas).filter((f) => f.endsWith(".schema.json"))) schemaFields(JSON.parse(readFileSync(join(schemas, file), "utf8")), fields);
    expect([...fields].filter((field) => !guide.includes(`\`${field}\``)).sort()).toEqual([]);
  });
});

describe("docs/contributing.md", () => {
  it("shows an example record that passes the meeting schema", () => {
    const blocks = [...readFileSync(join(REPO, "docs/contributing.md"), "utf8").matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {3}/gm, ""));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const result = schemas.meeting.safeParse(JSON.parse(block));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });
});
