/** The change list of every release, computed from consecutive release manifests. */
import type { ReleaseChanges } from "../../src/model/records.js";
import { changedFields, type Manifest } from "./manifests.js";

/** What changed between `previous` (undefined for the first release) and `current`. */
export function diffManifests(previous: Manifest | undefined, current: Manifest): ReleaseChanges {
  const before = previous?.records ?? {};
  const added: string[] = [];
  const modified: { id: string; fields: string[] }[] = [];
  for (const [id, entry] of Object.entries(current.records)) {
    const old = before[id];
    if (!old) added.push(id);
    else if (old.hash !== entry.hash) modified.push({ id, fields: changedFields(old.fields, entry.fields) });
  }
  const tombstoned = Object.keys(current.tombstones).filter((id) => !previous?.tombstones[id]);
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    version: current.version,
    added: added.sort(byId),
    modified: modified.sort((a, b) => byId(a.id, b.id)),
    tombstoned: tombstoned.sort(byId),
  };
}

/** The change list of every release, oldest first. */
export function releaseChanges(manifests: readonly Manifest[]): ReleaseChanges[] {
  return manifests.map((manifest, i) => diffManifests(manifests[i - 1], manifest));
}
