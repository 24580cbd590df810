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
 * A source text prepared for quote lookups: its whitespace-collapsed form, and for every UTF-16
 * unit of that form the raw code-point span it stands for (a collapsed space spans its whole run).
 */
export interface PreparedText {
  readonly raw: readonly string[];
  readonly collapsed: string;
  readonly rawStart: readonly number[];
  readonly rawEnd: readonly number[];
}

/** Prepares `text` for {@link locateQuote}; prepare once per source text, look up many quotes. */
export function prepareText(text: string): PreparedText {
  const raw = Array.from(text);
  let collapsed = "";
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const char = raw[i]!;
    if (/\s/.test(char)) {
      let j = i + 1;
      while (j < raw.length && /\s/.test(raw[j]!)) j += 1;
      collapsed += " ";
      rawStart.push(i);
      rawEnd.push(j);
      i = j;
    } else {
      collapsed += char;
      // A character outside the BMP is two UTF-16 units; both map to its one code point.
      for (let unit = 0; unit < char.length; unit++) {
        rawStart.push(i);
        rawEnd.push(i + 1);
      }
      i += 1;
    }
  }
  return { raw, collapsed, rawStart, rawEnd };
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
    spans.push({ start: text.rawStart[at]!, end: text.rawEnd[at + needle.length - 1]! });
  }
  return spans;
}

/** Number of code points of context kept on either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The raw text just before and just after a span, up to {@link CONTEXT_LENGTH} code points each. */
export function contextOf(text: PreparedText, span: TextSpan): { prefix: string; suffix: string } {
  return {
    prefix: text.raw.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start).join(""),
    suffix: text.raw.slice(span.end, span.end + CONTEXT_LENGTH).join(""),
  };
}
