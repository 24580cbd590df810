/**
 * Following retired ids to what replaced them.
 * @module
 */
import { expectString } from "../argument-checks.js";
import { deepFreeze } from "../freeze.js";
import type { AnyRecord, Tombstone } from "../model/records.js";
import { shipped } from "../query/shipped.js";
import { tombstones } from "./changes.js";

/** What an id names now: a live record, or a tombstone with the records that replaced it. */
export type ResolvedId =
  | { readonly status: "live"; readonly id: string; readonly records: readonly [AnyRecord] }
  | { readonly status: "moved" | "split"; readonly id: string; readonly tombstone: Tombstone; readonly records: readonly AnyRecord[] }
  | { readonly status: "withdrawn"; readonly id: string; readonly tombstone: Tombstone; readonly records: readonly [] };

/** Live records and tombstones by id. */
export interface IdIndex {
  readonly live: { get(id: string): AnyRecord | undefined };
  readonly retired: ReadonlyMap<string, Tombstone>;
}

/** Indexes records and tombstones by id. */
export function indexIds(records: readonly AnyRecord[], retired: readonly Tombstone[]): IdIndex {
  return { live: new Map(records.map((r) => [r.id, r])), retired: new Map(retired.map((t) => [t.id, t])) };
}

/** Resolves `id` against `index`; see {@link resolveId}. */
export function resolveIn(index: IdIndex, id: string): ResolvedId | undefined {
  expectString("resolveId: id", id, "an id (a string)");
  const record = index.live.get(id);
  if (record) return deepFreeze({ status: "live", id, records: [record] as [AnyRecord] });
  const tombstone = index.retired.get(id);
  if (!tombstone) return undefined;
  if (tombstone.status === "withdrawn") return deepFreeze({ status: "withdrawn", id, tombstone, records: [] as [] });
  const targets = tombstone.status === "moved" ? [tombstone.target] : tombstone.targets;
  // Validation guarantees every target is a live record: tombstones never chain.
  return deepFreeze({ status: tombstone.status, id, tombstone, records: targets.map((t) => index.live.get(t)!) });
}

let shippedIndex: IdIndex | undefined;

/**
 * Resolves an id, following tombstones: a live id gives its record; a retired id gives its
 * tombstone and the records that replaced it (one when `moved`, several when `split`, none when
 * `withdrawn`). Returns `undefined` for an id the dataset never had. Use it on ids you stored
 * from an earlier version of the dataset.
 *
 * @throws {TypeError} when `id` is not a string.
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
  // Indexed on first use, so importing the package stays cheap; live ids share the query engine's index.
  shippedIndex ??= { live: { get: (key) => shipped().getRecord(key) }, retired: new Map(tombstones.map((t) => [t.id, t])) };
  return resolveIn(shippedIndex, id);
}
