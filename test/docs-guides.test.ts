/**
 * The guides cannot drift from the code: the data model guide names every field the JSON Schemas
 * define, and the example record of the contributing guide passes its schema. (Their TypeScript,
 * SQL and shell blocks run in docs-blocks.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceTexts, sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { formatProblem } from "../scripts/validate/index.js";
import { wholeSentence } from "../scripts/validate/rules/sentences.js";
import { evidenceInSource, quoteOccurrence } from "../scripts/validate/rules/source-texts.js";
import type { CheckedRecord } from "../scripts/validate/types.js";
import { schemas } from "../src/schema.js";

const REPO = resolve(import.meta.dirname, "..");
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
  const blocks = [...readFileSync(join(REPO, "docs/contributing.md"), "utf8").matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {3}/gm, ""));

  it("shows an example record that passes the meeting schema", () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const result = schemas.meeting.safeParse(JSON.parse(block));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  const texts = readSourceTexts(sourceTextsLocation(REPO).dir);
  it.skipIf(!texts)("shows an example whose quotes pass the build's quote rules (found in the source, whole sentences)", () => {
    const source = JSON.parse(readFileSync(join(REPO, "data/sources/report-2020-isrs-valdai-online-conference-afghanistan.json"), "utf8")) as Record<string, unknown>;
    const records: CheckedRecord[] = [
      ...blocks.map((block) => ({ file: "docs/contributing.md", kind: "meeting" as const, name: "example", record: JSON.parse(block) as Record<string, unknown> })),
      { file: "source", kind: "source", name: String(source.id), record: source },
    ];
    const context = { records, byId: new Map(), kindOf: new Map(), tombstones: [], released: new Map(), sourceTexts: texts };
    expect([evidenceInSource, quoteOccurrence, wholeSentence].flatMap((rule) => rule.check(context)).map(formatProblem)).toEqual([]);
  });
});
