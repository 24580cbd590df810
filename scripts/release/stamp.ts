/**
 * The version a build stamps on the dataset (docs/versioning.md, "Unreleased builds").
 *
 * A build whose data is the last release's, with no pending changeset, is that release: it gets
 * package.json's version. Otherwise it is a prerelease of the next version:
 * `<next>-next.<pending changesets>`, where `<next>` is package.json's version bumped by the
 * larger of the bump the pending changesets declare and the bump the data change requires
 * (scripts/release/bump.ts). `2.0.0-next.15` reads "on the way to 2.0.0, 15 changesets pending".
 */
import { BUMPS, maxBump, type Bump } from "./bump.js";

/** The parts of the decision. */
export interface StampInput {
  /** `version` of package.json: the last release, or the release being cut. */
  readonly packageVersion: string;
  /** The largest bump the pending changesets declare. */
  readonly declared: Bump;
  /** The bump the data changes since the last release require ("none" when the data is the release's). */
  readonly required: Bump;
  /** How many pending changesets name this package. */
  readonly pending: number;
}

/**
 * `version` bumped by `bump` (`"1.2.3"`, `"minor"` → `"1.3.0"`).
 * @throws RangeError when `version` is not `MAJOR.MINOR.PATCH`.
 */
export function bumpVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new RangeError(`cannot bump version "${version}": package.json must hold a MAJOR.MINOR.PATCH release version`);
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

/** The version to stamp: package.json's when nothing is pending, else `<next>-next.<pending>`. */
export function stampedVersion({ packageVersion, declared, required, pending }: StampInput): string {
  const bump = maxBump(declared, required);
  if (BUMPS.indexOf(bump) === 0) return packageVersion;
  return `${bumpVersion(packageVersion, bump)}-next.${pending}`;
}
