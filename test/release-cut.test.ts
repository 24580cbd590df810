/**
 * The release flow on a scratch copy of the repository with its real data, releases and pending
 * changesets: first as a build from main between releases (an honestly stamped prerelease,
 * packing refused), then `npm run release:version`, which must produce a complete release in one
 * go. The copy is thrown away with the run's scratch space. When nothing is pending (after a
 * release), the test corrects one summary under a patch changeset first, so there is always
 * something to release.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-cff";
import { beforeAll, describe, expect, it } from "vitest";
import { readManifests } from "../scripts/lib/manifests.js";
import { sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { declaredBump, pendingChangesets } from "../scripts/release/changesets.js";
import { packRefusal } from "../scripts/release/pack-check.js";
import { readSnapshot, snapshotMismatches } from "../scripts/release/snapshot.js";
import { bumpVersion } from "../scripts/release/stamp.js";
import { REPO } from "./helpers/data-tree.js";
import { run } from "./helpers/run.js";
import { scratchDir } from "./helpers/scratch.js";

interface Built {
  version: string;
  hash: string;
  records: Record<string, { id: string; addedIn: string; modifiedIn: string; status?: string }[]>;
  changes: { version: string; added: string[]; modified: { id: string; fields: string[] }[]; tombstoned: string[] }[];
}

const RELEASE_DAY = "2026-12-08";
let repo: string;
let last: string;
let next: string;
let pending: number;
let between: { built: Built; log: string; refusal: string | undefined };
let released: { status: number | null; stderr: string; built: Built };

// A build or the release flow can take minutes on a machine shared by several test runs.
const npm = (...args: string[]) => run("npm", ["run", "--silent", ...args], { cwd: repo, env: { CAS_RELEASE_DATE: RELEASE_DAY }, timeout: 480_000 });
const read = (path: string): string => readFileSync(join(repo, path), "utf8");
const builtData = (): Built => JSON.parse(read("dist/data.json")) as Built;

beforeAll(() => {
  const parent = scratchDir("release-cut");
  repo = join(parent, "repo");
  // The source texts (from CAS_SOURCES_DIR, else ../shared/seeds) go where the copy's build looks
  // by default, ../shared/seeds beside it; without them its build places quotes from the lock.
  const texts = sourceTextsLocation(REPO).dir;
  if (existsSync(texts)) cpSync(texts, join(parent, "shared/seeds"), { recursive: true });
  for (const entry of [
    "scripts",
    "src",
    "data",
    "releases",
    "docs",
    ".changeset",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "CHANGELOG.md",
    "README.md",
    "LICENSE",
    "evidence.lock.json",
  ]) {
    cpSync(join(REPO, entry), join(repo, entry), { recursive: true, filter: (path) => !path.includes("/src/generated") });
  }
  symlinkSync(join(REPO, "node_modules"), join(repo, "node_modules"), "dir");
  const pkg = JSON.parse(read("package.json")) as { name: string; version: string };
  last = pkg.version;
  // A correction to release, so the build between releases has a data change to stamp (the
  // changesets pending on main may be code-only); its changeset only when none is pending.
  const file = join(repo, "data/places/tashkent.json");
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), summary: "The capital of Uzbekistan (corrected in a test)." }, null, 2));
  if (declaredBump(pendingChangesets(join(repo, ".changeset"), pkg.name)) === "none") {
    mkdirSync(join(repo, ".changeset"), { recursive: true });
    writeFileSync(join(repo, ".changeset/test-correction.md"), '---\n"central-asia-security": patch\n---\n\nA corrected summary.\n');
  }
  const changesets = pendingChangesets(join(repo, ".changeset"), pkg.name).filter((c) => c.bump !== "none");
  pending = changesets.length;
  next = bumpVersion(last, declaredBump(changesets));

  const build = npm("build");
  if (build.status !== 0) throw new Error(build.stderr);
  between = { built: builtData(), log: build.stdout, refusal: packRefusal(repo) };

  const cut = npm("release:version");
  released = { status: cut.status, stderr: cut.stderr, built: existsSync(join(repo, "dist/data.json")) ? builtData() : ({} as Built) };
}, 1_200_000);

describe("a build between releases", () => {
  it("is stamped with the prerelease of the next version the pending changesets require", () => {
    expect(between.built.version).toBe(`${next}-next.${pending}`);
    expect(between.log).toContain(`central-asia-security ${next}-next.${pending}`);
    expect(between.log).toMatch(new RegExp(`unreleased changes since ${last.replace(/\./g, "\\.")}: \\d+ added, \\d+ modified`));
  });

  it("stamps changed records with the prerelease and lists them in a pending change-list entry", () => {
    const entry = between.built.changes.at(-1)!;
    expect(entry.version).toBe(between.built.version);
    expect(entry.modified.length + entry.added.length).toBeGreaterThan(0);
    const records = Object.values(between.built.records).flat();
    for (const { id } of entry.modified) expect(records.find((r) => r.id === id)?.modifiedIn, id).toBe(between.built.version);
    for (const id of entry.added) expect(records.find((r) => r.id === id)?.addedIn, id).toBe(between.built.version);
  });

  it("is refused by the pack check, which names both versions", () => {
    expect(between.refusal).toContain(`package.json says ${last}`);
    expect(between.refusal).toContain(between.built.version);
  });
});

describe("npm run release:version", () => {
  it("succeeds and bumps package.json and package-lock.json", () => {
    expect(released.status, released.stderr).toBe(0);
    expect(JSON.parse(read("package.json")).version).toBe(next);
    const lock = JSON.parse(read("package-lock.json"));
    expect([lock.version, lock.packages[""].version]).toEqual([next, next]);
  });

  it("writes the manifest and the snapshot of the release, which agree", () => {
    const manifest = readManifests(join(repo, "releases")).at(-1)!;
    expect(manifest.version).toBe(next);
    const snapshot = readSnapshot(join(repo, "releases"), next)!;
    expect(snapshot.released).toBe(RELEASE_DAY);
    expect(snapshotMismatches(snapshot, manifest)).toEqual([]);
    expect(released.built.hash).toBe(manifest.hash);
  });

  it("builds the release: version, stamps and the change list name it, and the pack check accepts it", () => {
    expect(released.built.version).toBe(next);
    const entry = released.built.changes.at(-1)!;
    expect(entry.version).toBe(next);
    expect(released.built.changes.some((c) => c.version.includes("-"))).toBe(false);
    const records = Object.values(released.built.records).flat();
    for (const { id } of entry.modified) expect(records.find((r) => r.id === id)?.modifiedIn).toBe(next);
    expect(packRefusal(repo)).toBeUndefined();
    expect(npm("check:release").status).toBe(0);
  });

  it("writes value-by-value notes: a docs page and the CHANGELOG section, with the changesets' own text", () => {
    const page = read(`docs/releases/${next}.md`);
    const changelog = read("CHANGELOG.md");
    const section = changelog.slice(changelog.indexOf(`\n## ${next}\n`), changelog.indexOf(`\n## ${last}\n`));
    expect(section).toContain("### Record by record");
    const entry = released.built.changes.at(-1)!;
    for (const { id } of entry.modified) {
      expect(page).toContain(`**\`${id}\`**`);
      expect(section).toContain(`**\`${id}\`**`);
    }
    if (last === "1.0.0") {
      // The example: the SDG centre's status, old → new.
      expect(page).toContain('`status`: `"established"` → `"establishment-reported"`');
      expect(section).toContain("Fourth fact-check against the source texts");
    }
  });

  it("writes a CITATION.cff of the release that a CFF reader reads, with the release's version, day and hash", async () => {
    const cff = read("CITATION.cff");
    const [main] = (await Cite.async(cff)).data as { version: string; issued: { "date-parts": number[][] }; abstract: string }[];
    expect(main!.version).toBe(next);
    expect(main!.issued["date-parts"][0]).toEqual([2026, 12, 8]);
    expect(main!.abstract).toContain(released.built.hash);
  });

  it("brings the dataset card's composition up to date", () => {
    expect(read("docs/dataset-card.md")).toContain(`| total | ${Object.values(released.built.records).flat().length} |`);
  });
});
