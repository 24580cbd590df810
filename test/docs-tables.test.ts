/** The tables the docs site generates from code (validation rules, vocabularies), and the marker injection. */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_MARKER, injector, landingBanner, siteInjections } from "../scripts/docs/inject.js";
import { text } from "../scripts/docs/markup.js";
import { indexDataset, type DataFile } from "../scripts/docs/model.js";
import { ruleDocs, rulesTable, RULES_MARKER } from "../scripts/docs/rules-table.js";
import { TIMELINE_MARKER } from "../scripts/docs/pages/timeline.js";
import { vocabularyTables, VOCABULARY_MARKER } from "../scripts/docs/vocabulary-table.js";
import { FILE_RULES, RULES } from "../scripts/validate/index.js";
import { RELATIONS, ROLES, MEETING_TYPES, TOMBSTONE_STATUSES } from "../src/model/vocabulary.js";

const REPO = resolve(import.meta.dirname, "..");

describe("the validation rules table", () => {
  const rules = ruleDocs(REPO);

  it("lists every rule of the validator, in the order problems are reported", () => {
    expect(rules.map((r) => r.name)).toEqual([...FILE_RULES.map((r) => r.name), ...RULES.map((r) => r.name)]);
    expect(rules.map((r) => r.description)).toEqual([...FILE_RULES.map((r) => r.description), ...RULES.map((r) => r.description)]);
  });

  it("shows for every rule the message it prints for its failing fixture, as `file › path: message (hint) [rule]`", () => {
    const withoutExample = rules.filter((r) => !r.example).map((r) => r.name);
    expect(withoutExample).toEqual([]);
    for (const rule of rules) expect(rule.example, rule.name).toMatch(new RegExp(`^data/\\S+.*: .+ \\(.+\\) \\[${rule.name}\\]$`));
  });

  it("renders each rule with an anchor, its description and its example", () => {
    const html = rulesTable(rules);
    for (const rule of rules) expect(html).toContain(`<code id="rule-${rule.name}">${rule.name}</code>`);
    expect(html).toContain("edtf-syntax");
  });
});

describe("the vocabulary tables", () => {
  it("list every value of every vocabulary, and every relation with its inverse", () => {
    const html = vocabularyTables();
    for (const value of [...MEETING_TYPES, ...ROLES, ...TOMBSTONE_STATUSES]) expect(html).toContain(`<code>${value}</code>`);
    for (const [type, { inverse }] of Object.entries(RELATIONS)) expect(html).toContain(`<tr><td><code>${type}</code></td><td><code>${inverse}</code></td>`);
  });
});

describe("the marker injector", () => {
  const data = indexDataset({
    version: "1.0.0",
    hash: "",
    counts: { meeting: 0, declaration: 0, initiative: 0, actor: 0, place: 0, source: 0, process: 0, topic: 0 },
    records: { meeting: [], declaration: [], initiative: [], actor: [], place: [], source: [], process: [], topic: [] },
  } as unknown as DataFile);

  it("replaces each marker with HTML whose links are relative to the page, and records where it found them", () => {
    const { inject, found } = injector(siteInjections(data, "<table>rules</table>"));
    const landing = inject(`<p>intro</p>${TIMELINE_MARKER}${DATASET_MARKER}`, "index.html");
    expect(landing).not.toContain(DATASET_MARKER);
    expect(landing).toContain('href="records/meetings.html"');
    expect(landing).toContain('href="network.html"');
    expect(landing).toContain('href="timeline.svg"');
    // The timeline twice: laid out for wide screens and for phones.
    expect(landing.match(/<svg [^>]*class="cas-timeline"/g)).toHaveLength(2);
    const guide = inject(`${RULES_MARKER}<hr>${VOCABULARY_MARKER}`, "guides/contributing.html");
    // Every table scrolls in a box of its own, so a phone page never scrolls sideways.
    expect(guide).toContain('<div class="cas-scroll"><table>rules</table></div>');
    expect(guide).toContain(text("MEETING_TYPES"));
    expect(inject(DATASET_MARKER, "guides/x.html")).toContain('href="../records/meetings.html"');
    expect(found.get(DATASET_MARKER)).toEqual(["index.html", "guides/x.html"]);
    expect(found.get(RULES_MARKER)).toEqual(["guides/contributing.html"]);
  });

  it("puts a line linking every kind's index, the timeline and the first guide at the top of the landing page only", () => {
    const banner = landingBanner(data, "index.html")!;
    for (const href of ["records/meetings.html", "records/topics.html", "timeline.html", "network.html", "guides/getting-started.html"]) expect(banner).toContain(`href="${href}"`);
    expect(landingBanner(data, "guides/x.html")).toBeUndefined();
  });
});
