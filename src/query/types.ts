/**
 * Public types of the query API: ids, filters, and the shapes of timeline entries, related
 * records and search hits.
 * @module
 */
import type { ActorId, KindById, MeetingId, PlaceId, ProcessId, SourceId, TopicId } from "../generated/ids.js";
import type { PrimaryId, RecordId } from "../model/ids.js";
import type { Statement } from "../model/input.js";
import type { AnyRecord, DatePrecision, Declaration, Located, LocatedEvidence, Meeting, PrimaryRecord, PublishedIds, RecordByKind } from "../model/records.js";
import type { InferenceBasis, Kind, PrimaryKind, Role } from "../model/vocabulary.js";

/**
 * The record type an id refers to (`RecordForId<"tashkent">` is `Place`); for a union of ids,
 * the union of their record types (`RecordForId<RecordId>` is `AnyRecord`). An indexed lookup,
 * so inside a generic function over `I extends MeetingId` it is still known to be a `Meeting`.
 */
export type RecordForId<I extends RecordId> = RecordByKind[KindById[I]];

/** An actor taking part in a specific role (or any of several roles). */
export interface ActorRoleFilter {
  /** Id of an `Actor`. */
  readonly actor: ActorId;
  /** The role or roles to require; any role when absent. */
  readonly role?: Role | readonly Role[];
  /**
   * `true`: also match where someone acted on this actor's behalf (a participation whose
   * `onBehalfOf` is the actor, in the required role): `{ actor: "kazakhstan", role: "proposer",
   * onBehalfOf: true }` finds what Kazakhstan's president proposed as President of Kazakhstan.
   * Default `false`: the actor itself only.
   */
  readonly onBehalfOf?: boolean;
}

/** One value of the `actor` filter: an actor id (any role) or an actor with a role and/or `onBehalfOf`. */
export type ActorFilterValue = ActorId | ActorRoleFilter;

/** How a dated record is compared with the `from`/`to` range of a filter. */
export type DateMatch = "overlaps" | "within";

/**
 * Which dates a query uses: `"all"` (default), or `"sources-only"`, which treats a date inferred
 * from outside knowledge (`date.inferredFrom === "outside-knowledge"`) as no date at all.
 */
export type DateSources = "all" | "sources-only";

/**
 * The one filter shape of `findMeetings`, `findDeclarations`, `findInitiatives` and `timeline`.
 * Every key is optional; keys combine with AND, and an array means "any of". Ids are typed with
 * the dataset's id unions, so a misspelt literal id does not compile; an id read from user input
 * (a `string`) is narrowed first with `isRecordId(input, "actor")` (or `"topic"`, …), and a
 * mistyped id that reaches the call at run time throws, with suggestions. See docs/querying.md.
 */
export interface RecordFilter {
  /**
   * ISO 3166-1 alpha-2 code(s), upper case. A record matches through the countries of its
   * places and of its participating *states* (actors of type `state`); the countries of
   * participating organizations and persons do not count.
   */
  readonly country?: string | readonly string[];
  /** Actor id(s) in any role, or `{ actor, role }` for specific roles. */
  readonly actor?: ActorFilterValue | readonly ActorFilterValue[];
  /** Topic id(s). */
  readonly topic?: TopicId | readonly TopicId[];
  /** Place id(s). */
  readonly place?: PlaceId | readonly PlaceId[];
  /**
   * Process id(s). A record belongs to a process through `part-of` relations, followed
   * transitively (a declaration part of an initiative that is part of a process belongs to it).
   */
  readonly process?: ProcessId | readonly ProcessId[];
  /** Meeting `status`, declaration `stage` or initiative `status` value(s). */
  readonly status?: string | readonly string[];
  /** Start of the date range: an EDTF date or an ISO date/datetime; its earliest day counts. */
  readonly from?: string;
  /** End of the date range: an EDTF date or an ISO date/datetime; its latest day counts. */
  readonly to?: string;
  /**
   * `"overlaps"` (default): the record's span shares at least one day with the range, so it
   * *may* fall in it. `"within"`: the record's whole span lies inside the range. Undated records
   * never match a date range.
   */
  readonly dateMatch?: DateMatch;
  /**
   * `"sources-only"`: a record whose date rests on outside knowledge counts as undated, so it
   * matches no date range (and `timeline` leaves it out). Default `"all"`.
   */
  readonly dates?: DateSources;
}

/** The filter of `timeline`: a `RecordFilter` plus the kinds to include (default: all three). */
export interface TimelineFilter extends RecordFilter {
  readonly kinds?: readonly PrimaryKind[];
}

/** One dated record on the timeline. */
export interface TimelineEntry {
  readonly kind: PrimaryKind;
  readonly id: PrimaryId;
  readonly title: string;
  /** The record's EDTF date, as authored. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** First day the date may denote, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last day the date may denote, `YYYY-MM-DD`. */
  readonly latest: string;
  /** True when the text does not state the date and it was inferred (see `record.date.inferred`). */
  readonly inferred: boolean;
  /** For an inferred date, what it rests on (`record.date.inferredFrom`). */
  readonly inferredFrom?: InferenceBasis;
  readonly record: PrimaryRecord;
}

/**
 * How two records are linked:
 * - `relation`: an authored relation (`adopted-at`, `part-of`, …) or its generated inverse;
 * - `participation`: an actor's role in a record, or a member of a process;
 * - `on-behalf-of`: a state or organization someone acted for in a record (`relation` is the
 *   role, `through` the actor who acted);
 * - `place`: where a record took place; `topic`: what it is about;
 * - `process`: two records part of the same process (`relation` is `"shares-process"`);
 * - `source`: a record citing a source in its evidence (`relation` is `"cites"`).
 */
export type RelatedVia = "relation" | "participation" | "on-behalf-of" | "process" | "place" | "topic" | "source";

/** A record linked to the one asked about. */
export interface RelatedEntry {
  /** Id of the linked record. */
  readonly id: RecordId;
  readonly kind: Kind;
  /** Relation type, inverse relation type, role, or `place` / `topic` / `shares-process` / `cites`. */
  readonly relation: string;
  /** `outgoing`: stated on the record asked about; `incoming`: stated on the linked record. */
  readonly direction: "outgoing" | "incoming";
  readonly via: RelatedVia;
  /**
   * For `via: "process"`: the id of the process both records are part of; for
   * `via: "on-behalf-of"`: the id of the actor who acted for the state or organization.
   */
  readonly through?: ProcessId | ActorId;
  readonly record: AnyRecord;
}

/** Options of `related`; each narrows the result. */
export interface RelatedOptions {
  readonly relation?: string | readonly string[];
  readonly direction?: "outgoing" | "incoming";
  readonly kinds?: readonly Kind[];
  readonly via?: RelatedVia | readonly RelatedVia[];
}

/**
 * The fields `search` looks in, from the most to the least weighty: `actors` are the names of a
 * record's participants, `topics` the names of its topics, `processes` the names of the processes
 * its relations point at (docs/querying.md, "Search").
 */
export type SearchField = "title" | "name" | "shortName" | "altNames" | "summary" | "actors" | "topics" | "processes" | "quotes";

/** One search result. */
export interface SearchHit {
  readonly id: RecordId;
  readonly kind: Kind;
  /** The record's title, or name for actors, places, processes and topics. */
  readonly title: string;
  /** Relevance; higher is better. See docs/querying.md for how it is computed. */
  readonly score: number;
  /** The weightiest field a query word matched in. */
  readonly field: SearchField;
  readonly record: AnyRecord;
}

/** A query word that no indexed word starts with, and the indexed words nearest to it. */
export interface SearchSuggestion {
  /** The query word, folded as the index folds it (lower case, no diacritics, singular). */
  readonly word: string;
  /** Up to three indexed words nearest by edit distance, nearest first; may be empty. */
  readonly nearest: readonly string[];
}

/** Options of `search`. */
export interface SearchOptions {
  /** Only return records of these kinds (default: all kinds). */
  readonly kinds?: readonly Kind[];
  /** At most this many hits (a positive integer or `Infinity`; default 20). */
  readonly limit?: number;
}

/** The records of every kind a query engine runs over. */
export type DatasetRecords = { readonly [K in Kind]: readonly RecordByKind[K][] };

/**
 * The filter of `findStatements`. Keys combine with AND, an array means "any of"; ids must exist.
 * Dates are those of the meeting or declaration the statement belongs to.
 */
export interface StatementFilter {
  /**
   * Speaker id(s); `{ actor, onBehalfOf: true }` also matches statements made on that actor's
   * behalf. A `role`, if given, must include `"speaker"` to match (a statement's speaker speaks).
   */
  readonly actor?: ActorFilterValue | readonly ActorFilterValue[];
  /** Topic id(s) of the statement itself. */
  readonly topic?: TopicId | readonly TopicId[];
  /** Meeting id(s): statements made at those meetings. */
  readonly meeting?: MeetingId | readonly MeetingId[];
  /** Start of the date range, as in `RecordFilter`. */
  readonly from?: string;
  /** End of the date range, as in `RecordFilter`. */
  readonly to?: string;
  readonly dateMatch?: DateMatch;
  readonly dates?: DateSources;
}

/** One statement found by `findStatements`. */
export interface StatementEntry {
  /** The statement as published: its evidence carries the text position selectors. */
  readonly statement: Located<Statement<PublishedIds>>;
  /** The meeting where it was said, or the declaration it quotes. */
  readonly record: Meeting | Declaration;
  /** Position of the statement in `record.statements`. */
  readonly index: number;
}

/** How one evidence item fared against a source text a user holds (see `verifySource`). */
export interface QuoteVerification {
  /** Id of the record that states the evidence. */
  readonly record: RecordId;
  /** JSON path of the evidence item inside that record, e.g. `participants[0].evidence[1]`. */
  readonly path: string;
  /** The evidence as published, with the `start`/`end` the dataset gives it. */
  readonly evidence: LocatedEvidence;
  /** True when the quote (its `occurrence`, if it names one) is in the text, up to runs of whitespace. */
  readonly found: boolean;
  /** Where the quote was found in the text given: offsets in Unicode code points, end exclusive; absent when not found. */
  readonly start?: number;
  readonly end?: number;
  /** True when the quote was found, but not at the published `start`/`end` (the text differs before it, or another occurrence was taken). */
  readonly moved: boolean;
}

/** The outcome of checking a source text against the dataset (see `verifySource`). */
export interface SourceVerification {
  readonly source: SourceId;
  /** The sha256 the Source record gives (lowercase hex). */
  readonly expectedSha256: string;
  /** The sha256 of the UTF-8 encoding of the text given. */
  readonly actualSha256: string;
  readonly hashMatches: boolean;
  /** True when every quote citing the source was found. */
  readonly allFound: boolean;
  /** True when the hash matches and every quote was found where the dataset places it: the text is the one the dataset cites. */
  readonly verified: boolean;
  /** Every evidence item citing the source, in dataset order (kinds in `KINDS` order, then each kind's order). */
  readonly quotes: readonly QuoteVerification[];
}
