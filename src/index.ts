/**
 * central-asia-security: a typed, versioned, source-cited dataset of diplomatic meetings,
 * declarations and initiatives on Central Asian regional security and Afghanistan.
 * @module
 */
export { actors, dataset, declarations, initiatives, meetings, places, processes, recordsByKind, sources, topics } from "./dataset.js";
export type { DatasetInfo } from "./dataset.js";
export { compareDates, EdtfError, isEdtf, parseEdtf } from "./dates/edtf.js";
export type { EdtfErrorCode } from "./dates/edtf.js";
export { COUNTRY_CODES, isCountryCode } from "./model/countries.js";
export * from "./model/vocabulary.js";
export type * from "./model/input.js";
export type * from "./model/records.js";
export { findDeclarations, findInitiatives, findMeetings } from "./query/finders.js";
export { getActor, getDeclaration, getInitiative, getMeeting, getRecord, isRecordId } from "./query/lookup.js";
export { related } from "./query/related.js";
export { search, suggestSearchWords } from "./query/search.js";
export { findStatements } from "./query/statements.js";
export { timeline } from "./query/timeline.js";
export { MAX_SOURCE_TEXT_LENGTH, verifySource } from "./query/verify-source.js";
export type {
  ActorFilterValue,
  ActorRoleFilter,
  DateMatch,
  DateSources,
  RecordFilter,
  RecordForId,
  RelatedEntry,
  RelatedOptions,
  RelatedVia,
  SearchField,
  SearchHit,
  SearchOptions,
  StatementEntry,
  StatementFilter,
  QuoteVerification,
  SourceVerification,
  SearchSuggestion,
  TimelineEntry,
  TimelineFilter,
} from "./query/types.js";
export type {
  ActorId,
  DeclarationId,
  IdsByKind,
  InitiativeId,
  KindById,
  MeetingId,
  PlaceId,
  ProcessId,
  SourceId,
  TombstonedKindById,
  TopicId,
} from "./generated/ids.js";
export type { IdOfKind, PrimaryId, RecordId, TombstonedId } from "./model/ids.js";
export { citeRecord } from "./cite-record.js";
export type { Citation } from "./citation.js";
export { resolveId } from "./versioning/resolve-id.js";
export type { ResolvedId } from "./versioning/resolve-id.js";
export { changes, changesSince, tombstones } from "./versioning/changes.js";
