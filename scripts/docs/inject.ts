/**
 * The parts of pages whose links depend on the URL of the page showing them: the dataset block
 * of the landing page, the timeline picture and the validation rules table. Source pages hold
 * an HTML comment marker; the site build replaces it after typedoc renders the page.
 */
import type { Kind } from "../../src/model/vocabulary.js";
import { KINDS } from "../../src/model/vocabulary.js";
import { guidePagePath, kindIndexPath, recordPagePath, relativeUrl, siteUrl, TIMELINE_PATH, TIMELINE_SVG_FILE } from "./links.js";
import { a, el, plural, text } from "./markup.js";
import type { SiteData } from "./model.js";
import { kindTitle } from "./pages/indexes.js";
import { TIMELINE_MARKER } from "./pages/timeline.js";
import { RULES_MARKER } from "./rules-table.js";
import { timelineMarks, timelineSvg } from "./timeline-svg.js";
import { VOCABULARY_MARKER, vocabularyTables } from "./vocabulary-table.js";

/** Where the landing page (the README) shows the dataset: links to every kind and the timeline. */
export const DATASET_MARKER = "<!-- cas:dataset -->";

/** A marker and the HTML that replaces it on a page at URL `url`. */
export interface Injection {
  readonly marker: string;
  readonly html: (url: string) => string;
}

/** The timeline picture with links relative to the page at `url`, in a figure with a caption. */
export function timelineFigure(data: SiteData, url: string): string {
  const svg = timelineSvg(timelineMarks(data.primary), { href: (m) => relativeUrl(url, siteUrl(recordPagePath(m.kind, m.id))) });
  const caption = `Every dated record, one lane per kind; a mark spans the days its date may denote. Point at a mark for its title, click it to open the record. ${a(relativeUrl(url, TIMELINE_SVG_FILE), "The picture as an SVG file")}.`;
  return el("figure", { class: "cas-figure" }, el("div", { class: "cas-scroll" }, svg), el("figcaption", {}, caption));
}

/** The dataset block of the landing page: one link per kind index with its count, the timeline page, and the picture. */
export function datasetBlock(data: SiteData, url: string): string {
  const link = (kind: Kind): string => a(relativeUrl(url, siteUrl(kindIndexPath(kind))), text(kindTitle(kind)), { class: "cas-kind-link" }) + ` ${el("span", { class: "cas-meta" }, text(String(data.file.counts[kind] ?? 0)))}`;
  const total = Object.values(data.file.counts).reduce((n, c) => n + c, 0);
  return el(
    "section",
    { class: "cas-dataset" },
    el("p", {}, text(`Browse the ${plural(total, "record")} of dataset ${data.file.version}, each on its own page with its evidence quotes and links to its sources:`)),
    el("ul", { class: "cas-kinds" }, ...KINDS.map((kind) => el("li", {}, link(kind))), el("li", {}, a(relativeUrl(url, siteUrl(TIMELINE_PATH)), "Timeline", { class: "cas-kind-link" }))),
    timelineFigure(data, url),
  );
}

/**
 * The line at the top of the landing page: a link to each kind's index, the timeline and the
 * first guide, so every record is two clicks from the front page.
 */
export function landingBanner(data: SiteData, url: string): string | undefined {
  if (url !== "index.html") return undefined;
  const kinds = KINDS.map((kind) => `${a(relativeUrl(url, siteUrl(kindIndexPath(kind))), text(kindTitle(kind)))} ${el("span", { class: "cas-meta" }, text(String(data.file.counts[kind] ?? 0)))}`);
  return el(
    "nav",
    { class: "cas-browse", "aria-label": "Browse the dataset" },
    el("strong", {}, "Browse the dataset:"),
    " ",
    [...kinds, a(relativeUrl(url, siteUrl(TIMELINE_PATH)), "Timeline"), a(relativeUrl(url, siteUrl(guidePagePath("getting-started"))), "Getting started")].join(" · "),
  );
}

/** The injections of the site: the dataset block, the timeline picture, the rules table and the vocabulary tables. */
export function siteInjections(data: SiteData, rulesHtml: string): Injection[] {
  const vocabularies = vocabularyTables();
  return [
    { marker: DATASET_MARKER, html: (url) => datasetBlock(data, url) },
    { marker: TIMELINE_MARKER, html: (url) => timelineFigure(data, url) },
    { marker: RULES_MARKER, html: () => rulesHtml },
    { marker: VOCABULARY_MARKER, html: () => vocabularies },
  ];
}

/**
 * An injector that replaces every marker and counts the pages each marker was found on, so
 * the build can fail when one was never found (a marker removed from the README, say).
 */
export function injector(injections: readonly Injection[]): { inject: (html: string, url: string) => string; found: Map<string, string[]> } {
  const found = new Map<string, string[]>(injections.map((i) => [i.marker, []]));
  const inject = (html: string, url: string): string => {
    let out = html;
    for (const { marker, html: make } of injections) {
      if (!out.includes(marker)) continue;
      found.get(marker)!.push(url);
      out = out.split(marker).join(make(url));
    }
    return out;
  };
  return { inject, found };
}
