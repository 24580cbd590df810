/**
 * The machine-readable change list of every release.
 * @module
 */
import { expectString } from "../argument-checks.js";
import { CHANGES, TOMBSTONES } from "../generated/dataset.js";
import type { ReleaseChanges, Tombstone } from "../model/records.js";
import { quote } from "../text/clip.js";

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

function versionKey(version: string): [number, number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new RangeError(`Invalid version ${quote(version)}: expected MAJOR.MINOR.PATCH, e.g. "1.0.0"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function isAfter(a: string, b: string): boolean {
  const [x, y] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

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
 * The array is frozen, like every other result.
 *
 * @throws {TypeError} when `version` is not a string.
 * @throws {RangeError} when `version` is not `MAJOR.MINOR.PATCH`.
 * @example
 * ```ts
 * import { changesSince } from "central-asia-security";
 * for (const release of changesSince("0.0.0")) {
 *   console.log(release.version, release.modified.map((m) => `${m.id}: ${m.fields.join(", ")}`));
 * }
 * ```
 */
export function changesSince(version: string): readonly ReleaseChanges[] {
  expectString("changesSince: version", version, 'a version string such as "1.0.0"');
  versionKey(version);
  return Object.freeze(changes.filter((release) => isAfter(release.version, version)));
}
