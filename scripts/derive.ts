/**
 * Turns validated authored records into the published dataset: adds kind, date bounds,
 * inverse relations, version stamps and the selectors of every evidence item; orders records;
 * hashes the canonical data.
 */
import { compareBounds, parseEdtf } from "../src/dates/edtf.js";
import type { AnyRecord, DateBounds, IncomingRelation, ReleaseChanges, Tombstone } from "../src/model/records.js";
import { KINDS, PRIMARY_KINDS, RELATIONS, type Kind, type RelationType } from "../src/model/vocabulary.js";
import { canonicalJson, sha256 } from "./lib/canonical.js";
import { releaseChanges } from "./lib/changes.js";
import { fieldHashes, versionStamps, type Manifest, type ManifestRecord } from "./lib/manifests.js";
import type { PreparedText } from "../src/text/quotes.js";
import { textLocator, withSelectors, type EvidenceLocator } from "./lib/locate-evidence.js";
import type { CheckedRecord } from "./validate/types.js";

/** The published dataset, ready to be written as a module and as files. */
export interface DerivedDataset {
  readonly version: string;
  /** sha256 of the canonical authored data: changes when, and only when, the data changes. */
  readonly hash: string;
  readonly records: { readonly [K in Kind]: readonly AnyRecord[] };
  readonly counts: { readonly [K in Kind]: number };
  /** Retired ids, by id. */
  readonly tombstones: readonly Tombstone[];
  /** What each release changed, oldest first. */
  readonly changes: readonly ReleaseChanges[];
  /** The release date of `version` (YYYY-MM-DD) when it is a release; the build sets it from the release snapshot. */
  readonly released?: string;
  /** What a release manifest of this data records about each record. */
  readonly manifestRecords: Readonly<Record<string, ManifestRecord>>;
}

const shortHash = (value: unknown): string => sha256(canonicalJson(value)).slice(0, 16);

/** The first release that lists `id` as a tombstone, else the version being built. */
function tombstonedIn(id: string, manifests: readonly Manifest[], current: string): string {
  return manifests.find((m) => m.tombstones[id])?.version ?? current;
}

const isPrimary = (kind: Kind): boolean => (PRIMARY_KINDS as readonly Kind[]).includes(kind);
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The change-list entry of data no release holds yet: a manifest of the version being built,
 * when that version was never released and the data differs from the last release.
 */
function pendingRelease(manifests: readonly Manifest[], version: string, hash: string, records: Record<string, ManifestRecord>, tombstones: readonly Tombstone[]): Manifest[] {
  if (manifests.some((m) => m.version === version) || manifests.at(-1)?.hash === hash) return [];
  return [{ version, hash, records, tombstones: Object.fromEntries(tombstones.map((t) => [t.id, { kind: t.kind, status: t.status }])), schemas: {} }];
}

/** Inverse relations, keyed by target id, sorted by type then source id. */
function invertRelations(records: readonly CheckedRecord[]): Map<string, IncomingRelation[]> {
  const incoming = new Map<string, IncomingRelation[]>();
  for (const { record } of records) {
    for (const relation of record.relations ?? []) {
      const list = incoming.get(relation.target) ?? [];
      list.push({ type: RELATIONS[relation.type as RelationType].inverse, source: record.id, evidence: relation.evidence });
      incoming.set(relation.target, list);
    }
  }
  for (const list of incoming.values()) {
    list.sort((a, b) => (a.type !== b.type ? (a.type < b.type ? -1 : 1) : byId({ id: a.source }, { id: b.source })));
  }
  return incoming;
}

/** Primary records in time order (undated last), then by id; others by id. */
function compareRecords(a: AnyRecord, b: AnyRecord): number {
  const ba = (a as { bounds?: DateBounds }).bounds;
  const bb = (b as { bounds?: DateBounds }).bounds;
  if (ba && bb) return compareBounds(ba, bb) || byId(a, b);
  if (ba || bb) return ba ? -1 : 1;
  return byId(a, b);
}

/**
 * Derives the published dataset from validated records and tombstones (which must have passed
 * every rule). `texts` are the source texts by source id, or a locator (the evidence lock's, for a
 * build without the texts); evidence gets its selectors only when they are found. Hashes and
 * manifests cover the authored data only.
 */
export function deriveDataset(
  checked: readonly CheckedRecord[],
  retired: readonly CheckedRecord[],
  manifests: readonly Manifest[],
  version: string,
  texts: ReadonlyMap<string, PreparedText> | EvidenceLocator = new Map(),
): DerivedDataset {
  const locate = typeof texts === "function" ? texts : textLocator(texts);
  const incoming = invertRelations(checked.map((c) => ({ ...c, record: withSelectors(c.record, locate) })));
  const manifestRecords: Record<string, ManifestRecord> = {};
  const records = Object.fromEntries(KINDS.map((kind) => [kind, [] as AnyRecord[]])) as Record<Kind, AnyRecord[]>;
  const authored = [...checked].sort((a, b) => (a.kind !== b.kind ? KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) : byId(a.record as { id: string }, b.record as { id: string })));
  for (const { kind, record } of authored) {
    const contentHash = sha256(canonicalJson({ kind, ...record }));
    manifestRecords[record.id] = { kind, hash: contentHash, fields: fieldHashes(record, shortHash) };
    const derived: Record<string, unknown> = { id: record.id, kind, ...withSelectors(record, locate) };
    if (isPrimary(kind)) {
      if (record.date) derived.bounds = parseEdtf(record.date.edtf);
      derived.incoming = incoming.get(record.id) ?? [];
    }
    Object.assign(derived, versionStamps(record.id, contentHash, manifests, version));
    records[kind].push(derived as unknown as AnyRecord);
  }
  for (const kind of KINDS) records[kind].sort(compareRecords);
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, records[kind].length])) as Record<Kind, number>;
  const tombstones = retired.map(({ record }) => ({ ...record, tombstonedIn: tombstonedIn(record.id, manifests, version) }) as Tombstone).sort(byId);
  const hash = sha256(canonicalJson({ records: authored.map(({ kind, record }) => ({ kind, ...record })), tombstones: retired.map((t) => t.record as { id: string }).sort(byId) }));
  return { version, hash, records, counts, tombstones, changes: releaseChanges([...manifests, ...pendingRelease(manifests, version, hash, manifestRecords, tombstones)]), manifestRecords };
}
