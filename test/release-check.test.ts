import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Manifest } from "../scripts/lib/manifests.js";
import { requiredBump, schemaFields } from "../scripts/release/bump.js";
import { currentManifest } from "../scripts/release/candidate.js";
import { declaredBump, pendingChangesets, type PendingChangeset } from "../scripts/release/changesets.js";
import { checkRelease } from "../scripts/release/decide.js";
import { REPO, dataTree } from "./helpers/data-tree.js";

const MEETING = "data/meetings/2018-tashkent-conference.json";

/** The valid fixture as released version 1.0.0, and a scratch tree to change. */
function released(): { root: string; last: Manifest; candidate: () => Manifest } {
  const root = dataTree();
  const last = currentManifest(join(root, "data"), join(root, "releases"), "1.0.0");
  return { root, last, candidate: () => currentManifest(join(root, "data"), join(root, "releases"), "1.0.0") };
}

function edit(root: string, file: string, change: (record: Record<string, any>) => void): void {
  const record = JSON.parse(readFileSync(join(root, file), "utf8"));
  change(record);
  writeFileSync(join(root, file), JSON.stringify(record));
}

const changeset = (bump: PendingChangeset["bump"]): PendingChangeset[] => [{ file: ".changeset/x.md", bump }];

describe("required bump", () => {
  it("is none for unchanged data, even reformatted", () => {
    const { root, last, candidate } = released();
    edit(root, MEETING, () => undefined); // rewritten without indentation
    expect(requiredBump(last, candidate()).bump).toBe("none");
  });

  it("is patch for a corrected value, and names the record", () => {
    const { root, last, candidate } = released();
    edit(root, MEETING, (r) => (r.summary = "A corrected summary."));
    const { bump, reasons } = requiredBump(last, candidate());
    expect(bump).toBe("patch");
    expect(reasons.map((r) => r.message)).toEqual(["2018-tashkent-conference was modified"]);
  });

  it("is minor for a new record, and for a record retired with a tombstone", () => {
    const { last, candidate } = released();
    const current = candidate();
    const { ["2018-tashkent-declaration"]: declaration, ...rest } = current.records;
    expect(requiredBump(last, { ...current, records: { ...rest, "2019-new-record": declaration! } }).bump).toBe("major");
    expect(requiredBump(last, { ...current, records: { ...current.records, "2019-new-record": declaration! } }).bump).toBe("minor");
    const retired = { ...current, records: rest, tombstones: { ...current.tombstones, "2018-tashkent-declaration": { kind: "declaration" as const, status: "withdrawn" as const } } };
    expect(requiredBump(last, retired)).toEqual({ bump: "minor", reasons: [{ bump: "minor", message: "2018-tashkent-declaration became a tombstone (withdrawn)" }] });
  });

  it("is major for a removed field or value, a field made optional, or a changed kind; minor for a new field or value", () => {
    const { last, candidate } = released();
    const current = candidate();
    const meeting = structuredClone(current.schemas.meeting) as Record<string, any>;
    delete meeting.properties.ordinal;
    expect(requiredBump(last, { ...current, schemas: { ...current.schemas, meeting } }).reasons).toContainEqual({ bump: "major", message: "field meeting.ordinal was removed" });
    const narrowed = structuredClone(current.schemas.meeting) as Record<string, any>;
    narrowed.properties.status.enum = ["held", "planned"];
    expect(requiredBump(last, { ...current, schemas: { ...current.schemas, meeting: narrowed } }).bump).toBe("major");
    const widened = structuredClone(current.schemas.meeting) as Record<string, any>;
    widened.properties.status.enum = [...widened.properties.status.enum, "postponed"];
    widened.properties.note = { type: "string" };
    expect(
      requiredBump(last, { ...current, schemas: { ...current.schemas, meeting: widened } })
        .reasons.map((r) => `${r.bump}: ${r.message}`)
        .sort(),
    ).toEqual(["minor: field meeting.note is new", "minor: field meeting.status now also allows postponed"]);
    const loosened = structuredClone(current.schemas.meeting) as Record<string, any>;
    loosened.required = loosened.required.filter((k: string) => k !== "title");
    expect(requiredBump(last, { ...current, schemas: { ...current.schemas, meeting: loosened } }).bump).toBe("major");
    const rekinded = { ...current.records["2018-tashkent-conference"]!, kind: "initiative" as const };
    expect(requiredBump(last, { ...current, records: { ...current.records, "2018-tashkent-conference": rekinded } }).bump).toBe("major");
  });

  it("reads field paths through arrays and discriminated unions", () => {
    const fields = schemaFields(released().candidate().schemas.tombstone);
    expect(fields.get("status")?.values).toEqual(["moved", "split", "withdrawn"]);
    expect(fields.get("targets[]")?.type).toBe("string");
    expect(schemaFields(released().candidate().schemas.meeting).get("participants[].role")?.values).toContain("speaker");
  });
});

describe("release check", () => {
  it("passes when the data matches the last release", () => {
    const { last, candidate } = released();
    expect(checkRelease({ last, candidate: candidate(), packageVersion: "1.0.0", changesets: [] }).ok).toBe(true);
  });

  it("fails when data changed without a pending changeset, and says which bump to choose", () => {
    const { root, last, candidate } = released();
    edit(root, MEETING, (r) => (r.summary = "A corrected summary."));
    const result = checkRelease({ last, candidate: candidate(), packageVersion: "1.0.0", changesets: [] });
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(/no pending changeset[\s\S]*npm run changeset, choose patch/);
    expect(checkRelease({ last, candidate: candidate(), packageVersion: "1.0.0", changesets: changeset("patch") }).ok).toBe(true);
  });

  it("refuses a removed id declared as a patch, naming the id and the fix", () => {
    const { last, candidate } = released();
    const { ["2018-tashkent-declaration"]: _removed, ...records } = candidate().records;
    const result = checkRelease({ last, candidate: { ...candidate(), records }, packageVersion: "1.0.0", changesets: changeset("patch") });
    expect(result).toMatchObject({ ok: false, required: "major", declared: "patch" });
    expect(result.lines.join("\n")).toContain("major: 2018-tashkent-declaration was removed without a tombstone");
    expect(result.lines.join("\n")).toContain("add a tombstone");
  });

  it("refuses a new record declared as a patch, and accepts it as minor", () => {
    const { root, last, candidate } = released();
    cpSync(join(root, "data/places/tashkent.json"), join(root, "data/places/samarkand.json"));
    edit(root, "data/places/samarkand.json", (r) => Object.assign(r, { id: "samarkand", name: "Samarkand" }));
    expect(checkRelease({ last, candidate: candidate(), packageVersion: "1.0.0", changesets: changeset("patch") }).ok).toBe(false);
    expect(checkRelease({ last, candidate: candidate(), packageVersion: "1.0.0", changesets: changeset("minor") }).ok).toBe(true);
  });

  it("fails when package.json was bumped but the release manifest was not written", () => {
    const { last, candidate } = released();
    const result = checkRelease({ last, candidate: candidate(), packageVersion: "1.0.1", changesets: [] });
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toContain("npm run release:version");
  });

  it("requires a major changeset for the first release", () => {
    const { candidate } = released();
    expect(checkRelease({ last: undefined, candidate: candidate(), packageVersion: "0.0.0", changesets: changeset("minor") }).ok).toBe(false);
    expect(checkRelease({ last: undefined, candidate: candidate(), packageVersion: "0.0.0", changesets: changeset("major") }).ok).toBe(true);
  });

  it("makes the build refuse a released id removed without a tombstone, saying what to do", () => {
    const { root, last } = released();
    rmSync(join(root, "data/places/tashkent.json"));
    rmSync(join(root, "data/meetings/2018-tashkent-conference.json"));
    rmSync(join(root, "data/declarations/2018-tashkent-declaration.json"));
    rmSync(join(root, "data/tombstones"), { recursive: true });
    const releases = mkdtempSync(join(tmpdir(), "cas-releases-"));
    writeFileSync(join(releases, "1.0.0.json"), JSON.stringify(last));
    expect(() => currentManifest(join(root, "data"), releases, "1.0.0")).toThrow(
      /data\/places\/tashkent\.json: the place "tashkent" was released but no record or tombstone has its id \(restore the file, or add data\/tombstones\/tashkent\.json/,
    );
  });
});

describe("pending changesets", () => {
  it("reads the bump declared for this package only", () => {
    const pending = pendingChangesets(join(REPO, "test/fixtures/changesets"), "central-asia-security");
    expect(pending).toEqual([
      { file: ".changeset/add-meetings.md", bump: "minor" },
      { file: ".changeset/fix-date.md", bump: "patch" },
    ]);
    expect(declaredBump(pending)).toBe("minor");
  });
});
