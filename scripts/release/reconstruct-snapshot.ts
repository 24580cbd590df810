/**
 * One-off: rebuilds `releases/snapshots/<version>.json` of a release made before snapshots were
 * kept, from the data/ folder of the commit that cut it, and writes it only when every record
 * hash and the dataset hash agree with `releases/<version>.json`. 1.0.0 was cut by commit
 * 3a4cdb9 ("Release 1.0.0"):
 *
 *     npx tsx scripts/release/reconstruct-snapshot.ts 1.0.0 3a4cdb9
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { COLLECTIONS, type Kind } from "../../src/model/vocabulary.js";
import { writeFileAtomic } from "../lib/files.js";
import { readManifests } from "../lib/manifests.js";
import { makeSnapshot, snapshotFile, snapshotMismatches } from "./snapshot.js";

const root = resolve(import.meta.dirname, "../..");
const [version, commit] = process.argv.slice(2);
if (!version || !commit) throw new Error("usage: tsx scripts/release/reconstruct-snapshot.ts <version> <commit>");
const git = (...args: string[]): string => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });

const kindOf = new Map(Object.entries(COLLECTIONS).map(([kind, dir]) => [dir as string, kind as Kind]));
const records: { kind: Kind; record: { id: string } }[] = [];
const tombstones: { id: string }[] = [];
for (const path of git("ls-tree", "-r", "--name-only", commit, "data")
  .split("\n")
  .filter((p) => p.endsWith(".json"))) {
  const collection = path.split("/")[1]!;
  const record = JSON.parse(git("show", `${commit}:${path}`)) as { id: string };
  if (collection === "tombstones") tombstones.push(record);
  else records.push({ kind: kindOf.get(collection)!, record });
}
const manifest = readManifests(resolve(root, "releases")).find((m) => m.version === version);
if (!manifest) throw new Error(`releases/${version}.json does not exist`);
// The release day is the commit's own date (UTC).
const released = new Date(git("show", "-s", "--format=%cI", commit).trim()).toISOString().slice(0, 10);
const snapshot = makeSnapshot(version, released, records, tombstones);
const problems = snapshotMismatches(snapshot, manifest);
if (problems.length) {
  console.error(`the data of ${commit} is not release ${version}:\n${problems.join("\n")}`);
  process.exitCode = 1;
} else if (existsSync(snapshotFile(resolve(root, "releases"), version))) {
  console.log(`releases/snapshots/${version}.json exists; a release file is never rewritten.`);
} else {
  writeFileAtomic(snapshotFile(resolve(root, "releases"), version), `${JSON.stringify(snapshot, null, 1)}\n`);
  console.log(`Wrote releases/snapshots/${version}.json: ${snapshot.records.length} records, hash ${snapshot.hash} (matches releases/${version}.json)`);
}
