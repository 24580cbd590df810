/**
 * `search` over a query context: checks the input, decodes or builds the inverted index on first use and
 * turns scored records into frozen hits.
 * @module
 */
import type { AnyRecord } from "../model/records.js";
import { KINDS, type Kind } from "../model/vocabulary.js";
import { lazy, type QueryContext } from "../query/engine/context.js";
import { typeError, unknownKeyError, vocabularyError } from "../query/engine/errors.js";
import type { SearchHit } from "../query/types.js";
import { titleOf } from "./fields.js";
import { buildIndex, type InvertedIndex } from "./inverted-index.js";
import { tokenize } from "./normalize.js";
import { decodeIndex } from "./serialized.js";
import { scoreQuery } from "./query.js";

/** Number of hits returned when `limit` is not given. */
export const DEFAULT_LIMIT = 20;

const OPTION_KEYS = ["kinds", "limit"];

function checkOptions(options: unknown): { kinds?: ReadonlySet<Kind>; limit: number } {
  if (options === undefined) return { limit: DEFAULT_LIMIT };
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw typeError("search options", options, "an object");
  const o = options as Record<string, unknown>;
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
  if (words.length === 0) throw new RangeError(`search text ${JSON.stringify(text)} has no letters or digits to search for.`);
  const { kinds, limit } = checkOptions(options);
  const index = indexOf(context);
  const hits = scoreQuery(index, words, limit, kinds).map(({ doc, score, field }) => {
    const record = index.docs[doc]!;
    return Object.freeze({ id: record.id, kind: record.kind, title: titleOf(record), score, field, record });
  });
  return Object.freeze(hits);
}
