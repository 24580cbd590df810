/**
 * Finding evidence quotes in source texts.
 *
 * The matching rule: a quote matches a passage of its source text when the two are equal after
 * every run of whitespace (JavaScript `\s`: spaces, tabs, line breaks, no-break and other Unicode
 * spaces) in each has been collapsed to one space. Nothing else is normalised: not case, not
 * punctuation, not quote marks. So a sentence cut by the hard line breaks of a source can be
 * quoted whole, on one line.
 *
 * Positions are offsets into the raw source text in Unicode code points, end exclusive, as in
 * a W3C Web Annotation TextPositionSelector.
 * @module
 */

/** Collapses every run of whitespace in `text` to one space. Nothing else changes. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Where a quote sits in the raw source text, in code points: `[start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * A source text prepared for quote lookups, in memory linear in its length (about six bytes per
 * UTF-16 unit): its whitespace-collapsed form, and for every UTF-16 unit of that form the raw
 * code point it starts at (a collapsed space starts at its whole run; the two units of a
 * character outside the BMP start at its one code point), plus one final entry: the number of
 * code points of the text.
 */
export interface PreparedText {
  /** The text as given. */
  readonly text: string;
  readonly collapsed: string;
  /** `starts[k]`: the code point of the raw text where unit `k` of `collapsed` starts; `starts[collapsed.length]` is the text's length in code points. */
  readonly starts: Uint32Array;
  /** UTF-16 offset of every code point (and of the end), or undefined when the text has no surrogate pair (then offsets are code points). */
  readonly offsets: Uint32Array | undefined;
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether the UTF-16 unit is JavaScript whitespace (`\s`): the same set {@link collapseWhitespace} collapses. */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

/**
 * Prepares `text` for {@link locateQuote}; prepare once per source text, look up many quotes.
 * One pass over the text, so time and memory grow linearly with its length.
 */
export function prepareText(text: string): PreparedText {
  // The collapsed form is written unit by unit beside `starts`: a regex replace over megabytes is slower.
  const units = new Uint16Array(text.length);
  const starts = new Uint32Array(text.length + 1);
  let unit = 0; // next unit of `collapsed`
  let point = 0; // code point index of `at`
  let pairs = 0;
  let lone = false;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    units[unit] = isSpace(code) ? 0x20 : code;
    starts[unit++] = point;
    if (isSpace(code)) {
      // A run of whitespace is one unit of `collapsed`; every whitespace character is one code point.
      do {
        at += 1;
        point += 1;
      } while (at < text.length && isSpace(text.charCodeAt(at)));
    } else if (isHigh(code) && at + 1 < text.length && isLow(text.charCodeAt(at + 1))) {
      units[unit] = text.charCodeAt(at + 1);
      starts[unit++] = point;
      pairs += 1;
      at += 2;
      point += 1;
    } else {
      lone ||= isHigh(code) || isLow(code);
      at += 1;
      point += 1;
    }
  }
  starts[unit] = point;
  return { text, collapsed: fromUnits(units, unit, lone), starts: starts.subarray(0, unit + 1), offsets: pairs === 0 ? undefined : codePointOffsets(text, point) };
}

/**
 * The string of the first `length` UTF-16 units of `units`. TextDecoder is the fast way, but it
 * replaces a lone surrogate with U+FFFD: then the units are copied in chunks (a call takes only
 * so many arguments).
 */
function fromUnits(units: Uint16Array, length: number, loneSurrogates: boolean): string {
  const used = units.subarray(0, length);
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => { decode(input: Uint16Array): string } }).TextDecoder;
  if (!loneSurrogates && Decoder) return new Decoder("utf-16le").decode(used);
  const CHUNK = 8_192;
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) parts.push(String.fromCharCode.apply(null, used.subarray(at, at + CHUNK) as unknown as number[]));
  return parts.join("");
}

/** The UTF-16 offset of each of the `count` code points of `text`, and of its end. */
function codePointOffsets(text: string, count: number): Uint32Array {
  const offsets = new Uint32Array(count + 1);
  let at = 0;
  for (let point = 0; point < count; point++) {
    offsets[point] = at;
    at += isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1;
  }
  offsets[count] = at;
  return offsets;
}

/** The raw text from code point `start` to code point `end` (clamped to the text). */
export function sliceCodePoints(text: PreparedText, start: number, end: number): string {
  const length = text.starts[text.collapsed.length]!;
  const from = Math.min(Math.max(0, start), length);
  const to = Math.min(Math.max(from, end), length);
  return text.offsets ? text.text.slice(text.offsets[from], text.offsets[to]) : text.text.slice(from, to);
}

/**
 * Every place `quote` occurs in the text under the matching rule, in text order (overlapping
 * occurrences included). Empty when the quote is not found or is empty.
 */
export function locateQuote(text: PreparedText, quote: string): TextSpan[] {
  const needle = collapseWhitespace(quote);
  if (needle === "") return [];
  const spans: TextSpan[] = [];
  for (let at = text.collapsed.indexOf(needle); at !== -1; at = text.collapsed.indexOf(needle, at + 1)) {
    const last = at + needle.length - 1;
    const next = text.starts[last + 1]!;
    // The end of the last unit: where the next unit starts, unless both are halves of one pair.
    spans.push({ start: text.starts[at]!, end: next > text.starts[last]! ? next : text.starts[last]! + 1 });
  }
  return spans;
}

/** Number of code points of context kept on either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The raw text just before and just after a span, up to {@link CONTEXT_LENGTH} code points each. */
export function contextOf(text: PreparedText, span: TextSpan): { prefix: string; suffix: string } {
  return {
    prefix: sliceCodePoints(text, span.start - CONTEXT_LENGTH, span.start),
    suffix: sliceCodePoints(text, span.end, span.end + CONTEXT_LENGTH),
  };
}
