/**
 * The machine-readable change list of every release.
 * @module
 */
import { expectString } from "../argument-checks.js";
import { CHANGES, TOMBSTONES } from "../generated/dataset.js";
import type { ReleaseChanges, Tombstone } from "../model/records.js";
import { quote } from "../text/clip.js";

/** Before the first release: `changesSince("0.0.0")` lists every release. */
const BEFORE_FIRST = "0.0.0";

/**
 * What each release added, modified (with the changed field paths) and tombstoned, oldest first.
 * @example
 * ```ts
 * import { changes } from "central-asia-security";
 * for (const release of changes) console.log(release.version, release.added.length, release.modified.length);
 * ```
 */
export const changes: readonly ReleaseChanges[] = CHANGES;

/**
 * Every retired id, with what replaced it. `resolveId` follows them for you.
 * @example
 * ```ts
 * import { tombstones } from "central-asia-security";
 * const withdrawn = tombstones.filter((t) => t.status === "withdrawn").map((t) => t.id);
 * ```
 */
export const tombstones: readonly Tombstone[] = TOMBSTONES;

/**
 * The releases after `version`, oldest first, each with the ids it added, modified (naming the
 * fields that changed) and tombstoned. Pass the version you pinned to see what an upgrade brings.
 * `version` is a release of the change list (`changes`), including an unreleased build's
 * prerelease (e.g. `"2.0.0-next.15"`, always last), or `"0.0.0"` for every release. The values
 * themselves (old → new) are in the release notes (CHANGELOG.md, docs/releases/).
 * The array is frozen, like every other result.
 *
 * @throws {TypeError} when `version` is not a string.
 * @throws {RangeError} when `version` is not in the change list (never released, or not a version), naming it and the releases there are.
 * @example
 * ```ts
 * import { changesSince } from "central-asia-security";
 * for (const release of changesSince("1.0.0")) {
 *   console.log(release.version, release.modified.map((m) => `${m.id}: ${m.fields.join(", ")}`));
 * }
 * ```
 */
export function changesSince(version: string): readonly ReleaseChanges[] {
  expectString("changesSince: version", version, 'a version string such as "1.0.0"');
  if (version === BEFORE_FIRST) return Object.freeze([...changes]);
  const at = changes.findIndex((release) => release.version === version);
  if (at < 0) {
    const known = [BEFORE_FIRST, ...changes.map((release) => release.version)].map((v) => quote(v)).join(", ");
    throw new RangeError(`changesSince: ${quote(version)} is not a version of this dataset (never released, or not a version); pass one of ${known}`);
  }
  return Object.freeze(changes.slice(at + 1));
}
