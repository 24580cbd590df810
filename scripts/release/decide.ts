/** The release check's decision: does the pending changeset bump cover what changed since the last release? */
import { compareVersions, type Manifest } from "../lib/manifests.js";
import { BUMPS, requiredBump, type Bump } from "./bump.js";
import type { PendingChangeset } from "./changesets.js";

/** Everything the release check looks at. */
export interface ReleaseCheckInput {
  /** The newest release manifest, if any release was made. */
  readonly last: Manifest | undefined;
  /** The current data in manifest form. */
  readonly candidate: Manifest;
  readonly packageVersion: string;
  readonly changesets: readonly PendingChangeset[];
}

/** The verdict, with lines to print. */
export interface ReleaseCheckResult {
  readonly ok: boolean;
  readonly required: Bump;
  readonly declared: Bump;
  readonly lines: readonly string[];
}

const rank = (bump: Bump): number => BUMPS.indexOf(bump);

/** Decides whether the data may be released with the pending changesets. */
export function checkRelease({ last, candidate, packageVersion, changesets }: ReleaseCheckInput): ReleaseCheckResult {
  const declared = changesets.reduce<Bump>((b, c) => (rank(c.bump) > rank(b) ? c.bump : b), "none");
  const listed = changesets.map((c) => `  ${c.file}: ${c.bump}`);
  if (!last) {
    const ok = declared === "major" || compareVersions(packageVersion, "1.0.0") >= 0;
    return {
      ok,
      required: "major",
      declared,
      lines: ok
        ? ["No release manifest yet: this will be the first release."]
        : ["No release manifest yet: the first release of the dataset is 1.0.0.", "Add a major changeset (npm run changeset, choose major), then run npm run release:version."],
    };
  }
  if (packageVersion !== last.version) {
    return {
      ok: false,
      required: "none",
      declared,
      lines: [
        `package.json is at ${packageVersion} but the newest manifest is releases/${last.version}.json.`,
        `Run npm run release:version, which bumps the version with changesets and writes releases/<version>.json.`,
      ],
    };
  }
  const { bump: required, reasons } = requiredBump(last, candidate);
  if (required === "none") {
    return { ok: true, required, declared, lines: [`The data matches release ${last.version}: no data changes to release.`] };
  }
  const explain = reasons.filter((r) => rank(r.bump) > rank(declared)).map((r) => `  ${r.bump}: ${r.message}`);
  if (declared === "none") {
    return {
      ok: false,
      required,
      declared,
      lines: [
        `The data changed since ${last.version} and needs a ${required} release, but there is no pending changeset:`,
        ...explain,
        `Run npm run changeset, choose ${required}, and describe the change for the dataset's users.`,
      ],
    };
  }
  if (rank(declared) < rank(required)) {
    return {
      ok: false,
      required,
      declared,
      lines: [
        `The pending changesets declare a ${declared} release, but the changes since ${last.version} require ${required}:`,
        ...explain,
        "Pending changesets:",
        ...listed,
        `Change the bump to ${required} (or undo the breaking change, e.g. add a tombstone for a removed id).`,
      ],
    };
  }
  return { ok: true, required, declared, lines: [`The changes since ${last.version} need a ${required} release; the pending changesets declare ${declared}.`, ...listed] };
}
