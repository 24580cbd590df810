/** The page of a place, and what happened there. */
import type { Place } from "../../../src/model/records.js";
import { blocks, el, facts, text, ul } from "../markup.js";
import { recordsAtPlace } from "../model.js";
import { evidenceAndSources, recordItem, recordLink, versions, sourcesFact, type PageContext, recordPage } from "../render.js";
import { placeMapMarker } from "./map.js";
import type { Page } from "./page.js";

/** A coordinate in degrees with its hemisphere: `41.26465° N`. */
const degrees = (value: number, positive: string, negative: string): string => `${Math.abs(value)}° ${value < 0 ? negative : positive}`;

/** The page of a place: its facts, the records that took place there and the sources datelined there. */
export function placePage(ctx: PageContext, place: Place): Page {
  const records = recordsAtPlace(ctx.data, place.id);
  const datelined = (ctx.data.file.records.source ?? []).filter((s) => s.dateline?.place === place.id);
  return recordPage(
    place,
    text(`Place · ${place.type} · ${place.country}`),
    facts([
      ["Kind", "Place"],
      ["Type", text(place.type)],
      ["Country", el("code", {}, text(place.country))],
      ...(place.geonamesId !== undefined ? [["GeoNames", el("a", { href: `https://www.geonames.org/${place.geonamesId}` }, text(String(place.geonamesId)))] as [string, string]] : []),
      ...(place.geo ? [["Coordinates", text(`${degrees(place.geo.latitude, "N", "S")}, ${degrees(place.geo.longitude, "E", "W")} (WGS 84)`)] as [string, string]] : []),
      ["Id", el("code", {}, text(place.id))],
      ["Added in", versions(place)],
      ["Sources", sourcesFact(ctx, place)],
    ]),
    place.geo !== undefined && blocks("## Map", placeMapMarker(place.id)),
    "## Records here",
    records.length ? ul(records.map((r) => recordItem(ctx, r))) : el("p", { class: "cas-meta" }, "No meeting, declaration or initiative in the dataset is placed here."),
    datelined.length > 0 && blocks("## Datelines", ul(datelined.map((s) => recordLink(ctx, s.id)))),
    evidenceAndSources(ctx, place),
  );
}
