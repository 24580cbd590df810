/** JSON Schema files (draft 2020-12) generated from the zod schemas, one per kind. */
import { z } from "zod";
import { schemas } from "../../src/schema.js";
import { KINDS, type Kind } from "../../src/model/vocabulary.js";

/** File name and text of each kind's JSON Schema. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return KINDS.map((kind: Kind) => {
    const schema = z.toJSONSchema(schemas[kind], { io: "input" }) as Record<string, unknown>;
    const withId = { $id: `urn:central-asia-security:schema:${kind}`, title: kind, ...schema };
    return { name: `${kind}.schema.json`, text: `${JSON.stringify(withId, null, 2)}\n` };
  });
}
