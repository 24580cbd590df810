/** The current data in release-manifest form: what `npm run version` would record. */
import { join } from "node:path";
import { deriveDataset } from "../derive.js";
import { jsonSchemas } from "../lib/json-schemas.js";
import { readManifests, type Manifest } from "../lib/manifests.js";
import { formatProblem, validateData } from "../validate/index.js";
import { makeSnapshot, type Snapshot } from "./snapshot.js";

/** Validates `dataDir` and returns the manifest the current data would be released as. Throws listing every problem when the data is invalid. */
export function currentManifest(dataDir: string, releasesDir: string, version: string): Manifest {
  return currentRelease(dataDir, releasesDir, version).manifest;
}

/** The manifest and the snapshot (releases/snapshots/, the released data itself) the current data would be released as. Throws as {@link currentManifest}. */
export function currentRelease(dataDir: string, releasesDir: string, version: string): { manifest: Manifest; snapshot: Snapshot } {
  const manifests = readManifests(releasesDir);
  const { problems, records, tombstones } = validateData(dataDir, process.cwd(), manifests.at(-1));
  if (problems.length) throw new Error(`the data has ${problems.length} problem(s); run npm run build for details:\n${problems.map(formatProblem).join("\n")}`);
  const dataset = deriveDataset(records, tombstones, manifests, version);
  const snapshot = makeSnapshot(
    version,
    releaseDate(),
    records.map(({ kind, record }) => ({ kind, record: record as { id: string } })),
    tombstones.map(({ record }) => record as { id: string }),
  );
  if (snapshot.hash !== dataset.hash) throw new Error(`the snapshot of ${version} hashes to ${snapshot.hash}, the dataset to ${dataset.hash}: the two must read the same data`);
  return {
    snapshot,
    manifest: {
      version,
      hash: dataset.hash,
      records: dataset.manifestRecords,
      tombstones: Object.fromEntries(dataset.tombstones.map((t) => [t.id, { kind: t.kind, status: t.status }])),
      schemas: jsonSchemas(),
    },
  };
}

/** The day a release is cut: `CAS_RELEASE_DATE` (YYYY-MM-DD) when set, else today in UTC. */
export function releaseDate(): string {
  const date = process.env.CAS_RELEASE_DATE ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`CAS_RELEASE_DATE must be a date YYYY-MM-DD, got "${date}"`);
  return date;
}

/** Default locations, relative to the repository root. */
export const paths = (root: string) => ({
  data: process.env.CAS_DATA_DIR ?? join(root, "data"),
  releases: process.env.CAS_RELEASES_DIR ?? join(root, "releases"),
  changesets: process.env.CAS_CHANGESET_DIR ?? join(root, ".changeset"),
  packageJson: join(root, "package.json"),
});
