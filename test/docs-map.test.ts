/** The map picture: places with the number of meetings held there, the states that took part shaded, drawn with d3-geo at build time. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAP_SIZES } from "../scripts/docs/inject.js";
import { mapPlaces, mapSvg, participatingStates, placeLabel, type MapOptions, type MapPlace } from "../scripts/docs/map-svg.js";
import { indexDataset, readDataFile } from "../scripts/docs/model.js";
import type { Place } from "../src/model/records.js";
import { REPO } from "./helpers/data-tree.js";
import { legendAbove } from "./helpers/svg-legend.js";

const data = indexDataset(readDataFile(join(REPO, "dist/data.json")));
const places = mapPlaces(data);
const states = participatingStates(data);
const href = (p: MapPlace): string => `records/places/${p.id}.html`;
const draw = (options: Partial<MapOptions> = {}): string => mapSvg(places, states, { ...MAP_SIZES.wide, href, idPrefix: "t", title: "test", ...options });

/** The drawn places read back from the SVG: id, link, meetings, dot centre and radius, label text and position. */
function drawn(svg: string) {
  return [
    ...svg.matchAll(
      /<a href="([^"]*)" class="cas-place" data-id="([^"]*)" data-meetings="(\d+)"><title>[^<]*<\/title><circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"[^>]*\/>(?:<text x="([\d.-]+)" y="([\d.-]+)"[^>]*>([^<]*)<\/text>)?<\/a>/g,
    ),
  ].map(([, link, id, meetings, cx, cy, r, x, y, label]) => ({
    id: id!,
    href: link!,
    meetings: Number(meetings),
    cx: Number(cx),
    cy: Number(cy),
    r: Number(r),
    label,
    x: x === undefined ? undefined : Number(x),
    y: y === undefined ? undefined : Number(y),
  }));
}

describe("mapPlaces and participatingStates", () => {
  it("counts, for every place, the held meetings that name it", () => {
    const held = data.primary.filter((r) => r.kind === "meeting" && r.status === "held");
    expect(places.map((p) => p.id).sort()).toEqual((data.file.records.place as Place[]).map((p) => p.id).sort());
    for (const place of places) expect(place.meetings, place.id).toBe(held.filter((m) => m.places?.some((c) => c.place === place.id)).length);
    expect(places.find((p) => p.id === "tashkent")!.meetings).toBe(2);
  });

  it("lists the states that took part, directly or through someone acting for them, with their numeric codes", () => {
    const ids = new Set(data.primary.flatMap((r) => (r.participants ?? []).flatMap((p) => [p.actor, p.onBehalfOf])));
    const expected = data.file.records.actor.filter((a) => a.type === "state" && ids.has(a.id));
    expect(states.map((s) => s.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(states.find((s) => s.id === "kazakhstan")!.numeric).toBe("398");
  });
});

describe("mapSvg", () => {
  const svg = draw();

  it("draws every place as a dot linked to its page, labelled with its name and the number of meetings held there", () => {
    const dots = drawn(svg);
    expect(dots.map((d) => d.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const dot of dots) {
      const place = places.find((p) => p.id === dot.id)!;
      expect(dot.href).toBe(href(place));
      expect(dot.meetings).toBe(place.meetings);
      expect(dot.label).toBe(placeLabel(place).replace("'", "&#39;"));
      expect(dot.label).toContain(`· ${place.meetings}`);
    }
    // More meetings, bigger dot.
    const r = (id: string) => dots.find((d) => d.id === id)!.r;
    expect(r("tashkent")).toBeGreaterThan(r("astana"));
    expect(r("astana")).toBeGreaterThan(r("moscow"));
  });

  it("puts the key above the map it explains, with a hollow dot for a place where no meeting was held", () => {
    const { legendBottom, shift } = legendAbove(svg);
    expect(legendBottom).toBeLessThan(shift);
    expect(svg).toContain("place named, no meeting held there");
    const circleOf = (id: string) => new RegExp(`data-id="${id}"[^>]*><title>[^<]*</title>(<circle[^>]*/>)`).exec(svg)![1]!;
    for (const place of places) expect(circleOf(place.id).includes('fill="#fff"'), place.id).toBe(place.meetings === 0);
  });

  it("puts each place where its coordinates are: north up, east right", () => {
    const at = new Map(drawn(svg).map((d) => [d.id, d]));
    expect(at.get("moscow")!.cy).toBeLessThan(at.get("tashkent")!.cy);
    expect(at.get("doha")!.cy).toBeGreaterThan(at.get("tashkent")!.cy);
    expect(at.get("almaty")!.cx).toBeGreaterThan(at.get("tashkent")!.cx);
    expect(at.get("samarkand")!.cx).toBeLessThan(at.get("tashkent")!.cx);
  });

  it("shades exactly the outlines of the states that took part and fall within the map", () => {
    const shaded = [...svg.matchAll(/<path class="cas-country cas-took-part"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(shaded).toEqual(expect.arrayContaining(["Kazakhstan", "Uzbekistan", "Afghanistan", "Russia", "Tajikistan", "Kyrgyzstan", "Turkmenistan"]));
    expect(shaded).not.toContain("Iran");
    expect(svg).toContain("<title>Iran</title>");
  });

  it.each(["wide", "narrow"] as const)("lays out the %s map with every label inside the picture and clear of the other labels", (size) => {
    const picture = draw(MAP_SIZES[size]);
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(picture)![1]);
    expect(width).toBe(MAP_SIZES[size].width);
    const dots = drawn(picture);
    const boxes = dots.map((d) => ({ id: d.id, left: d.x!, right: d.x! + d.label!.length * 6.5, top: d.y! - 11, bottom: d.y! + 3 }));
    for (const b of boxes) {
      expect(b.left, b.id).toBeGreaterThanOrEqual(0);
      expect(b.right, b.id).toBeLessThanOrEqual(width);
    }
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.id} / ${b.id}`).toBe(false);
  });

  it("draws a locator map around one place, which alone is labelled", () => {
    const locator = draw({ ...MAP_SIZES.locator, focus: "astana" });
    const dots = drawn(locator);
    expect(dots.filter((d) => d.label).map((d) => d.id)).toEqual(["astana"]);
    const astana = dots.find((d) => d.id === "astana")!;
    expect(Math.abs(astana.cx - MAP_SIZES.locator.width / 2)).toBeLessThan(2);
  });

  it("is an accessible, standalone SVG with a title and description, and the same bytes every time", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="cas-map"')).toBe(true);
    expect(svg).toMatch(/<title id="t-title">test<\/title><desc id="t-desc">7 places/);
    expect(svg).not.toContain("<script");
    expect(draw()).toBe(svg);
  });
});
