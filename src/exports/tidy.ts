/**
 * The tidy (long) tables: one row per claim, joined to the records by foreign keys, so "who
 * attended what" or "what cites this source" is a join rather than a string split. Each table
 * is a list of typed columns plus a function from the records to its rows; the per-kind
 * tables (./columns.ts) become tables of the same shape, so the CSV writer, the Parquet writer
 * and the Data Package descriptor all read one description.
 * @module
 */
import type { Participation, Position, Statement } from "../model/input.js";
import type { AnyRecord, LocatedEvidence, PrimaryRecord, RecordByKind } from "../model/records.js";
import { COLLECTIONS, KINDS, PRIMARY_KINDS, QUANTITY_MEASURES, QUANTITY_QUALIFIERS, ROLES, STATEMENT_MODES, type Kind } from "../model/vocabulary.js";
import { CSV_COLUMNS } from "./columns.js";
import { integer, list, number, text, type Column } from "./fields.js";

/** A foreign key: `fields` of this table refer to `fields` of `resource` (null cells refer to nothing). */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly resource: string;
  readonly reference: readonly string[];
}

/** The records a table is built from: every kind, possibly empty. */
export type TableInput = Readonly<{ [K in Kind]?: readonly RecordByKind[K][] }>;

/** One exported table: name (also its file name and Data Package resource name), columns, keys and rows. */
export interface Table<R = unknown> {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column<R>[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly rows: (input: TableInput) => readonly R[];
}

const ref = (field: string, resource: string): ForeignKey => ({ fields: [field], resource, reference: ["id"] });
const toRecord = (field: string): ForeignKey => ref(field, "records");

const records = <K extends Kind>(input: TableInput, kind: K): readonly RecordByKind[K][] => input[kind] ?? [];
const allRecords = (input: TableInput): AnyRecord[] => KINDS.flatMap((kind) => records(input, kind) as readonly AnyRecord[]);
const primaryRecords = (input: TableInput): PrimaryRecord[] => PRIMARY_KINDS.flatMap((kind) => records(input, kind) as readonly PrimaryRecord[]);

/** A claim found on a record: the record, the claim's index in its list, the claim. */
interface Claim<T> {
  readonly record: AnyRecord;
  readonly index: number;
  readonly claim: T;
}
const claimsOf = <T>(recordsOf: AnyRecord[], pick: (r: AnyRecord) => readonly T[] | undefined): Claim<T>[] =>
  recordsOf.flatMap((record) => (pick(record) ?? []).map((claim, index) => ({ record, index, claim })));

/** The columns that start every claim table: the record it is stated on, and its place in the list. */
const claimHead = <T>(): Column<Claim<T>>[] => [
  text("record_id", (c) => c.record.id, { required: true }),
  text("record_kind", (c) => c.record.kind, { required: true, enum: KINDS }),
  integer("list_index", (c) => c.index, { required: true }),
];
const CLAIM_KEY = ["record_id", "list_index"];

/** One evidence item with the JSON path of the claim it supports. */
interface EvidenceRow {
  readonly record: AnyRecord;
  readonly claim: string;
  readonly path: string;
  readonly evidence: LocatedEvidence;
}

/** Every evidence item of `record`, depth-first in field order, with JSON paths (`$.participants[0].evidence[1]`). Generated inverses are skipped: their evidence is the authored relation's. */
function evidenceRows(record: AnyRecord): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key === "incoming") continue;
        if (key === "evidence" && Array.isArray(item)) {
          item.forEach((evidence: LocatedEvidence, i) => rows.push({ record, claim: path, path: `${path}.evidence[${i}]`, evidence }));
        } else walk(item, `${path}.${key}`);
      }
    }
  };
  walk(record, "$");
  return rows;
}

const table = <R>(t: Table<R>): Table<R> => t;

/** A per-kind table (`meetings`, `actors`, …): one row per record, lists packed into cells. */
function kindTable<K extends Kind>(kind: K): Table<RecordByKind[K]> {
  const foreignKeys: ForeignKey[] = [toRecord("id")];
  if (kind === "source") foreignKeys.push(ref("publisher", "actors"), ref("dateline", "places"));
  return table({
    name: COLLECTIONS[kind],
    description: `One row per ${kind} record; lists are packed into one cell, items joined with "|".`,
    columns: CSV_COLUMNS[kind] as readonly Column<RecordByKind[K]>[],
    primaryKey: ["id"],
    foreignKeys,
    rows: (input) => records(input, kind),
  });
}

const RECORDS = table<AnyRecord>({
  name: "records",
  description: "Every record id with its kind and title or name: the table the claim tables' record_id refers to.",
  columns: [text("id", (r) => r.id, { required: true }), text("kind", (r) => r.kind, { required: true, enum: KINDS }), text("name", (r) => ("title" in r ? r.title : r.name), { required: true })],
  primaryKey: ["id"],
  foreignKeys: [],
  rows: allRecords,
});

const PARTICIPATIONS = table<Claim<Participation>>({
  name: "participations",
  description: "One row per participation of an actor in a meeting, declaration or initiative, and per member of a process (Popolo membership).",
  columns: [
    ...claimHead(),
    text("actor_id", (c) => c.claim.actor, { required: true }),
    text("role", (c) => c.claim.role, { required: true, enum: ROLES }),
    text("on_behalf_of", (c) => c.claim.onBehalfOf),
    text("capacity", (c) => c.claim.capacity),
    text("name_as_reported", (c) => c.claim.nameAsReported),
  ],
  primaryKey: CLAIM_KEY,
  foreignKeys: [toRecord("record_id"), ref("actor_id", "actors"), ref("on_behalf_of", "actors")],
  rows: (input) => claimsOf(allRecords(input), (r) => ("participants" in r ? r.participants : r.kind === "process" ? r.members : undefined)),
});

const POSITIONS = table<Claim<Position>>({
  name: "positions",
  description: "One row per position the sources give a person (Popolo post), with the state or organisation it is held for.",
  columns: [
    text("actor_id", (c) => c.record.id, { required: true }),
    integer("list_index", (c) => c.index, { required: true }),
    text("title", (c) => c.claim.title, { required: true }),
    text("on_behalf_of", (c) => c.claim.onBehalfOf),
  ],
  primaryKey: ["actor_id", "list_index"],
  foreignKeys: [ref("actor_id", "actors"), ref("on_behalf_of", "actors")],
  rows: (input) => claimsOf(records(input, "actor") as AnyRecord[], (r) => (r.kind === "actor" ? r.positions : undefined)),
});

/** One relation as seen from `record`: authored on it (`outgoing`) or generated from the other end (`incoming`). */
interface RelationRow {
  readonly record: PrimaryRecord;
  readonly relation: string;
  readonly target: string;
  readonly direction: "outgoing" | "incoming";
}

const RELATIONS_TABLE = table<RelationRow>({
  name: "relations",
  description: "One row per relation end: each authored relation appears twice, as `outgoing` on its source record (type as authored) and as `incoming` on its target (the inverse type).",
  columns: [
    text("record_id", (r) => r.record.id, { required: true }),
    text("record_kind", (r) => r.record.kind, { required: true, enum: PRIMARY_KINDS }),
    text("relation", (r) => r.relation, { required: true }),
    text("target_id", (r) => r.target, { required: true }),
    text("direction", (r) => r.direction, { required: true, enum: ["outgoing", "incoming"] }),
  ],
  primaryKey: ["record_id", "direction", "relation", "target_id"],
  foreignKeys: [toRecord("record_id"), toRecord("target_id")],
  rows: (input) =>
    primaryRecords(input).flatMap((record): RelationRow[] => [
      ...(record.relations ?? []).map((r) => ({ record, relation: r.type, target: r.target, direction: "outgoing" as const })),
      ...record.incoming.map((i) => ({ record, relation: i.type, target: i.source, direction: "incoming" as const })),
    ]),
});

const RECORD_PLACES = table<Claim<{ readonly place: string }>>({
  name: "record_places",
  description: "One row per place a meeting, declaration or initiative is located at.",
  columns: [...claimHead(), text("place_id", (c) => c.claim.place, { required: true })],
  primaryKey: CLAIM_KEY,
  foreignKeys: [toRecord("record_id"), ref("place_id", "places")],
  rows: (input) => claimsOf(primaryRecords(input), (r) => ("places" in r ? r.places : undefined)),
});

const RECORD_TOPICS = table<Claim<string>>({
  name: "record_topics",
  description: "One row per topic a meeting, declaration or initiative is about.",
  columns: [...claimHead(), text("topic_id", (c) => c.claim, { required: true })],
  primaryKey: CLAIM_KEY,
  foreignKeys: [toRecord("record_id"), ref("topic_id", "topics")],
  rows: (input) => claimsOf(primaryRecords(input), (r) => ("topics" in r ? r.topics : undefined)),
});

const QUANTITIES = table<Claim<NonNullable<PrimaryRecord["quantities"]>[number]>>({
  name: "quantities",
  description: "One row per number a source gives on a record: funding (unit an ISO 4217 code), beneficiaries, participants.",
  columns: [
    ...claimHead(),
    text("measure", (c) => c.claim.measure, { required: true, enum: QUANTITY_MEASURES }),
    number("value", (c) => c.claim.value, { required: true }),
    text("unit", (c) => c.claim.unit, { required: true }),
    text("qualifier", (c) => c.claim.qualifier ?? "exactly", { required: true, enum: QUANTITY_QUALIFIERS }),
  ],
  primaryKey: CLAIM_KEY,
  foreignKeys: [toRecord("record_id")],
  rows: (input) => claimsOf(primaryRecords(input), (r) => ("quantities" in r ? r.quantities : undefined)),
});

const STATEMENTS = table<Claim<Statement>>({
  name: "statements",
  description: "One row per statement a source attributes to a speaker on a record: `direct` (quoted) or `reported` (paraphrase); the words are in the evidence table.",
  columns: [
    ...claimHead(),
    text("speaker_id", (c) => c.claim.speaker),
    text("on_behalf_of", (c) => c.claim.onBehalfOf),
    text("mode", (c) => c.claim.mode, { required: true, enum: STATEMENT_MODES }),
    text("words", (c) => c.claim.words),
    list("topics", (c) => c.claim.topics),
  ],
  primaryKey: CLAIM_KEY,
  foreignKeys: [toRecord("record_id"), ref("speaker_id", "actors"), ref("on_behalf_of", "actors")],
  rows: (input) => claimsOf(allRecords(input), (r) => ("statements" in r ? r.statements : undefined)),
});

const EVIDENCE = table<EvidenceRow>({
  name: "evidence",
  description:
    "One row per evidence quote: the record, the JSON path of the claim it supports (`$` for the record itself), the source and the quote with its position in the source text (code points).",
  columns: [
    text("record_id", (e) => e.record.id, { required: true }),
    text("record_kind", (e) => e.record.kind, { required: true, enum: KINDS }),
    text("path", (e) => e.path, { required: true }),
    text("claim", (e) => e.claim, { required: true }),
    text("source_id", (e) => e.evidence.source, { required: true }),
    text("quote", (e) => e.evidence.quote, { required: true }),
    integer("occurrence", (e) => e.evidence.occurrence),
    integer("start", (e) => e.evidence.start),
    integer("end", (e) => e.evidence.end),
    text("prefix", (e) => e.evidence.prefix),
    text("suffix", (e) => e.evidence.suffix),
  ],
  primaryKey: ["record_id", "path"],
  foreignKeys: [toRecord("record_id"), ref("source_id", "sources")],
  rows: (input) => allRecords(input).flatMap(evidenceRows),
});

/** The tidy tables, in the order the Data Package lists them (after the per-kind tables). */
export const TIDY_TABLES: readonly Table[] = [RECORDS, PARTICIPATIONS, POSITIONS, RELATIONS_TABLE, RECORD_PLACES, RECORD_TOPICS, QUANTITIES, STATEMENTS, EVIDENCE] as Table[];

/** Every exported table: the per-kind tables in canonical kind order, then the tidy tables. */
export const TABLES: readonly Table[] = [...(KINDS.map((kind) => kindTable(kind)) as Table[]), ...TIDY_TABLES];
