/** The network page: who took part in which meeting, declaration and initiative, in one picture. */
import { NETWORK_PATH } from "../links.js";
import { blocks, el, text } from "../markup.js";
import type { PageContext } from "../render.js";
import type { Page } from "./page.js";

/** Where the overview picture goes; the site build replaces this marker with the SVG. */
export const NETWORK_MARKER = "<!-- cas:network -->";

/**
 * Where the neighbourhood picture of actor `actorId` goes on its page.
 * @example
 * ```ts
 * actorNetworkMarker("kazakhstan"); // "<!-- cas:network:kazakhstan -->"
 * ```
 */
export function actorNetworkMarker(actorId: string): string {
  return `<!-- cas:network:${actorId} -->`;
}

/** The network page, with a marker where the site build puts the picture (its links depend on the page URL). */
export function networkPage(ctx: PageContext): Page {
  return {
    path: NETWORK_PATH,
    title: "Network",
    group: "Dataset",
    body: blocks(
      "# Network",
      el(
        "p",
        { class: "cas-summary" },
        text(
          "Which actors take part in which meetings, declarations and initiatives, and in what role; a record that names the sides of proposed talks links them too, as sides, not participants. Actors stand on the left, records on the right; each line is one participation, coloured by the family of its role. Click a box to open its page; each actor's page shows its own neighbourhood.",
        ),
      ),
      ctx.data.primary.some((r) => (r.participants ?? []).length > 0) ? NETWORK_MARKER : el("p", { class: "cas-meta" }, "No record names its participants yet."),
    ),
  };
}
