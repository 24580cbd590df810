/**
 * Release manifests: `releases/<version>.json`, one per released version, recording the
 * content hash of every record id. Version stamps (`addedIn`, `modifiedIn`) derive from them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What a release contained. */
export interface Manifest {
  readonly version: string;
  /** sha256 of the canonical dataset at that version. */
  readonly hash: string;
  /** Content hash of each record, by id. */
  readonly records: Readonly<Record<string, string>>;
}

/** Compares two `MAJOR.MINOR.PATCH` versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Every manifest in `dir`, oldest first; none when the folder does not exist. */
export function readManifests(dir: string): Manifest[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Manifest)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * `addedIn`: the first release that had the id. `modifiedIn`: the release in which its content
 * hash last changed. Content that no release has yet belongs to `current`, the version being built.
 */
export function versionStamps(
  id: string,
  contentHash: string,
  manifests: readonly Manifest[],
  current: string,
): { addedIn: string; modifiedIn: string } {
  let addedIn: string | undefined;
  let modifiedIn: string | undefined;
  let previous: string | undefined;
  for (const manifest of manifests) {
    const hash = manifest.records[id];
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
