/**
 * Posting lists: ascending arrays of record positions. Positions follow the dataset's
 * chronological order, so set operations on them keep results in that order for free.
 * @module
 */

/** A read-only posting list. */
export type Postings = Int32Array;

/** The shared empty posting list. */
export const EMPTY: Postings = /* @__PURE__ */ new Int32Array(0);

/** Index of the first element `>= value` in the ascending `list[start, end)` (binary search). */
export function lowerBound(list: ArrayLike<number>, value: number, start = 0, end = list.length): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Union of two posting lists (merge). */
export function union(a: Postings, b: Postings): Postings {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) (out[n++] = x), i++;
    else if (y < x) (out[n++] = y), j++;
    else (out[n++] = x), i++, j++;
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** Builds posting lists from `add(key, position)` calls made in ascending position order. */
export class PostingsBuilder {
  readonly #lists = new Map<string, number[]>();

  /** Records that the record at `position` has `key` (repeats for the same record are ignored). */
  add(key: string, position: number): void {
    const list = this.#lists.get(key);
    if (!list) this.#lists.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  /** The finished lists. */
  build(): ReadonlyMap<string, Postings> {
    const out = new Map<string, Postings>();
    for (const [key, list] of this.#lists) out.set(key, Int32Array.from(list));
    return out;
  }
}
