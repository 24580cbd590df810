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

/** A growable Int32Array, for the per-word counters. */
function grow(buffer: Int32Array, needed: number): Int32Array {
  if (needed <= buffer.length) return buffer;
  const bigger = new Int32Array(Math.max(needed, buffer.length * 2));
  bigger.set(buffer);
  return bigger;
}

/** Postings per chunk (256 KiB): the scan fills chunk after chunk, never copying one. */
const CHUNK = 1 << 16;
/** A posting is packed as one number, `wordId * FIELDS + field`. */
const FIELDS = FIELD_ORDER.length;

/**
 * Indexes `docs` (their order is the tie-break order of results). Counts first, then fills:
 * one pass tokenizes every record into chunks of packed (word id, field) postings while
 * counting each word's records; the postings then go straight into typed arrays of the final
 * size. No per-word arrays and no buffer that is copied as it grows, so a large dataset builds
 * without a garbage-collection storm.
 */
export function buildIndex(docs: readonly AnyRecord[], actorOf: (id: string) => AnyRecord | undefined): InvertedIndex {
  const ids = new Map<string, number>();
  let count: Int32Array = new Int32Array(1024); // records per word id
  let last: Int32Array = new Int32Array(1024); // the last record (plus one) each word id was seen in
  const chunks: Int32Array[] = []; // the postings, record after record
  let chunk = new Int32Array(CHUNK);
  let inChunk = 0;
  const docEnd = new Int32Array(docs.length); // postings of all records up to this one
  let used = 0;
  for (let d = 0; d < docs.length; d++) {
    // Fields come weightiest first, so the first field a word is seen in is its best one.
    for (const [name, texts] of fieldTexts(docs[d]!, actorOf)) {
      const f = FIELD_ORDER.indexOf(name);
      for (const text of texts) {
        for (const word of tokenize(text)) {
          let id = ids.get(word);
          if (id === undefined) {
            id = ids.size;
            ids.set(word, id);
            count = grow(count, id + 1);
            last = grow(last, id + 1);
          }
          if (last[id] === d + 1) continue;
          last[id] = d + 1;
          count[id]!++;
          if (inChunk === CHUNK) {
            chunks.push(chunk);
            chunk = new Int32Array(CHUNK);
            inChunk = 0;
          }
          chunk[inChunk++] = id * FIELDS + f;
          used++;
        }
      }
    }
    docEnd[d] = used;
  }
  chunks.push(chunk);
  const words = [...ids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const cursor = new Int32Array(ids.size); // by word id: where its next posting goes
  const start = new Int32Array(words.length + 1);
  let total = 0;
  for (let k = 0; k < words.length; k++) {
    const id = ids.get(words[k]!)!;
    start[k] = total;
    cursor[id] = total;
    total += count[id]!;
  }
  start[words.length] = total;
  const doc = new Int32Array(total);
  const field = new Uint8Array(total);
  // Records are visited in order, so each word's postings come out sorted by record.
  let c = 0;
  let i = 0;
  for (let d = 0, p = 0; d < docs.length; d++) {
    for (; p < docEnd[d]!; p++) {
      if (i === CHUNK) {
        c++;
        i = 0;
      }
      const packed = chunks[c]![i++]!;
      const at = cursor[Math.floor(packed / FIELDS)]!++;
      doc[at] = d;
      field[at] = packed % FIELDS;
    }
  }
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
