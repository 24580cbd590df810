/**
 * Writes CITATION.cff for the release in package.json (its hash from releases/<version>.json,
 * its day from releases/snapshots/<version>.json). Run by `npm run release:version`, so the
 * citation never lags the version.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../lib/files.js";
import { readManifests } from "../lib/manifests.js";
import { paths } from "./candidate.js";
import { citationCff, DATA_LICENSE } from "./citation-cff.js";
import { readSnapshot } from "./snapshot.js";

const root = resolve(import.meta.dirname, "../..");
const where = paths(root);
const pkg = JSON.parse(readFileSync(where.packageJson, "utf8")) as { version: string; description: string; keywords: string[] };
const manifest = readManifests(where.releases).find((m) => m.version === pkg.version);
const snapshot = readSnapshot(where.releases, pkg.version);
if (!manifest || !snapshot)
  throw new Error(`releases/${pkg.version}.json and releases/snapshots/${pkg.version}.json must exist: CITATION.cff cites a release (run scripts/release/write-manifest.ts first)`);
writeFileAtomic(
  join(root, "CITATION.cff"),
  citationCff({ version: pkg.version, released: snapshot.released, hash: manifest.hash, license: DATA_LICENSE, abstract: pkg.description, keywords: pkg.keywords }),
);
console.log(`Wrote CITATION.cff for ${pkg.version} (released ${snapshot.released})`);
