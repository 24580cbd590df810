/**
 * Answers a compiled filter from a kind's index without allocating intermediate sets: the date
 * range narrows every posting list to a window of positions (records are in chronological
 * order), then the shortest list drives a leapfrog intersection with the others (each keeps a
 * cursor that only moves forward, by galloping search), and only the survivors have their dates
 * checked.
 * @module
 */
import type { PrimaryRecord } from "../../model/records.js";
import type { PrimaryKind } from "../../model/vocabulary.js";
import type { QueryContext } from "./context.js";
import { spanMatches, type CompiledFilter } from "./filter.js";
import { kindIndex, type KindIndex } from "./kind-index.js";
import { EMPTY, lowerBound, union, type Postings } from "./postings.js";

/** The part `[lo, hi)` of a posting list that falls in the date window; `lo` is also the cursor. */
interface Run {
  readonly list: Postings;
  lo: number;
  readonly hi: number;
}

/** The window `[lo, hi)` of positions that can satisfy the date range. */
function dateWindow(index: KindIndex, filter: CompiledFilter): [number, number] {
  const n = index.records.length;
  if ((filter.from === undefined && filter.to === undefined) || !index.ordered) return [0, n];
  // Only the first `dated` positions are dated, sorted by earliest day.
  const hi = filter.to === undefined ? index.dated : lowerBound(index.earliest, filter.to + 1, 0, index.dated);
  if (filter.from === undefined) return [0, hi];
  // An overlapping record may start up to `maxSpan` days before `from`; a record within must start on or after it.
  const start = filter.within ? filter.from : filter.from - index.maxSpan;
  return [lowerBound(index.earliest, start, 0, hi), hi];
}

function matchesDates(index: KindIndex, filter: CompiledFilter, i: number): boolean {
  const e = index.earliest[i]!;
  const l = index.latest[i]!;
  if (e !== e) return false; // undated (NaN) records never match a date range
  if (filter.sourcesOnly && index.outside[i]) return false; // nor do dates resting on outside knowledge
  return spanMatches(e, l, filter);
}

/** One run per constrained dimension: the union of its keys' lists (any of), within `[lo, hi)`. */
function runsFor(index: KindIndex, filter: CompiledFilter, lo: number, hi: number): Run[] {
  return filter.dimensions.map(({ dimension, keys }) => {
    const postings = index.postings(dimension);
    if (keys.length === 1) {
      const list = postings.get(keys[0]!) ?? EMPTY;
      return { list, lo: lowerBound(list, lo), hi: lowerBound(list, hi) };
    }
    let list = EMPTY;
    for (const key of keys) list = union(list, postings.get(key) ?? EMPTY);
    return { list, lo: lowerBound(list, lo), hi: lowerBound(list, hi) };
  });
}

/** Moves `run`'s cursor to the first position `>= target` (galloping: doubling steps, then binary search). */
function seek(run: Run, target: number): void {
  const { list, hi } = run;
  let lo = run.lo;
  let step = 1;
  while (lo + step < hi && list[lo + step]! < target) {
    lo += step;
    step <<= 1;
  }
  run.lo = lowerBound(list, target, lo, Math.min(lo + step + 1, hi));
}

/** The records of `kind` matching `filter`, in dataset order, as a frozen array. */
export function find(context: QueryContext, kind: PrimaryKind, filter: CompiledFilter): readonly PrimaryRecord[] {
  const index = kindIndex(context, kind);
  const { records } = index;
  const dated = filter.from !== undefined || filter.to !== undefined;
  if (!dated && filter.dimensions.length === 0) return Object.isFrozen(records) ? records : Object.freeze(records.slice());
  const [lo, hi] = dateWindow(index, filter);
  const out: PrimaryRecord[] = [];
  if (filter.dimensions.length === 0) {
    for (let i = lo; i < hi; i++) if (matchesDates(index, filter, i)) out.push(records[i]!);
    return Object.freeze(out);
  }
  const runs = runsFor(index, filter, lo, hi).sort((a, b) => a.hi - a.lo - (b.hi - b.lo));
  const [lead, ...rest] = runs as [Run, ...Run[]];
  candidates: for (let k = lead.lo; k < lead.hi; k++) {
    const i = lead.list[k]!;
    for (const run of rest) {
      seek(run, i);
      if (run.lo >= run.hi) break candidates; // this list is exhausted: nothing further can match
      if (run.list[run.lo] !== i) continue candidates;
    }
    if (!dated || matchesDates(index, filter, i)) out.push(records[i]!);
  }
  return Object.freeze(out);
}
