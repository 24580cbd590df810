/**
 * The index of one primary kind: a posting list per filter value (country, actor, actor+role,
 * topic, place, process, status) and the records' date bounds as day numbers. Built once, on
 * the first query of that kind.
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
  readonly postings: Readonly<Record<Dimension, ReadonlyMap<string, Postings>>>;
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

function build(context: QueryContext, kind: PrimaryKind): KindIndex {
  const records = context.records[kind] as readonly PrimaryRecord[];
  const builders = {
    country: new PostingsBuilder(),
    actor: new PostingsBuilder(),
    topic: new PostingsBuilder(),
    place: new PostingsBuilder(),
    process: new PostingsBuilder(),
    status: new PostingsBuilder(),
  } satisfies Record<Dimension, PostingsBuilder>;
  const membership = processMembership(context);
  const earliest = new Float64Array(records.length).fill(Number.NaN);
  const latest = new Float64Array(records.length).fill(Number.NaN);
  const outside = new Uint8Array(records.length);
  let ordered = true;
  let dated = 0;
  let maxSpan = 0;
  records.forEach((record, i) => {
    for (const country of countriesOf(context, record)) builders.country.add(country, i);
    for (const { actor, role, onBehalfOf } of record.participants ?? []) {
      builders.actor.add(actor, i);
      builders.actor.add(actorRoleKey(actor, role), i);
      if (onBehalfOf === undefined) continue;
      builders.actor.add(onBehalfKey(onBehalfOf), i);
      builders.actor.add(actorRoleKey(onBehalfKey(onBehalfOf), role), i);
    }
    if (record.date?.inferredFrom === "outside-knowledge") outside[i] = 1;
    for (const topic of record.topics ?? []) builders.topic.add(topic, i);
    for (const { place } of record.places ?? []) builders.place.add(place, i);
    for (const process of membership.get(record.id) ?? []) builders.process.add(process, i);
    builders.status.add(statusOf(record), i);
    if (record.bounds) {
      earliest[i] = dayNumber(record.bounds.earliest);
      latest[i] = dayNumber(record.bounds.latest);
      maxSpan = Math.max(maxSpan, latest[i]! - earliest[i]!);
      if (dated !== i || (i > 0 && earliest[i - 1]! > earliest[i]!)) ordered = false;
      dated++;
    }
  });
  const postings = Object.fromEntries(Object.entries(builders).map(([k, b]) => [k, b.build()])) as KindIndex["postings"];
  return { records, postings, earliest, latest, outside, ordered, dated, maxSpan };
}

/** The index of `kind`, built on first use. */
export function kindIndex(context: QueryContext, kind: PrimaryKind): KindIndex {
  return lazy(context, `kind-index:${kind}`, () => build(context, kind));
}
