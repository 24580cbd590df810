/** `list <kind>`: the records of a kind, filtered like the finders. */
import {
  COLLECTIONS,
  DECLARATION_STAGES,
  findDeclarations,
  findInitiatives,
  findMeetings,
  INITIATIVE_STATUSES,
  KINDS,
  MEETING_STATUSES,
  type AnyRecord,
  type PrimaryKind,
  type PrimaryRecord,
  type RecordFilter,
} from "../../index.js";
import { PROGRAM, type Command } from "../command.js";
import { UsageError } from "../errors.js";
import { FILTER_FLAGS, filterFromFlags, hasFilterFlags } from "../filters.js";
import { dateCell, plural, printRows, query, TITLE_THEN_ID, WIDE_FLAG, withDateNotes } from "../output.js";
import { meetingDateOf, MEETING_DATE_NOTE } from "../meeting-date.js";
import { isPrimaryKind, label, parseKind, RECORDS } from "../records.js";

const FINDERS: Record<PrimaryKind, (filter: RecordFilter) => readonly PrimaryRecord[]> = {
  meeting: findMeetings,
  declaration: findDeclarations,
  initiative: findInitiatives,
};

/** Status values valid for each primary kind's `--status`. */
export const STATUSES: Record<PrimaryKind, readonly string[]> = {
  meeting: MEETING_STATUSES,
  declaration: DECLARATION_STAGES,
  initiative: INITIATIVE_STATUSES,
};

/** The date cell of a primary record: its own date, or marked `†`, the date of the meeting it was proposed or discussed at. */
function primaryDate(record: PrimaryRecord): string {
  const stand = meetingDateOf(record);
  if (stand) return `${dateCell(stand.meeting.date!.edtf, !!stand.meeting.date!.inferred)}†`;
  return dateCell(record.date?.edtf, !!record.date?.inferred);
}

/** The table columns of each kind: header and cell text. */
function columns(record: AnyRecord): [string, string][] {
  switch (record.kind) {
    case "meeting":
    case "initiative":
      return [
        ["date", primaryDate(record)],
        ["status", record.status],
        ["id", record.id],
        ["title", record.title],
      ];
    case "declaration":
      return [
        ["date", primaryDate(record)],
        ["stage", record.stage],
        ["id", record.id],
        ["title", record.title],
      ];
    case "actor":
      return [
        ["type", record.type],
        ["country", record.country ?? ""],
        ["id", record.id],
        ["name", record.name],
      ];
    case "place":
      return [
        ["country", record.country],
        ["id", record.id],
        ["name", record.name],
      ];
    case "source":
      return [
        ["published", dateCell(record.published?.edtf, !!record.published?.inferred)],
        ["id", record.id],
        ["title", record.title],
      ];
    case "process":
      return [
        ["type", record.type],
        ["id", record.id],
        ["name", record.name],
      ];
    case "topic":
      return [
        ["id", record.id],
        ["name", label(record)],
      ];
  }
}

/** `footer`, with the `†` footnote when a row's date is its meeting's. */
const withMeetingDateNote = (footer: string, rows: readonly (readonly string[])[]): string => (rows.some((r) => r[0]?.endsWith("†")) ? `${footer}\n${MEETING_DATE_NOTE}` : footer);

/** `list <kind>` */
export const list: Command = {
  name: "list",
  usage: "list <kind> [filters]",
  summary: "list the records of a kind, filtered by country, actor, topic, place, process, status and date",
  description: `Kinds: ${KINDS.map((k) => COLLECTIONS[k]).join(", ")} (singular works too). Filters apply to meetings, declarations and initiatives; repeat a flag to match any of its values. Primary records are listed in chronological order, undated ones last.`,
  flags: { ...FILTER_FLAGS, ...WIDE_FLAG },
  arity: [1, 1],
  argumentHint: `Kinds: ${KINDS.map((k) => COLLECTIONS[k]).join(", ")}.`,
  examples: [
    "list meetings",
    "list declarations --country UZ --from 2018 --to 2021",
    "list meetings --actor kazakhstan --role chair",
    "list initiatives --status proposed --status announced --json",
    "list actors",
  ],
  run(invocation) {
    const kind = parseKind(invocation.positionals[0]!, KINDS);
    let records: readonly AnyRecord[];
    if (isPrimaryKind(kind)) {
      const filter = filterFromFlags(invocation.values, STATUSES[kind]);
      records = query(() => FINDERS[kind](filter));
    } else {
      if (hasFilterFlags(invocation.values))
        throw new UsageError(`filters apply to meetings, declarations and initiatives, not to ${COLLECTIONS[kind]}`, `Run \`${PROGRAM} list ${COLLECTIONS[kind]}\` without filters.`);
      records = RECORDS[kind];
    }
    const header = records[0] ? columns(records[0]).map(([h]) => h) : [];
    const rows = records.map((r) => columns(r).map(([, cell]) => cell));
    return printRows(
      invocation,
      records,
      { header, rows, cuts: TITLE_THEN_ID, footer: withMeetingDateNote(withDateNotes(plural(records.length, kind, COLLECTIONS[kind]), rows), rows) },
      `No ${COLLECTIONS[kind]} match.`,
    );
  },
};
