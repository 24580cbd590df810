/**
 * The timeline picture: every dated meeting, declaration and initiative on one time axis, one
 * lane per kind. A mark spans from the earliest to the latest day its date may denote, so a
 * month-precise date is a span across the month and a day a narrow mark. Plain SVG text, no
 * runtime dependencies; each mark links to its record page and has a `<title>` tooltip.
 */
import type { DateBounds, PrimaryRecord } from "../../src/model/records.js";
import { PRIMARY_KINDS, type PrimaryKind } from "../../src/model/vocabulary.js";
import { dateInWords } from "./dates.js";
import { text } from "./markup.js";

/** One dated record as the timeline draws it. */
export interface TimelineMark {
  readonly id: string;
  readonly kind: PrimaryKind;
  readonly title: string;
  readonly edtf: string;
  readonly bounds: DateBounds;
}

/** How to draw the timeline. */
export interface TimelineOptions {
  /** The link of a record's mark, relative to the page (or file) the SVG is shown in. */
  readonly href: (mark: TimelineMark) => string;
  /** Width of the picture in SVG units (CSS pixels at 100 %). */
  readonly width?: number;
}

/** Colour of each lane; marks also carry the class `cas-kind-<kind>` for styling. */
export const KIND_COLOURS: Readonly<Record<PrimaryKind, string>> = { meeting: "#2563a8", declaration: "#b45309", initiative: "#2f7d4f" };

const LANE_TITLES: Readonly<Record<PrimaryKind, string>> = { meeting: "Meetings", declaration: "Declarations", initiative: "Initiatives" };
const DAY_MS = 86_400_000;
const LABEL_WIDTH = 92;
const RIGHT = 14;
const AXIS_HEIGHT = 26;
const ROW = 18;
const MARK_HEIGHT = 12;
const LANE_PADDING = 7;
const MIN_MARK = 3;
const LEGEND_HEIGHT = 34;
const FONT_SIZE = 12;
/** Rough advance of one character at {@link FONT_SIZE}, to lay out the legend. */
const CHAR_WIDTH = 6.4;

/**
 * The marks of the dated records among `records`, in order of their earliest day (then latest).
 * Undated records have no mark.
 * @example
 * ```ts
 * timelineMarks(data.primary).length; // the number of records with `bounds`
 * ```
 */
export function timelineMarks(records: readonly PrimaryRecord[]): TimelineMark[] {
  return records
    .filter((r): r is PrimaryRecord & { bounds: DateBounds } => r.bounds !== undefined && r.date !== undefined)
    .map((r) => ({ id: r.id, kind: r.kind, title: r.title, edtf: r.date!.edtf, bounds: r.bounds }))
    .sort((a, b) => a.bounds.earliest.localeCompare(b.bounds.earliest) || a.bounds.latest.localeCompare(b.bounds.latest) || a.id.localeCompare(b.id));
}

const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const round = (n: number): number => Math.round(n * 100) / 100;

/** Horizontal placement: the x of the start of each day, over whole calendar years. */
function scale(marks: readonly TimelineMark[], width: number) {
  const years = marks.flatMap((m) => [Number(m.bounds.earliest.slice(0, 4)), Number(m.bounds.latest.slice(0, 4))]);
  const first = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const last = years.length ? Math.max(...years) : first;
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const plot = width - LABEL_WIDTH - RIGHT;
  const x = (ms: number): number => LABEL_WIDTH + ((ms - start) / (end - start)) * plot;
  return { first, last, x, dayWidth: (plot * DAY_MS) / (end - start) };
}

/** Packs marks into rows so that none overlaps another; returns each mark's row. */
function packRows(spans: readonly { x0: number; x1: number }[]): number[] {
  const rowEnds: number[] = [];
  return spans.map(({ x0, x1 }) => {
    let row = rowEnds.findIndex((end) => x0 >= end + 2);
    if (row === -1) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = x1;
    return row;
  });
}

/** The tooltip of a mark: title, date in words, EDTF value and precision. */
export function markTooltip(mark: TimelineMark): string {
  return `${mark.title} — ${dateInWords(mark.edtf, mark.bounds)} (${mark.edtf}, ${mark.bounds.precision} precision)`;
}

/**
 * The timeline as an SVG document (usable inline in HTML and as a standalone `.svg` file).
 * Every mark is an `<a class="cas-mark" data-id="…">` around a `<title>` and a `<rect>`.
 * @example
 * ```ts
 * const svg = timelineSvg(timelineMarks(data.primary), { href: (m) => `records/${m.kind}s/${m.id}.html` });
 * ```
 */
export function timelineSvg(marks: readonly TimelineMark[], options: TimelineOptions): string {
  const width = options.width ?? 720;
  const { first, last, x, dayWidth } = scale(marks, width);
  const out: string[] = [];
  let y = AXIS_HEIGHT;
  const lanes: string[] = [];
  for (const kind of PRIMARY_KINDS) {
    const laneMarks = marks.filter((m) => m.kind === kind);
    const spans = laneMarks.map((m) => {
      const start = x(dayMs(m.bounds.earliest));
      const end = x(dayMs(m.bounds.latest)) + dayWidth;
      const w = Math.max(end - start, MIN_MARK);
      const x0 = end - start < MIN_MARK ? start + (end - start) / 2 - MIN_MARK / 2 : start;
      return { x0, x1: x0 + w };
    });
    const rows = packRows(spans);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = rowCount * ROW + 2 * LANE_PADDING;
    lanes.push(
      `<g class="cas-lane cas-kind-${kind}">` +
        `<rect x="0" y="${y}" width="${width}" height="${height}" fill="${KIND_COLOURS[kind]}" fill-opacity="0.06"/>` +
        `<text x="8" y="${round(y + height / 2 + 4)}" font-weight="600" fill="currentColor">${text(LANE_TITLES[kind])}</text>` +
        laneMarks
          .map((m, i) => {
            const { x0, x1 } = spans[i]!;
            const faded = m.bounds.approximate || m.bounds.uncertain;
            const rectY = y + LANE_PADDING + rows[i]! * ROW + (ROW - MARK_HEIGHT) / 2;
            return (
              `<a href="${text(options.href(m))}" class="cas-mark cas-kind-${kind}" data-id="${text(m.id)}" data-precision="${m.bounds.precision}">` +
              `<title>${text(markTooltip(m))}</title>` +
              `<rect x="${round(x0)}" y="${round(rectY)}" width="${round(x1 - x0)}" height="${MARK_HEIGHT}" rx="2" fill="${KIND_COLOURS[kind]}"${faded ? ` fill-opacity="0.45" stroke="${KIND_COLOURS[kind]}" stroke-dasharray="2 1.5"` : ""}/>` +
              `</a>`
            );
          })
          .join("") +
        `</g>`,
    );
    y += height;
  }
  const lanesBottom = y;
  const axis: string[] = [];
  for (let year = first; year <= last + 1; year++) {
    const gx = round(x(Date.UTC(year, 0, 1)));
    axis.push(`<line x1="${gx}" y1="${AXIS_HEIGHT - 6}" x2="${gx}" y2="${lanesBottom}" stroke="currentColor" stroke-opacity="0.25"/>`);
    if (year <= last) axis.push(`<text x="${round((x(Date.UTC(year, 0, 1)) + x(Date.UTC(year + 1, 0, 1))) / 2)}" y="${AXIS_HEIGHT - 10}" text-anchor="middle" fill="currentColor">${year}</text>`);
  }
  const legendY = lanesBottom + 20;
  const legendItems: [string, string][] = [
    [`width="${MIN_MARK}"`, "a day"],
    [`width="24" rx="2"`, "a month, season or year: a span"],
    [`width="24" rx="2" fill-opacity="0.45" stroke="currentColor" stroke-dasharray="2 1.5"`, "approximate or uncertain"],
  ];
  let legendX = LABEL_WIDTH;
  const legendParts = legendItems.map(([shape, label]) => {
    const swatch = Number(/width="([\d.]+)"/.exec(shape)![1]);
    const part = `<rect x="${legendX}" y="${legendY - 10}" height="${MARK_HEIGHT}" ${shape} fill="currentColor"/><text x="${legendX + swatch + 5}" y="${legendY}">${text(label)}</text>`;
    legendX += swatch + 5 + label.length * CHAR_WIDTH + 18;
    return part;
  });
  const legend = `<g class="cas-legend" fill="currentColor">${legendParts.join("")}</g>`;
  const height = lanesBottom + LEGEND_HEIGHT;
  const summary = `Timeline of the ${marks.length} dated records, ${first}–${last}, one lane per kind.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="cas-timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}" aria-label="${text(summary)}">`,
    `<desc>${text(`${summary} Each mark spans the days its date may denote and links to the record's page.`)}</desc>`,
    ...axis,
    ...lanes,
    legend,
    `</svg>`,
  );
  return out.join("");
}
