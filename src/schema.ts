/**
 * Zod schemas of the authoring format, one per record kind. They describe shape only (types,
 * required fields, no unknown fields); the build's integrity rules check the rest (references,
 * dates, evidence). Requires `zod` (an optional peer dependency).
 *
 * @example
 * ```ts
 * import { schemas } from "central-asia-security/schema";
 * const result = schemas.topic.safeParse({ id: "terrorism", name: "Terrorism", summary: "…" });
 * console.log(result.success); // true
 * ```
 * @module
 */
import { z } from "zod";
import {
  ACTOR_TYPES,
  ATTENDANCE_MODES,
  DECLARATION_STAGES,
  DECLARATION_TYPES,
  INFERENCE_BASES,
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  KINDS,
  MEETING_STATUSES,
  MEETING_TYPES,
  PLACE_TYPES,
  PROCESS_TYPES,
  QUANTITY_MEASURES,
  REGIONAL_LANGUAGES,
  QUANTITY_QUALIFIERS,
  RELATION_TYPES,
  ROLES,
  STATEMENT_MODES,
  type Kind,
} from "./model/vocabulary.js";

const text = z.string();
const ids = z.array(text);

/** Schema of {@link Evidence}. */
export const evidenceSchema = z.strictObject({ source: text, quote: text, occurrence: z.int().min(1).optional() });
const evidenceList = z.array(evidenceSchema);

/** Schema of {@link DateClaim}. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day YYYY-MM-DD");
const webAddress = z.string().regex(/^https?:\/\/\S+$/, "expected an http(s) address");

/** A public page an outside fact was checked against (schema.org CreativeWork: name, publisher, url, datePublished). */
export const referenceSchema = z.strictObject({ title: text, outlet: text, url: webAddress, date: isoDay.optional() });

export const dateClaimSchema = z.strictObject({
  edtf: text,
  inferred: text.optional(),
  inferredFrom: z.enum(INFERENCE_BASES).optional(),
  references: z.array(referenceSchema).min(1).optional(),
  evidence: evidenceList,
});

/** Where a source document is published, found after the fact (see SourceLocator in src/model/input.ts). */
export const locatorSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("found"), url: webAddress, outlet: text, accessed: isoDay, note: text.optional() }),
  z.strictObject({ status: z.literal("not-found"), accessed: isoDay, note: text }),
]);

/** Schema of {@link PlaceClaim}. */
export const placeClaimSchema = z.strictObject({ place: text, evidence: evidenceList });

/** Schema of {@link Participation}. */
export const participationSchema = z.strictObject({
  actor: text,
  role: z.enum(ROLES),
  nameAsReported: text.optional(),
  capacity: text.optional(),
  onBehalfOf: text.optional(),
  evidence: evidenceList,
});

/** Schema of {@link Statement}. */
export const statementSchema = z.strictObject({
  speaker: text.optional(),
  onBehalfOf: text.optional(),
  mode: z.enum(STATEMENT_MODES),
  words: text.optional(),
  topics: ids.optional(),
  evidence: evidenceList,
});

/** Schema of {@link Relation}. */
export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  target: text,
  evidence: evidenceList,
});

/** Schema of {@link Quantity}. */
export const quantitySchema = z.strictObject({
  measure: z.enum(QUANTITY_MEASURES),
  value: z.number().positive(),
  unit: text,
  qualifier: z.enum(QUANTITY_QUALIFIERS).optional(),
  evidence: evidenceList,
});

const recordBase = { id: text, summary: text, evidence: evidenceList };

const primaryBase = {
  ...recordBase,
  title: text,
  altNames: ids.optional(),
  date: dateClaimSchema.optional(),
  places: z.array(placeClaimSchema).optional(),
  participants: z.array(participationSchema).optional(),
  relations: z.array(relationSchema).optional(),
  topics: ids.optional(),
  quantities: z.array(quantitySchema).optional(),
};

/** Schema of a `data/meetings/*.json` file. */
export const meetingSchema = z.strictObject({
  ...primaryBase,
  type: z.enum(MEETING_TYPES),
  status: z.enum(MEETING_STATUSES),
  attendance: z.enum(ATTENDANCE_MODES).optional(),
  ordinal: z.number().int().positive().optional(),
  statements: z.array(statementSchema).optional(),
});

/** Schema of a `data/declarations/*.json` file. */
export const declarationSchema = z.strictObject({
  ...primaryBase,
  type: z.enum(DECLARATION_TYPES),
  stage: z.enum(DECLARATION_STAGES),
  provisions: ids.optional(),
  period: dateClaimSchema.optional(),
  statements: z.array(statementSchema).optional(),
});

/** Schema of a `data/initiatives/*.json` file. */
export const initiativeSchema = z.strictObject({
  ...primaryBase,
  type: z.enum(INITIATIVE_TYPES),
  status: z.enum(INITIATIVE_STATUSES),
});

/** Schema of a `data/actors/*.json` file. */
export const actorSchema = z.strictObject({
  ...recordBase,
  type: z.enum(ACTOR_TYPES),
  name: text,
  shortName: text.optional(),
  altNames: ids.optional(),
  country: text.optional(),
  countryAlpha3: text.optional(),
  countryNumeric: text.optional(),
  names: z.strictObject(Object.fromEntries(REGIONAL_LANGUAGES.map((tag) => [tag, text.optional()])) as Record<(typeof REGIONAL_LANGUAGES)[number], z.ZodOptional<z.ZodString>>).optional(),
  positions: z.array(z.strictObject({ title: text, onBehalfOf: text.optional(), evidence: evidenceList })).optional(),
});

/** Schema of a `data/places/*.json` file. */
export const placeSchema = z.strictObject({
  ...recordBase,
  type: z.enum(PLACE_TYPES),
  name: text,
  country: text,
  geonamesId: z.int().positive().optional(),
  geo: z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
});

/** Schema of a `data/sources/*.json` file. */
export const sourceSchema = z.strictObject({
  ...recordBase,
  title: text,
  titleIsHeadline: z.boolean(),
  publisher: text.optional(),
  citedOutlets: ids.optional(),
  dateline: placeClaimSchema.optional(),
  published: dateClaimSchema.optional(),
  language: text,
  sha256: text,
  file: text,
  locator: locatorSchema.optional(),
});

/** Schema of a `data/processes/*.json` file. */
export const processSchema = z.strictObject({
  ...recordBase,
  type: z.enum(PROCESS_TYPES),
  name: text,
  altNames: ids.optional(),
  members: z.array(participationSchema).optional(),
});

/** Schema of a `data/topics/*.json` file. */
export const topicSchema = z.strictObject({ id: text, name: text, summary: text });

const tombstoneBase = { id: text, kind: z.enum(KINDS), reason: text };

/** Schema of a `data/tombstones/*.json` file: an id that no longer names a record. */
export const tombstoneSchema = z.discriminatedUnion("status", [
  z.strictObject({ ...tombstoneBase, status: z.literal("moved"), target: text }),
  z.strictObject({ ...tombstoneBase, status: z.literal("split"), targets: z.array(text).min(2) }),
  z.strictObject({ ...tombstoneBase, status: z.literal("withdrawn") }),
]);

/** The schema for each record kind, keyed by kind (a frozen object; the zod schemas themselves are zod's). */
export const schemas = /* @__PURE__ */ Object.freeze({
  meeting: meetingSchema,
  declaration: declarationSchema,
  initiative: initiativeSchema,
  actor: actorSchema,
  place: placeSchema,
  source: sourceSchema,
  process: processSchema,
  topic: topicSchema,
} as const satisfies Record<Kind, z.ZodType>);
