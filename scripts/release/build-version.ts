/**
 * What the build needs from the release flow: the version to stamp (scripts/release/stamp.ts)
 * and the line saying how far the data is from the last release.
 */
import { join, resolve } from "node:path";
import type { DerivedDataset } from "../derive.js";
import { jsonSchemas } from "../lib/json-schemas.js";
import type { Manifest } from "../lib/manifests.js";
import { requiredBump } from "./bump.js";
import { declaredBump, pendingChangesets } from "./changesets.js";
import { stampedVersion } from "./stamp.js";

/** The manifest form of a derived dataset, under `version`. */
export function manifestOf(dataset: DerivedDataset, version: string): Manifest {
  return {
    version,
    hash: dataset.hash,
    records: dataset.manifestRecords,
    tombstones: Object.fromEntries(dataset.tombstones.map((t) => [t.id, { kind: t.kind, status: t.status }])),
    schemas: jsonSchemas(),
  };
}

/**
 * The version a build of `dataset` (derived under package.json's `packageVersion`) is stamped
 * with. While package.json holds a version no manifest has yet (between `changeset version`
 * and the manifest being written), that version is the release being cut and is kept.
 * Pending changesets are read from `CAS_CHANGESET_DIR` or `<root>/.changeset`.
 */
export function buildVersion(root: string, env: NodeJS.ProcessEnv, manifests: readonly Manifest[], dataset: DerivedDataset, packageName: string, packageVersion: string): string {
  const last = manifests.at(-1);
  const changesets = pendingChangesets(env.CAS_CHANGESET_DIR ? resolve(env.CAS_CHANGESET_DIR) : join(root, ".changeset"), packageName).filter((c) => c.bump !== "none");
  const cutting = last !== undefined && last.version !== packageVersion;
  const required = last && !cutting ? requiredBump(last, manifestOf(dataset, packageVersion)).bump : "none";
  return stampedVersion({ packageVersion, declared: declaredBump(changesets), required, pending: changesets.length });
}

/** `unreleased changes since 1.0.0: 2 added, 88 modified`, or undefined when the data is the last release's. */
export function unreleasedLine(dataset: DerivedDataset): string | undefined {
  const pending = dataset.changes.at(-1);
  if (!pending || pending.version !== dataset.version || !pending.version.includes("-")) return undefined;
  const since = dataset.changes.at(-2)?.version ?? "the first release";
  const tombstoned = pending.tombstoned.length ? `, ${pending.tombstoned.length} tombstoned` : "";
  return `unreleased changes since ${since}: ${pending.added.length} added, ${pending.modified.length} modified${tombstoned}`;
}
