/**
 * The passage of a text nearest to a quote that was not found in it, to show a contributor
 * what the source actually says.
 * @module
 */
import { collapseWhitespace } from "../../src/text/quotes.js";

/**
 * Edit distance from `needle` to the best-matching substring of `haystack` ending at each
 * position (Sellers' approximate substring matching); returns the best end and its distance.
 */
function bestEnd(needle: string, haystack: string): { end: number; distance: number } {
  // column[i] = distance between needle[0, i) and the best substring ending at the current position.
  let column = Array.from({ length: needle.length + 1 }, (_, i) => i);
  let best = { end: 0, distance: needle.length };
  for (let j = 1; j <= haystack.length; j++) {
    const next = [0];
    for (let i = 1; i <= needle.length; i++) {
      const cost = needle[i - 1] === haystack[j - 1] ? 0 : 1;
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost);
    }
    column = next;
    if (column[needle.length]! < best.distance) best = { end: j, distance: column[needle.length]! };
  }
  return best;
}

/**
 * The whitespace-collapsed passage of `text` closest to `quote` by edit distance, widened to
 * whole words; at most as long as the quote plus a few words.
 */
export function closestPassage(text: string, quote: string): string {
  const haystack = collapseWhitespace(text);
  const needle = collapseWhitespace(quote).trim();
  if (needle === "" || haystack === "") return "";
  const { end } = bestEnd(needle, haystack);
  // The reversed search from that end finds where the best substring starts.
  const reversed = [...needle].reverse().join("");
  const before = [...haystack.slice(0, end)].reverse().join("");
  let start = end - bestEnd(reversed, before).end;
  let stop = end;
  while (start > 0 && /\S/.test(haystack[start - 1]!)) start -= 1;
  while (stop < haystack.length && /\S/.test(haystack[stop]!)) stop += 1;
  return haystack.slice(start, stop).trim();
}
