/**
 * The state a query engine works from: the records of every kind, an id → record map, and a
 * cache of structures (indexes, link tables) that are built on first use, so creating an
 * engine, and importing the package, stays cheap.
 * @module
 */
import type { AnyRecord } from "../../model/records.js";
import { KINDS, type Kind } from "../../model/vocabulary.js";
import type { DatasetRecords } from "../types.js";
import { article, typeError, unknownIdError } from "./errors.js";

/** What every part of the engine reads. */
export interface QueryContext {
  readonly records: DatasetRecords;
  /** Every record by id. A Map, so odd keys such as `"__proto__"` are just missing keys. */
  readonly byId: ReadonlyMap<string, AnyRecord>;
  readonly cache: Map<string, unknown>;
  /** Structures made in advance (see `Prebuilt`). */
  readonly prebuilt: Prebuilt;
}

/** Structures made in advance by the build, used instead of building them on first use. */
export interface Prebuilt {
  /** The encoded search index (src/search/serialized.ts) of these records, and their dataset hash. */
  readonly searchIndex?: { readonly text: string; readonly hash: string };
}

/** Creates a context over `records`; nothing is built until a query needs it, the id map included. */
export function createContext(records: DatasetRecords, prebuilt: Prebuilt = {}): QueryContext {
  let byId: Map<string, AnyRecord> | undefined;
  return {
    records,
    // On first use: a first filter looks up only places and actors, never its own records by id.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (const kind of KINDS) for (const record of records[kind]) byId.set(record.id, record);
      }
      return byId;
    },
    cache: new Map(),
    prebuilt,
  };
}

/** The structure cached under `key`, built by `build` the first time it is asked for. */
export function lazy<T>(context: QueryContext, key: string, build: () => T): T {
  if (!context.cache.has(key)) context.cache.set(key, build());
  return context.cache.get(key) as T;
}

/** The ids of one kind, for suggestions in error messages. */
export function idsOf(context: QueryContext, kind: Kind): readonly string[] {
  return lazy(context, `ids:${kind}`, () => context.records[kind].map((r) => r.id));
}

/**
 * The record with id `value`, which must be of `kind`; otherwise a `TypeError` (not a string)
 * or a `RangeError` naming the value and suggesting ids (unknown id, or an id of another kind).
 */
export function requireId<K extends Kind>(context: QueryContext, where: string, value: unknown, kind: K): AnyRecord & { kind: K } {
  if (typeof value !== "string") throw typeError(where, value, `${article(kind)} id (a string)`);
  // The kind's own map: checking a filter's topic never waits for the id map of every record.
  const byKind = lazy(context, `by-id:${kind}`, () => new Map<string, AnyRecord>(context.records[kind].map((r) => [r.id, r])));
  const record = byKind.get(value);
  if (record) return record as AnyRecord & { kind: K };
  throw unknownIdError(where, value, kind, idsOf(context, kind), context.byId.get(value)?.kind);
}
