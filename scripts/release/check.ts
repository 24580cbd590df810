/**
 * `npm run check:release`: compares the data with the newest release manifest and fails when
 * data changed without a pending changeset, or with a bump lower than the change requires.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readManifests } from "../lib/manifests.js";
import { currentManifest, paths } from "./candidate.js";
import { pendingChangesets } from "./changesets.js";
import { checkRelease } from "./decide.js";

const root = resolve(import.meta.dirname, "../..");
const where = paths(root);
const pkg = JSON.parse(readFileSync(where.packageJson, "utf8")) as { name: string; version: string };

try {
  const result = checkRelease({
    last: readManifests(where.releases).at(-1),
    candidate: currentManifest(where.data, where.releases, pkg.version),
    packageVersion: pkg.version,
    changesets: pendingChangesets(where.changesets, pkg.name),
  });
  (result.ok ? console.log : console.error)([`release check: ${result.ok ? "ok" : "FAILED"}`, ...result.lines].join("\n"));
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  console.error(`release check: FAILED\n${(error as Error).message}`);
  process.exitCode = 1;
}
