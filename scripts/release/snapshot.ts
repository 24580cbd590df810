/**
 * Release snapshots: `releases/snapshots/<version>.json`, the authored records and tombstones of
 * a release exactly as it hashed them. The release notes (notes.ts) compare two snapshots value
 * by value; the manifests alone hold only hashes. Like a manifest, a snapshot is never rewritten.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KINDS, type Kind } from "../../src/model/vocabulary.js";
import { canonicalJson, sha256 } from "../lib/canonical.js";
import type { Manifest } from "../lib/manifests.js";

/** One authored record as released: its kind and its fields, as in data/. */
export type SnapshotRecord = { readonly kind: Kind; readonly id: string } & Readonly<Record<string, unknown>>;

/** The released data of one version. */
export interface Snapshot {
  readonly version: string;
  /** The day the release was cut (YYYY-MM-DD, UTC); not part of the hash. */
  readonly released: string;
  /** The dataset hash of the release: sha256 of the canonical `{ records, tombstones }`. */
  readonly hash: string;
  /** Records by kind (in KINDS order), then id. */
  readonly records: readonly SnapshotRecord[];
  /** Tombstone files, by id. */
  readonly tombstones: readonly ({ readonly id: string } & Readonly<Record<string, unknown>>)[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The snapshot of authored records and tombstones, in the order the dataset hash reads them. */
export function makeSnapshot(version: string, released: string, records: readonly { kind: Kind; record: { id: string } }[], tombstones: readonly { id: string }[]): Snapshot {
  const ordered = [...records].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || byId(a.record, b.record)).map(({ kind, record }) => ({ kind, ...record }) as SnapshotRecord);
  const retired = [...tombstones].sort(byId);
  return { version, released, hash: sha256(canonicalJson({ records: ordered, tombstones: retired })), records: ordered, tombstones: retired };
}

/**
 * What in `snapshot` disagrees with the release's `manifest`: the dataset hash, and each
 * record's content hash (sha256 of its canonical `{ kind, ...fields }`). Empty when they agree.
 */
export function snapshotMismatches(snapshot: Snapshot, manifest: Manifest): string[] {
  const problems: string[] = [];
  if (snapshot.hash !== manifest.hash) problems.push(`dataset hash ${snapshot.hash} is not the manifest's ${manifest.hash}`);
  const ids = new Set(snapshot.records.map((r) => r.id));
  for (const record of snapshot.records) {
    const expected = manifest.records[record.id]?.hash;
    const actual = sha256(canonicalJson(record));
    if (expected !== actual) problems.push(`${record.id}: content hash ${actual.slice(0, 12)}… is not the manifest's ${expected?.slice(0, 12) ?? "(absent)"}`);
  }
  for (const id of Object.keys(manifest.records)) if (!ids.has(id)) problems.push(`${id}: in the manifest, not in the snapshot`);
  return problems;
}

/** The file of `version`'s snapshot. */
export const snapshotFile = (releasesDir: string, version: string): string => join(releasesDir, "snapshots", `${version}.json`);

/** The snapshot of `version`, or undefined when none was kept. */
export function readSnapshot(releasesDir: string, version: string): Snapshot | undefined {
  const file = snapshotFile(releasesDir, version);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Snapshot) : undefined;
}
