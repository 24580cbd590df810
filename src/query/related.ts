/**
 * The records linked to a record.
 * @module
 */
import { shipped } from "./shipped.js";
import type { RecordId } from "../model/ids.js";
import type { RelatedEntry, RelatedOptions } from "./types.js";

/**
 * The records linked to the record `id`, each with the relation name, its direction and how
 * the two are linked (`via`):
 * - `relation`: authored relations (`outgoing`, e.g. `adopted-at`) and relations other records
 *   author towards this one (`incoming`, under the inverse name, e.g. `adopted`);
 * - `participation`: a record's participants (`outgoing`, relation = the role) or, asked of an
 *   actor, the records it takes part in (`incoming`); process members likewise (`member`);
 * - `on-behalf-of`: the states and organizations participants acted for (`outgoing`,
 *   relation = the role, `through` = the actor who acted) or, asked of a state or organization,
 *   the records where someone acted on its behalf (`incoming`);
 * - `place` and `topic`: a record's places and topics, or a place's / topic's records;
 * - `process`: other records part of the same process (`shares-process`, `through` names the
 *   process; symmetric, reported as `outgoing`);
 * - `source`: the sources a record cites in its evidence, or a source's citing records (`cites`).
 *
 * Listed in that order of `via`, outgoing before incoming, then in dataset order. Options
 * narrow by `relation` (any of), `direction`, `kinds` of the linked record and `via`.
 *
 * `id` is typed with the id union, like `getRecord`'s: every id the API returns (`entry.id`,
 * `hit.id`, `participant.actor`) goes back in as it is; narrow a string from outside with
 * `isRecordId` first.
 *
 * @throws {RangeError} for an id that is not in the dataset, suggesting the nearest ids.
 * @throws {TypeError} for a non-string id, an unknown option, or an unknown relation, direction,
 * kind or via (the message lists the valid ones).
 * @example
 * ```ts
 * import { related } from "central-asia-security";
 * // The meeting that adopted the Tashkent Declaration:
 * const [adoptedAt] = related("2018-tashkent-declaration", { relation: "adopted-at" });
 * console.log(adoptedAt?.record.id); // "2018-tashkent-conference-on-afghanistan"
 * // Everything Kazakhstan took part in, with its role:
 * for (const entry of related("kazakhstan", { via: "participation", direction: "incoming" })) {
 *   console.log(entry.relation, entry.id);
 * }
 * // …and what others did as its representatives (Tokayev as President of Kazakhstan):
 * for (const entry of related("kazakhstan", { via: "on-behalf-of" })) {
 *   console.log(entry.relation, entry.id, "by", entry.through);
 * }
 * ```
 */
export function related(id: RecordId, options?: RelatedOptions): readonly RelatedEntry[] {
  return shipped().related(id, options);
}
