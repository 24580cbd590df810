/** The timeline picture generator: one labelled mark per dated record, precision and inference shown by style. */
import { describe, expect, it } from "vitest";
import type { DateBounds, PrimaryRecord } from "../src/model/records.js";
import { parseEdtf } from "../src/dates/edtf.js";
import { textWidth } from "../scripts/docs/svg-text.js";
import { markTooltip, timelineMarks, timelineSvg, type InferredFrom, type TimelineMark } from "../scripts/docs/timeline-svg.js";
import { legendAbove } from "./helpers/svg-legend.js";

const mark = (id: string, edtf: string, kind: TimelineMark["kind"] = "meeting", title = id, inferred?: InferredFrom): TimelineMark => {
  const { earliest, latest, precision, uncertain, approximate } = parseEdtf(edtf);
  return { id, kind, title, edtf, bounds: { earliest, latest, precision, uncertain, approximate }, ...(inferred && { inferred }) };
};

/** A drawn mark, read back from the SVG text. */
interface Drawn {
  href: string;
  kind: string;
  id: string;
  precision: string;
  inferred?: string;
  qualified: boolean;
  title: string;
  range?: { x: number; y: number; width: number; fill: string; dashed: boolean };
  point: { shape: "circle" | "path"; cx: number; cy: number; hollow: boolean };
  label: { lines: string[]; x: number[]; y: number[]; anchor: "start" | "end" };
}

function drawnMarks(svg: string): Drawn[] {
  const marks = [...svg.matchAll(/<a href="([^"]*)" class="cas-mark cas-kind-(\w+)" data-id="([^"]*)" data-precision="(\w+)"( data-inferred="([\w-]+)")?( data-qualified="true")?>(.*?)<\/a>/g)];
  return marks.map(([, href, kind, id, precision, , inferred, qualified, body]) => {
    const range = /<rect class="cas-range" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+" rx="3" fill="([^"]+)"[^>]*?( stroke-dasharray="[^"]+")?\/>/.exec(body!);
    const circle = /<circle class="cas-point" cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="([^"]+)"/.exec(body!);
    const path = /<path class="cas-point" d="M([\d.]+) ([\d.]+)L/.exec(body!);
    const text = /<text class="cas-label"( text-anchor="end")?[^>]*>(.*?)<\/text>/.exec(body!)!;
    const tspans = [...text[2]!.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">([^<]*)<\/tspan>/g)];
    return {
      href: href!,
      kind: kind!,
      id: id!,
      precision: precision!,
      ...(inferred && { inferred }),
      qualified: qualified !== undefined,
      title: /<title>([^<]*)<\/title>/.exec(body!)![1]!,
      ...(range && { range: { x: Number(range[1]), y: Number(range[2]), width: Number(range[3]), fill: range[4]!, dashed: range[5] !== undefined } }),
      point: circle ? { shape: "circle", cx: Number(circle[1]), cy: Number(circle[2]), hollow: circle[3] === "#fff" } : { shape: "path", cx: Number(path![1]), cy: Number(path![2]), hollow: true },
      label: { lines: tspans.map((t) => t[3]!), x: tspans.map((t) => Number(t[1])), y: tspans.map((t) => Number(t[2])), anchor: text[1] ? "end" : "start" },
    };
  });
}

const href = (m: TimelineMark): string => `records/${m.kind}s/${m.id}.html`;

describe("timelineMarks", () => {
  const dated = (id: string, edtf: string, date: Record<string, unknown> = {}): PrimaryRecord =>
    ({ id, kind: "meeting", title: id, date: { edtf, evidence: [], ...date }, bounds: parseEdtf(edtf) as DateBounds }) as unknown as PrimaryRecord;

  it("keeps only dated records, ordered by earliest then latest day", () => {
    const undated = { id: "undated", kind: "meeting", title: "undated" } as unknown as PrimaryRecord;
    const marks = timelineMarks([dated("c", "2019"), undated, dated("b", "2018-03"), dated("a", "2018-03-05")]);
    expect(marks.map((m) => m.id)).toEqual(["b", "a", "c"]);
    expect(marks[0]!.bounds).toMatchObject({ earliest: "2018-03-01", latest: "2018-03-31", precision: "month" });
  });

  it("reads what an inferred date rests on, taking an inference without `inferredFrom` as resting on the sources", () => {
    const marks = timelineMarks([
      dated("stated", "2018"),
      dated("from-sources", "2019", { inferred: "the report says so two sentences later" }),
      dated("from-outside", "2020", { inferred: "the summit is well known", inferredFrom: "outside-knowledge" }),
      dated("explicit-sources", "2021", { inferred: "the dateline", inferredFrom: "sources" }),
    ]);
    expect(Object.fromEntries(marks.map((m) => [m.id, m.inferred]))).toEqual({ stated: undefined, "from-sources": "sources", "from-outside": "outside-knowledge", "explicit-sources": "sources" });
  });
});

describe("timelineSvg", () => {
  const marks = [
    mark("day", "2020-03-10", "meeting", "A meeting on one day"),
    mark("month", "2020-03", "declaration", "A declaration of some month"),
    mark("season", "2018-23~", "meeting", "An approximate autumn conference"),
    mark("year", "2019", "initiative", "An initiative of a year", "sources"),
    mark("uncertain-year", "2021?", "meeting", "Possibly in 2021", "outside-knowledge"),
    mark("interval", "2020-08-26/2020-08-28", "initiative", "Three days"),
  ];
  const svg = timelineSvg(marks, { href, width: 640 });
  const drawn = drawnMarks(svg);
  const byId = new Map(drawn.map((d) => [d.id, d]));

  it("draws exactly one mark per dated record, each a link to its record page", () => {
    expect(drawn.map((d) => d.id).sort()).toEqual(marks.map((m) => m.id).sort());
    expect((svg.match(/class="cas-mark /g) ?? []).length).toBe(marks.length);
    for (const m of marks) expect(byId.get(m.id)!.href).toBe(href(m));
  });

  it("labels every mark with its title in real text, and gives it a tooltip with the date in words and its basis", () => {
    for (const m of marks) expect(byId.get(m.id)!.label.lines.join(" ")).toBe(m.title);
    expect(byId.get("month")!.title).toBe("A declaration of some month — March 2020 (2020-03, month precision)");
    expect(byId.get("season")!.title).toContain("about autumn 2018 (September–November)");
    expect(byId.get("year")!.title).toContain("inferred from other sentences of the sources");
    expect(byId.get("uncertain-year")!.title).toContain("inferred from outside knowledge");
    expect(byId.get("day")!.title).toBe(markTooltip(marks[0]!));
  });

  it("puts each kind in its own lane, with a heading", () => {
    const lane = (kind: string): number[] => drawn.filter((d) => d.kind === kind).map((d) => d.point.cy);
    expect(Math.max(...lane("meeting"))).toBeLessThan(Math.min(...lane("declaration")));
    expect(Math.max(...lane("declaration"))).toBeLessThan(Math.min(...lane("initiative")));
    for (const heading of ["Meetings (3)", "Declarations (1)", "Initiatives (2)"]) expect(svg).toContain(`>${heading}</text>`);
  });

  it("draws a day as a dot, and a month, season or year as a range over its days with a dot on the first", () => {
    const year = byId.get("year")!;
    const dayWidth = year.range!.width / 365; // 2019 has 365 days
    const day = byId.get("day")!;
    expect(day.range).toBeUndefined();
    const month = byId.get("month")!;
    expect(month.range!.width).toBeCloseTo(31 * dayWidth, 1);
    expect(month.point.cx).toBeCloseTo(month.range!.x, 1);
    // The day's dot is in the middle of 10 March, nine and a half days after 1 March.
    expect(day.point.cx).toBeCloseTo(month.range!.x + 9.5 * dayWidth, 1);
    expect(byId.get("season")!.range!.width).toBeCloseTo(91 * dayWidth, 1);
    expect(byId.get("interval")!.range!.width).toBeCloseTo(Math.max(3 * dayWidth, 2), 1);
    // Light ranges: a stated range is filled at low opacity, so the vaguest dates do not dominate.
    expect(svg).toMatch(/class="cas-range"[^>]*fill="#b45309" fill-opacity="0\.16"/);
  });

  it("dashes approximate and uncertain dates, hatches inferred ones, and marks outside knowledge with a diamond", () => {
    expect(byId.get("season")!.range!.dashed).toBe(true);
    expect(byId.get("uncertain-year")!.range!.dashed).toBe(true);
    expect(byId.get("month")!.range!.dashed).toBe(false);
    expect(byId.get("season")!.qualified).toBe(true);
    expect(byId.get("month")!.qualified).toBe(false);
    expect(byId.get("year")!.range!.fill).toMatch(/^url\(#cas-tl-hatch-initiative\)$/);
    expect(byId.get("month")!.range!.fill).not.toMatch(/^url/);
    expect(byId.get("year")!.point).toMatchObject({ shape: "circle", hollow: true });
    expect(byId.get("uncertain-year")!.point.shape).toBe("path");
    expect(byId.get("day")!.point).toMatchObject({ shape: "circle", hollow: false });
    expect([byId.get("year")!.inferred, byId.get("uncertain-year")!.inferred, byId.get("day")!.inferred]).toEqual(["sources", "outside-knowledge", undefined]);
    expect(svg).toContain('<pattern id="cas-tl-hatch-initiative"');
  });

  it("puts the legend above the lanes it explains", () => {
    const { legendBottom, shift } = legendAbove(svg);
    expect(legendBottom).toBeLessThan(shift);
  });

  it("explains every style in a legend of real text", () => {
    for (const words of ["a day", "a month, season or year", "approximate or uncertain", "inferred from other sentences", "inferred from outside knowledge"]) expect(svg).toContain(words);
  });

  it.each([640, 330])("keeps every label inside a %i px picture, and no two labels of a lane on top of each other", (width) => {
    const crowded = [
      mark("a", "2020", "meeting", "A long title of a meeting that went on for a whole year in a city"),
      mark("b", "2020-06", "meeting", "Another long title, of a meeting in June of the same year"),
      mark("c", "2020-06-15", "meeting", "A third meeting, on a day in that June"),
      mark("d", "2018-01-02", "meeting", "Early meeting"),
      mark("e", "2025-12-30", "meeting", "A late meeting whose title is long enough to need the left side"),
    ];
    const laid = drawnMarks(timelineSvg(crowded, { href, width }));
    const boxes = laid.map((d) => {
      const w = Math.max(...d.label.lines.map((l) => textWidth(l, 13)));
      const x0 = d.label.anchor === "end" ? d.label.x[0]! - w : d.label.x[0]!;
      return { id: d.id, left: x0, right: x0 + w, top: d.label.y[0]! - 12, bottom: d.label.y[d.label.y.length - 1]! + 4 };
    });
    for (const box of boxes) {
      expect(box.left, box.id).toBeGreaterThanOrEqual(0);
      expect(box.right, box.id).toBeLessThanOrEqual(width);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels of ${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it("labels every year on the axis", () => {
    for (const year of ["2018", "2019", "2020", "2021"]) expect(svg).toContain(`>${year}</text>`);
  });

  it("escapes titles, and is a standalone, accessible SVG document without scripts", () => {
    const tricky = timelineSvg([mark("x", "2020", "meeting", `A <b> & "quoted" {@link y}`)], { href });
    expect(tricky).toContain("A &lt;b&gt; &amp; &quot;quoted&quot; &#123;&#64;link y&#125;");
    expect(tricky).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* aria-labelledby="cas-tl-title cas-tl-desc">/);
    expect(tricky).toMatch(/<title id="cas-tl-title">[^<]+<\/title><desc id="cas-tl-desc">[^<]+<\/desc>/);
    expect(tricky).not.toMatch(/<script|on\w+=/);
    expect(timelineSvg(marks, { href, width: 330, idPrefix: "narrow" })).toContain('<pattern id="narrow-hatch-meeting"');
  });

  it("is deterministic: the same marks give the same bytes", () => {
    expect(timelineSvg([...marks], { href, width: 640 })).toBe(svg);
  });
});
