/**
 * Following retired ids to what replaced them.
 * @module
 */
import { deepFreeze } from "../freeze.js";
import { ACTORS, DECLARATIONS, INITIATIVES, MEETINGS, PLACES, PROCESSES, SOURCES, TOMBSTONES, TOPICS } from "../generated/dataset.js";
import type { AnyRecord, Tombstone } from "../model/records.js";

/** What an id names now: a live record, or a tombstone with the records that replaced it. */
export type ResolvedId =
  | { readonly status: "live"; readonly id: string; readonly records: readonly [AnyRecord] }
  | { readonly status: "moved" | "split"; readonly id: string; readonly tombstone: Tombstone; readonly records: readonly AnyRecord[] }
  | { readonly status: "withdrawn"; readonly id: string; readonly tombstone: Tombstone; readonly records: readonly [] };

let index: { live: Map<string, AnyRecord>; retired: Map<string, Tombstone> } | undefined;

// Built on first use, so importing the package stays cheap.
function lookup() {
  index ??= {
    live: new Map([MEETINGS, DECLARATIONS, INITIATIVES, ACTORS, PLACES, SOURCES, PROCESSES, TOPICS].flat().map((r: AnyRecord) => [r.id, r])),
    retired: new Map(TOMBSTONES.map((t) => [t.id, t])),
  };
  return index;
}

/**
 * Resolves an id, following tombstones: a live id gives its record; a retired id gives its
 * tombstone and the records that replaced it (one when `moved`, several when `split`, none when
 * `withdrawn`). Returns `undefined` for an id the dataset never had. Use it on ids you stored
 * from an earlier version of the dataset.
 *
 * @example
 * ```ts
 * import { meetings, resolveId } from "central-asia-security";
 * const id = meetings[0]!.id;
 * const resolved = resolveId(id);
 * console.log(resolved?.status, resolved?.records[0]?.id === id); // "live" true
 * console.log(resolveId("no-such-record")); // undefined
 * ```
 */
export function resolveId(id: string): ResolvedId | undefined {
  if (typeof id !== "string") throw new TypeError(`resolveId expects an id string, got ${typeof id}`);
  const { live, retired } = lookup();
  const record = live.get(id);
  if (record) return deepFreeze({ status: "live", id, records: [record] as [AnyRecord] });
  const tombstone = retired.get(id);
  if (!tombstone) return undefined;
  if (tombstone.status === "withdrawn") return deepFreeze({ status: "withdrawn", id, tombstone, records: [] as [] });
  const targets = tombstone.status === "moved" ? [tombstone.target] : tombstone.targets;
  // Validation guarantees every target is a live record: tombstones never chain.
  return deepFreeze({ status: tombstone.status, id, tombstone, records: targets.map((t) => live.get(t)!) });
}
