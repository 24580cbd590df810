/**
 * The Frictionless Data Package shipped with the exports: the descriptor validates against the
 * Frictionless profile (JSON Schema, checked with ajv), and the CSV files conform to it: every
 * cell fits its field's type and constraints, primary keys are unique, foreign keys resolve.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_PACKAGE_PROFILE } from "../src/exports/datapackage.js";
import { TABLES } from "../src/exports/tidy.js";
import type { AnyRecord } from "../src/model/records.js";
import type { Kind } from "../src/model/vocabulary.js";
import { REPO } from "./helpers/data-tree.js";
import { checkTables, parseCsv, type CsvTable, type ResourceDescriptor } from "./helpers/table-check.js";

const exportsDir = join(REPO, "dist/exports");
const descriptor = JSON.parse(readFileSync(join(exportsDir, "datapackage.json"), "utf8")) as Record<string, unknown> & { resources: ResourceDescriptor[] };
const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as { version: string; hash: string; records: Record<Kind, AnyRecord[]> };
const profile = JSON.parse(readFileSync(join(REPO, "test/fixtures/frictionless/tabular-data-package.json"), "utf8")) as object;
// ajv-draft-04 is CommonJS whose module.exports is the class (its typings call it `default`).
const Ajv = createRequire(import.meta.url)("ajv-draft-04") as typeof import("ajv-draft-04").default;
// The profile's string formats (uri, email, …) are checked by ajv-formats, not skipped with a
// warning; "textarea" is the profile's hint to form editors (any text), so any string passes.
const addFormats = createRequire(import.meta.url)("ajv-formats") as typeof import("ajv-formats").default;
const validate = addFormats(new Ajv({ allErrors: true, strict: false }))
  .addFormat("textarea", true)
  .compile(profile);

const shippedTables = (): Map<string, CsvTable> => new Map(descriptor.resources.map((r) => [r.name, parseCsv(readFileSync(join(exportsDir, r.path), "utf8"))]));

describe("datapackage.json", () => {
  it("validates against the Frictionless Tabular Data Package profile", () => {
    const valid = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is refused by the profile when a resource is malformed (the validator is really checking)", () => {
    const broken = structuredClone(descriptor);
    broken.resources[0]!.name = "Not A Valid Name";
    (broken.resources[1]!.schema.fields[0] as { type: string }).type = "text";
    delete (broken.resources[2] as Partial<ResourceDescriptor>).path;
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths.some((p) => p.startsWith("/resources/0"))).toBe(true);
    expect(paths.some((p) => p.startsWith("/resources/1/schema/fields/0"))).toBe(true);
  });

  it("declares Data Package v2, the dataset version and hash, and the data licence of LICENSE (CC BY 4.0)", () => {
    expect(descriptor.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(descriptor.version).toBe(data.version);
    expect(descriptor.datasetHash).toBe(`sha256:${data.hash}`);
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: "CC-BY-4.0" })]);
    expect(readFileSync(join(REPO, "LICENSE"), "utf8")).toContain("(CC BY 4.0)");
    for (const resource of descriptor.resources) expect((resource as unknown as { type: string }).type).toBe("table");
  });

  it("has one resource per table, each with its CSV beside it and a Parquet file under parquet/", () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const resource of descriptor.resources) {
      expect(existsSync(join(exportsDir, resource.path)), resource.path).toBe(true);
      expect(existsSync(join(exportsDir, "parquet", `${resource.name}.parquet`)), resource.name).toBe(true);
    }
  });

  it("declares the typed date columns on every dated table, never a bare `date` column", () => {
    for (const resource of descriptor.resources) {
      const fields = new Map(resource.schema.fields.map((f) => [f.name, f.type]));
      expect(fields.has("date"), resource.name).toBe(false);
      for (const [name, type] of fields) {
        if (name.endsWith("_edtf")) {
          const prefix = name.slice(0, -"_edtf".length);
          expect(type).toBe("string");
          expect([`${prefix}_earliest`, `${prefix}_latest`].map((n) => fields.get(n))).toEqual(["date", "date"]);
          expect(fields.get(`${prefix}_precision`)).toBe("string");
          expect(fields.get(`${prefix}_inferred`)).toBe("boolean");
        }
      }
    }
    const meetings = descriptor.resources.find((r) => r.name === "meetings")!;
    expect(meetings.schema.fields.find((f) => f.name === "ordinal")?.type).toBe("integer");
  });
});

describe("the shipped CSV files conform to datapackage.json", () => {
  const tables = shippedTables();

  it("every cell fits its field type and constraints, primary keys are unique, every foreign key resolves", () => {
    expect(checkTables(descriptor.resources, tables)).toEqual([]);
  });

  it("the tidy tables hold every claim: one participation row per participant or member, one evidence row per quote", () => {
    const primaryParticipants = (["meeting", "declaration", "initiative"] as const)
      .flatMap((k) => data.records[k])
      .reduce((n, r) => n + ((r as { participants?: unknown[] }).participants?.length ?? 0), 0);
    const members = data.records.process.reduce((n, r) => n + ((r as { members?: unknown[] }).members?.length ?? 0), 0);
    expect(tables.get("participations")!.rows).toHaveLength(primaryParticipants + members);
    const quotes = JSON.stringify(data.records, (key, value: unknown) => (key === "incoming" ? undefined : value)).match(/"quote":/g)!.length;
    expect(tables.get("evidence")!.rows).toHaveLength(quotes);
    expect(tables.get("records")!.rows).toHaveLength(Object.values(data.records).flat().length);
  });

  it("catches a row that breaks the schema: an unknown actor, a non-integer, a duplicate key, a missing required cell", () => {
    const broken = shippedTables();
    const participations = broken.get("participations")!;
    const at = (name: string) => participations.header.indexOf(name);
    participations.rows[0]![at("actor_id")] = "no-such-actor";
    participations.rows[1]![at("list_index")] = "1.5";
    participations.rows.push([...participations.rows[2]!]);
    participations.rows[3]![at("role")] = "";
    const problems = checkTables(descriptor.resources, broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^participations row 1: actor_id=no-such-actor not found in actors/),
        expect.stringMatching(/^participations row 2 list_index="1.5": not a integer/),
        expect.stringMatching(/^participations: primary key record_id,list_index is not unique/),
        expect.stringMatching(/^participations row 4 role="": required/),
      ]),
    );
  });
});
