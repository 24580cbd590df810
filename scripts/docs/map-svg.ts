/**
 * The map picture: where the diplomacy happened. Each place with coordinates is a dot, sized and
 * labelled by the number of meetings held there, linking to its page; the states that took part
 * in a meeting, declaration or initiative are shaded. Country outlines come from Natural Earth
 * via the `world-atlas` package (TopoJSON, keyed by ISO 3166-1 numeric code, which the states'
 * `countryNumeric` matches), projected with `d3-geo` when the docs are built: the site ships
 * plain SVG with real text and no script, the same bytes for the same data.
 */
import { createRequire } from "node:module";
import { geoAzimuthalEqualArea, geoCircle, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Actor, Place } from "../../src/model/records.js";
import { text } from "./markup.js";
import type { SiteData } from "./model.js";
import { FONT_FAMILY, round, textWidth } from "./svg-text.js";

/** A place drawn on the map. */
export interface MapPlace {
  readonly id: string;
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
  /** Meetings with status `held` that name this place. */
  readonly meetings: number;
}

/** A state that took part in a record: shaded on the map. */
export interface MapState {
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 numeric code, the key of the world-atlas outlines. */
  readonly numeric: string;
}

/** The places with coordinates, each with the number of meetings held there, busiest first, then by name. */
export function mapPlaces(data: SiteData): MapPlace[] {
  const places = (data.file.records.place ?? []) as readonly Place[];
  const held = data.primary.filter((r) => r.kind === "meeting" && r.status === "held");
  return places
    .filter((p) => p.geo !== undefined)
    .map((p) => ({ id: p.id, name: p.name, longitude: p.geo!.longitude, latitude: p.geo!.latitude, meetings: held.filter((m) => (m.places ?? []).some((c) => c.place === p.id)).length }))
    .sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name, "en"));
}

/**
 * The states that took part in a meeting, declaration or initiative: as a participant, or as the
 * state a participant acted for (a president for his country). Sorted by name.
 */
export function participatingStates(data: SiteData): MapState[] {
  const ids = new Set(data.primary.flatMap((r) => (r.participants ?? []).flatMap((p) => [p.actor, ...(p.onBehalfOf ? [p.onBehalfOf] : [])])));
  return ((data.file.records.actor ?? []) as readonly Actor[])
    .filter((a) => a.type === "state" && ids.has(a.id) && a.countryNumeric !== undefined)
    .map((a) => ({ id: a.id, name: a.name, numeric: a.countryNumeric! }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

type Countries = FeatureCollection<Geometry, { name: string }>;
const require = createRequire(import.meta.url);
const outlines = new Map<string, Countries>();

/** The country outlines of world-atlas at `scale` (`50m` for wide maps, `110m` for phone-sized and locator maps). */
function countries(scale: "50m" | "110m"): Countries {
  let found = outlines.get(scale);
  if (!found) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology;
    found = feature(topology, topology.objects.countries!) as unknown as Countries;
    outlines.set(scale, found);
  }
  return found;
}

/** How to draw a map. */
export interface MapOptions {
  /** Width of the picture in px; the height follows from `aspect`. */
  readonly width: number;
  /** Height as a fraction of the width. */
  readonly aspect: number;
  /** The link of a place, relative to the page (or file) the SVG is shown in. */
  readonly href: (place: MapPlace) => string;
  /** Prefix of the ids inside the SVG, unique per SVG on a page. */
  readonly idPrefix: string;
  /** What the picture shows, for its `<title>`. */
  readonly title: string;
  /** A locator map: centred on this place, which alone is labelled. */
  readonly focus?: string;
}

const FONT = 12;
const LINE = 15;
const LAND = "#e5e7eb";
const SHADED = "#c7d2fe";
const DOT = "#b91c1c";
const SEA = "#e8f1f8";
const HALO = "#ffffff";

/** A label box in picture coordinates. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The dot radius of a place: grows with the square root of its meetings, so area follows count. */
export const dotRadius = (meetings: number): number => round(3.5 + 2.5 * Math.sqrt(meetings));

/** The label of a place: its name and the number of meetings held there. */
export const placeLabel = (place: MapPlace): string => `${place.name} · ${place.meetings}`;

/**
 * Where each label goes: the first of eight positions around its dot that stays inside the
 * picture and clear of every dot and of the labels already placed (busiest places choose first).
 */
function placeLabels(points: readonly { place: MapPlace; x: number; y: number; r: number }[], width: number, height: number): Map<string, Box> {
  const dots: Box[] = points.map(({ x, y, r }) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r }));
  const placed = new Map<string, Box>();
  for (const { place, x, y, r } of points) {
    const w = textWidth(placeLabel(place), FONT);
    const h = LINE;
    const gap = r + 3;
    const candidates: Box[] = [
      { x: x + gap, y: y - h / 2, width: w, height: h },
      { x: x - gap - w, y: y - h / 2, width: w, height: h },
      { x: x - w / 2, y: y - gap - h, width: w, height: h },
      { x: x - w / 2, y: y + gap, width: w, height: h },
      { x: x + gap * 0.7, y: y - gap * 0.7 - h, width: w, height: h },
      { x: x + gap * 0.7, y: y + gap * 0.7, width: w, height: h },
      { x: x - gap * 0.7 - w, y: y - gap * 0.7 - h, width: w, height: h },
      { x: x - gap * 0.7 - w, y: y + gap * 0.7, width: w, height: h },
    ];
    const inside = (b: Box) => b.x >= 2 && b.y >= 2 && b.x + b.width <= width - 2 && b.y + b.height <= height - 2;
    const clear = (b: Box) => inside(b) && !dots.some((d) => overlaps(b, d)) && ![...placed.values()].some((p) => overlaps(b, p));
    placed.set(place.id, candidates.find(clear) ?? candidates.find(inside) ?? candidates[0]!);
  }
  return placed;
}

/** The projection: azimuthal equal-area centred on what is shown, fitted to the picture with room for labels. */
function projection(places: readonly MapPlace[], options: MapOptions, height: number): GeoProjection {
  const focus = places.find((p) => p.id === options.focus);
  const shown = focus ? geoCircle().center([focus.longitude, focus.latitude]).radius(11)() : { type: "MultiPoint" as const, coordinates: places.map((p) => [p.longitude, p.latitude]) };
  const [lon, lat] = focus
    ? [focus.longitude, focus.latitude]
    : [(Math.min(...places.map((p) => p.longitude)) + Math.max(...places.map((p) => p.longitude))) / 2, (Math.min(...places.map((p) => p.latitude)) + Math.max(...places.map((p) => p.latitude))) / 2];
  // Room at the sides for the labels of the outermost places, less on a locator map.
  const padX = focus ? 6 : Math.min(110, options.width * 0.2);
  const padY = focus ? 6 : 28;
  return geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [padX, padY],
        [options.width - padX, height - padY],
      ],
      shown,
    )
    .clipExtent([
      [0, 0],
      [options.width, height],
    ]);
}

/**
 * The map as an SVG document: country outlines (states that took part shaded), one linked dot per
 * place with its label, a key above. Places are `<a class="cas-place" data-id="…">` links whose
 * text says the number of meetings held there.
 * @example
 * ```ts
 * mapSvg(mapPlaces(data), participatingStates(data), { width: 640, aspect: 0.7, href: (p) => `${p.id}.html`, idPrefix: "map", title: "Where the meetings were held" });
 * ```
 */
export function mapSvg(places: readonly MapPlace[], states: readonly MapState[], options: MapOptions): string {
  const width = options.width;
  const mapHeight = Math.round(width * options.aspect);
  const project = projection(places, options, mapHeight);
  const path = geoPath(project).digits(1);
  const shaded = new Set(states.map((s) => s.numeric));
  // The finer outlines only where they show: a phone-sized or locator map gets the coarse ones.
  const outlinesSvg = countries(width >= 500 ? "50m" : "110m")
    .features.map((f) => ({ f, d: path(f) }))
    .filter(({ d }) => d)
    .map(({ f, d }) => {
      const took = f.id !== undefined && shaded.has(String(f.id));
      return `<path class="cas-country${took ? " cas-took-part" : ""}" d="${d}" fill="${took ? SHADED : LAND}" stroke="#fff" stroke-width="0.6"><title>${text(f.properties.name)}</title></path>`;
    });

  const points = places
    .map((place) => ({ place, at: project([place.longitude, place.latitude]) }))
    .filter(({ at }) => at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= mapHeight)
    .map(({ place, at }) => ({ place, x: at![0], y: at![1], r: options.focus && place.id !== options.focus ? 3 : dotRadius(place.meetings) }));
  const labelled = options.focus ? points.filter((p) => p.place.id === options.focus) : points;
  const labels = placeLabels(labelled, width, mapHeight);
  const dots = points.map(({ place, x, y, r }) => {
    const box = labels.get(place.id);
    const meetings = `${place.meetings} meeting${place.meetings === 1 ? "" : "s"} held here`;
    const label = box ? `<text x="${round(box.x)}" y="${round(box.y + LINE - 4)}" fill="#111827" stroke="${HALO}" stroke-width="3" paint-order="stroke">${text(placeLabel(place))}</text>` : "";
    const faded = options.focus !== undefined && place.id !== options.focus;
    return (
      `<a href="${text(options.href(place))}" class="cas-place" data-id="${text(place.id)}" data-meetings="${place.meetings}">` +
      `<title>${text(`${place.name}: ${meetings}`)}</title>` +
      (place.meetings === 0
        ? `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" fill="#fff" fill-opacity="${faded ? 0.45 : 0.9}" stroke="${DOT}" stroke-opacity="${faded ? 0.45 : 1}" stroke-width="1.8"/>${label}</a>`
        : `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" fill="${DOT}" fill-opacity="${faded ? 0.45 : 0.85}" stroke="#fff" stroke-width="1.2"/>${label}</a>`)
    );
  });

  // The key comes first, above the map, so a reader meets it before the picture it explains.
  const key = options.focus ? { svg: "", height: 0 } : mapKey(width, 0);
  const top = options.focus ? 0 : key.height + 8;
  const height = top + mapHeight;
  const where = options.focus ? (places.find((p) => p.id === options.focus)?.name ?? options.focus) : "";
  const description = options.focus
    ? `Where ${where} is: the red dot, among the region's other places in the dataset. Shaded: states that took part in a meeting, declaration or initiative.`
    : `${points.length} places, each a dot sized and labelled by the number of meetings held there (hollow where none was) (${places.map((p) => `${p.name} ${p.meetings}`).join(", ")}). Shaded: the ${states.length} states that took part in a meeting, declaration or initiative${states.length ? ` (${states.map((s) => s.name).join(", ")})` : ""}, where they fall within the map.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cas-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_FAMILY}" font-size="${FONT}" aria-labelledby="${options.idPrefix}-title ${options.idPrefix}-desc">`,
    `<title id="${options.idPrefix}-title">${text(options.title)}</title>`,
    `<desc id="${options.idPrefix}-desc">${text(description)}</desc>`,
    key.svg,
    `<g transform="translate(0 ${top})">`,
    `<rect x="0" y="0" width="${width}" height="${mapHeight}" fill="${SEA}"/>`,
    `<g class="cas-countries">${outlinesSvg.join("")}</g>`,
    `<g class="cas-places">${dots.join("")}</g>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${mapHeight - 1}" fill="none" stroke="#cbd5e1"/>`,
    `</g>`,
    `</svg>`,
  ].join("");
}

/** The key above the overview map: a shaded swatch, a dot and a hollow dot, each with its meaning; wraps to more rows when narrow. */
function mapKey(width: number, top: number): { svg: string; height: number } {
  const items = [
    [`<rect x="0" y="-7" width="18" height="14" fill="${SHADED}" stroke="#94a3b8" stroke-width="0.6"/>`, "state that took part"],
    [`<circle cx="9" cy="0" r="6" fill="${DOT}" fill-opacity="0.85"/>`, "place · meetings held there"],
    [`<circle cx="9" cy="0" r="5" fill="#fff" stroke="${DOT}" stroke-width="1.8"/>`, "place named, no meeting held there"],
  ] as const;
  const parts: string[] = [];
  let x = 4;
  let y = top + 8;
  for (const [swatch, label] of items) {
    const w = 24 + textWidth(label, FONT);
    if (x + w > width - 4 && x > 4) {
      x = 4;
      y += LINE + 4;
    }
    parts.push(`<g transform="translate(${round(x)} ${round(y)})">${swatch}<text x="24" y="4">${text(label)}</text></g>`);
    x += w + 16;
  }
  return { svg: `<g class="cas-legend" fill="currentColor">${parts.join("")}</g>`, height: y - top + LINE };
}
