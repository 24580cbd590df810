/**
 * Checks the dataset against the source texts it was built from: every source text has exactly
 * one Source record, the build's evidence-in-source rule finds no problem (every quote found,
 * every sha256 matching), every quote is whole words and, where the source sentence fits in the
 * length limit, the whole sentence, and the selectors the build derives point at the quotes.
 *
 * The source texts are not part of the repository. They are read from the folder named by
 * `CAS_SOURCES_DIR`, or from `../shared/seeds` next to the repository. Without the folder the
 * suite is skipped, with a message saying so (the rule itself is tested on the fixtures in
 * test/validate.test.ts, which carry their own source text).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSourceTexts, sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { MAX_QUOTE_LENGTH } from "../scripts/validate/rules/evidence.js";
import { deriveDataset } from "../scripts/derive.js";
import { preparedTexts } from "../scripts/lib/locate-evidence.js";
import { formatProblem, validateData } from "../scripts/validate/index.js";
import { evidenceItems } from "../scripts/validate/walk.js";
import { KINDS } from "../src/model/vocabulary.js";
import { locateQuote, prepareText, sliceCodePoints } from "../src/text/quotes.js";
import { evidenceWithPaths, selectorProblems } from "./helpers/selectors.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const location = sourceTextsLocation(repoRoot);
const texts = readSourceTexts(location.dir);

if (!texts) {
  console.warn(
    `[sources.test] Skipped: no source texts folder at ${location.dir}. ` +
      "Set CAS_SOURCES_DIR to the folder holding the source texts (or place them in ../shared/seeds) to check the evidence quotes.",
  );
}

describe.skipIf(!texts)("source texts", () => {
  const { records, tombstones, problems } = validateData(join(repoRoot, "data"), repoRoot, undefined, texts);
  const sources = records.filter((r) => r.kind === "source");
  // Collected even when skipped: without the texts every lookup is empty and no test runs.
  const textOf = new Map(sources.map((s) => [s.record.id as string, texts?.get(s.record.file)?.text ?? ""]));
  const quotes = records.flatMap((checked) =>
    evidenceItems(checked).map(({ path, evidence }) => ({
      where: `${checked.file} › ${path}.quote`,
      source: evidence.source as string,
      quote: evidence.quote as string,
    })),
  );

  it("has data to check", () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(texts!.size).toBeGreaterThan(0);
    expect(quotes.length).toBeGreaterThan(300);
  });

  it("has exactly one Source record per source text", () => {
    const counts = [...texts!.keys()].map((file) => [file, sources.filter((s) => s.record.file === file).length]);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it("passes the build's evidence-in-source rule: every quote found, every sha256 matching", () => {
    expect(problems.filter((p) => p.rule === "evidence-in-source").map(formatProblem)).toEqual([]);
  });

  it("quotes whole words: no quote starts or ends inside a word of the source text", () => {
    const inWord = /[\p{L}\p{N}]/u;
    const cut = quotes.filter(({ source, quote }) => {
      const text = prepareText(textOf.get(source)!);
      return locateQuote(text, quote).some(({ start, end }) => inWord.test(sliceCodePoints(text, start - 1, start)) || inWord.test(sliceCodePoints(text, end, end + 1)));
    });
    expect(cut.map((q) => `${q.where}: ${q.quote}`)).toEqual([]);
  });

  it(`passes the build's whole-sentence rule: every quote is its whole sentence where that fits in ${MAX_QUOTE_LENGTH} characters`, () => {
    expect(problems.filter((p) => p.rule === "whole-sentence").map(formatProblem)).toEqual([]);
  });

  it("derives for every evidence item start/end that slice the quote out of the raw text, and its prefix/suffix", () => {
    const dataset = deriveDataset(records, tombstones, [], "0.0.0", preparedTexts(records, texts));
    const published = KINDS.flatMap((kind) => dataset.records[kind]);
    expect(evidenceWithPaths(published).length).toBeGreaterThan(quotes.length);
    expect(selectorProblems(published, textOf)).toEqual([]);
  });
});
