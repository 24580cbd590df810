/**
 * The search index in a compact text form, so the build can ship the index of the shipped data
 * and the first `search` decodes it instead of tokenizing every record.
 *
 * Layout: `cas-search 2|<dataset hash>|<record count>|<fields>|<words>|<postings>`, where
 * `<fields>` is `FIELD_ORDER` joined by commas, `<words>` the sorted words joined by spaces
 * (words hold only letters and digits), and `<postings>` per word its posting count, then per
 * posting `(record - previous record) * 16 + field`, each number a variable-length base-32
 * integer: continuation digits from `]` (93) up, the last digit from `#` (35) up. Neither range
 * holds `"` or `\`, so the text needs no escaping inside a JSON string.
 * @module
 */
import type { AnyRecord } from "../model/records.js";
import { FIELD_ORDER } from "./fields.js";
import type { InvertedIndex } from "./inverted-index.js";

const MAGIC = "cas-search 2";
const LAST = 35;
const MORE = 93;
// Enough bits for FIELD_ORDER (9 fields); a test fails when it outgrows them.
const FIELD_BITS = 4;

function writeNumber(out: string[], n: number): void {
  const digits = [String.fromCharCode(LAST + (n & 31))];
  for (n >>>= 5; n > 0; n >>>= 5) digits.push(String.fromCharCode(MORE + (n & 31)));
  out.push(digits.reverse().join(""));
}

/** The text form of `index`, for a dataset whose hash is `hash`. Deterministic. */
export function encodeIndex(index: InvertedIndex, hash: string): string {
  const postings: string[] = [];
  for (let k = 0; k < index.words.length; k++) {
    writeNumber(postings, index.start[k + 1]! - index.start[k]!);
    let previous = 0;
    for (let p = index.start[k]!; p < index.start[k + 1]!; p++) {
      writeNumber(postings, ((index.doc[p]! - previous) << FIELD_BITS) | index.field[p]!);
      previous = index.doc[p]!;
    }
  }
  return [MAGIC, hash, index.docs.length, FIELD_ORDER.join(","), index.words.join(" "), postings.join("")].join("|");
}

/**
 * The index encoded in `text` over `docs`, or `undefined` when `text` was made for other data
 * (another hash or record count), another field list or another format version: the caller
 * then builds the index from the records.
 */
export function decodeIndex(text: string, docs: readonly AnyRecord[], hash: string): InvertedIndex | undefined {
  const header = `${MAGIC}|${hash}|${docs.length}|${FIELD_ORDER.join(",")}|`;
  if (!text.startsWith(header)) return undefined;
  const split = text.indexOf("|", header.length);
  const words = split > header.length ? text.slice(header.length, split).split(" ") : [];
  const start = new Int32Array(words.length + 1);
  // Each posting takes at least one character, so the text length bounds their number.
  let doc = new Int32Array(text.length - split);
  let field = new Uint8Array(text.length - split);
  let at = split + 1;
  const next = (): number => {
    let n = 0;
    for (let c = text.charCodeAt(at++); c >= MORE; c = text.charCodeAt(at++)) n = n * 32 + (c - MORE);
    return n * 32 + (text.charCodeAt(at - 1) - LAST);
  };
  let total = 0;
  for (let k = 0; k < words.length; k++) {
    start[k] = total;
    const count = next();
    let previous = 0;
    for (let i = 0; i < count; i++, total++) {
      const n = next();
      previous += n >>> FIELD_BITS;
      doc[total] = previous;
      field[total] = n & ((1 << FIELD_BITS) - 1);
    }
  }
  start[words.length] = total;
  doc = doc.slice(0, total);
  field = field.slice(0, total);
  return { docs, words, start, doc, field };
}
