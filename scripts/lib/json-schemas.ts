/**
 * JSON Schema files (draft 2020-12) of both shapes:
 * - authoring (`schemas/authoring/<kind>.schema.json`): one `data/<collection>/<id>.json` file,
 *   generated from the zod schemas;
 * - published (`schemas/<kind>.schema.json`): one record as `data.json` and the NDJSON exports
 *   hold it, that is the authoring shape plus the fields the build derives (`kind`, version
 *   stamps, date `bounds`, `incoming` relations, and the selectors of every evidence item).
 * The derived fields are declared here as they are in src/model/records.ts; a test validates
 * every shipped record against these schemas, with `additionalProperties: false` throughout,
 * so the two cannot drift apart unnoticed.
 */
import { z } from "zod";
import { schemas, tombstoneSchema } from "../../src/schema.js";
import { CONTEXT_LENGTH } from "../../src/text/quotes.js";
import { KINDS, PRIMARY_KINDS, RELATION_TYPES, RELATIONS, type Kind } from "../../src/model/vocabulary.js";

type Schema = Record<string, any>;
type Name = Kind | "tombstone";

const URN = "urn:central-asia-security:schema";
const string = { type: "string" };
const version = { type: "string", description: "A dataset version (semver)." };
const offset = { type: "integer", minimum: 0 };

/** The authoring JSON Schema of each kind, and of tombstones, by name. */
export function authoringSchemas(): Record<Name, Schema> {
  const named: [Name, z.ZodType][] = [...KINDS.map((kind): [Kind, z.ZodType] => [kind, schemas[kind]]), ["tombstone", tombstoneSchema]];
  return Object.fromEntries(
    named.map(([name, schema]) => [name, { $id: `${URN}:authoring:${name}`, title: `${name} (authoring file)`, ...(z.toJSONSchema(schema, { io: "input" }) as Schema) }]),
  ) as unknown as Record<Name, Schema>;
}

const isEvidence = (node: Schema): boolean => node.type === "object" && node.properties?.source && node.properties?.quote;

/** `node` with every evidence object in it given the derived selector fields (required). */
function locateEvidence(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(locateEvidence);
  if (node === null || typeof node !== "object") return node;
  const entries = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, locateEvidence(value)])) as Schema;
  if (!isEvidence(entries)) return entries;
  return {
    ...entries,
    properties: {
      ...entries.properties,
      start: { ...offset, description: "TextPositionSelector start: offset of the quote in the raw source text, in Unicode code points." },
      end: { ...offset, description: "TextPositionSelector end: offset just after the quote, in code points (exclusive)." },
      prefix: { type: "string", maxLength: CONTEXT_LENGTH, description: "TextQuoteSelector prefix: the raw source text just before start." },
      suffix: { type: "string", maxLength: CONTEXT_LENGTH, description: "TextQuoteSelector suffix: the raw source text just after end." },
    },
    required: [...entries.required, "start", "end", "prefix", "suffix"],
  };
}

/** The evidence item schema of the published shape, taken from a located schema. */
const locatedEvidenceList = (published: Schema): Schema => published.properties.evidence;

const bounds = {
  type: "object",
  description: "The calendar span the date may fall in, derived from its EDTF value.",
  properties: {
    earliest: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    latest: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    precision: { type: "string", enum: ["day", "month", "season", "year"] },
    uncertain: { type: "boolean" },
    approximate: { type: "boolean" },
  },
  required: ["earliest", "latest", "precision", "uncertain", "approximate"],
  additionalProperties: false,
};

/** Adds the record-level derived fields to a located authoring schema of `kind`. */
function publishedRecord(kind: Kind, located: Schema): Schema {
  const derived: Schema = { kind: { type: "string", const: kind }, addedIn: version, modifiedIn: version };
  const required = ["kind", "addedIn", "modifiedIn"];
  if ((PRIMARY_KINDS as readonly Kind[]).includes(kind)) {
    derived.bounds = bounds;
    derived.incoming = {
      type: "array",
      description: "Relations other records author towards this one, inverted by the build.",
      items: {
        type: "object",
        properties: { type: { type: "string", enum: [...new Set(RELATION_TYPES.map((t) => RELATIONS[t].inverse))] }, source: string, evidence: locatedEvidenceList(located) },
        required: ["type", "source", "evidence"],
        additionalProperties: false,
      },
    };
    required.push("incoming");
  }
  return {
    ...located,
    $id: `${URN}:${kind}`,
    title: `${kind} (published record)`,
    properties: { ...located.properties, ...derived },
    required: [...located.required, ...required],
  };
}

/** The published tombstone: every variant gains `tombstonedIn`. */
function publishedTombstone(authoring: Schema): Schema {
  const variants = (authoring.oneOf as Schema[]).map((variant) => ({
    ...variant,
    properties: { ...variant.properties, tombstonedIn: version },
    required: [...variant.required, "tombstonedIn"],
  }));
  return { ...authoring, $id: `${URN}:tombstone`, title: "tombstone (published)", oneOf: variants };
}

/** The published JSON Schema of each kind's records, and of tombstones, by name. */
export function publishedSchemas(authoring: Record<Name, Schema> = authoringSchemas()): Record<Name, Schema> {
  const out = Object.fromEntries(KINDS.map((kind) => [kind, publishedRecord(kind, locateEvidence(authoring[kind]) as Schema)]));
  return { ...out, tombstone: publishedTombstone(authoring.tombstone) } as Record<Name, Schema>;
}

/**
 * The schemas a release manifest records, for the release check to diff: the published shapes
 * under their kind's name, the authoring shapes under `authoring/<name>`.
 */
export function jsonSchemas(): Record<string, Schema> {
  const authoring = authoringSchemas();
  const prefixed = Object.fromEntries(Object.entries(authoring).map(([name, schema]) => [`authoring/${name}`, schema]));
  return { ...publishedSchemas(authoring), ...prefixed };
}

/** File name (under `schemas/`) and text of each JSON Schema file. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return Object.entries(jsonSchemas()).map(([name, schema]) => ({ name: `${name}.schema.json`, text: `${JSON.stringify(schema, null, 2)}\n` }));
}
