/**
 * The timeline: dated primary records of several kinds, merged in chronological order.
 * @module
 */
import type { PrimaryRecord } from "../../model/records.js";
import { PRIMARY_KINDS } from "../../model/vocabulary.js";
import type { TimelineEntry } from "../types.js";
import { lazy, type QueryContext } from "./context.js";
import type { CompiledFilter } from "./filter.js";
import { find } from "./find.js";

/** The entry of a dated record; made once per record and reused, since entries are frozen. */
function entryOf(context: QueryContext, record: PrimaryRecord): TimelineEntry {
  const entries = lazy(context, "timeline-entries", () => new Map<string, TimelineEntry>());
  let entry = entries.get(record.id);
  if (!entry) {
    const bounds = record.bounds!;
    entry = Object.freeze({
      kind: record.kind,
      id: record.id,
      title: record.title,
      date: record.date!.edtf,
      precision: bounds.precision,
      earliest: bounds.earliest,
      latest: bounds.latest,
      inferred: record.date!.inferred !== undefined,
      ...(record.date!.inferredFrom && { inferredFrom: record.date!.inferredFrom }),
      record,
    });
    entries.set(record.id, entry);
  }
  return entry;
}

/** Same order as the per-kind arrays (earliest day, latest day), then meetings before declarations before initiatives, then id. */
function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  if (a.kind !== b.kind) return PRIMARY_KINDS.indexOf(a.kind) - PRIMARY_KINDS.indexOf(b.kind);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Timeline entries of the dated records of `filter.kinds` that match `filter`; with
 * `sourcesOnly`, a date resting on outside knowledge counts as no date, so its record is left out.
 */
export function timelineOf(context: QueryContext, filter: CompiledFilter): readonly TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const kind of new Set(filter.kinds)) {
    for (const record of find(context, kind, filter)) {
      if (!record.bounds || !record.date) continue;
      if (filter.sourcesOnly && record.date.inferredFrom === "outside-knowledge") continue;
      entries.push(entryOf(context, record));
    }
  }
  return Object.freeze(entries.sort(compareEntries));
}
