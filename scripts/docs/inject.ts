/**
 * The parts of pages whose links depend on the URL of the page showing them: the dataset block
 * of the landing page, the timeline picture and the validation rules table. Source pages hold
 * an HTML comment marker; the site build replaces it after typedoc renders the page.
 */
import type { Kind } from "../../src/model/vocabulary.js";
import { KINDS } from "../../src/model/vocabulary.js";
import { guidePagePath, kindIndexPath, MAP_PATH, NETWORK_PATH, recordPagePath, relativeUrl, siteUrl, TIMELINE_PATH, TIMELINE_SVG_FILE } from "./links.js";
import { a, el, plural, text } from "./markup.js";
import type { SiteData } from "./model.js";
import { kindTitle } from "./pages/indexes.js";
import { MAP_MARKER, placeMapMarker } from "./pages/map.js";
import { mapPlaces, mapSvg, participatingStates, type MapPlace } from "./map-svg.js";
import { actorNetworkMarker, NETWORK_MARKER } from "./pages/network.js";
import { TIMELINE_MARKER } from "./pages/timeline.js";
import { actorNetwork, NETWORK_SIZES, networkOverview, networkSvg, type Network, type NetworkNode } from "./network-svg.js";
import { RULES_MARKER } from "./rules-table.js";
import { timelineMarks, timelineSvg, type TimelineMark } from "./timeline-svg.js";
import { VOCABULARY_MARKER, vocabularyTables } from "./vocabulary-table.js";

/** Where the landing page (the README) shows the dataset: links to every kind and the timeline. */
export const DATASET_MARKER = "<!-- cas:dataset -->";

/** A marker and the HTML that replaces it on a page at URL `url`. */
export interface Injection {
  readonly marker: string;
  readonly html: (url: string) => string;
}

/** The pages given over to one picture: on a wide screen their picture also takes the page menu's column (site.css). */
const PICTURE_PAGES: readonly string[] = [TIMELINE_PATH, NETWORK_PATH, MAP_PATH].map(siteUrl);

/** The figure's classes: `base`, plus `cas-wide-figure` on a picture's own page. */
const figureClass = (base: string, url: string): string => (PICTURE_PAGES.includes(url) ? `${base} cas-wide-figure` : base);

/** Width of the timeline laid out for wide screens (also the standalone SVG file), and for phones, in px. */
export const TIMELINE_WIDTHS = { wide: 640, narrow: 330 } as const;

/**
 * The timeline picture with links relative to the page at `url`, in a figure with a caption:
 * laid out twice, for wide screens and for phones (the site's CSS shows the one that fits), so
 * the labels stay readable at either width instead of being scaled down.
 */
export function timelineFigure(data: SiteData, url: string): string {
  const marks = timelineMarks(data.primary);
  const href = (m: TimelineMark): string => relativeUrl(url, siteUrl(recordPagePath(m.kind, m.id)));
  const wide = timelineSvg(marks, { href, width: TIMELINE_WIDTHS.wide, idPrefix: "cas-tl-wide" });
  const narrow = timelineSvg(marks, { href, width: TIMELINE_WIDTHS.narrow, idPrefix: "cas-tl-narrow" });
  const caption = `Every dated record, one lane per kind, labelled with its title; click a label to open the record. The style of a mark says how precise its date is (see the key). ${a(relativeUrl(url, siteUrl(TIMELINE_PATH)), "The timeline page")} lists the dates in words; ${a(relativeUrl(url, TIMELINE_SVG_FILE), "the picture as an SVG file")}.`;
  return el(
    "figure",
    { class: figureClass("cas-figure cas-timeline-figure", url) },
    el("div", { class: "cas-wide-only" }, wide),
    el("div", { class: "cas-narrow-only" }, narrow),
    el("figcaption", {}, caption),
  );
}

/** The dataset block of the landing page: one link per kind index with its count, and the timeline page. */
export function datasetBlock(data: SiteData, url: string): string {
  const link = (kind: Kind): string =>
    `${a(relativeUrl(url, siteUrl(kindIndexPath(kind))), text(kindTitle(kind)), { class: "cas-kind-link" })} ${el("span", { class: "cas-meta" }, text(String(data.file.counts[kind] ?? 0)))}`;
  const total = Object.values(data.file.counts).reduce((n, c) => n + c, 0);
  return el(
    "section",
    { class: "cas-dataset" },
    el("p", {}, text(`Browse the ${plural(total, "record")} of dataset ${data.file.version}, each on its own page with its evidence quotes and links to its sources:`)),
    el(
      "ul",
      { class: "cas-kinds" },
      ...KINDS.map((kind) => el("li", {}, link(kind))),
      el("li", {}, a(relativeUrl(url, siteUrl(TIMELINE_PATH)), "Timeline", { class: "cas-kind-link" })),
      el("li", {}, a(relativeUrl(url, siteUrl(NETWORK_PATH)), "Network", { class: "cas-kind-link" })),
      el("li", {}, a(relativeUrl(url, siteUrl(MAP_PATH)), "Map", { class: "cas-kind-link" })),
    ),
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
    [
      ...kinds,
      a(relativeUrl(url, siteUrl(TIMELINE_PATH)), "Timeline"),
      a(relativeUrl(url, siteUrl(NETWORK_PATH)), "Network"),
      a(relativeUrl(url, siteUrl(MAP_PATH)), "Map"),
      a(relativeUrl(url, siteUrl(guidePagePath("getting-started"))), "Getting started"),
    ].join(" · "),
  );
}

/**
 * The notice on every page of a site built from unreleased data (a prerelease version such as
 * `2.0.0-next.15`, docs/versioning.md): what it documents is in no release yet. Undefined for a release.
 */
export function unreleasedBanner(data: SiteData): string | undefined {
  const { version, changes } = data.file;
  if (!version.includes("-")) return undefined;
  const since = changes.filter((c) => c.version !== version).at(-1)?.version;
  return el(
    "p",
    { class: "cas-unreleased", role: "note" },
    el("strong", {}, "Unreleased build."),
    " ",
    text(`This site documents dataset ${version}, which no release holds yet${since ? `: the data has changed since release ${since}` : ""}. Pin a release, not this build.`),
  );
}

/**
 * A network picture with links relative to the page at `url`, laid out twice (wide screens and
 * phones, as the timeline is), in a figure with a caption.
 */
export function networkFigure(network: Network, url: string, title: string, idPrefix: string): string {
  const href = (node: NetworkNode): string => relativeUrl(url, siteUrl(recordPagePath(node.kind, node.id)));
  const wide = networkSvg(network, { href, sizes: NETWORK_SIZES.wide, idPrefix: `${idPrefix}-wide`, title });
  const narrow = networkSvg(network, { href, sizes: NETWORK_SIZES.narrow, idPrefix: `${idPrefix}-narrow`, title });
  return el("figure", { class: figureClass("cas-figure cas-network-figure", url) }, el("div", { class: "cas-wide-only cas-scroll" }, wide), el("div", { class: "cas-narrow-only cas-scroll" }, narrow));
}

/** The network injections: the overview, and the neighbourhood of every actor that took part in a record. */
function networkInjections(data: SiteData): Injection[] {
  const actors = (data.file.records.actor ?? []).filter((actor) => data.primary.some((r) => (r.participants ?? []).some((p) => p.actor === actor.id)));
  return [
    { marker: NETWORK_MARKER, html: (url) => networkFigure(networkOverview(data), url, "Who took part in which meeting, declaration and initiative", "cas-net") },
    ...actors.map((actor) => ({
      marker: actorNetworkMarker(actor.id),
      html: (url: string) => networkFigure(actorNetwork(data, actor.id), url, `The records ${actor.name} took part in, with their participants`, "cas-net"),
    })),
  ];
}

/** Sizes of the map: wide screens, phones (fits 390 px with the page's margins), and a place page's locator map. */
export const MAP_SIZES = { wide: { width: 640, aspect: 0.72 }, narrow: { width: 340, aspect: 1 }, locator: { width: 280, aspect: 0.75 } } as const;

/**
 * The map with links relative to the page at `url`, laid out for wide screens and for phones
 * (the site's CSS shows the one that fits); with `focus`, the locator map of that place alone.
 */
export function mapFigure(data: SiteData, url: string, focus?: string): string {
  const places = mapPlaces(data);
  const states = participatingStates(data);
  const href = (p: MapPlace): string => relativeUrl(url, siteUrl(recordPagePath("place", p.id)));
  if (focus) {
    const name = places.find((p) => p.id === focus)?.name ?? focus;
    const svg = mapSvg(places, states, { ...MAP_SIZES.locator, href, idPrefix: "cas-map-locator", title: `Where ${name} is`, focus });
    return el(
      "figure",
      { class: "cas-figure cas-map-figure cas-locator" },
      svg,
      el("figcaption", {}, `${text(name)} (large dot) among the dataset's other places; shaded: states that took part. ${a(relativeUrl(url, siteUrl(MAP_PATH)), "The map")} shows them all.`),
    );
  }
  const title = "Where the meetings were held, and the states that took part";
  const wide = mapSvg(places, states, { ...MAP_SIZES.wide, href, idPrefix: "cas-map-wide", title });
  const narrow = mapSvg(places, states, { ...MAP_SIZES.narrow, href, idPrefix: "cas-map-narrow", title });
  const caption = `Click a dot to open its place. States that took part, shaded where they fall within the map: ${states.map((s) => a(relativeUrl(url, siteUrl(recordPagePath("actor", s.id))), text(s.name))).join(", ")}.`;
  return el(
    "figure",
    { class: figureClass("cas-figure cas-map-figure", url) },
    el("div", { class: "cas-wide-only" }, wide),
    el("div", { class: "cas-narrow-only" }, narrow),
    el("figcaption", {}, caption),
  );
}

/** The injections of the site: the dataset block, the timeline and network pictures, the rules table and the vocabulary tables. */
export function siteInjections(data: SiteData, rulesHtml: string): Injection[] {
  const vocabularies = vocabularyTables();
  return [
    { marker: DATASET_MARKER, html: (url) => datasetBlock(data, url) },
    { marker: TIMELINE_MARKER, html: (url) => timelineFigure(data, url) },
    ...networkInjections(data),
    { marker: MAP_MARKER, html: (url) => mapFigure(data, url) },
    ...(data.file.records.place ?? []).filter((p) => p.geo !== undefined).map((p) => ({ marker: placeMapMarker(p.id), html: (url: string) => mapFigure(data, url, p.id) })),
    { marker: RULES_MARKER, html: () => rulesHtml },
    { marker: VOCABULARY_MARKER, html: () => vocabularies },
  ];
}

/**
 * Wraps every table of a rendered page in a `.cas-scroll` box, so a table wider than a phone
 * scrolls inside its box instead of widening the page.
 * @example
 * ```ts
 * scrollableTables("<table><tr><td>x</td></tr></table>"); // '<div class="cas-scroll"><table>…</table></div>'
 * ```
 */
export function scrollableTables(html: string): string {
  return html.replace(/<table\b/g, '<div class="cas-scroll"><table').replace(/<\/table>/g, "</table></div>");
}

/**
 * An injector that replaces every marker and counts the pages each marker was found on, so
 * the build can fail when one was never found (a marker removed from the README, say); it also
 * makes every table scroll in its own box ({@link scrollableTables}).
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
    return scrollableTables(out);
  };
  return { inject, found };
}
