/** The timeline page: the timeline picture, then the dated records in order and the undated ones. */
import { TIMELINE_PATH } from "../links.js";
import { blocks, el, table, text } from "../markup.js";
import { recordLink, type PageContext } from "../render.js";
import { dateInWords } from "../dates.js";
import { timelineMarks } from "../timeline-svg.js";
import type { Page } from "./page.js";

/** The basis of a date, in words: stated by a source, or inferred (and from what). */
const BASIS = { stated: "stated", sources: "inferred from the sources", "outside-knowledge": "inferred from outside knowledge" } as const;

/** Where the timeline picture goes; the site build replaces this marker with the SVG. */
export const TIMELINE_MARKER = "<!-- cas:timeline -->";

/** The timeline page, with a marker where the site build puts the picture (its links depend on the page URL). */
export function timelinePage(ctx: PageContext): Page {
  const marks = timelineMarks(ctx.data.primary);
  const undated = ctx.data.primary.filter((r) => !r.bounds);
  return {
    path: TIMELINE_PATH,
    title: "Timeline",
    group: "Dataset",
    body: blocks(
      "# Timeline",
      el(
        "p",
        { class: "cas-summary" },
        text(
          "Every dated meeting, declaration and initiative on one time axis, labelled with its title. A date known to the day is a dot; a month, season or year is a light range over the days it may denote, with a dot on its earliest possible day, so the picture never looks more precise than the sources. Approximate or uncertain dates have a dashed outline; inferred dates are hatched, with a hollow ring when inferred from other sentences of the sources and a hollow diamond when inferred from outside knowledge.",
        ),
      ),
      TIMELINE_MARKER,
      "## Dated records in order",
      table(
        ["Record", "Date", "EDTF", "Precision", "Basis"],
        marks.map((m) => [
          `${recordLink(ctx, m.id)} ${el("span", { class: "cas-meta" }, `(${text(m.kind)})`)}`,
          text(dateInWords(m.edtf, m.bounds)),
          el("code", {}, text(m.edtf)),
          text(m.bounds.precision),
          text(BASIS[m.inferred ?? "stated"]),
        ]),
        "cas-index",
      ),
      undated.length > 0 &&
        blocks(
          "## Not dated",
          "The sources do not date these records, so the timeline leaves them out:",
          el("ul", {}, ...undated.map((r) => el("li", {}, `${recordLink(ctx, r.id)} ${el("span", { class: "cas-meta" }, `(${text(r.kind)})`)}`))),
        ),
    ),
  };
}
