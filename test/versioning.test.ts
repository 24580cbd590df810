import { describe, expect, it } from "vitest";
import { generateIdsModule } from "../scripts/generate.js";
import type { DerivedDataset } from "../scripts/derive.js";
import { changes, changesSince, dataset, meetings, recordsByKind, resolveId, tombstones } from "../src/index.js";
import type { AnyRecord, Tombstone } from "../src/index.js";
import { indexIds, resolveIn } from "../src/versioning/resolve-id.js";

const record = (id: string, kind: "meeting" | "place" = "meeting") => ({ id, kind }) as unknown as AnyRecord;
const tombstone = (t: Record<string, unknown>) => ({ kind: "meeting", reason: "test", tombstonedIn: "1.1.0", ...t }) as Tombstone;

describe("resolveId", () => {
  const index = indexIds(
    [record("2018-tashkent-conference"), record("2018-conference-a"), record("2018-conference-b")],
    [
      tombstone({ id: "tashkent-conference", status: "moved", target: "2018-tashkent-conference" }),
      tombstone({ id: "2018-two-conferences", status: "split", targets: ["2018-conference-a", "2018-conference-b"] }),
      tombstone({ id: "2018-unsupported", status: "withdrawn", reason: "its source does not support it" }),
    ],
  );

  it("returns a live record as itself", () => {
    expect(resolveIn(index, "2018-tashkent-conference")).toMatchObject({ status: "live", records: [{ id: "2018-tashkent-conference" }] });
  });

  it("follows moved and split tombstones to the records that replaced them", () => {
    expect(resolveIn(index, "tashkent-conference")).toMatchObject({ status: "moved", records: [{ id: "2018-tashkent-conference" }] });
    expect(resolveIn(index, "2018-two-conferences")?.records.map((r) => r.id)).toEqual(["2018-conference-a", "2018-conference-b"]);
  });

  it("explains a withdrawn id and returns no record", () => {
    expect(resolveIn(index, "2018-unsupported")).toMatchObject({ status: "withdrawn", records: [], tombstone: { reason: "its source does not support it" } });
  });

  it("returns undefined for ids never used, including prototype keys, and rejects non-strings", () => {
    for (const id of ["never-used", "__proto__", "constructor", "toString", ""]) expect(resolveIn(index, id)).toBeUndefined();
    expect(() => resolveIn(index, 42 as unknown as string)).toThrow(TypeError);
  });

  it("resolves every shipped record id to itself", () => {
    for (const meeting of meetings) expect(resolveId(meeting.id)?.records[0]).toBe(meeting);
    expect(resolveId("no-such-record")).toBeUndefined();
  });
});

describe("changesSince", () => {
  it("lists releases after the given version, and rejects one never released, naming it", () => {
    expect(changesSince("0.0.0")).toEqual(changes);
    expect(changesSince(changes.at(-1)!.version)).toEqual([]);
    expect(() => changesSince("999.0.0")).toThrow(/"999\.0\.0"/);
    expect(() => changesSince("1.0")).toThrow(RangeError);
    expect(() => changesSince("latest")).toThrow(/"latest"/);
  });

  it("stamps every record with versions of the change list, so changesSince(addedIn) and changesSince(modifiedIn) work", () => {
    const versions = new Set(changes.map((c) => c.version));
    for (const record of Object.values(recordsByKind).flat()) {
      expect(versions.has(record.addedIn), `${record.id} addedIn ${record.addedIn}`).toBe(true);
      expect(versions.has(record.modifiedIn), `${record.id} modifiedIn ${record.modifiedIn}`).toBe(true);
    }
  });

  it("lists every released record in the release that added it", () => {
    const added = new Set(changes.flatMap((c) => c.added));
    for (const meeting of meetings) {
      if (changes.some((c) => c.version === meeting.addedIn)) expect(added.has(meeting.id), meeting.id).toBe(true);
    }
    expect(tombstones.every((t) => typeof t.tombstonedIn === "string")).toBe(true);
    // A release, or an unreleased build's prerelease of the next version (docs/versioning.md).
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+(-next\.\d+)?$/);
  });
});

describe("generated types", () => {
  it("marks retired ids @deprecated, saying what replaced them", () => {
    const text = generateIdsModule({
      version: "1.1.0",
      hash: "0".repeat(64),
      records: { meeting: [record("2018-tashkent-conference")], declaration: [], initiative: [], actor: [], place: [], source: [], process: [], topic: [] },
      counts: { meeting: 1, declaration: 0, initiative: 0, actor: 0, place: 0, source: 0, process: 0, topic: 0 },
      tombstones: [tombstone({ id: "tashkent-conference", status: "moved", target: "2018-tashkent-conference", reason: "renamed */ to add the year" })],
      changes: [],
      manifestRecords: {},
    } as DerivedDataset);
    expect(text).toContain('/** @deprecated moved to 2018-tashkent-conference in 1.1.0: renamed * / to add the year */\n  "tashkent-conference": "meeting";');
    expect(text).toContain('export type MeetingId = "2018-tashkent-conference";');
  });
});
