import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDataset } from "../scripts/derive.js";
import { preparedTexts } from "../scripts/lib/locate-evidence.js";
import { readSourceTexts } from "../scripts/lib/source-texts.js";
import { validateData } from "../scripts/validate/index.js";
import type { Source } from "../src/model/records.js";
import { KINDS } from "../src/model/vocabulary.js";
import { SOURCE_TEXTS_FIXTURE, dataTree } from "./helpers/data-tree.js";
import { evidenceWithPaths, selectorProblems } from "./helpers/selectors.js";

const sourceTexts = readSourceTexts(SOURCE_TEXTS_FIXTURE)!;

function derive(root: string, version = "1.0.0") {
  const { records, tombstones, problems } = validateData(join(root, "data"), root, undefined, sourceTexts);
  expect(problems).toEqual([]);
  return deriveDataset(records, tombstones, [], version, preparedTexts(records, sourceTexts));
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
    expect(meeting.incoming).toEqual([{ type: "adopted", source: "2018-tashkent-declaration", evidence: [expect.objectContaining({ source: "report-2018-tashkent-conference" })] }]);
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

  describe("evidence selectors", () => {
    const dataset = derive(dataTree());
    const all = KINDS.flatMap((kind) => dataset.records[kind]);
    const text = sourceTexts.get("tashkent-2018-excerpt.txt")!.text;

    it("locate every quote in the raw source text, in code points, with 32 code points of context", () => {
      expect(evidenceWithPaths(all).length).toBeGreaterThan(10);
      expect(selectorProblems(all, new Map([["report-2018-tashkent-conference", text]]))).toEqual([]);
    });

    it("span the line breaks of a hard-wrapped text", () => {
      const actor = dataset.records.actor.find((a) => a.id === "federica-mogherini")!;
      const evidence = evidenceWithPaths([actor])
        .map((e) => e.evidence)
        .find((e) => e.quote.startsWith("According to"))!;
      expect(Array.from(text).slice(evidence.start, evidence.end).join("")).toContain("European\nCommission");
    });

    it("take the occurrence the author names", () => {
      const [headline] = (dataset.records.source[0] as Source).evidence;
      expect(headline).toMatchObject({ occurrence: 1, start: 0, end: 63, prefix: "" });
      expect(headline!.suffix.startsWith("\n\nRegional security is a top")).toBe(true);
    });

    it("are left out when the source text is not at hand, and never change the hash", () => {
      const root = dataTree();
      const { records, tombstones } = validateData(join(root, "data"), root);
      const bare = deriveDataset(records, tombstones, [], "1.0.0");
      expect(evidenceWithPaths(KINDS.flatMap((kind) => bare.records[kind])).filter(({ evidence }) => "start" in evidence)).toEqual([]);
      expect(bare.hash).toBe(dataset.hash);
    });
  });
});
