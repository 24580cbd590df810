/**
 * Sentence splitting of a source text, for the coverage report and the whole-sentence check of
 * quotes (quotes themselves are matched by the whitespace rule of src/text/quotes.ts):
 * 1. The text is cut into paragraphs at blank lines (lines holding only whitespace).
 * 2. Inside a paragraph every run of whitespace, line breaks included, becomes one space.
 *    This undoes the hard wrapping and padded spaces of some documents (source 002).
 * 3. A paragraph is cut after `.`, `!` or `?` (and any closing quotes or brackets after it)
 *    when a space and then a capital letter, a digit or an opening quote follow. So
 *    "U.S. dollars" and "July 16. /TASS/." stay whole; a headline without a full stop is
 *    one sentence.
 * 4. A dateline `date YYYY-MM-DD` opening a paragraph (source 001) is a sentence of its own.
 */
import { collapseWhitespace } from "../../src/text/quotes.js";

/** Splits a source text into whitespace-collapsed sentences, in text order. */
export function sentences(text: string): string[] {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((paragraph) => collapseWhitespace(paragraph).trim())
    .filter((paragraph) => paragraph !== "")
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["'”’)\]]*) (?=[A-Z0-9"“‘'])|(?<=^date \d{4}-\d{2}-\d{2}) /));
}
