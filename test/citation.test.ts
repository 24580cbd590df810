/** Citing the dataset and one record: dataset.citation, citeRecord, the cite command, and CITATION.cff read by Citation.js. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-cff";
import { describe, expect, it } from "vitest";
import { readManifests } from "../scripts/lib/manifests.js";
import { citationCff, DATA_LICENSE } from "../scripts/release/citation-cff.js";
import { CITATION_AUTHORS, formatCitation } from "../src/citation.js";
import { citeRecord, dataset } from "../src/index.js";
import { REPO } from "./helpers/data-tree.js";
import { run } from "./helpers/run.js";

interface Csl {
  type: string;
  title: string;
  author: { literal?: string; family?: string }[];
  issued?: { "date-parts": number[][] };
  URL?: string;
  version?: string;
  note?: string;
  _cff_mainReference?: boolean;
}

const PARTS = { version: "2.0.0", hash: "ab".repeat(32), released: "2026-12-08" };
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { description: string; keywords: string[] };
const cff = citationCff({ ...PARTS, license: DATA_LICENSE, abstract: pkg.description, keywords: pkg.keywords });

/** The fields two citations must agree on, as CSL-JSON. */
const essentials = (csl: Csl) => ({
  title: csl.title,
  authors: csl.author.map((a) => a.literal ?? a.family),
  year: csl.issued?.["date-parts"][0]?.[0],
  url: csl.URL,
  version: csl.version,
  hashInNote: csl.note?.includes(PARTS.hash),
});

describe("CITATION.cff", () => {
  it("is read by Citation.js as a dataset of that version, date and licence", async () => {
    const entries = (await Cite.async(cff)).data as Csl[];
    const main = entries.find((e) => e._cff_mainReference)!;
    expect(main).toMatchObject({ type: "dataset", version: "2.0.0", issued: { "date-parts": [[2026, 12, 8]] } });
  });

  it("has a preferred citation whose BibTeX, as Citation.js writes it, agrees with the package's own", async () => {
    const preferred = ((await Cite.async(cff)).data as Csl[]).find((e) => !e._cff_mainReference)!;
    const ours = ((await Cite.async(formatCitation(PARTS).bibtex)).data as Csl[])[0]!;
    expect(essentials(ours)).toEqual(essentials(preferred));
    expect(essentials(ours)).toMatchObject({ year: 2026, version: "2.0.0", hashInNote: true });
    // Citation.js writes BibTeX from the CFF; read back, it still agrees.
    const theirs = ((await Cite.async(new Cite(cff).format("bibtex"))).data as Csl[]).find((e) => e.URL)!;
    expect(essentials(theirs).title).toBe(essentials(ours).title);
  });

  it("is written at the root for the last release", () => {
    const last = readManifests(join(REPO, "releases")).at(-1)!;
    const text = readFileSync(join(REPO, "CITATION.cff"), "utf8");
    expect(text).toContain(`version: "${last.version}"`);
    expect(text).toContain(last.hash);
  });

  it("names the project's contributors as git history names them", () => {
    const authors = [...new Set(execFileSync("git", ["log", "--format=%an"], { cwd: REPO, encoding: "utf8" }).trim().split("\n"))].sort();
    expect([...CITATION_AUTHORS].sort()).toEqual(authors);
  });
});

describe("dataset.citation and citeRecord", () => {
  it("name the version and the hash in both forms", () => {
    for (const citation of [dataset.citation, citeRecord("2018-tashkent-declaration")!]) {
      for (const form of [citation.text, citation.bibtex]) {
        expect(form).toContain(dataset.version);
        expect(form).toContain(dataset.hash);
      }
    }
    expect(citeRecord("2018-tashkent-declaration")!.text).toContain("2018-tashkent-declaration");
  });

  it("say an unreleased build is one, without a year or an address; a release has both", () => {
    const unreleased = formatCitation({ ...PARTS, version: "2.0.0-next.3", released: undefined });
    expect(unreleased.text).toContain("unreleased build");
    expect(unreleased.bibtex).not.toMatch(/year|url/);
    expect(formatCitation(PARTS).bibtex).toMatch(/year = \{2026\}[\s\S]*url = \{https:\/\/www\.npmjs\.com\/package\/central-asia-security\/v\/2\.0\.0\}/);
  });

  it("dataset.citation is one frozen object, the same at every read and in a copy of dataset", () => {
    const first = dataset.citation;
    expect(Object.isFrozen(first)).toBe(true);
    expect(dataset.citation).toBe(first);
    expect({ ...dataset }.citation).toBe(first);
    expect(JSON.parse(JSON.stringify(dataset)).citation).toEqual(first);
    expect(Object.keys(dataset)).toEqual(["version", "hash", "counts", "citation"]);
  });

  it("return undefined for an unknown id and reject a non-string", () => {
    expect(citeRecord("no-such-record")).toBeUndefined();
    expect(() => citeRecord(1 as never)).toThrow(TypeError);
  });
});

describe("central-asia-security cite", () => {
  const cli = (...args: string[]) => run(process.execPath, [join(REPO, "dist/cli.js"), ...args]);

  it("prints the dataset's citation, or one record's, as text and BibTeX or as JSON", () => {
    const all = cli("cite");
    expect(all.status).toBe(0);
    expect(all.stdout).toContain(dataset.citation.bibtex);
    const one = cli("cite", "2018-tashkent-declaration", "--json");
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(citeRecord("2018-tashkent-declaration"))));
  });

  it("names an unknown id and exits 2", () => {
    const result = cli("cite", "tashkent-declaraton");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("tashkent-declaraton");
  });
});
