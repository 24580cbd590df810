/**
 * Writes `releases/<version>.json` (the manifest) and `releases/snapshots/<version>.json` (the
 * released data, for value-by-value notes) for the version in package.json, from the current
 * data, and sets package-lock.json's own version to it. Run by `npm run release:version` right
 * after `changeset version` bumps the version. A released file is never rewritten with
 * different content.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { canonicalJson } from "../lib/canonical.js";
import { writeFileAtomic } from "../lib/files.js";
import { currentRelease, paths } from "./candidate.js";
import { snapshotFile } from "./snapshot.js";

const root = resolve(import.meta.dirname, "../..");
const where = paths(root);
const { version } = JSON.parse(readFileSync(where.packageJson, "utf8")) as { version: string };
const { manifest, snapshot } = currentRelease(where.data, where.releases, version);

/** Writes `content` to `file` unless it exists; true when written or equal, false (after saying why) when it differs. */
function writeOnce(file: string, content: unknown): boolean {
  const name = relative(dirname(where.releases), file);
  if (existsSync(file)) {
    if (canonicalJson(JSON.parse(readFileSync(file, "utf8"))) === canonicalJson(content)) {
      console.log(`${name} is already up to date.`);
      return true;
    }
    console.error(
      `${name} exists with different data: a released version is never rewritten.\nAdd a changeset (npm run changeset) and run npm run release:version to release the change as a new version.`,
    );
    return false;
  }
  writeFileAtomic(file, `${JSON.stringify(content, null, 1)}\n`);
  console.log(`Wrote ${name} (${Object.keys(manifest.records).length} records, ${Object.keys(manifest.tombstones).length} tombstones).`);
  return true;
}

const ok = writeOnce(join(where.releases, `${version}.json`), manifest) && writeOnce(snapshotFile(where.releases, version), snapshot);
if (!ok) process.exitCode = 1;

// package-lock.json names the package's own version twice; changeset version leaves it behind.
const lockFile = join(root, "package-lock.json");
if (ok && existsSync(lockFile)) {
  const lock = JSON.parse(readFileSync(lockFile, "utf8")) as { version?: string; packages?: Record<string, { version?: string }> };
  if (lock.version !== version || lock.packages?.[""]?.version !== version) {
    lock.version = version;
    if (lock.packages?.[""]) lock.packages[""].version = version;
    writeFileAtomic(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`package-lock.json: version ${version}`);
  }
}
