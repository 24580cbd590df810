import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, ftruncateSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDataset } from "../scripts/derive.js";
import { preparedTexts } from "../scripts/lib/locate-evidence.js";
import { readSourceTexts, sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { validateData } from "../scripts/validate/index.js";
import { MAX_SOURCE_TEXT_LENGTH, sources, verifySource, type SourceId, type SourceVerification } from "../src/index.js";
import { createQueries } from "../src/query/engine/create.js";
import { evidenceEntries } from "../src/query/engine/evidence.js";
import type { DatasetRecords } from "../src/query/types.js";
import { REPO, SOURCE_TEXTS_FIXTURE, dataTree } from "./helpers/data-tree.js";
import { scratchDir } from "./helpers/scratch.js";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const reported = (result: SourceVerification) => result.quotes.filter((q) => !q.found || q.moved).map((q) => `${q.record} ${q.path}`);

/** Replaces the code point at `index` with one that occurs nowhere in the texts. */
const changeAt = (chars: readonly string[], index: number) => [...chars.slice(0, index), "§", ...chars.slice(index + 1)].join("");

/** The evidence items whose published [start, end) covers code point `index`. */
function covering(records: DatasetRecords, sourceId: string, index: number): string[] {
  return Object.values(records)
    .flat()
    .flatMap((record) => evidenceEntries(record).map((entry) => ({ record: record.id, ...entry })))
    .filter(({ evidence }) => evidence.source === sourceId && evidence.start! <= index && index < evidence.end!)
    .map(({ record, path }) => `${record} ${path}`);
}

describe("verifySource over the fixture data and its hard-wrapped source text", () => {
  const texts = readSourceTexts(SOURCE_TEXTS_FIXTURE)!;
  const text = texts.get("tashkent-2018-excerpt.txt")!.text;
  const root = dataTree();
  const { records, tombstones } = validateData(join(root, "data"), root, undefined, texts);
  const published = deriveDataset(records, tombstones, [], "1.0.0", preparedTexts(records, texts)).records as unknown as DatasetRecords;
  const queries = createQueries(published);
  const id = "report-2018-tashkent-conference";

  it("with the true text: the hash matches and every quote is found where the dataset places it", async () => {
    const result = await queries.verifySource(id, text);
    expect(result).toMatchObject({ source: id, hashMatches: true, allFound: true, verified: true, actualSha256: sha256(text), expectedSha256: sha256(text) });
    expect(result.quotes.length).toBeGreaterThan(10);
    for (const q of result.quotes) expect([q.found, q.moved, q.start, q.end]).toEqual([true, false, q.evidence.start, q.evidence.end]);
  });

  it("names every evidence item citing the source once, by record id and JSON path", async () => {
    const { quotes } = await queries.verifySource(id, text);
    const named = quotes.map((q) => `${q.record} ${q.path}`);
    expect(new Set(named).size).toBe(named.length);
    expect(named).toContain("2018-tashkent-declaration relations[0].evidence[0]");
    expect(named).toContain("report-2018-tashkent-conference evidence[0]");
    expect(named.some((n) => n.includes("incoming"))).toBe(false);
  });

  it("with any one character changed: the hash differs and exactly the quotes covering it are reported", async () => {
    const chars = Array.from(text);
    const mismatches: string[] = [];
    for (let index = 0; index < chars.length; index++) {
      const result = await queries.verifySource(id, changeAt(chars, index));
      expect(result.hashMatches).toBe(false);
      const expected = covering(published, id, index);
      if (JSON.stringify(reported(result)) !== JSON.stringify(expected)) mismatches.push(`${index}: ${reported(result)} ≠ ${expected}`);
      expect(result.verified).toBe(false);
    }
    expect(mismatches).toEqual([]);
  });

  it("checks its arguments: TypeError naming the argument, RangeError for an unknown source id", () => {
    expect(() => queries.verifySource(42, text)).toThrow(new TypeError("verifySource: sourceId must be a source id (a string); got a number (42)."));
    expect(() => queries.verifySource(id, Buffer.from(text))).toThrow(TypeError);
    expect(() => queries.verifySource(id, Buffer.from(text))).toThrow(/^verifySource: text must be the source text \(a string\)/);
    expect(() => queries.verifySource("report-2018-tashkent-conferense", text)).toThrow(RangeError);
    expect(() => queries.verifySource("report-2018-tashkent-conferense", text)).toThrow(/Did you mean "report-2018-tashkent-conference"/);
    expect(() => queries.verifySource("tashkent", text)).toThrow(/is the id of a place, not of a source/);
  });

  it("refuses a text over MAX_SOURCE_TEXT_LENGTH with its own RangeError naming the limit, and takes one at the limit", async () => {
    const over = " ".repeat(MAX_SOURCE_TEXT_LENGTH + 1);
    expect(() => queries.verifySource(id, over)).toThrow(RangeError);
    expect(() => queries.verifySource(id, over)).toThrow(/more than the limit of 33,554,432 \(MAX_SOURCE_TEXT_LENGTH\)/);
    const at = await queries.verifySource(id, `${text}${" ".repeat(MAX_SOURCE_TEXT_LENGTH - text.length)}`);
    expect(at.allFound).toBe(true);
  });
});

describe("verify (dist/cli.js) on a file too large to be a source text", () => {
  const cli = (file: string) => spawnSync(process.execPath, [join(REPO, "dist/cli.js"), "verify", "tass-2021-07-16-central-asia-russia-statement", file], { encoding: "utf8" });

  it.each([
    ["120 MB (refused before reading)", 120 * 1024 * 1024],
    ["40 MB (refused after decoding)", 40 * 1024 * 1024],
  ])("%s: exit 2, one message naming the limit, no internal error", (_what, size) => {
    const file = join(scratchDir("verify-large"), "large.txt");
    const fd = openSync(file, "w");
    // A sparse file of spaces would need writing them all; zero bytes decode to U+0000, one unit each.
    ftruncateSync(fd, size);
    closeSync(fd);
    const result = cli(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("33,554,432");
    expect(result.stderr).toContain("MAX_SOURCE_TEXT_LENGTH");
    expect(result.stderr).not.toMatch(/internal error|Please report|\n\s+at /);
    rmSync(file);
  });
});

const location = sourceTextsLocation(REPO);
const realTexts = readSourceTexts(location.dir);

describe.skipIf(!realTexts)("verifySource over the shipped dataset and the real source texts", () => {
  it("verifies every source with its true text", async () => {
    for (const source of sources) {
      const result = await verifySource(source.id as SourceId, realTexts!.get(source.file)!.text);
      expect([source.id, result.verified, result.quotes.length > 0]).toEqual([source.id, true, true]);
    }
  });

  it("reports exactly the quotes covering a changed character (every 17th code point of every source)", async () => {
    const mismatches: string[] = [];
    for (const source of sources) {
      const chars = Array.from(realTexts!.get(source.file)!.text);
      const { quotes } = await verifySource(source.id as SourceId, chars.join(""));
      const byEvidence = quotes.map((q) => ({ name: `${q.record} ${q.path}`, start: q.evidence.start, end: q.evidence.end }));
      for (let index = 0; index < chars.length; index += 17) {
        const result = await verifySource(source.id as SourceId, changeAt(chars, index));
        const expected = byEvidence.filter((e) => e.start <= index && index < e.end).map((e) => e.name);
        if (JSON.stringify(reported(result)) !== JSON.stringify(expected)) mismatches.push(`${source.id} ${index}: ${reported(result)} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
