/**
 * The per-kind CSV/Parquet columns: one row per record, a list packed into one cell with its
 * items joined by {@link LIST_SEPARATOR}; a structured list item (participation, relation,
 * quantity) becomes `part:part…`, whose parts are ids or vocabulary terms and so never hold a
 * `:` or the separator. The tidy tables (./tidy.ts) hold the same claims one per row. Every
 * date becomes the same typed column set (see {@link dateColumns}). Documented column by
 * column in docs/exports.md; a test keeps the two in step.
 * @module
 */
import { parseEdtf } from "../dates/edtf.js";
import type { DateClaim, Participation, Quantity, Relation } from "../model/input.js";
import type { AnyRecord, DateBounds, PrimaryRecord, RecordByKind, Topic } from "../model/records.js";
import {
  ACTOR_TYPES,
  ATTENDANCE_MODES,
  DECLARATION_STAGES,
  DECLARATION_TYPES,
  INFERENCE_BASES,
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PLACE_TYPES,
  PROCESS_TYPES,
  REGIONAL_LANGUAGES,
  type Kind,
} from "../model/vocabulary.js";
import { day, flag, integer, list, number, text, type Cell, type Column } from "./fields.js";

export type { Cell, Column } from "./fields.js";

/**
 * Joins the items of a list in one CSV cell. `|` because it occurs in no id, vocabulary term
 * or authored text; {@link cellText} refuses an item that holds it, so a split is always exact.
 */
export const LIST_SEPARATOR = "|";

/** The precisions a date column may hold, coarsest last. */
export const PRECISIONS = ["day", "month", "season", "year"] as const;

const participation = (p: Participation): string => `${p.actor}:${p.role}`;
const relation = (r: Relation): string => `${r.type}:${r.target}`;
const quantity = (q: Quantity): string => `${q.measure}:${q.value}:${q.unit}:${q.qualifier ?? "exactly"}`;

/**
 * The typed columns of one date claim, named `<prefix>_…`: `edtf` (the EDTF text, always a
 * string), `earliest` and `latest` (ISO days), `precision`, `inferred` (a flag, so the type never
 * depends on the values), `inferred_reason`, `inferred_from` (what an inferred date rests on:
 * `sources` or `outside-knowledge`), `uncertain`, `approximate`. `bounds` gives the
 * derived bounds where the record carries them; otherwise they are computed from the EDTF text.
 */
export function dateColumns<R>(prefix: string, claim: (row: R) => DateClaim | undefined, bounds?: (row: R) => DateBounds | undefined): Column<R>[] {
  const boundsOf = (row: R): DateBounds | undefined => {
    const edtf = claim(row)?.edtf;
    return edtf === undefined ? undefined : (bounds?.(row) ?? parseEdtf(edtf));
  };
  const dated = (row: R): boolean => claim(row) !== undefined;
  return [
    text(`${prefix}_edtf`, (r) => claim(r)?.edtf),
    day(`${prefix}_earliest`, (r) => boundsOf(r)?.earliest),
    day(`${prefix}_latest`, (r) => boundsOf(r)?.latest),
    text(`${prefix}_precision`, (r) => boundsOf(r)?.precision, { enum: PRECISIONS }),
    flag(`${prefix}_inferred`, (r) => (dated(r) ? claim(r)?.inferred !== undefined : undefined)),
    text(`${prefix}_inferred_reason`, (r) => claim(r)?.inferred),
    text(`${prefix}_inferred_from`, (r) => claim(r)?.inferredFrom, { enum: INFERENCE_BASES }),
    flag(`${prefix}_uncertain`, (r) => boundsOf(r)?.uncertain),
    flag(`${prefix}_approximate`, (r) => boundsOf(r)?.approximate),
  ];
}

/** Columns every evidenced kind ends with: summary, the record's evidence as two parallel lists, version stamps. */
function tail<R extends Exclude<AnyRecord, Topic>>(): Column<R>[] {
  return [
    text("summary", (r) => r.summary, { required: true }),
    list("evidence", (r) => r.evidence.map((e) => e.quote)),
    list("evidence_sources", (r) => r.evidence.map((e) => e.source)),
    ...stamps<R>(),
  ];
}

/** The release that added the id and the one that last changed the record. */
function stamps<R extends AnyRecord>(): Column<R>[] {
  return [text("added_in", (r) => r.addedIn, { required: true }), text("modified_in", (r) => r.modifiedIn, { required: true })];
}

/** The columns every primary record starts with, before its status or stage. */
function primaryHead<R extends PrimaryRecord>(types: readonly string[]): Column<R>[] {
  return [
    text("id", (r) => r.id, { required: true }),
    text("title", (r) => r.title, { required: true }),
    list("alt_names", (r) => r.altNames),
    text("type", (r) => r.type, { required: true, enum: types }),
  ];
}

/** The claims every primary record may carry, after its kind-specific columns. */
function claimColumns<R extends PrimaryRecord>(): Column<R>[] {
  return [
    list("places", (r) => r.places?.map((p) => p.place)),
    list("participants", (r) => r.participants?.map(participation)),
    list("topics", (r) => r.topics),
    list("relations", (r) => r.relations?.map(relation)),
    list("incoming", (r) => r.incoming.map((i) => `${i.type}:${i.source}`)),
    list("quantities", (r) => r.quantities?.map(quantity)),
  ];
}

const recordDate = <R extends PrimaryRecord>(): Column<R>[] =>
  dateColumns<R>(
    "date",
    (r) => r.date,
    (r) => r.bounds,
  );

type Columns = { readonly [K in Kind]: readonly Column<RecordByKind[K]>[] };

/** The CSV columns of each kind, in order. */
export const CSV_COLUMNS: Columns = {
  meeting: [
    ...primaryHead(MEETING_TYPES),
    text("status", (r) => r.status, { required: true, enum: MEETING_STATUSES }),
    text("attendance", (r) => r.attendance, { enum: ATTENDANCE_MODES }),
    integer("ordinal", (r) => r.ordinal),
    ...recordDate(),
    ...claimColumns(),
    ...tail(),
  ],
  declaration: [
    ...primaryHead(DECLARATION_TYPES),
    text("stage", (r) => r.stage, { required: true, enum: DECLARATION_STAGES }),
    ...recordDate(),
    ...dateColumns<RecordByKind["declaration"]>("period", (r) => r.period),
    list("provisions", (r) => r.provisions),
    ...claimColumns(),
    ...tail(),
  ],
  initiative: [...primaryHead(INITIATIVE_TYPES), text("status", (r) => r.status, { required: true, enum: INITIATIVE_STATUSES }), ...recordDate(), ...claimColumns(), ...tail()],
  actor: [
    text("id", (r) => r.id, { required: true }),
    text("type", (r) => r.type, { required: true, enum: ACTOR_TYPES }),
    text("name", (r) => r.name, { required: true }),
    text("short_name", (r) => r.shortName),
    list("alt_names", (r) => r.altNames),
    text("country", (r) => r.country),
    text("country_alpha3", (r) => r.countryAlpha3),
    text("country_numeric", (r) => r.countryNumeric),
    ...REGIONAL_LANGUAGES.map((tag) => text<RecordByKind["actor"]>(`name_${tag}`, (r) => r.names?.[tag])),
    list("positions", (r) => r.positions?.map((p) => p.title)),
    ...tail(),
  ],
  place: [
    text("id", (r) => r.id, { required: true }),
    text("type", (r) => r.type, { required: true, enum: PLACE_TYPES }),
    text("name", (r) => r.name, { required: true }),
    text("country", (r) => r.country, { required: true }),
    integer("geonames_id", (r) => r.geonamesId),
    number("latitude", (r) => r.geo?.latitude),
    number("longitude", (r) => r.geo?.longitude),
    ...tail(),
  ],
  source: [
    text("id", (r) => r.id, { required: true }),
    text("title", (r) => r.title, { required: true }),
    flag("title_is_headline", (r) => r.titleIsHeadline, { required: true }),
    text("publisher", (r) => r.publisher),
    list("cited_outlets", (r) => r.citedOutlets),
    text("dateline", (r) => r.dateline?.place),
    ...dateColumns<RecordByKind["source"]>("published", (r) => r.published),
    text("language", (r) => r.language, { required: true }),
    text("sha256", (r) => r.sha256, { required: true }),
    text("file", (r) => r.file, { required: true }),
    ...tail(),
  ],
  process: [
    text("id", (r) => r.id, { required: true }),
    text("type", (r) => r.type, { required: true, enum: PROCESS_TYPES }),
    text("name", (r) => r.name, { required: true }),
    list("alt_names", (r) => r.altNames),
    list("members", (r) => r.members?.map(participation)),
    ...tail(),
  ],
  topic: [text("id", (r) => r.id, { required: true }), text("name", (r) => r.name, { required: true }), text("summary", (r) => r.summary, { required: true }), ...stamps()],
};

/**
 * Turns one cell value into CSV text: lists joined, flags as `true`/`false`, nothing as empty.
 * Text that a spreadsheet would run as a formula is neutralised (see {@link neutraliseFormula}).
 * @throws {Error} when a list item holds {@link LIST_SEPARATOR}, naming `where()`.
 */
export function cellText(value: Cell, where: () => string): string {
  if (value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return neutraliseFormula(value);
  for (const item of value) {
    if (item.includes(LIST_SEPARATOR)) {
      throw new Error(`${where()}: list item ${JSON.stringify(item)} contains the CSV list separator "${LIST_SEPARATOR}"; reword it or change LIST_SEPARATOR`);
    }
  }
  return neutraliseFormula(value.join(LIST_SEPARATOR));
}

/**
 * The first characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell
 * as a formula or a command (OWASP "CSV injection"), plus the apostrophe that marks an escape.
 */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "'"] as const;

/**
 * Text cells starting with a {@link FORMULA_TRIGGERS} character get one leading apostrophe,
 * which spreadsheets show as plain text and never run. Reversible: a reader drops one leading
 * `'` from a text cell to get the value back (docs/exports.md). Numbers are never text cells,
 * so `-5` stays a number. `neutraliseFormula("=1+1")` is `'=1+1`; `neutraliseFormula("Tashkent")`
 * is `Tashkent`.
 */
export function neutraliseFormula(value: string): string {
  return (FORMULA_TRIGGERS as readonly string[]).includes(value.charAt(0)) ? `'${value}` : value;
}

/** Header and typed cells of `records` (all of kind `kind`), one row per record. */
export function kindRows<K extends Kind>(kind: K, records: readonly RecordByKind[K][]): { columns: readonly Column<RecordByKind[K]>[]; rows: Cell[][] } {
  const columns = CSV_COLUMNS[kind] as readonly Column<RecordByKind[K]>[];
  return { columns, rows: records.map((record) => columns.map((c) => c.value(record))) };
}

/** Header and rows of `records` (all of kind `kind`) as CSV text cells. Throws when a list item holds the separator. */
export function csvRows<K extends Kind>(kind: K, records: readonly RecordByKind[K][]): { header: string[]; rows: string[][] } {
  const columns = CSV_COLUMNS[kind] as readonly Column<RecordByKind[K]>[];
  return {
    header: columns.map((c) => c.name),
    rows: records.map((record) => columns.map((c) => cellText(c.value(record), () => `${record.id} › ${c.name}`))),
  };
}
