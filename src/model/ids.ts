/**
 * The id types of the model: any record id, the ids of one kind, the primary ids and the retired
 * ids, built on the literal unions the build generates (src/generated/ids.ts). Types only.
 * @module
 */
import type { IdsByKind, TombstonedKindById } from "../generated/ids.js";
import type { Kind, PrimaryKind } from "./vocabulary.js";

/**
 * Any record id of the dataset: a literal union, so editors autocomplete ids and typos fail to
 * compile. The union of the per-kind unions (`MeetingId | … | TopicId`), the same ids as
 * `keyof KindById`.
 */
export type RecordId = IdsByKind[Kind];

/**
 * A retired id (a tombstone): it no longer names a record, but stays typed so code written
 * against an earlier version still compiles; each is `@deprecated` in `TombstonedKindById`, and
 * `getRecord` on one is a deprecated call. `resolveId` follows it to what replaced it.
 */
export type TombstonedId = keyof TombstonedKindById;

/**
 * The ids of the records of one kind (`IdOfKind<"topic">` is `TopicId`); of several kinds for a
 * union (`IdOfKind<PrimaryKind>`). An indexed lookup, so its cost does not grow with the ids.
 */
export type IdOfKind<K extends Kind> = IdsByKind[K];

/** The id of a meeting, declaration or initiative. */
export type PrimaryId = IdOfKind<PrimaryKind>;
