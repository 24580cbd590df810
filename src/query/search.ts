/**
 * Full-text search over every record.
 * @module
 */
import { shipped } from "./shipped.js";
import type { SearchHit, SearchOptions, SearchSuggestion } from "./types.js";

/**
 * Searches titles and names, alternative names, summaries, participating actors' names and
 * evidence quotes of every record. Case-, diacritic- and apostrophe-insensitive; each query
 * word matches the words it is a prefix of (`"tash"` finds "Tashkent"), and every query word
 * must match. Ranked by score: a word scores the weight of the weightiest field it matched in
 * (title or name 100, alternative names 30, summary 10, actor names 3, quotes 1), half that for
 * a prefix-only match; a record's score is the sum over the query words. Ties keep dataset
 * order (kinds in `KINDS` order, then each kind's order). Each hit names the field that
 * weighed most. The index is built on the first call. A state's names in the region's
 * languages (`Actor.names`: ru, kk, ky, tg, tk, uz, fa, ps) count as its alternative names and
 * as actor names of the records it takes part in; the apostrophes `'`, `’`, `ʻ` (U+02BB) and
 * `ʼ` (U+02BC) are all ignored, so `Qozogʻiston` and `Qozog'iston` are one word.
 *
 * @throws {TypeError} for a non-string text, an unknown option, a `limit` that is not a number
 * or an unknown kind.
 * @throws {RangeError} for a text without letters or digits, or a `limit` that is not a
 * positive integer (or `Infinity`).
 * @example
 * ```ts
 * import { search } from "central-asia-security";
 * const [best] = search("tashkent declaration");
 * console.log(best?.id, best?.field, best?.score); // "2018-tashkent-declaration" "title" 200
 * const people = search("mirziyoyev", { kinds: ["actor"], limit: 5 });
 * search("Казахстан")[0]?.id; // "kazakhstan", then the records Kazakhstan takes part in
 * ```
 */
export function search(text: string, options?: SearchOptions): readonly SearchHit[] {
  return shipped().search(text, options);
}

/**
 * What to try when {@link search} finds nothing: each word of `text` that no indexed word starts
 * with (folded as the index folds it), with the nearest indexed words by edit distance. Words
 * that do occur are left out, so an empty result means every word occurs somewhere (just not
 * all in one record). Only the first 200 characters of `text` are considered.
 *
 * @throws {TypeError} when `text` is not a string.
 * @example
 * ```ts
 * import { suggestSearchWords } from "central-asia-security";
 * suggestSearchWords("tashkint declaration");
 * // [{ word: "tashkint", nearest: ["tashkent", …] }]
 * ```
 */
export function suggestSearchWords(text: string): readonly SearchSuggestion[] {
  return shipped().suggestWords(text);
}
