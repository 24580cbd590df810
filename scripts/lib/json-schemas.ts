/** JSON Schema files (draft 2020-12) generated from the zod schemas, one per kind. */
import { z } from "zod";
import { schemas, tombstoneSchema } from "../../src/schema.js";
import { KINDS, type Kind } from "../../src/model/vocabulary.js";

/** The JSON Schema of each kind's authoring format, and of tombstones, by name. */
export function jsonSchemas(): Record<Kind | "tombstone", Record<string, unknown>> {
  const named: [Kind | "tombstone", z.ZodType][] = [...KINDS.map((kind): [Kind, z.ZodType] => [kind, schemas[kind]]), ["tombstone", tombstoneSchema]];
  return Object.fromEntries(
    named.map(([name, schema]) => [name, { $id: `urn:central-asia-security:schema:${name}`, title: name, ...(z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>) }]),
  ) as unknown as Record<Kind | "tombstone", Record<string, unknown>>;
}

/** File name and text of each JSON Schema file. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return Object.entries(jsonSchemas()).map(([name, schema]) => ({ name: `${name}.schema.json`, text: `${JSON.stringify(schema, null, 2)}\n` }));
}
