/**
 * Writes `releases/<version>.json` for the version in package.json, from the current data.
 * Run by `npm run release:version` right after `changeset version` bumps the version.
 * A released manifest is never rewritten with different content.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { canonicalJson } from "../lib/canonical.js";
import { writeFileAtomic } from "../lib/files.js";
import { currentManifest, paths } from "./candidate.js";

const root = resolve(import.meta.dirname, "../..");
const where = paths(root);
const { version } = JSON.parse(readFileSync(where.packageJson, "utf8")) as { version: string };
const target = join(where.releases, `${version}.json`);

const manifest = currentManifest(where.data, where.releases, version);
if (existsSync(target)) {
  const existing = JSON.parse(readFileSync(target, "utf8")) as unknown;
  if (canonicalJson(existing) === canonicalJson(manifest)) {
    console.log(`releases/${version}.json is already up to date.`);
  } else {
    console.error(`releases/${version}.json exists with different data: a released version is never rewritten.\nAdd a changeset (npm run changeset) and run npm run release:version to release the change as a new version.`);
    process.exitCode = 1;
  }
} else {
  writeFileAtomic(target, `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`Wrote releases/${version}.json (${Object.keys(manifest.records).length} records, ${Object.keys(manifest.tombstones).length} tombstones).`);
}
