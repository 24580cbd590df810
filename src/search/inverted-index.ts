/**
 * The inverted index behind `search`: for every folded word, the records containing it and the
 * weightiest field it occurs in. Words are kept sorted, so the words a query word is a prefix
 * of form one contiguous run found by binary search.
 * @module
 */
import type { AnyRecord } from "../model/records.js";
import { FIELD_ORDER, fieldTexts } from "./fields.js";
import { tokenize } from "./normalize.js";

/** A built index. Postings of word `k` are `[start[k], start[k + 1])` of `doc` / `field`. */
export interface InvertedIndex {
  readonly docs: readonly AnyRecord[];
  /** Every distinct word, sorted by code unit (the order `<` uses). */
  readonly words: readonly string[];
  readonly start: Int32Array;
  readonly doc: Int32Array;
  /** Index into `FIELD_ORDER` of the weightiest field the word occurs in, in that record. */
  readonly field: Uint8Array;
}

/** Indexes `docs` (their order is the tie-break order of results). */
export function buildIndex(docs: readonly AnyRecord[], actorOf: (id: string) => AnyRecord | undefined): InvertedIndex {
  // Word ids instead of per-record sets: `last[id]` is the last record the word was seen in.
  const ids = new Map<string, number>();
  const lists: number[][] = []; // per word id: record, field, record, field, …
  const last: number[] = [];
  docs.forEach((record, d) => {
    // Fields come weightiest first, so the first field a word is seen in is its best one.
    for (const [name, texts] of fieldTexts(record, actorOf)) {
      const f = FIELD_ORDER.indexOf(name);
      for (const text of texts) {
        for (const word of tokenize(text)) {
          let id = ids.get(word);
          if (id === undefined) {
            id = lists.length;
            ids.set(word, id);
            lists.push([]);
            last.push(-1);
          }
          if (last[id] === d) continue;
          last[id] = d;
          lists[id]!.push(d, f);
        }
      }
    }
  });
  const words = [...ids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const start = new Int32Array(words.length + 1);
  let total = 0;
  words.forEach((w, k) => {
    start[k] = total;
    total += lists[ids.get(w)!]!.length / 2;
  });
  start[words.length] = total;
  const doc = new Int32Array(total);
  const field = new Uint8Array(total);
  words.forEach((w, k) => {
    const list = lists[ids.get(w)!]!;
    for (let p = 0, at = start[k]!; p < list.length; p += 2, at++) {
      doc[at] = list[p]!;
      field[at] = list[p + 1]!;
    }
  });
  return { docs, words, start, doc, field };
}

/** The run `[lo, hi)` of words that start with `prefix`. */
export function prefixRange(index: InvertedIndex, prefix: string): [number, number] {
  const { words } = index;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < words.length && words[end]!.startsWith(prefix)) end++;
  return [lo, end];
}
