/**
 * `search` over a query context: checks the input, decodes or builds the inverted index on first use and
 * turns scored records into frozen hits.
 * @module
 */
import { expectOptionalObject } from "../argument-checks.js";
import type { AnyRecord } from "../model/records.js";
import { KINDS, type Kind } from "../model/vocabulary.js";
import { lazy, type QueryContext } from "../query/engine/context.js";
import { typeError, unknownKeyError, vocabularyError } from "../query/engine/errors.js";
import type { SearchHit, SearchSuggestion } from "../query/types.js";
import { clip, quote } from "../text/clip.js";
import { closestMatches } from "../text/closest.js";
import { titleOf } from "./fields.js";
import { buildIndex, prefixRange, type InvertedIndex } from "./inverted-index.js";
import { tokenize } from "./normalize.js";
import { decodeIndex } from "./serialized.js";
import { scoreQuery } from "./query.js";

/** Number of hits returned when `limit` is not given. */
export const DEFAULT_LIMIT = 20;

const OPTION_KEYS = ["kinds", "limit"];

function checkOptions(options: unknown): { kinds?: ReadonlySet<Kind>; limit: number } {
  expectOptionalObject("search options", options);
  if (options === undefined) return { limit: DEFAULT_LIMIT };
  const o = options;
  for (const key of Object.keys(o)) if (!OPTION_KEYS.includes(key)) throw unknownKeyError("search options", key, OPTION_KEYS);
  let limit = DEFAULT_LIMIT;
  if (o.limit !== undefined) {
    if (typeof o.limit !== "number") throw typeError("options.limit", o.limit, "a number");
    if (!(o.limit === Infinity || (Number.isInteger(o.limit) && o.limit >= 1))) {
      throw new RangeError(`options.limit must be a positive integer or Infinity; got ${o.limit}.`);
    }
    limit = o.limit;
  }
  if (o.kinds === undefined) return { limit };
  if (!Array.isArray(o.kinds) || o.kinds.length === 0) throw typeError("options.kinds", o.kinds, `a non-empty array of kinds (${KINDS.join(", ")})`);
  o.kinds.forEach((k, i) => {
    if (!(KINDS as readonly unknown[]).includes(k)) throw vocabularyError(`options.kinds[${i}]`, k, KINDS);
  });
  return { kinds: new Set(o.kinds as Kind[]), limit };
}

/**
 * The index over every record of the context, in kind order then dataset order: the prebuilt
 * one when the build shipped one for these records, else built now.
 */
function indexOf(context: QueryContext): InvertedIndex {
  return lazy(context, "search-index", () => {
    const docs = KINDS.flatMap((kind): readonly AnyRecord[] => context.records[kind]);
    const prebuilt = context.prebuilt.searchIndex;
    return (prebuilt && decodeIndex(prebuilt.text, docs, prebuilt.hash)) ?? buildIndex(docs, (id) => context.byId.get(id));
  });
}

/** Searches the context's records for `text`. */
export function searchRecords(context: QueryContext, text: unknown, options: unknown): readonly SearchHit[] {
  if (typeof text !== "string") throw typeError("search text", text, "a string");
  const words = [...new Set(tokenize(text))];
  if (words.length === 0) throw new RangeError(`search text ${quote(text)} has no letters or digits to search for.`);
  const { kinds, limit } = checkOptions(options);
  const index = indexOf(context);
  const hits = scoreQuery(index, words, limit, kinds).map(({ doc, score, field }) => {
    const record = index.docs[doc]!;
    return Object.freeze({ id: record.id, kind: record.kind, title: titleOf(record), score, field, record });
  });
  return Object.freeze(hits);
}

/**
 * For each word of `text` that no indexed word starts with, the nearest indexed words. Only the
 * first 200 characters of `text` are considered, so a long input costs no more than a short one.
 */
export function suggestWords(context: QueryContext, text: unknown): readonly SearchSuggestion[] {
  if (typeof text !== "string") throw typeError("search text", text, "a string");
  const index = indexOf(context);
  const unmatched = [...new Set(tokenize(clip(text)))].filter((word) => {
    const [lo, hi] = prefixRange(index, word);
    return lo === hi;
  });
  return Object.freeze(unmatched.map((word) => Object.freeze({ word, nearest: Object.freeze(closestMatches(word, index.words)) })));
}
