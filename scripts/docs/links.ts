/**
 * Where every generated page lives. A page has one path, without extension, used three ways:
 * its markdown file under the generation folder (`<path>.md`), its URL in the site
 * (`<path>.html`, assigned by the site router from the page's `sitePath`), and the relative
 * links between generated pages (typedoc rewrites `.md` links to the target page's URL).
 */
import { posix } from "node:path";
import { COLLECTIONS, type Kind } from "../../src/model/vocabulary.js";

/** Path of the timeline page. */
export const TIMELINE_PATH = "timeline";

/** Path of the network page (who took part in what). */
export const NETWORK_PATH = "network";

/** Path of the map page (where the meetings were held). */
export const MAP_PATH = "map";

/** Path of the standalone timeline SVG file in the site, relative to the site root. */
export const TIMELINE_SVG_FILE = "timeline.svg";

/**
 * Path of the page of record `id` of `kind`, e.g. `records/meetings/2018-tashkent-conference-on-afghanistan`.
 * @example
 * ```ts
 * recordPagePath("declaration", "2018-tashkent-declaration"); // "records/declarations/2018-tashkent-declaration"
 * ```
 */
export function recordPagePath(kind: Kind, id: string): string {
  return `records/${COLLECTIONS[kind]}/${id}`;
}

/**
 * Path of the index page that lists every record of `kind`, e.g. `records/meetings`.
 * @example
 * ```ts
 * kindIndexPath("actor"); // "records/actors"
 * ```
 */
export function kindIndexPath(kind: Kind): string {
  return `records/${COLLECTIONS[kind]}`;
}

/**
 * Path of the site page of guide `docs/<name>.md`.
 * @example
 * ```ts
 * guidePagePath("getting-started"); // "guides/getting-started"
 * ```
 */
export function guidePagePath(name: string): string {
  return `guides/${name}`;
}

/**
 * The URL of a page path in the built site, relative to the site root.
 * @example
 * ```ts
 * siteUrl("records/actors"); // "records/actors.html"
 * ```
 */
export function siteUrl(path: string): string {
  return `${path}.html`;
}

/**
 * A relative link from page `from` to page `to` (both page paths), as written in the markdown
 * of `from`, with an optional `#anchor`.
 * @example
 * ```ts
 * pageLink("records/declarations/x", "records/meetings/y"); // "../meetings/y.md"
 * ```
 */
export function pageLink(from: string, to: string, anchor?: string): string {
  const link = posix.relative(posix.dirname(from), `${to}.md`);
  return `${link.startsWith(".") ? link : `./${link}`}${anchor ? `#${anchor}` : ""}`;
}

/**
 * A relative URL from the built page at site URL `fromUrl` to site URL `toUrl`.
 * @example
 * ```ts
 * relativeUrl("records/declarations/x.html", "records/meetings/y.html"); // "../meetings/y.html"
 * relativeUrl("index.html", "timeline.html"); // "timeline.html"
 * ```
 */
export function relativeUrl(fromUrl: string, toUrl: string): string {
  return posix.relative(posix.dirname(fromUrl), toUrl);
}
