/** docs/dataset-card.md: its composition tables are those of the data (generated, never hand-kept). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CARD_MARKERS, compositionMarkdown, withComposition, type CardData } from "../scripts/docs/dataset-card.js";
import { REPO } from "./helpers/data-tree.js";

const card = readFileSync(join(REPO, "docs/dataset-card.md"), "utf8");
const data = JSON.parse(readFileSync(join(REPO, "dist/data.json"), "utf8")) as CardData;

describe("the dataset card", () => {
  it("holds the composition of the built data (after a data change, run tsx scripts/docs/write-card.ts)", () => {
    expect(card).toBe(withComposition(card, compositionMarkdown(data)));
  });

  it("counts records per kind, per source and per year, and the records resting on one report", () => {
    const block = compositionMarkdown(data);
    const total = Object.values(data.records).reduce((n, list) => n + (list?.length ?? 0), 0);
    expect(block).toContain(`| total | ${total} |`);
    for (const source of data.records.source ?? []) expect(block).toContain(`\`${source.id}\``);
    expect(block).toMatch(/rest on a single report/);
    expect(block).toContain("no address found");
  });

  it("has the sections of a datasheet and a dataset card", () => {
    for (const heading of ["## Motivation", "## Composition", "## Collection", "## Known gaps and biases", "## Uses", "## Licence", "## Errors and corrections"]) expect(card).toContain(heading);
    expect(card).toContain(CARD_MARKERS.start);
  });
});
