/**
 * The flattened CSV columns of each kind. A list becomes one cell, its items joined with
 * {@link LIST_SEPARATOR}; a structured list item (participation, relation, quantity) becomes
 * `part:part…`, whose parts are ids or vocabulary terms and so never hold a `:` or the separator.
 * Documented column by column in docs/exports.md; a test keeps the two in step.
 * @module
 */
import type { Evidence, Participation, Quantity, Relation } from "../model/input.js";
import type { AnyRecord, DateBounds, PrimaryRecord, RecordByKind, Topic } from "../model/records.js";
import type { Kind } from "../model/vocabulary.js";

/**
 * Joins the items of a list in one CSV cell. `|` because it occurs in no id, vocabulary term
 * or authored text; {@link csvRows} refuses an item that holds it, so a split is always exact.
 */
export const LIST_SEPARATOR = "|";

/** What one column holds for a record: text, a number, a flag, a list, or nothing (empty cell). */
export type Cell = string | number | boolean | readonly string[] | undefined;

/** One CSV column: its header and how to read it from a record. */
export interface Column<R> {
  readonly name: string;
  readonly value: (record: R) => Cell;
}

const participation = (p: Participation): string => `${p.actor}:${p.role}`;
const relation = (r: Relation): string => `${r.type}:${r.target}`;
const quantity = (q: Quantity): string => `${q.measure}:${q.value}:${q.unit}:${q.qualifier ?? "exactly"}`;
const quotes = (evidence: readonly Evidence[]): string[] => evidence.map((e) => e.quote);
const sources = (evidence: readonly Evidence[]): string[] => evidence.map((e) => e.source);

/** Columns every evidenced kind ends with: summary, the record's evidence as two parallel lists, version stamps. */
function tail<R extends Exclude<AnyRecord, Topic>>(): Column<R>[] {
  return [
    { name: "summary", value: (r) => r.summary },
    { name: "evidence", value: (r) => quotes(r.evidence) },
    { name: "evidence_sources", value: (r) => sources(r.evidence) },
    { name: "added_in", value: (r) => r.addedIn },
    { name: "modified_in", value: (r) => r.modifiedIn },
  ];
}

/** The columns every primary record starts with, before its status or stage. */
function primaryHead<R extends PrimaryRecord>(): Column<R>[] {
  return [
    { name: "id", value: (r) => r.id },
    { name: "title", value: (r) => r.title },
    { name: "alt_names", value: (r) => r.altNames },
    { name: "type", value: (r) => r.type },
  ];
}

/** The date claim of a primary record and its derived bounds. */
function dateColumns<R extends PrimaryRecord>(): Column<R>[] {
  const bound = <K extends keyof DateBounds>(key: K) => (r: R) => r.bounds?.[key];
  return [
    { name: "date", value: (r) => r.date?.edtf },
    { name: "date_inferred", value: (r) => r.date?.inferred },
    { name: "earliest", value: bound("earliest") },
    { name: "latest", value: bound("latest") },
    { name: "precision", value: bound("precision") },
    { name: "uncertain", value: bound("uncertain") },
    { name: "approximate", value: bound("approximate") },
  ];
}

/** The claims every primary record may carry, after its kind-specific columns. */
function claimColumns<R extends PrimaryRecord>(): Column<R>[] {
  return [
    { name: "places", value: (r) => r.places?.map((p) => p.place) },
    { name: "participants", value: (r) => r.participants?.map(participation) },
    { name: "topics", value: (r) => r.topics },
    { name: "relations", value: (r) => r.relations?.map(relation) },
    { name: "incoming", value: (r) => r.incoming.map((i) => `${i.type}:${i.source}`) },
    { name: "quantities", value: (r) => r.quantities?.map(quantity) },
  ];
}

type Columns = { readonly [K in Kind]: readonly Column<RecordByKind[K]>[] };

/** The CSV columns of each kind, in order. */
export const CSV_COLUMNS: Columns = {
  meeting: [
    ...primaryHead(),
    { name: "status", value: (r) => r.status },
    { name: "attendance", value: (r) => r.attendance },
    { name: "ordinal", value: (r) => r.ordinal },
    ...dateColumns(),
    ...claimColumns(),
    ...tail(),
  ],
  declaration: [
    ...primaryHead(),
    { name: "stage", value: (r) => r.stage },
    ...dateColumns(),
    { name: "period", value: (r) => r.period?.edtf },
    { name: "provisions", value: (r) => r.provisions },
    ...claimColumns(),
    ...tail(),
  ],
  initiative: [
    ...primaryHead(),
    { name: "status", value: (r) => r.status },
    ...dateColumns(),
    ...claimColumns(),
    ...tail(),
  ],
  actor: [
    { name: "id", value: (r) => r.id },
    { name: "type", value: (r) => r.type },
    { name: "name", value: (r) => r.name },
    { name: "short_name", value: (r) => r.shortName },
    { name: "alt_names", value: (r) => r.altNames },
    { name: "country", value: (r) => r.country },
    { name: "positions", value: (r) => r.positions?.map((p) => p.title) },
    ...tail(),
  ],
  place: [
    { name: "id", value: (r) => r.id },
    { name: "type", value: (r) => r.type },
    { name: "name", value: (r) => r.name },
    { name: "country", value: (r) => r.country },
    ...tail(),
  ],
  source: [
    { name: "id", value: (r) => r.id },
    { name: "title", value: (r) => r.title },
    { name: "title_is_headline", value: (r) => r.titleIsHeadline },
    { name: "publisher", value: (r) => r.publisher },
    { name: "cited_outlets", value: (r) => r.citedOutlets },
    { name: "dateline", value: (r) => r.dateline?.place },
    { name: "published", value: (r) => r.published?.edtf },
    { name: "published_inferred", value: (r) => r.published?.inferred },
    { name: "language", value: (r) => r.language },
    { name: "sha256", value: (r) => r.sha256 },
    { name: "file", value: (r) => r.file },
    ...tail(),
  ],
  process: [
    { name: "id", value: (r) => r.id },
    { name: "type", value: (r) => r.type },
    { name: "name", value: (r) => r.name },
    { name: "alt_names", value: (r) => r.altNames },
    { name: "members", value: (r) => r.members?.map(participation) },
    ...tail(),
  ],
  topic: [
    { name: "id", value: (r) => r.id },
    { name: "name", value: (r) => r.name },
    { name: "summary", value: (r) => r.summary },
    { name: "added_in", value: (r) => r.addedIn },
    { name: "modified_in", value: (r) => r.modifiedIn },
  ],
};

/** Turns one cell value into CSV text: lists joined, flags as `true`/`false`, nothing as empty. */
function cellText(value: Cell, where: () => string): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  for (const item of value) {
    if (item.includes(LIST_SEPARATOR)) {
      throw new Error(`${where()}: list item ${JSON.stringify(item)} contains the CSV list separator "${LIST_SEPARATOR}"; reword it or change LIST_SEPARATOR`);
    }
  }
  return value.join(LIST_SEPARATOR);
}

/** Header and rows of `records` (all of kind `kind`) as CSV text cells. Throws when a list item holds the separator. */
export function csvRows<K extends Kind>(kind: K, records: readonly RecordByKind[K][]): { header: string[]; rows: string[][] } {
  const columns = CSV_COLUMNS[kind] as readonly Column<RecordByKind[K]>[];
  return {
    header: columns.map((c) => c.name),
    rows: records.map((record) => columns.map((c) => cellText(c.value(record), () => `${record.id} › ${c.name}`))),
  };
}
