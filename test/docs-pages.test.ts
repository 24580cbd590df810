/** The record page generators, on a small hand-made dataset: what each page shows and links to. */
import { existsSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dateInWords } from "../scripts/docs/dates.js";
import { recordPage, sitePages } from "../scripts/docs/generate.js";
import { guideFiles } from "../scripts/docs/guides.js";
import { kindIndexPath, pageLink, recordPagePath, relativeUrl } from "../scripts/docs/links.js";
import { text } from "../scripts/docs/markup.js";
import { citedSources, indexDataset, type DataFile } from "../scripts/docs/model.js";
import { pageFile, type Page } from "../scripts/docs/pages/page.js";
import type { SiteInfo } from "../scripts/docs/render.js";
import { parseEdtf } from "../src/dates/edtf.js";

const REPO = resolve(import.meta.dirname, "..");
const stamps = { addedIn: "1.0.0", modifiedIn: "1.2.0" };
const ev = (quote: string, source = "report-one") => [{ source, quote }];
const bounds = (edtf: string) => {
  const { earliest, latest, precision, uncertain, approximate } = parseEdtf(edtf);
  return { earliest, latest, precision, uncertain, approximate };
};

/** A tiny dataset with one record of each kind, linked the way the real one is. */
const FILE = {
  version: "1.2.0",
  hash: "0".repeat(64),
  counts: { meeting: 1, declaration: 1, initiative: 1, actor: 3, place: 1, source: 1, process: 1, topic: 1 },
  records: {
    meeting: [
      {
        id: "2018-tashkent-conference",
        kind: "meeting",
        title: "Tashkent conference",
        type: "conference",
        status: "held",
        summary: "A conference.",
        date: { edtf: "2018-03", evidence: ev("held in March 2018") },
        bounds: bounds("2018-03"),
        places: [{ place: "tashkent", evidence: ev("in Tashkent") }],
        participants: [
          { actor: "uzbekistan", role: "host", capacity: "Host state", evidence: ev("Uzbekistan hosted") },
          { actor: "shavkat-mirziyoyev", role: "speaker", capacity: "President of Uzbekistan", onBehalfOf: "uzbekistan", evidence: ev("President of Uzbekistan Shavkat Mirziyoyev said") },
        ],
        statements: [{ speaker: "shavkat-mirziyoyev", onBehalfOf: "uzbekistan", mode: "direct", words: "Peace <now>.", topics: ["peace"], evidence: ev('He said, "Peace <now>."') }],
        incoming: [{ type: "adopted", source: "2018-tashkent-declaration", evidence: ev("adopted the declaration") }],
        evidence: ev("The conference took place."),
        ...stamps,
      },
    ],
    declaration: [
      {
        id: "2018-tashkent-declaration",
        kind: "declaration",
        title: "Tashkent Declaration",
        type: "declaration",
        stage: "adopted",
        summary: "A declaration.",
        date: { edtf: "2018-03", inferred: "Adopted at the end of the conference, held in March 2018.", inferredFrom: "sources", evidence: ev("adopted at the end of the conference") },
        bounds: bounds("2018-03"),
        relations: [{ type: "adopted-at", target: "2018-tashkent-conference", evidence: ev("adopted the declaration") }],
        topics: ["peace"],
        provisions: ["Talks without preconditions."],
        incoming: [],
        evidence: ev("The declaration’s *core* proposal <is> {@link talks}.\nSecond line."),
        ...stamps,
      },
    ],
    initiative: [
      {
        id: "peace-programme",
        kind: "initiative",
        title: "Peace programme",
        type: "programme",
        status: "proposed",
        summary: "A programme.",
        relations: [{ type: "part-of", target: "peace-process", evidence: ev("part of the process") }],
        incoming: [],
        evidence: ev("a programme"),
        ...stamps,
      },
    ],
    actor: [
      { id: "uzbekistan", kind: "actor", type: "state", name: "Uzbekistan", country: "UZ", summary: "A state.", evidence: ev("Uzbekistan"), ...stamps },
      {
        id: "shavkat-mirziyoyev",
        kind: "actor",
        type: "person",
        name: "Shavkat Mirziyoyev",
        positions: [{ title: "President of Uzbekistan", onBehalfOf: "uzbekistan", evidence: ev("President of Uzbekistan Shavkat Mirziyoyev said") }],
        summary: "A president.",
        evidence: ev("Mirziyoyev"),
        ...stamps,
      },
      { id: "tass", kind: "actor", type: "organization", name: "TASS", summary: "A news agency.", evidence: ev("TASS"), ...stamps },
    ],
    place: [
      {
        id: "tashkent",
        kind: "place",
        type: "city",
        name: "Tashkent",
        country: "UZ",
        geonamesId: 1512569,
        geo: { latitude: 41.26465, longitude: 69.21627 },
        summary: "A city.",
        evidence: ev("Tashkent"),
        ...stamps,
      },
    ],
    source: [
      {
        id: "report-one",
        kind: "source",
        title: "Report one",
        titleIsHeadline: true,
        publisher: "tass",
        dateline: { place: "tashkent", evidence: ev("TASHKENT") },
        published: { edtf: "2018", inferred: "It reports March 2018 as past.", inferredFrom: "outside-knowledge", evidence: ev("in March 2018") },
        language: "en",
        sha256: "a".repeat(64),
        file: "000.txt",
        summary: "A report.",
        evidence: ev("Report one"),
        ...stamps,
      },
    ],
    process: [
      {
        id: "peace-process",
        kind: "process",
        type: "process",
        name: "Peace process",
        summary: "A process.",
        members: [{ actor: "uzbekistan", role: "member", evidence: ev("members") }],
        evidence: ev("the process"),
        ...stamps,
      },
    ],
    topic: [{ id: "peace", kind: "topic", name: "Peace", summary: "Peace talks.", ...stamps }],
  },
  tombstones: [{ id: "tashkent-meeting", kind: "meeting", status: "moved", target: "2018-tashkent-conference", reason: "A duplicate.", tombstonedIn: "1.1.0" }],
} as unknown as DataFile;

const data = indexDataset(FILE);
const pagesDir = join(REPO, ".tmp", "docs-pages-test");
const site: SiteInfo = { data, pagesDir, repoRoot: REPO };
const page = (id: string): Page => recordPage(site, data.byId.get(id)!);
const flatten = (pages: readonly Page[]): Page[] => pages.flatMap((p) => [p, ...flatten(p.children ?? [])]);
const hrefs = (p: Page): string[] => [...p.body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe("record pages", () => {
  it("show a declaration's facts: kind, type, stage, date with precision and the reason it was inferred, topics, versions, sources", () => {
    const { body, title, path } = page("2018-tashkent-declaration");
    expect(title).toBe("Tashkent Declaration");
    expect(path).toBe("records/declarations/2018-tashkent-declaration");
    expect(body).toMatch(/^# Tashkent Declaration\n/);
    for (const fact of [
      "Declaration",
      "adopted",
      "March 2018",
      "month precision",
      "2018-03-01 to 2018-03-31",
      "Inferred:",
      "Adopted at the end of the conference, held in March 2018.",
      "1.0.0; last modified in 1.2.0",
    ]) {
      expect(body).toContain(fact);
    }
    expect(hrefs(page("2018-tashkent-declaration"))).toEqual(expect.arrayContaining(["../topics/peace.md", "../meetings/2018-tashkent-conference.md", "../sources/report-one.md"]));
    expect(hrefs(page("2018-tashkent-conference"))).toContain("../places/tashkent.md");
  });

  it("show a place's GeoNames link, its coordinates with hemispheres, and where its locator map goes", () => {
    const { body } = page("tashkent");
    expect(body).toContain('<a href="https://www.geonames.org/1512569">1512569</a>');
    expect(body).toContain("41.26465° N, 69.21627° E (WGS 84)");
    expect(body).toContain("## Map\n\n<!-- cas:map:tashkent -->");
  });

  it("link relations both ways: the declaration to the meeting that adopted it, the meeting back to the declaration", () => {
    const declaration = page("2018-tashkent-declaration").body;
    expect(declaration).toMatch(/<h3>Adopted at<\/h3><ul><li><a href="\.\.\/meetings\/2018-tashkent-conference\.md">Tashkent conference<\/a>/);
    const meeting = page("2018-tashkent-conference").body;
    expect(meeting).toMatch(/<h3>Adopted here<\/h3><ul><li><a href="\.\.\/declarations\/2018-tashkent-declaration\.md">Tashkent Declaration<\/a>/);
  });

  it("group participants by role, linked to their actor pages, with their capacity", () => {
    const meeting = page("2018-tashkent-conference").body;
    expect(meeting).toContain('<h3>Host</h3><ul><li><a href="../actors/uzbekistan.md">Uzbekistan</a>');
    expect(meeting).toContain("Host state");
  });

  it("show whom a participant acted for, and the statements made at a meeting: speaker, for whom, quoted words (escaped), topics, evidence", () => {
    const meeting = page("2018-tashkent-conference").body;
    expect(meeting).toMatch(
      /<h3>Speaker<\/h3><ul><li><a href="\.\.\/actors\/shavkat-mirziyoyev\.md">Shavkat Mirziyoyev<\/a> <span class="cas-meta">— President of Uzbekistan; for <a href="\.\.\/actors\/uzbekistan\.md">Uzbekistan<\/a><\/span>/,
    );
    const statements = meeting.slice(meeting.indexOf("## Statements"));
    expect(statements).toContain('<a href="../actors/shavkat-mirziyoyev.md">Shavkat Mirziyoyev</a> for <a href="../actors/uzbekistan.md">Uzbekistan</a> <span class="cas-meta">(quoted)</span>');
    expect(statements).toContain(`<q>${text("Peace <now>.")}</q>`);
    expect(statements).toContain('href="../topics/peace.md"');
    expect(statements).toContain(text('He said, "Peace <now>."'));
  });

  it("list on a state's page the records where someone acted on its behalf, and the statements made for it", () => {
    const body = page("uzbekistan").body;
    expect(body).toMatch(
      /## Others acting on its behalf\n\n<section class="cas-role"><h3>Speaker<\/h3><ul><li><a href="\.\.\/meetings\/2018-tashkent-conference\.md">Tashkent conference<\/a>.*— by <a href="\.\/shavkat-mirziyoyev\.md">Shavkat Mirziyoyev<\/a>/,
    );
    expect(body).toContain("## Statements");
    expect(page("shavkat-mirziyoyev").body).toContain('President of Uzbekistan <span class="cas-meta">— for <a href="./uzbekistan.md">Uzbekistan</a></span>');
  });

  it("label a date inferred from outside knowledge as such", () => {
    expect(page("report-one").body).toContain("<strong>Inferred from outside knowledge:</strong>");
    expect(page("2018-tashkent-declaration").body).toContain("<strong>Inferred:</strong>");
  });

  it("quote the evidence verbatim (escaped, never interpreted as markdown or typedoc tags) with a link to its source", () => {
    const body = page("2018-tashkent-declaration").body;
    expect(body).toContain(
      `<blockquote class="cas-quote"><p class="cas-said">${text("The declaration’s *core* proposal <is> {@link talks}.\nSecond line.")}</p><p class="cas-cite">Source: <a href="../sources/report-one.md">Report one</a></p></blockquote>`,
    );
    expect(body).not.toContain("{@link");
  });

  it("link every record, of every kind, to each source it cites", () => {
    for (const record of data.all) {
      const links = hrefs(recordPage(site, record));
      for (const source of citedSources(record)) expect(links, record.id).toContain(pageLink(recordPagePath(record.kind, record.id), recordPagePath("source", source)));
    }
  });

  it("list on an actor's page what it took part in, by role, and its processes", () => {
    const body = page("uzbekistan").body;
    expect(body).toMatch(
      /## Took part in\n\n<section class="cas-role"><h3>Host<\/h3><ul><li><a href="\.\.\/meetings\/2018-tashkent-conference\.md">Tashkent conference<\/a> <span class="cas-meta">\(meeting, March 2018\)/,
    );
    expect(body).toContain("## Member of");
    expect(body).toContain('href="../processes/peace-process.md"');
    expect(page("tass").body).toContain("## Published");
  });

  it("list on a source's page every record that cites it, its publisher, dateline and inferred publication date", () => {
    const body = page("report-one").body;
    for (const id of ["2018-tashkent-conference", "2018-tashkent-declaration", "peace-programme", "uzbekistan", "tass", "tashkent", "peace-process"]) {
      expect(body).toContain(`href="${pageLink("records/sources/report-one", recordPagePath(data.byId.get(id)!.kind, id))}"`);
    }
    expect(body).toContain("It reports March 2018 as past.");
    expect(body).toContain('<a href="../actors/tass.md">TASS</a>');
  });

  it("list the records of a process and of a topic", () => {
    expect(page("peace-process").body).toContain('<h3>Part of this</h3><ul><li><a href="../initiatives/peace-programme.md">Peace programme</a>');
    expect(page("peace").body).toContain('<a href="../declarations/2018-tashkent-declaration.md">Tashkent Declaration</a>');
  });
});

describe("the generated site pages", () => {
  const top = sitePages(site);
  const all = flatten(top);

  it("have one page per record under its kind's index, plus the timeline, the network and the map", () => {
    expect(top.map((p) => p.path)).toEqual([
      "timeline",
      "network",
      "map",
      ...["meeting", "declaration", "initiative", "actor", "place", "source", "process", "topic"].map((k) => kindIndexPath(k as never)),
    ]);
    const recordPages = all
      .filter((p) => p.record)
      .map((p) => p.record)
      .sort();
    expect(recordPages).toEqual(data.all.map((r) => r.id).sort());
    expect(new Set(all.map((p) => p.path)).size).toBe(all.length);
  });

  it("only link to pages that exist, or to files that exist (the guides)", () => {
    const paths = new Set(all.map((p) => p.path));
    const broken = all.flatMap((p) =>
      hrefs(p)
        .filter((href) => !/^[a-z]+:/.test(href))
        .filter((href) => {
          const target = posix.join(posix.dirname(p.path), href.replace(/#.*$/, ""));
          return target.endsWith(".md") && !paths.has(target.slice(0, -3)) && !existsSync(resolve(dirname(join(pagesDir, `${p.path}.md`)), href));
        })
        .map((href) => `${p.path} → ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it("list retired ids on their kind's index with what replaced them", () => {
    const meetings = top.find((p) => p.path === kindIndexPath("meeting"))!;
    expect(meetings.body).toContain("## Retired ids");
    expect(meetings.body).toContain("<code>tashkent-meeting</code>");
  });

  it("are written as typedoc documents: front matter with title, site path, group and children", () => {
    const index = top.find((p) => p.path === kindIndexPath("place"))!;
    expect(pageFile(index)).toBe(`---\ntitle: "Places"\nsitePath: "records/places"\ngroup: "Dataset"\nchildren:\n  "records/places/tashkent": "./places/tashkent.md"\n---\n${index.body}\n`);
  });
});

describe("helpers", () => {
  it("escape every character markdown, HTML or typedoc could read as syntax", () => {
    expect(text(`a*b_c [d](e) <f> & "g" {@h} #i |j| \`k\` ~l\\`)).toBe("a&#42;b&#95;c &#91;d&#93;(e) &lt;f&gt; &amp; &quot;g&quot; &#123;&#64;h&#125; &#35;i &#124;j&#124; &#96;k&#96; &#126;l&#92;");
  });

  it("write dates in words at their own precision, with seasons as meteorological seasons", () => {
    const words = (edtf: string) => dateInWords(edtf, bounds(edtf));
    expect(words("2020-08-26")).toBe("26 August 2020");
    expect(words("2018-03")).toBe("March 2018");
    expect(words("2018-23~")).toBe("about autumn 2018 (September–November)");
    expect(words("2018-24")).toBe("winter 2018 (December–February)");
    expect(words("2025?")).toBe("possibly 2025");
    expect(words("2026/2030")).toBe("2026–2030");
    expect(words("2018-03-26/2018-03-27")).toBe("26 March 2018 – 27 March 2018");
  });

  it("compute relative links between pages", () => {
    expect(pageLink("records/declarations/x", "records/meetings/y")).toBe("../meetings/y.md");
    expect(pageLink("records/meetings", "records/meetings/y")).toBe("./meetings/y.md");
    expect(pageLink("timeline", "records/meetings/y", "date")).toBe("./records/meetings/y.md#date");
    expect(relativeUrl("index.html", "records/meetings/y.html")).toBe("records/meetings/y.html");
    expect(relativeUrl("records/declarations/x.html", "timeline.svg")).toBe("../../timeline.svg");
  });

  it("order the guides of docs/ for reading, including any guide it does not know", () => {
    const names = guideFiles(join(REPO, "docs")).map((file) => file.replace(/^.*\//, ""));
    expect(names[0]).toBe("getting-started.md");
    expect(names).toEqual(expect.arrayContaining(["data-model.md", "contributing.md"]));
    expect(names.indexOf("data-model.md")).toBeLessThan(names.indexOf("contributing.md"));
  });
});
