/** The timeline picture generator: one mark per dated record, spans that show each date's precision. */
import { describe, expect, it } from "vitest";
import type { DateBounds, PrimaryRecord } from "../src/model/records.js";
import { parseEdtf } from "../src/dates/edtf.js";
import { markTooltip, timelineMarks, timelineSvg, type TimelineMark } from "../scripts/docs/timeline-svg.js";

const mark = (id: string, edtf: string, kind: TimelineMark["kind"] = "meeting", title = id): TimelineMark => {
  const { earliest, latest, precision, uncertain, approximate } = parseEdtf(edtf);
  return { id, kind, title, edtf, bounds: { earliest, latest, precision, uncertain, approximate } };
};

/** A drawn mark, read back from the SVG text. */
interface Drawn {
  href: string;
  kind: string;
  id: string;
  precision: string;
  title: string;
  x: number;
  y: number;
  width: number;
  faded: boolean;
}

function drawnMarks(svg: string): Drawn[] {
  const pattern = /<a href="([^"]*)" class="cas-mark cas-kind-(\w+)" data-id="([^"]*)" data-precision="(\w+)"><title>([^<]*)<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"([^>]*)\/><\/a>/g;
  return [...svg.matchAll(pattern)].map(([, href, kind, id, precision, title, x, y, width, rest]) => ({
    href: href!,
    kind: kind!,
    id: id!,
    precision: precision!,
    title: title!,
    x: Number(x),
    y: Number(y),
    width: Number(width),
    faded: rest!.includes('fill-opacity="0.45"'),
  }));
}

const href = (m: TimelineMark): string => `records/${m.kind}s/${m.id}.html`;

describe("timelineMarks", () => {
  it("keeps only dated records, ordered by earliest then latest day", () => {
    const dated = (id: string, edtf: string): PrimaryRecord => ({ id, kind: "meeting", title: id, date: { edtf, evidence: [] }, bounds: parseEdtf(edtf) as DateBounds }) as unknown as PrimaryRecord;
    const undated = { id: "undated", kind: "meeting", title: "undated" } as unknown as PrimaryRecord;
    const marks = timelineMarks([dated("c", "2019"), undated, dated("b", "2018-03"), dated("a", "2018-03-05")]);
    expect(marks.map((m) => m.id)).toEqual(["b", "a", "c"]);
    expect(marks[0]!.bounds).toMatchObject({ earliest: "2018-03-01", latest: "2018-03-31", precision: "month" });
  });
});

describe("timelineSvg", () => {
  const marks = [
    mark("day", "2020-03-10"),
    mark("month", "2020-03", "declaration"),
    mark("season", "2018-23~", "meeting"),
    mark("year", "2019", "initiative"),
    mark("uncertain-year", "2021?", "meeting"),
    mark("interval", "2020-08-26/2020-08-28", "initiative"),
  ];
  const svg = timelineSvg(marks, { href, width: 1000 });
  const drawn = drawnMarks(svg);
  const byId = new Map(drawn.map((d) => [d.id, d]));

  it("draws exactly one mark per dated record, each a link to its record page", () => {
    expect(drawn.map((d) => d.id).sort()).toEqual(marks.map((m) => m.id).sort());
    expect((svg.match(/class="cas-mark /g) ?? []).length).toBe(marks.length);
    for (const m of marks) expect(byId.get(m.id)!.href).toBe(href(m));
  });

  it("gives every mark a <title> tooltip with the title, the date in words, the EDTF value and the precision", () => {
    expect(byId.get("month")!.title).toBe("month — March 2020 (2020-03, month precision)");
    expect(byId.get("season")!.title).toContain("about autumn 2018 (September–November)");
    expect(byId.get("day")!.title).toBe(markTooltip(marks[0]!));
  });

  it("puts each kind in its own lane", () => {
    const lane = (kind: string): number[] => drawn.filter((d) => d.kind === kind).map((d) => d.y);
    expect(Math.max(...lane("meeting"))).toBeLessThan(Math.min(...lane("declaration")));
    expect(Math.max(...lane("declaration"))).toBeLessThan(Math.min(...lane("initiative")));
    for (const m of marks) expect(byId.get(m.id)!.kind).toBe(m.kind);
  });

  it("draws a month-precise date as a span from its first to its last day, and a day as a narrow mark", () => {
    const day = byId.get("day")!;
    const month = byId.get("month")!;
    const year = byId.get("year")!;
    const dayWidth = year.width / 365; // 2019 has 365 days
    expect(day.width).toBeLessThanOrEqual(3);
    expect(month.width).toBeCloseTo(31 * dayWidth, 1);
    expect(month.width).toBeGreaterThan(5 * day.width);
    // The month starts on 1 March; the day mark is centred on 10 March, nine days later.
    expect(day.x + day.width / 2).toBeCloseTo(month.x + 9.5 * dayWidth, 1);
    expect(byId.get("season")!.width).toBeCloseTo(91 * dayWidth, 1);
    expect(byId.get("interval")!.width).toBeCloseTo(Math.max(3 * dayWidth, 3), 1);
  });

  it("fades approximate and uncertain dates", () => {
    expect(byId.get("season")!.faded).toBe(true);
    expect(byId.get("uncertain-year")!.faded).toBe(true);
    expect(byId.get("month")!.faded).toBe(false);
  });

  it("labels every year on the axis and keeps overlapping marks of a lane apart", () => {
    for (const year of ["2018", "2019", "2020", "2021"]) expect(svg).toContain(`>${year}</text>`);
    const crowded = timelineSvg([mark("a", "2020"), mark("b", "2020-06"), mark("c", "2020-06-15")], { href });
    const rows = drawnMarks(crowded).map((d) => d.y);
    expect(new Set(rows).size).toBe(3);
  });

  it("escapes titles, and is a standalone SVG document without scripts", () => {
    const tricky = timelineSvg([mark("x", "2020", "meeting", `A <b> & "quoted" {@link y}`)], { href });
    expect(tricky).toContain("A &lt;b&gt; &amp; &quot;quoted&quot; &#123;&#64;link y&#125;");
    expect(tricky).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(tricky).not.toMatch(/<script|on\w+=/);
  });
});
