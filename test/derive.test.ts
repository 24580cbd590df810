import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDataset } from "../scripts/derive.js";
import { validateData } from "../scripts/validate/index.js";
import { dataTree } from "./helpers/data-tree.js";

function derive(root: string, version = "1.0.0") {
  const { records, tombstones, problems } = validateData(join(root, "data"), root);
  expect(problems).toEqual([]);
  return deriveDataset(records, tombstones, [], version);
}

function rewrite(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, "data", file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

describe("deriveDataset", () => {
  it("hashes the data, not the version or the file formatting", () => {
    const root = dataTree();
    const before = derive(root).hash;
    expect(derive(root, "2.0.0").hash).toBe(before);
    // Same values, other key order and whitespace.
    rewrite(root, "places/tashkent.json", (text) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text)).reverse())));
    expect(derive(root).hash).toBe(before);
    rewrite(root, "places/tashkent.json", (text) => text.replace('"Tashkent"', '"Toshkent"'));
    expect(derive(root).hash).not.toBe(before);
  });

  it("adds kind, date bounds and the inverse of every relation", () => {
    const dataset = derive(dataTree());
    const meeting = dataset.records.meeting[0] as unknown as Record<string, any>;
    expect(meeting.kind).toBe("meeting");
    expect(meeting.bounds).toEqual({ earliest: "2018-01-01", latest: "2018-12-31", precision: "year", uncertain: false, approximate: false });
    expect(meeting.incoming).toEqual([
      { type: "adopted", source: "2018-tashkent-declaration", evidence: [expect.objectContaining({ source: "report-2018-tashkent-conference" })] },
    ]);
    expect(dataset.counts).toMatchObject({ meeting: 1, declaration: 1, actor: 2, topic: 1 });
    expect(dataset.tombstones).toEqual([expect.objectContaining({ id: "tashkent-conference", status: "moved", tombstonedIn: "1.0.0" })]);
  });

  it("orders dated primary records chronologically, undated ones last", () => {
    const root = dataTree();
    rewrite(root, "declarations/2018-tashkent-declaration.json", (text) => {
      const record = JSON.parse(text);
      record.date = { edtf: "2017-12", evidence: record.evidence };
      return JSON.stringify(record);
    });
    const copy = JSON.parse(readFileSync(join(root, "data/meetings/2018-tashkent-conference.json"), "utf8"));
    delete copy.date;
    writeFileSync(join(root, "data/meetings/2018-another-meeting.json"), JSON.stringify({ ...copy, id: "2018-another-meeting" }));
    const dataset = derive(root);
    expect(dataset.records.meeting.map((m) => m.id)).toEqual(["2018-tashkent-conference", "2018-another-meeting"]);
    expect((dataset.records.declaration[0] as unknown as { bounds: { earliest: string } }).bounds.earliest).toBe("2017-12-01");
  });
});
