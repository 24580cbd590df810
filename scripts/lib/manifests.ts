/**
 * Release manifests: `releases/<version>.json`, one per released version. Each records, for
 * every record id, its kind, content hash and the hashes of its fields, plus the tombstones
 * and the JSON Schemas of that release. Version stamps and the change list derive from them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kind, TombstoneStatus } from "../../src/model/vocabulary.js";

/** What a release recorded about one record. */
export interface ManifestRecord {
  readonly kind: Kind;
  /** sha256 of the record's canonical JSON. */
  readonly hash: string;
  /** Short hash of each field path (see `fieldHashes`), to name what changed. */
  readonly fields: Readonly<Record<string, string>>;
}

/** What a release contained. */
export interface Manifest {
  readonly version: string;
  /** sha256 of the canonical dataset at that version. */
  readonly hash: string;
  readonly records: Readonly<Record<string, ManifestRecord>>;
  readonly tombstones: Readonly<Record<string, { readonly kind: Kind; readonly status: TombstoneStatus }>>;
  /** The JSON Schema of each kind at that version, to detect removed or narrowed fields. */
  readonly schemas: Readonly<Record<string, unknown>>;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** True for a plain `MAJOR.MINOR.PATCH` version. */
export function isVersion(value: unknown): value is string {
  return typeof value === "string" && VERSION.test(value);
}

/** Compares two `MAJOR.MINOR.PATCH` versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Every manifest in `dir`, oldest first; none when the folder does not exist. */
export function readManifests(dir: string): Manifest[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const manifest = JSON.parse(readFileSync(join(dir, name), "utf8")) as Manifest;
      if (`${manifest.version}.json` !== name) throw new Error(`releases/${name} holds version ${manifest.version}; the file name must be <version>.json`);
      return manifest;
    })
    .sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * `addedIn`: the first release that had the id. `modifiedIn`: the release in which its content
 * hash last changed. Content that no release has yet belongs to `current`, the version being built.
 */
export function versionStamps(id: string, contentHash: string, manifests: readonly Manifest[], current: string): { addedIn: string; modifiedIn: string } {
  let addedIn: string | undefined;
  let modifiedIn: string | undefined;
  let previous: string | undefined;
  for (const manifest of manifests) {
    const hash = manifest.records[id]?.hash;
    if (hash === undefined) {
      previous = undefined;
      continue;
    }
    addedIn ??= manifest.version;
    if (hash !== previous) modifiedIn = manifest.version;
    previous = hash;
  }
  if (previous !== contentHash) modifiedIn = current;
  return { addedIn: addedIn ?? current, modifiedIn: modifiedIn ?? current };
}

/**
 * Short hashes of a record's fields down to two levels (`title`, `date.edtf`, `participants[2]`),
 * so a change list can say which fields changed without storing the data itself.
 */
export function fieldHashes(record: Readonly<Record<string, unknown>>, hash: (value: unknown) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === "object")) {
      value.forEach((item, i) => (out[`${key}[${i}]`] = hash(item)));
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) out[`${key}.${sub}`] = hash(inner);
    } else {
      out[key] = hash(value);
    }
  }
  return out;
}

/** Field paths that differ between two field-hash maps (added, removed or changed), sorted. */
export function changedFields(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).sort();
}
