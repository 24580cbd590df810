/**
 * The per-kind finders: one filter shape for meetings, declarations and initiatives.
 * @module
 */
import type { Declaration, Initiative, Meeting } from "../model/records.js";
import { shipped } from "./shipped.js";
import type { ActorRoleFilter, RecordFilter } from "./types.js";

/**
 * The meetings matching `filter`, in chronological order (the order of `meetings`). Keys
 * combine with AND, arrays mean "any of"; `status` is the meeting's `status`. Without a filter,
 * every meeting. Dates: see {@link RecordFilter.dateMatch} (default `"overlaps"`); undated
 * meetings never match a date range, nor, with `dates: "sources-only"`, meetings whose date
 * rests on outside knowledge. `{ actor, role, onBehalfOf: true }` also matches participants
 * who acted on the actor's behalf (see {@link ActorRoleFilter.onBehalfOf}).
 *
 * @throws {TypeError} for an unknown key, a value of the wrong type, an empty array, or an
 * unknown role, status, `dateMatch` or `dates`; the message lists the valid values.
 * @throws {RangeError} for a malformed date (`"2018-13"`, `"yesterday"`), `from` after `to`,
 * a code that is not ISO 3166-1 alpha-2, or an id that no record of the right kind has (with
 * the nearest ids as suggestions).
 * @example
 * ```ts
 * import { findMeetings } from "central-asia-security";
 * // Meetings in Uzbekistan (by place or a participating state) in 2018 or 2019:
 * const inUzbekistan = findMeetings({ country: "UZ", from: "2018", to: "2019" });
 * // Meetings where Kazakhstan chaired or hosted, on regional security:
 * const chaired = findMeetings({ actor: { actor: "kazakhstan", role: ["chair", "host"] }, topic: "regional-security" });
 * console.log(inUzbekistan.map((m) => m.title), chaired.length);
 * ```
 */
export function findMeetings(filter?: RecordFilter): readonly Meeting[] {
  return shipped().find("meeting", filter) as readonly Meeting[];
}

/**
 * The declarations matching `filter`, in chronological order (the order of `declarations`).
 * Same filter as {@link findMeetings}; `status` is the declaration's `stage` (proposed, draft,
 * adopted, signed).
 *
 * @throws {TypeError} for an unknown key, a value of the wrong type or an unknown term.
 * @throws {RangeError} for a malformed date, an unknown country code or id.
 * @example
 * ```ts
 * import { findDeclarations } from "central-asia-security";
 * const adopted = findDeclarations({ status: ["adopted", "signed"], from: "2018-01-01" });
 * console.log(adopted.map((d) => `${d.date?.edtf ?? "undated"} ${d.title}`));
 * ```
 */
export function findDeclarations(filter?: RecordFilter): readonly Declaration[] {
  return shipped().find("declaration", filter) as readonly Declaration[];
}

/**
 * The initiatives matching `filter`, in chronological order (the order of `initiatives`).
 * Same filter as {@link findMeetings}; `status` is the initiative's `status`.
 *
 * @throws {TypeError} for an unknown key, a value of the wrong type or an unknown term.
 * @throws {RangeError} for a malformed date, an unknown country code or id.
 * @example
 * ```ts
 * import { findInitiatives } from "central-asia-security";
 * const kazakh = findInitiatives({ actor: "kazakhstan" });
 * console.log(kazakh.map((i) => `${i.title} (${i.status})`));
 * // Also what Kazakhstan's officials proposed on its behalf ("President of Kazakhstan"):
 * const proposed = findInitiatives({ actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true } });
 * console.log(proposed.map((i) => i.id));
 * ```
 */
export function findInitiatives(filter?: RecordFilter): readonly Initiative[] {
  return shipped().find("initiative", filter) as readonly Initiative[];
}
