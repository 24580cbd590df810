/**
 * Scores a query against an inverted index. Every query word must match (a prefix of) some word
 * of the record; a word's score is the weight of the weightiest field it matched in, halved when
 * it matched only as a prefix; a record's score is the sum over query words. The result is the
 * same as checking every record one by one (a property test holds it to that).
 * @module
 */
import type { Kind } from "../model/vocabulary.js";
import type { SearchField } from "../query/types.js";
import { FIELD_ORDER, FIELD_WEIGHTS, PREFIX_FACTOR } from "./fields.js";
import { prefixRange, type InvertedIndex } from "./inverted-index.js";

/** A scored record: its index in `docs`, its score and the field that weighed most. */
export interface Scored {
  readonly doc: number;
  readonly score: number;
  readonly field: SearchField;
}

const WEIGHTS = /* @__PURE__ */ FIELD_ORDER.map((f) => FIELD_WEIGHTS[f]);

/** Per-record work arrays, reused between queries (search is synchronous, so never shared). */
interface Scratch {
  stamp: Int32Array; // word generation in which tmp was last written
  tmp: Float64Array; // best score of the current query word
  tmpField: Uint8Array;
  count: Int32Array; // query words matched so far
  score: Float64Array;
  best: Float64Array; // highest single-word score
  bestField: Uint8Array;
  generation: number;
}

const scratches = new WeakMap<InvertedIndex, Scratch>();

function scratchFor(index: InvertedIndex): Scratch {
  let s = scratches.get(index);
  const n = index.docs.length;
  if (!s || s.generation > 0x3fffffff) {
    s = {
      stamp: new Int32Array(n),
      tmp: new Float64Array(n),
      tmpField: new Uint8Array(n),
      count: new Int32Array(n),
      score: new Float64Array(n),
      best: new Float64Array(n),
      bestField: new Uint8Array(n),
      generation: 0,
    };
    scratches.set(index, s);
  }
  return s;
}

/** Records matching every word of `words` (already folded, distinct), best first, at most `limit`. */
export function scoreQuery(index: InvertedIndex, words: readonly string[], limit: number, kinds?: ReadonlySet<Kind>): Scored[] {
  // Invariant: every count is 0 between queries; candidates are exactly the records whose count is q.
  const s = scratchFor(index);
  const ranges = words.map((w) => ({ word: w, range: prefixRange(index, w) }));
  const size = ({ range: [lo, hi] }: (typeof ranges)[number]) => index.start[hi]! - index.start[lo]!;
  // Rarest word first: the candidates only shrink, so later words touch fewer records.
  ranges.sort((a, b) => size(a) - size(b));
  let candidates: number[] = [];
  for (let q = 0; q < ranges.length; q++) {
    const { word, range } = ranges[q]!;
    const generation = ++s.generation;
    const touched: number[] = [];
    for (let k = range[0]; k < range[1]; k++) {
      const factor = index.words[k] === word ? 1 : PREFIX_FACTOR;
      for (let p = index.start[k]!; p < index.start[k + 1]!; p++) {
        const d = index.doc[p]!;
        if (q > 0 && s.count[d] !== q) continue; // not a candidate: it missed an earlier word
        const f = index.field[p]!;
        const c = WEIGHTS[f]! * factor;
        if (s.stamp[d] !== generation) {
          s.stamp[d] = generation;
          s.tmp[d] = c;
          s.tmpField[d] = f;
          touched.push(d);
        } else if (c > s.tmp[d]! || (c === s.tmp[d] && f < s.tmpField[d]!)) {
          s.tmp[d] = c;
          s.tmpField[d] = f;
        }
      }
    }
    for (const d of touched) {
      const c = s.tmp[d]!;
      if (q === 0) {
        s.count[d] = 1;
        s.score[d] = c;
        s.best[d] = c;
        s.bestField[d] = s.tmpField[d]!;
      } else {
        s.count[d] = q + 1;
        s.score[d] = s.score[d]! + c;
        if (c > s.best[d]! || (c === s.best[d] && s.tmpField[d]! < s.bestField[d]!)) {
          s.best[d] = c;
          s.bestField[d] = s.tmpField[d]!;
        }
      }
    }
    // Clear counts of candidates that missed this word, so a stale count can never pass the check above.
    for (const d of candidates) if (s.count[d] === q) s.count[d] = 0;
    candidates = touched;
    if (candidates.length === 0) break;
  }
  const hits: number[] = kinds ? candidates.filter((d) => kinds.has(index.docs[d]!.kind)) : candidates;
  for (const d of candidates) s.count[d] = 0;
  const better = (a: number, b: number) => s.score[b]! - s.score[a]! || a - b;
  const top = limit >= hits.length ? hits.sort(better) : topK(hits, limit, better);
  return top.map((d) => ({ doc: d, score: s.score[d]!, field: FIELD_ORDER[s.bestField[d]!]! }));
}

/** The `k` best of `items` by `compare`, in order, without sorting them all. */
function topK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
