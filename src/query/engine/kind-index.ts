/**
 * The index of one primary kind: a posting list per filter value (country, actor, actor+role,
 * topic, place, process, status) and the records' date bounds as day numbers. The date arrays
 * are built on the first query of that kind, each dimension's lists on the first query that
 * constrains it: a first query pays only for what it filters on.
 * @module
 */
import type { PrimaryRecord } from "../../model/records.js";
import type { PrimaryKind } from "../../model/vocabulary.js";
import { lazy, type QueryContext } from "./context.js";
import { dayNumber } from "./dates.js";
import { actorRoleKey, onBehalfKey, type Dimension } from "./filter.js";
import { countriesOf, processMembership } from "./membership.js";
import { PostingsBuilder, type Postings } from "./postings.js";

/** Everything the finders need to answer a filter over one kind without scanning it. */
export interface KindIndex {
  readonly records: readonly PrimaryRecord[];
  /** The posting lists of one dimension, by filter value (built on first use). */
  postings(dimension: Dimension): ReadonlyMap<string, Postings>;
  /** Day number of each record's earliest day; NaN when undated (NaN fails every comparison). */
  readonly earliest: Float64Array;
  /** Day number of each record's latest day; NaN when undated. */
  readonly latest: Float64Array;
  /** 1 where the record's date rests on outside knowledge (`dates: "sources-only"` ignores it). */
  readonly outside: Uint8Array;
  /**
   * True when the records are sorted by earliest day with undated ones last (the shipped
   * order). Then a date range maps to a window of positions found by binary search.
   */
  readonly ordered: boolean;
  /** Number of dated records. */
  readonly dated: number;
  /** The longest span of any record, in days: how far before `from` an overlapping record can start. */
  readonly maxSpan: number;
}

/** The status-like field of a primary record. */
export function statusOf(record: PrimaryRecord): string {
  return record.kind === "declaration" ? record.stage : record.status;
}

/** Calls `add(key, position)` for every filter value of `dimension` of each record, in position order. */
function collect(context: QueryContext, records: readonly PrimaryRecord[], dimension: Dimension, add: (key: string, position: number) => void): void {
  switch (dimension) {
    case "country":
      records.forEach((record, i) => {
        for (const country of countriesOf(context, record)) add(country, i);
      });
      return;
    case "actor":
      records.forEach((record, i) => {
        for (const { actor, role, onBehalfOf } of record.participants ?? []) {
          add(actor, i);
          add(actorRoleKey(actor, role), i);
          if (onBehalfOf === undefined) continue;
          add(onBehalfKey(onBehalfOf), i);
          add(actorRoleKey(onBehalfKey(onBehalfOf), role), i);
        }
      });
      return;
    case "topic":
      records.forEach((record, i) => {
        for (const topic of record.topics ?? []) add(topic, i);
      });
      return;
    case "place":
      records.forEach((record, i) => {
        for (const { place } of record.places ?? []) add(place, i);
      });
      return;
    case "process": {
      const membership = processMembership(context);
      records.forEach((record, i) => {
        for (const process of membership.get(record.id) ?? []) add(process, i);
      });
      return;
    }
    case "status":
      records.forEach((record, i) => add(statusOf(record), i));
      return;
    default: {
      // A new dimension must be collected here: this fails to compile until it is.
      const unhandled: never = dimension;
      throw new TypeError(`no posting lists for dimension ${String(unhandled)}`);
    }
  }
}

function build(context: QueryContext, kind: PrimaryKind): KindIndex {
  const records = context.records[kind] as readonly PrimaryRecord[];
  const earliest = new Float64Array(records.length).fill(Number.NaN);
  const latest = new Float64Array(records.length).fill(Number.NaN);
  const outside = new Uint8Array(records.length);
  let ordered = true;
  let dated = 0;
  let maxSpan = 0;
  records.forEach((record, i) => {
    if (record.date?.inferredFrom === "outside-knowledge") outside[i] = 1;
    if (record.bounds) {
      earliest[i] = dayNumber(record.bounds.earliest);
      latest[i] = dayNumber(record.bounds.latest);
      maxSpan = Math.max(maxSpan, latest[i]! - earliest[i]!);
      if (dated !== i || (i > 0 && earliest[i - 1]! > earliest[i]!)) ordered = false;
      dated++;
    }
  });
  const built = new Map<Dimension, ReadonlyMap<string, Postings>>();
  const postings = (dimension: Dimension): ReadonlyMap<string, Postings> => {
    let lists = built.get(dimension);
    if (!lists) {
      const builder = new PostingsBuilder();
      collect(context, records, dimension, (key, position) => builder.add(key, position));
      lists = builder.build();
      built.set(dimension, lists);
    }
    return lists;
  };
  return { records, postings, earliest, latest, outside, ordered, dated, maxSpan };
}

/** The index of `kind`, built on first use. */
export function kindIndex(context: QueryContext, kind: PrimaryKind): KindIndex {
  return lazy(context, `kind-index:${kind}`, () => build(context, kind));
}
