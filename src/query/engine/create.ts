/**
 * A query engine over any set of records: the public API is this engine bound to the shipped
 * dataset; benchmarks and tests bind it to synthetic data. Nothing is indexed until asked for.
 * @module
 */
import { expectString } from "../../argument-checks.js";
import type { AnyRecord, PrimaryRecord } from "../../model/records.js";
import { KINDS, PRIMARY_KINDS, type Kind, type PrimaryKind } from "../../model/vocabulary.js";
import { searchRecords, suggestWords } from "../../search/search.js";
import type { DatasetRecords, RelatedEntry, SearchHit, SearchSuggestion, SourceVerification, StatementEntry, TimelineEntry } from "../types.js";
import { createContext, type Prebuilt } from "./context.js";
import { vocabularyError } from "./errors.js";
import { compileFilter } from "./filter.js";
import { find } from "./find.js";
import { relatedOf } from "./related.js";
import { statementsOf } from "./statements.js";
import { timelineOf } from "./timeline.js";
import { verifySourceText } from "./verify.js";

/** The operations of the query API, untyped by id (the public wrappers add the id types). */
export interface Queries {
  getRecord(id: unknown): AnyRecord | undefined;
  isRecordId(value: unknown, kind?: Kind): boolean;
  find(kind: PrimaryKind, filter?: unknown): readonly PrimaryRecord[];
  timeline(filter?: unknown): readonly TimelineEntry[];
  related(id: unknown, options?: unknown): readonly RelatedEntry[];
  search(text: unknown, options?: unknown): readonly SearchHit[];
  statements(filter?: unknown): readonly StatementEntry[];
  verifySource(sourceId: unknown, text: unknown): Promise<SourceVerification>;
  suggestWords(text: unknown): readonly SearchSuggestion[];
}

/**
 * A query engine over `records` (each kind's array in the order results should keep);
 * `prebuilt` holds structures the build made for these very records.
 */
export function createQueries(records: DatasetRecords, prebuilt?: Prebuilt): Queries {
  const context = createContext(records, prebuilt);
  return {
    getRecord(id) {
      expectString("getRecord: id", id, "a record id (a string)");
      return context.byId.get(id);
    },
    isRecordId(value, kind) {
      if (kind !== undefined && !(KINDS as readonly unknown[]).includes(kind)) throw vocabularyError("isRecordId: kind", kind, KINDS);
      if (typeof value !== "string") return false;
      const record = context.byId.get(value);
      return record !== undefined && (kind === undefined || record.kind === kind);
    },
    find: (kind, filter) => find(context, kind, compileFilter(context, filter, { kinds: [kind] })),
    timeline: (filter) => timelineOf(context, compileFilter(context, filter, { kinds: PRIMARY_KINDS, timeline: true })),
    related: (id, options) => relatedOf(context, id, options),
    search: (text, options) => searchRecords(context, text, options),
    statements: (filter) => statementsOf(context, filter),
    verifySource: (sourceId, text) => verifySourceText(context, sourceId, text),
    suggestWords: (text) => suggestWords(context, text),
  };
}
