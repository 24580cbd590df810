/** The current data in release-manifest form: what `npm run version` would record. */
import { join } from "node:path";
import { deriveDataset } from "../derive.js";
import { jsonSchemas } from "../lib/json-schemas.js";
import { readManifests, type Manifest } from "../lib/manifests.js";
import { formatProblem, validateData } from "../validate/index.js";

/** Validates `dataDir` and returns the manifest the current data would be released as. Throws listing every problem when the data is invalid. */
export function currentManifest(dataDir: string, releasesDir: string, version: string): Manifest {
  const manifests = readManifests(releasesDir);
  const { problems, records, tombstones } = validateData(dataDir, process.cwd(), manifests.at(-1));
  if (problems.length) throw new Error(`the data has ${problems.length} problem(s); run npm run build for details:\n${problems.map(formatProblem).join("\n")}`);
  const dataset = deriveDataset(records, tombstones, manifests, version);
  return {
    version,
    hash: dataset.hash,
    records: dataset.manifestRecords,
    tombstones: Object.fromEntries(dataset.tombstones.map((t) => [t.id, { kind: t.kind, status: t.status }])),
    schemas: jsonSchemas(),
  };
}

/** Default locations, relative to the repository root. */
export const paths = (root: string) => ({
  data: process.env.CAS_DATA_DIR ?? join(root, "data"),
  releases: process.env.CAS_RELEASES_DIR ?? join(root, "releases"),
  changesets: process.env.CAS_CHANGESET_DIR ?? join(root, ".changeset"),
  packageJson: join(root, "package.json"),
});
