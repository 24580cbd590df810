/** Writes every generated page of the site (record pages, kind indexes, the timeline page) as markdown. */
import { join } from "node:path";
import type { AnyRecord, PrimaryRecord } from "../../src/model/records.js";
import { KINDS, type Kind } from "../../src/model/vocabulary.js";
import { actorPage } from "./pages/actor.js";
import { byTitle, kindIndexPage } from "./pages/indexes.js";
import { writePage, type Page } from "./pages/page.js";
import { placePage } from "./pages/place.js";
import { primaryPage } from "./pages/primary.js";
import { processPage } from "./pages/process.js";
import { sourcePage } from "./pages/source.js";
import { mapPage } from "./pages/map.js";
import { networkPage } from "./pages/network.js";
import { timelinePage } from "./pages/timeline.js";
import { topicPage } from "./pages/topic.js";
import { kindIndexPath, MAP_PATH, NETWORK_PATH } from "./links.js";
import { pageContext, pathOf, type SiteInfo } from "./render.js";

/** The page of any record. */
export function recordPage(site: SiteInfo, record: AnyRecord): Page {
  const ctx = pageContext(site, pathOf(record));
  switch (record.kind) {
    case "meeting":
    case "declaration":
    case "initiative":
      return primaryPage(ctx, record as PrimaryRecord);
    case "actor":
      return actorPage(ctx, record);
    case "place":
      return placePage(ctx, record);
    case "source":
      return sourcePage(ctx, record);
    case "process":
      return processPage(ctx, record);
    case "topic":
      return topicPage(ctx, record);
  }
}

/** Primary kinds keep the chronological order of data.json; reference kinds are listed by name. */
function ordered(site: SiteInfo, kind: Kind): AnyRecord[] {
  const records = [...(site.data.file.records[kind] ?? [])] as AnyRecord[];
  return kind === "meeting" || kind === "declaration" || kind === "initiative" || kind === "source" ? records : records.sort(byTitle);
}

/**
 * The top-level generated pages, in navigation order: the timeline, the network, the map, then one index per kind
 * whose children are the pages of its records.
 */
export function sitePages(site: SiteInfo): Page[] {
  const indexes = KINDS.map((kind) => {
    const records = ordered(site, kind);
    return kindIndexPage(
      pageContext(site, kindIndexPath(kind)),
      kind,
      records as never[],
      records.map((r) => recordPage(site, r)),
    );
  });
  return [timelinePage(pageContext(site, "timeline")), networkPage(pageContext(site, NETWORK_PATH)), mapPage(pageContext(site, MAP_PATH)), ...indexes];
}

/** Writes the pages under `site.pagesDir`; returns the top-level markdown files (for typedoc's `projectDocuments`) and the number of pages. */
export function writeSitePages(site: SiteInfo): { files: string[]; count: number } {
  const pages = sitePages(site);
  const count = pages.reduce((n, page) => n + writePage(site.pagesDir, page), 0);
  return { files: pages.map((page) => join(site.pagesDir, `${page.path}.md`)), count };
}
