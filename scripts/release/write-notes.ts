/**
 * Writes the value-by-value notes of the version in package.json (notes.ts): the docs-site page
 * `docs/releases/<version>.md`, and the "Record by record" part of its CHANGELOG.md section.
 * Run by `npm run release:version` after the manifest and snapshot are written. Deterministic:
 * running it again changes nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../lib/files.js";
import { readManifests } from "../lib/manifests.js";
import { paths } from "./candidate.js";
import { changelogSection, releaseNotes, releasePage, withChangelogNotes } from "./notes.js";
import { readSnapshot } from "./snapshot.js";

const root = resolve(import.meta.dirname, "../..");
const where = paths(root);
const version = process.argv[2] ?? (JSON.parse(readFileSync(where.packageJson, "utf8")) as { version: string }).version;
const manifests = readManifests(where.releases);
const at = manifests.findIndex((m) => m.version === version);
const current = readSnapshot(where.releases, version);
if (at < 0 || !current) throw new Error(`releases/${version}.json or releases/snapshots/${version}.json is missing: run scripts/release/write-manifest.ts first`);
const previousVersion = manifests[at - 1]?.version;
const previous = previousVersion === undefined ? undefined : readSnapshot(where.releases, previousVersion);
if (previousVersion !== undefined && !previous) throw new Error(`releases/snapshots/${previousVersion}.json is missing: the notes compare the released data of ${previousVersion} and ${version}`);

const notes = releaseNotes(previous, current);
const changelogFile = join(root, "CHANGELOG.md");
const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : undefined;
writeFileAtomic(join(root, "docs/releases", `${version}.md`), releasePage(notes, current.hash, changelog && changelogSection(changelog, version)));
if (changelog !== undefined) writeFileAtomic(changelogFile, withChangelogNotes(changelog, notes));
console.log(`Release notes of ${version}: docs/releases/${version}.md and CHANGELOG.md (${notes.added.length} added, ${notes.modified.length} modified, ${notes.tombstoned.length} retired)`);
