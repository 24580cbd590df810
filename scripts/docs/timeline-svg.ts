/**
 * The timeline picture: every dated meeting, declaration and initiative on one time axis, one
 * lane per kind, every mark labelled with its record's title (no hovering needed, so it reads
 * on a phone). How precise a date is shows in the style of its mark, never in its size alone:
 * - a date known to the day is a dot;
 * - a month, season or year is a light range over the days it may denote, with a dot on its
 *   earliest possible day (so the vaguest dates do not draw the eye the most);
 * - an approximate or uncertain date (`~`, `?`) has a dashed outline;
 * - a date inferred from other sentences of the sources is hatched, with a hollow ring;
 *   one inferred from outside knowledge is hatched, with a hollow diamond.
 * Labels sit beside their mark when they fit, else wrap below it; marks whose labels would
 * collide go to separate rows of their lane. Plain SVG with real text, no runtime
 * dependencies; each mark and its label link to the record page and carry a `<title>` tooltip.
 */
import type { DateBounds, PrimaryRecord } from "../../src/model/records.js";
import { PRIMARY_KINDS, type InferenceBasis, type PrimaryKind } from "../../src/model/vocabulary.js";
import { dateInWords } from "./dates.js";
import { text } from "./markup.js";
import { FONT_FAMILY, round, textWidth, wrapText } from "./svg-text.js";

/** What an inferred date rests on: other sentences of the sources, or outside knowledge. */
export type InferredFrom = InferenceBasis;

/** One dated record as the timeline draws it. */
export interface TimelineMark {
  readonly id: string;
  readonly kind: PrimaryKind;
  readonly title: string;
  readonly edtf: string;
  readonly bounds: DateBounds;
  /** Set when the date is inferred rather than stated. */
  readonly inferred?: InferredFrom;
}

/** How to draw the timeline. */
export interface TimelineOptions {
  /** The link of a record's mark, relative to the page (or file) the SVG is shown in. */
  readonly href: (mark: TimelineMark) => string;
  /** Width of the picture in SVG units (CSS pixels at 100 %); labels are laid out for it. Default 900. */
  readonly width?: number;
  /** Prefix of the ids inside the SVG (patterns, title), unique per SVG on a page. Default `cas-tl`. */
  readonly idPrefix?: string;
}

/** Colour of each kind; marks also carry the class `cas-kind-<kind>` for styling. */
export const KIND_COLOURS: Readonly<Record<PrimaryKind, string>> = { meeting: "#2563a8", declaration: "#b45309", initiative: "#2f7d4f" };

const LANE_TITLES: Readonly<Record<PrimaryKind, string>> = { meeting: "Meetings", declaration: "Declarations", initiative: "Initiatives" };
const DAY_MS = 86_400_000;
const FONT = 13;
const SMALL = 12;
const LINE = 16;
const PAD = 10;
const AXIS = 30;
const LANE_HEAD = 26;
const MARK = 14;
const ROW_GAP = 8;
const LABEL_GAP = 6;
const DOT = 4.5;
const RANGE = 10;
/** Least room beside a mark worth wrapping a label into, in px. */
const BESIDE_MIN = 170;

/** The `inferredFrom` of a date claim; a claim inferred without one is inferred from the sources. */
function inferredFrom(date: PrimaryRecord["date"]): InferredFrom | undefined {
  if (!date?.inferred) return undefined;
  return (date as { inferredFrom?: string }).inferredFrom === "outside-knowledge" ? "outside-knowledge" : "sources";
}

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
    .map((r) => {
      const inferred = inferredFrom(r.date);
      return { id: r.id, kind: r.kind, title: r.title, edtf: r.date!.edtf, bounds: r.bounds, ...(inferred && { inferred }) };
    })
    .sort((a, b) => a.bounds.earliest.localeCompare(b.bounds.earliest) || a.bounds.latest.localeCompare(b.bounds.latest) || a.id.localeCompare(b.id));
}

/** How the date of a mark is qualified, in words for the tooltip. */
function qualifiers(mark: TimelineMark): string[] {
  return [
    `${mark.bounds.precision} precision`,
    mark.inferred === "sources" ? "inferred from other sentences of the sources" : undefined,
    mark.inferred === "outside-knowledge" ? "inferred from outside knowledge" : undefined,
  ].filter((q): q is string => q !== undefined);
}

/**
 * The tooltip of a mark: title, date in words, EDTF value, precision and, when inferred, on what.
 * @example
 * ```ts
 * markTooltip(mark); // "Tashkent Declaration — March 2018 (2018-03, month precision, inferred from other sentences of the sources)"
 * ```
 */
export function markTooltip(mark: TimelineMark): string {
  return `${mark.title} — ${dateInWords(mark.edtf, mark.bounds)} (${[mark.edtf, ...qualifiers(mark)].join(", ")})`;
}

const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** Horizontal placement over whole calendar years: the x of the start of a day. */
function scale(marks: readonly TimelineMark[], width: number) {
  const years = marks.flatMap((m) => [Number(m.bounds.earliest.slice(0, 4)), Number(m.bounds.latest.slice(0, 4))]);
  const first = years.length ? Math.min(...years) : 2000;
  const last = years.length ? Math.max(...years) : first;
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const x = (ms: number): number => PAD + ((ms - start) / (end - start)) * (width - 2 * PAD);
  return { first, last, x, dayWidth: ((width - 2 * PAD) * DAY_MS) / (end - start) };
}

/** A mark with its geometry and label placement, relative to the top of its row. */
interface Placed {
  readonly mark: TimelineMark;
  /** The range drawn for a date less precise than a day, or for an interval of days. */
  readonly range?: { readonly x0: number; readonly x1: number };
  /** The dot (or ring, or diamond) on the earliest possible day. */
  readonly point: number;
  readonly label: { readonly lines: readonly string[]; readonly x: number; readonly anchor: "start" | "end"; readonly below: boolean };
  /** Horizontal extent of mark and label, for packing rows. */
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

/** Where a mark's label goes: beside it on one line, beside it wrapped, or wrapped below it. */
function place(mark: TimelineMark, width: number, sc: ReturnType<typeof scale>): Placed {
  const start = sc.x(dayMs(mark.bounds.earliest));
  const end = sc.x(dayMs(mark.bounds.latest)) + sc.dayWidth;
  const single = mark.bounds.earliest === mark.bounds.latest;
  const range = single ? undefined : { x0: start, x1: Math.max(end, start + 2) };
  const point = single ? (start + end) / 2 : start;
  const markLeft = Math.min(range?.x0 ?? point, point - DOT - 1);
  const markRight = Math.max(range?.x1 ?? point, point + DOT + 1);
  const roomRight = width - PAD - (markRight + LABEL_GAP);
  const roomLeft = markLeft - LABEL_GAP - PAD;
  const oneLine = textWidth(mark.title, FONT);
  const beside = (lines: string[], side: "right" | "left"): Placed => {
    const w = Math.max(...lines.map((l) => textWidth(l, FONT)));
    const x = side === "right" ? markRight + LABEL_GAP : markLeft - LABEL_GAP;
    return {
      mark,
      range,
      point,
      label: { lines, x, anchor: side === "right" ? "start" : "end", below: false },
      left: side === "right" ? markLeft : x - w,
      right: side === "right" ? x + w : markRight,
      height: MARK + (lines.length - 1) * LINE,
    };
  };
  if (oneLine <= roomRight) return beside([mark.title], "right");
  if (oneLine <= roomLeft) return beside([mark.title], "left");
  if (roomRight >= BESIDE_MIN && roomRight >= roomLeft) return beside(wrapText(mark.title, FONT, roomRight), "right");
  if (roomLeft >= BESIDE_MIN) return beside(wrapText(mark.title, FONT, roomLeft), "left");
  const lines = wrapText(mark.title, FONT, width - 2 * PAD);
  const w = Math.max(...lines.map((l) => textWidth(l, FONT)));
  const x = Math.min(Math.max(markLeft, PAD), width - PAD - w);
  return { mark, range, point, label: { lines, x, anchor: "start", below: true }, left: Math.min(markLeft, x), right: Math.max(markRight, x + w), height: MARK + lines.length * LINE };
}

/** Packs placed marks into rows so that no two marks or labels of a row overlap; returns the rows. */
function packRows(placed: readonly Placed[]): Placed[][] {
  const rows: Placed[][] = [];
  for (const item of placed) {
    const row = rows.find((r) => r.every((other) => item.left >= other.right + 12 || item.right + 12 <= other.left));
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

/** The hatch pattern of inferred ranges, one per kind colour. */
function hatch(id: string, colour: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${colour}" fill-opacity="0.12"/><line x1="0" y1="0" x2="0" y2="5" stroke="${colour}" stroke-width="2" stroke-opacity="0.55"/></pattern>`;
}

/** The shapes of one mark, centred vertically on `cy`. */
function markShapes(item: Placed, cy: number, prefix: string): string {
  const { mark, range, point } = item;
  const colour = KIND_COLOURS[mark.kind];
  const qualified = mark.bounds.approximate || mark.bounds.uncertain;
  const dash = qualified ? ` stroke-dasharray="3 2"` : "";
  const parts: string[] = [];
  if (range) {
    const fill = mark.inferred ? `url(#${prefix}-hatch-${mark.kind})` : colour;
    const opacity = mark.inferred ? "" : ` fill-opacity="0.16"`;
    parts.push(
      `<rect class="cas-range" x="${round(range.x0)}" y="${round(cy - RANGE / 2)}" width="${round(range.x1 - range.x0)}" height="${RANGE}" rx="3" fill="${fill}"${opacity} stroke="${colour}" stroke-opacity="${qualified ? 0.9 : 0.45}"${dash}/>`,
    );
  }
  const px = round(point);
  const py = round(cy);
  if (mark.inferred === "outside-knowledge") {
    const r = DOT + 1;
    parts.push(
      `<path class="cas-point" d="M${px} ${round(cy - r)}L${round(point + r)} ${py}L${px} ${round(cy + r)}L${round(point - r)} ${py}Z" fill="#fff" stroke="${colour}" stroke-width="2"${dash}/>`,
    );
  } else if (mark.inferred === "sources") {
    parts.push(`<circle class="cas-point" cx="${px}" cy="${py}" r="${DOT}" fill="#fff" stroke="${colour}" stroke-width="2"${dash}/>`);
  } else {
    parts.push(`<circle class="cas-point" cx="${px}" cy="${py}" r="${DOT}" fill="${colour}" stroke="#fff" stroke-width="1"${qualified ? ` stroke-dasharray="2 1.5"` : ""}/>`);
  }
  return parts.join("");
}

/** The label of one mark: real text, one `<tspan>` per line. */
function markLabel(item: Placed, cy: number): string {
  const { lines, x, anchor, below } = item.label;
  const firstBaseline = below ? cy + MARK / 2 + LINE - 3 : cy + 4.5;
  const tspans = lines.map((line, i) => `<tspan x="${round(x)}" y="${round(firstBaseline + i * LINE)}">${text(line)}</tspan>`).join("");
  return `<text class="cas-label"${anchor === "end" ? ` text-anchor="end"` : ""} fill="currentColor">${tspans}</text>`;
}

/** The legend: one swatch and explanation per style, wrapped into rows that fit `width`. */
function legend(width: number, top: number, prefix: string): { svg: string; height: number } {
  const c = "#555";
  const items: [string, string][] = [
    [`<circle cx="9" cy="0" r="${DOT}" fill="${c}"/>`, "a day"],
    [
      `<rect x="0" y="${-RANGE / 2}" width="26" height="${RANGE}" rx="3" fill="${c}" fill-opacity="0.16" stroke="${c}" stroke-opacity="0.45"/><circle cx="0" cy="0" r="${DOT}" fill="${c}" stroke="#fff"/>`,
      "a month, season or year, dot on its first day",
    ],
    [`<rect x="0" y="${-RANGE / 2}" width="26" height="${RANGE}" rx="3" fill="${c}" fill-opacity="0.16" stroke="${c}" stroke-dasharray="3 2"/>`, "approximate or uncertain"],
    [
      `<rect x="0" y="${-RANGE / 2}" width="26" height="${RANGE}" rx="3" fill="url(#${prefix}-hatch-legend)" stroke="${c}" stroke-opacity="0.45"/><circle cx="0" cy="0" r="${DOT}" fill="#fff" stroke="${c}" stroke-width="2"/>`,
      "inferred from other sentences",
    ],
    [
      `<rect x="0" y="${-RANGE / 2}" width="26" height="${RANGE}" rx="3" fill="url(#${prefix}-hatch-legend)" stroke="${c}" stroke-opacity="0.45"/><path d="M0 ${-DOT - 1}L${DOT + 1} 0L0 ${DOT + 1}L${-DOT - 1} 0Z" fill="#fff" stroke="${c}" stroke-width="2"/>`,
      "inferred from outside knowledge",
    ],
  ];
  const parts: string[] = [];
  let x = PAD + DOT + 1;
  let y = top + LINE / 2;
  for (const [swatch, label] of items) {
    const w = 30 + 6 + textWidth(label, SMALL);
    if (x + w > width - PAD && x > PAD + DOT + 1) {
      x = PAD + DOT + 1;
      y += LINE + 4;
    }
    parts.push(`<g transform="translate(${round(x)} ${round(y)})">${swatch}<text x="32" y="4" font-size="${SMALL}">${text(label)}</text></g>`);
    x += w + 16;
  }
  return { svg: `<g class="cas-legend" fill="currentColor">${parts.join("")}</g>`, height: y - top + LINE / 2 + 4 };
}

/**
 * The timeline as an SVG document (usable inline in HTML and as a standalone `.svg` file),
 * laid out for `options.width`. Every mark is an `<a class="cas-mark" data-id="…">` holding a
 * `<title>`, its shapes and a `<text class="cas-label">` with the record's title.
 * @example
 * ```ts
 * const svg = timelineSvg(timelineMarks(data.primary), { href: (m) => `records/${m.kind}s/${m.id}.html`, width: 360 });
 * ```
 */
export function timelineSvg(marks: readonly TimelineMark[], options: TimelineOptions): string {
  const width = options.width ?? 900;
  const prefix = options.idPrefix ?? "cas-tl";
  const sc = scale(marks, width);
  const lanes: string[] = [];
  let y = AXIS;
  for (const kind of PRIMARY_KINDS) {
    const laneMarks = marks.filter((m) => m.kind === kind);
    if (!laneMarks.length) continue;
    const rows = packRows(laneMarks.map((m) => place(m, width, sc)));
    const top = y;
    y += LANE_HEAD;
    const drawn: string[] = [];
    for (const row of rows) {
      const cy = y + MARK / 2;
      for (const item of row) {
        const m = item.mark;
        drawn.push(
          `<a href="${text(options.href(m))}" class="cas-mark cas-kind-${kind}" data-id="${text(m.id)}" data-precision="${m.bounds.precision}"${m.inferred ? ` data-inferred="${m.inferred}"` : ""}${m.bounds.approximate || m.bounds.uncertain ? ` data-qualified="true"` : ""}>` +
            `<title>${text(markTooltip(m))}</title>${markShapes(item, cy, prefix)}${markLabel(item, cy)}</a>`,
        );
      }
      y += Math.max(...row.map((item) => item.height)) + ROW_GAP;
    }
    y += 4;
    lanes.push(
      `<g class="cas-lane cas-kind-${kind}">` +
        `<rect x="0" y="${top}" width="${width}" height="${y - top}" fill="${KIND_COLOURS[kind]}" fill-opacity="0.05"/>` +
        `<text x="${PAD}" y="${top + 18}" font-weight="700" fill="${KIND_COLOURS[kind]}">${text(`${LANE_TITLES[kind]} (${laneMarks.length})`)}</text>` +
        drawn.join("") +
        `</g>`,
    );
  }
  const lanesBottom = y;
  const yearWidth = sc.x(Date.UTC(sc.first + 1, 0, 1)) - sc.x(Date.UTC(sc.first, 0, 1));
  const every = yearWidth >= 36 ? 1 : Math.ceil(36 / yearWidth);
  const axis: string[] = [];
  for (let year = sc.first; year <= sc.last + 1; year++) {
    const gx = round(sc.x(Date.UTC(year, 0, 1)));
    axis.push(`<line x1="${gx}" y1="${AXIS - 8}" x2="${gx}" y2="${lanesBottom}" stroke="currentColor" stroke-opacity="0.18"/>`);
    if (year <= sc.last && (year - sc.first) % every === 0)
      axis.push(`<text x="${round(gx + yearWidth / 2)}" y="${AXIS - 12}" text-anchor="middle" font-size="${SMALL}" fill="currentColor">${year}</text>`);
  }
  // The legend comes first, above the lanes it explains.
  const key = legend(width, 10, prefix);
  const shift = Math.ceil(10 + key.height + 6);
  const height = round(shift + lanesBottom + 6);
  const inferredCount = marks.filter((m) => m.inferred).length;
  const summary = `Timeline of the ${marks.length} dated meetings, declarations and initiatives, ${sc.first}–${sc.last}, one lane per kind, each labelled with its title.`;
  const description = `${summary} A dot marks a date known to the day; a month, season or year is a light range over the days it may denote, with a dot on its earliest day. Dashed outlines mark approximate or uncertain dates; ${inferredCount} inferred dates are hatched, with a hollow ring when inferred from other sentences of the sources and a hollow diamond when inferred from outside knowledge. Each mark links to its record's page.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="cas-timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_FAMILY}" font-size="${FONT}" aria-labelledby="${prefix}-title ${prefix}-desc">`,
    `<title id="${prefix}-title">${text(summary)}</title>`,
    `<desc id="${prefix}-desc">${text(description)}</desc>`,
    `<defs>${PRIMARY_KINDS.map((kind) => hatch(`${prefix}-hatch-${kind}`, KIND_COLOURS[kind])).join("")}${hatch(`${prefix}-hatch-legend`, "#555")}</defs>`,
    key.svg,
    `<g transform="translate(0 ${shift})">`,
    ...axis,
    ...lanes,
    `</g>`,
    `</svg>`,
  ].join("");
}
