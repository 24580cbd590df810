/**
 * Who said what, where: the statements of meetings and declarations.
 * @module
 */
import { shipped } from "./shipped.js";
import type { StatementEntry, StatementFilter } from "./types.js";

/**
 * The statements matching `filter`: what the sources attribute to a speaker at a meeting, and
 * the sentences they quote from declarations. Each entry gives the statement (speaker,
 * `onBehalfOf`, `mode` — `direct` quotes the words, `reported` paraphrases —, quoted `words`,
 * topics and evidence), the meeting or declaration it belongs to and its position there.
 * Ordered by that record's date (earliest, then latest day; undated records last), then record
 * id, then position. Keys combine with AND, arrays mean "any of":
 * - `actor`: the speaker; `{ actor, onBehalfOf: true }` also matches statements made on the
 *   actor's behalf; a `role`, if given, matches only when it includes `"speaker"`;
 * - `topic`: the statement's own topics; `meeting`: statements made at those meetings;
 * - `from`, `to`, `dateMatch`, `dates`: the record's date, as in `RecordFilter`.
 * Without a filter, every statement.
 *
 * @throws {TypeError} for a filter that is not a plain object, an unknown key, a value of the
 * wrong type, an empty array, or an unknown role, `dateMatch` or `dates`.
 * @throws {RangeError} for a malformed date, `from` after `to`, or an id that no record of the
 * right kind has (with the nearest ids as suggestions).
 * @example
 * ```ts
 * import { findStatements } from "central-asia-security";
 * for (const { statement, record } of findStatements({ actor: "kassym-jomart-tokayev" })) {
 *   console.log(record.title, statement.mode, statement.words ?? statement.evidence[0]?.quote);
 * }
 * // Everything said on Kazakhstan's behalf, from 2024 on:
 * const forKazakhstan = findStatements({ actor: { actor: "kazakhstan", onBehalfOf: true }, from: "2024" });
 * console.log(forKazakhstan.length);
 * ```
 */
export function findStatements(filter?: StatementFilter): readonly StatementEntry[] {
  return shipped().statements(filter);
}
