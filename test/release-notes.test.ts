/** Value-by-value release notes, release snapshots, version stamping and the pack check. */
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifests } from "../scripts/lib/manifests.js";
import { changelogSection, notesMarkdown, QUOTE_CHARS, releaseNotes, releasePage, shortenQuote, withChangelogNotes } from "../scripts/release/notes.js";
import { packRefusal } from "../scripts/release/pack-check.js";
import { makeSnapshot, readSnapshot, snapshotMismatches, type Snapshot } from "../scripts/release/snapshot.js";
import { bumpVersion, stampedVersion } from "../scripts/release/stamp.js";
import { changes, changesSince } from "../src/index.js";
import { REPO } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";

const snapshot = (version: string, records: Record<string, unknown>[]): Snapshot =>
  makeSnapshot(
    version,
    "2026-01-01",
    records.map((r) => ({ kind: "initiative" as const, record: r as { id: string } })),
    [],
  );

describe("release snapshots", () => {
  it("hold the released data of 1.0.0, rebuilt from commit 3a4cdb9, which matches every hash of releases/1.0.0.json", () => {
    const manifest = readManifests(join(REPO, "releases")).find((m) => m.version === "1.0.0")!;
    const released = readSnapshot(join(REPO, "releases"), "1.0.0")!;
    expect(snapshotMismatches(released, manifest)).toEqual([]);
    expect(released.records).toHaveLength(Object.keys(manifest.records).length);
  });

  it("report a record whose content differs from the manifest", () => {
    const manifest = readManifests(join(REPO, "releases")).find((m) => m.version === "1.0.0")!;
    const released = readSnapshot(join(REPO, "releases"), "1.0.0")!;
    const altered = { ...released, records: released.records.map((r, i) => (i === 0 ? { ...r, summary: "changed" } : r)) };
    expect(snapshotMismatches(altered, manifest)).toEqual([expect.stringContaining(released.records[0]!.id)]);
  });
});

describe("value-by-value notes", () => {
  const before = snapshot("1.0.0", [
    { id: "centre", status: "established", topics: ["a"], evidence: [{ source: "s", quote: `${"x".repeat(100)} old ending` }] },
    { id: "gone-later", status: "proposed" },
  ]);
  const after = snapshot("2.0.0", [
    { id: "centre", status: "establishment-reported", topics: ["a", "b"], evidence: [{ source: "s", quote: `${"x".repeat(100)} new ending` }] },
    { id: "gone-later", status: "proposed" },
    { id: "fresh", title: "A new record", status: "proposed" },
  ]);
  const notes = releaseNotes(before, after);

  it("give each changed field's old and new value, and only changed fields", () => {
    expect(notes.modified).toEqual([
      {
        id: "centre",
        kind: "initiative",
        changes: [
          { path: "status", before: "established", after: "establishment-reported" },
          { path: "topics", before: ["a"], after: ["a", "b"] },
          { path: "evidence[0].quote", before: `${"x".repeat(100)} old ending`, after: `${"x".repeat(100)} new ending` },
        ],
      },
    ]);
    expect(notes.added.map((r) => r.id)).toEqual(["fresh"]);
  });

  it("shorten quotes around where they differ, so two long quotes alike at the start still show the change", () => {
    const text = notesMarkdown(notes);
    expect(text).toContain('`status`: `"established"` → `"establishment-reported"`');
    expect(text).toMatch(/`evidence\[0\]\.quote`: `"….*old ending"` → `".*new ending"`/);
    expect(shortenQuote("y".repeat(300)).length).toBeLessThanOrEqual(QUOTE_CHARS + 1);
    expect(text).toContain("- `fresh` (initiative): A new record");
  });

  it("go into the release's CHANGELOG section once, after the changesets' own text", () => {
    const changelog = "# pkg\n\n## 2.0.0\n\n### Major Changes\n\n- Their text.\n\n## 1.0.0\n\n- First.\n";
    const once = withChangelogNotes(changelog, notes);
    expect(once.indexOf("- Their text.")).toBeLessThan(once.indexOf("### Record by record"));
    expect(once.indexOf("### Record by record")).toBeLessThan(once.indexOf("## 1.0.0"));
    expect(withChangelogNotes(once, notes)).toBe(once);
    expect(() => withChangelogNotes("# pkg\n", notes)).toThrow(/no "## 2.0.0" section/);
  });

  it("are listed value by value on the docs page of 1.0.0", () => {
    expect(readFileSync(join(REPO, "docs/releases/1.0.0.md"), "utf8")).toContain("109 records added");
  });
});

describe("version stamping", () => {
  it("stamps the next version the pending changesets (or the data) require, with the number pending", () => {
    expect(stampedVersion({ packageVersion: "1.0.0", declared: "major", required: "patch", pending: 15 })).toBe("2.0.0-next.15");
    expect(stampedVersion({ packageVersion: "1.2.3", declared: "patch", required: "minor", pending: 1 })).toBe("1.3.0-next.1");
    expect(stampedVersion({ packageVersion: "1.2.3", declared: "none", required: "none", pending: 0 })).toBe("1.2.3");
    expect(bumpVersion("1.2.3", "patch")).toBe("1.2.4");
    expect(() => bumpVersion("2.0.0-next.1", "patch")).toThrow(RangeError);
  });

  it("lets changesSince take every version of the change list, prereleases included, and name any other", () => {
    for (const release of changes) expect(changesSince(release.version)).toEqual(changes.slice(changes.indexOf(release) + 1));
    expect(changesSince("0.0.0")).toEqual(changes);
    expect(() => changesSince("1.0.1")).toThrow(RangeError);
    expect(() => changesSince("9.9.9-next.1")).toThrow(/"9\.9\.9-next\.1" is not a version of this dataset/);
  });
});

describe("the release page", () => {
  it("puts the changesets' text of the release before the record-by-record notes, without the CHANGELOG's own copy of them", () => {
    const changelog = "# pkg\n\n## 2.0.0\n\n### Major Changes\n\n- Why it is major.\n\n### Record by record\n\n- old notes\n\n## 1.0.0\n\n- First.\n";
    const summary = changelogSection(changelog, "2.0.0");
    expect(summary).toBe("### Major Changes\n\n- Why it is major.");
    expect(changelogSection(changelog, "3.0.0")).toBeUndefined();
    const page = releasePage({ version: "2.0.0", previous: "1.0.0", added: [], modified: [], tombstoned: [] }, "h", summary);
    expect(page.indexOf("Why it is major")).toBeGreaterThan(page.indexOf("## What changed"));
    expect(page.indexOf("Why it is major")).toBeLessThan(page.indexOf("## Record by record"));
    expect(page).not.toContain("old notes");
  });
});

describe("the pack check", () => {
  /** A package folder with package.json at `version`, dist/data.json of `built`, and a manifest of `released` (version, hash). */
  function packageFolder(version: string, built: { version: string; hash: string }, released?: { version: string; hash: string }): string {
    const dir = scratchDir("pack-check");
    mkdirSync(join(dir, "dist"));
    mkdirSync(join(dir, "releases"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "central-asia-security", version }));
    if (released) writeFileSync(join(dir, `releases/${released.version}.json`), JSON.stringify({ ...released, records: {}, tombstones: {}, schemas: {} }));
    // The build's output last, and dated after its inputs, as a build leaves it.
    writeFileSync(join(dir, "dist/data.json"), JSON.stringify(built));
    const later = new Date(Date.now() + 1000);
    utimesSync(join(dir, "dist/data.json"), later, later);
    return dir;
  }

  it("accepts a release whose manifest holds the built hash, and an honestly stamped prerelease", () => {
    expect(packRefusal(packageFolder("2.0.0", { version: "2.0.0", hash: "h2" }, { version: "2.0.0", hash: "h2" }))).toBeUndefined();
    expect(packRefusal(packageFolder("2.0.0-next.3", { version: "2.0.0-next.3", hash: "h" }, { version: "1.0.0", hash: "h1" }))).toBeUndefined();
  });

  it("refuses, saying why, a version whose manifest holds another hash, unreleased data under a release's version, and a release without a manifest", () => {
    expect(packRefusal(packageFolder("1.0.0", { version: "1.0.0", hash: "new" }, { version: "1.0.0", hash: "old" }))).toMatch(/releases\/1\.0\.0\.json holds dataset hash old…, but dist\/ holds new…/);
    expect(packRefusal(packageFolder("1.0.0", { version: "2.0.0-next.3", hash: "new" }, { version: "1.0.0", hash: "old" }))).toMatch(
      /package\.json says 1\.0\.0, but dist\/ holds dataset 2\.0\.0-next\.3/,
    );
    expect(packRefusal(packageFolder("1.0.1", { version: "1.0.1", hash: "h" }))).toMatch(/releases\/1\.0\.1\.json is missing/);
  });

  it("refuses a build older than its data, naming the command that brings it up to date", () => {
    const dir = packageFolder("2.0.0", { version: "2.0.0", hash: "h2" }, { version: "2.0.0", hash: "h2" });
    mkdirSync(join(dir, "data/meetings"), { recursive: true });
    writeFileSync(join(dir, "data/meetings/edited.json"), "{}");
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, "data/meetings/edited.json"), later, later);
    expect(packRefusal(dir)).toMatch(/dist\/ is older than what it is built from .*: run npm run build, then pack 2\.0\.0 again/);
  });
});
