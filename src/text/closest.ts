/**
 * Suggestions for a mistyped id: the candidates nearest by edit distance, as a whole or by one
 * of their hyphen-separated words.
 * @module
 */
import { MAX_ECHOED } from "./clip.js";

/**
 * Inputs longer than this get no suggestions: nothing a person mistyped is that long, and the
 * edit distance costs time proportional to the input's length times each candidate's.
 */
export const MAX_SUGGESTED_INPUT = MAX_ECHOED;

/**
 * Levenshtein distance between two strings, in UTF-16 code units: the fewest insertions,
 * deletions and substitutions turning `a` into `b` (the tests hold it equal to
 * `fastest-levenshtein`).
 */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Edits allowed between an input and one word of a hyphenated id (`mirziyoev` → the
 * `mirziyoyev` of `shavkat-mirziyoyev`): one per four characters typed, none under four, so a
 * short input is not matched to every short word.
 */
const wordEdits = (length: number): number => Math.floor(length / 4);

/**
 * How far `candidate` is from `needle`: 0 when it starts with it or has it as a whole
 * hyphen-separated word, a quarter when it contains it elsewhere (`ghani` is in `ashraf-ghani`
 * before `afghanistan`), else the edit distance to the whole candidate, or (half an edit worse,
 * so whole matches rank first) to its closest word; `undefined` when none is within reach.
 */
function score(needle: string, candidate: string, within: number): number | undefined {
  const words = candidate.split("-");
  if (candidate.startsWith(needle) || words.includes(needle)) return 0;
  if (candidate.includes(needle)) return 0.25;
  let best: number | undefined;
  // The distance is at least the difference in length: skip what cannot be close.
  if (Math.abs(candidate.length - needle.length) <= within) {
    const d = distance(needle, candidate);
    if (d <= within) best = d;
  }
  const edits = wordEdits(needle.length);
  if (edits > 0 && words.length > 1) {
    for (const word of words) {
      if (Math.abs(word.length - needle.length) > edits) continue;
      const d = distance(needle, word);
      if (d <= edits && (best === undefined || d + 0.5 < best)) best = d + 0.5;
    }
  }
  return best;
}

/**
 * Up to `limit` candidates closest to `input`: those containing it first (starting with it or
 * having it as a word before the rest), then by edit distance to the whole candidate (within
 * half the input's length), then to one word of a hyphenated candidate (one edit per four
 * characters typed, half an edit worse than a whole match), so a misspelt surname finds a
 * person's id; ties in alphabetical order. An input ending in `…` (or `...`), as an id cut to
 * fit a table does, is a prefix: the candidates starting with it, shortest first, when any do.
 * An input longer than {@link MAX_SUGGESTED_INPUT} code units gets none, without reading the
 * candidates.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  if (input.length > MAX_SUGGESTED_INPUT) return [];
  // An id copied from a table cut to fit ends in "…": what comes before it is a prefix, and only
  // candidates starting with it are offered (shortest first), when there are any.
  const needle = input.toLowerCase().replace(/(?:…|\.\.\.)$/, "");
  if (needle === "") return [];
  const pool = [...candidates]; // read once: an iterator cannot be walked twice
  if (needle.length < input.length) {
    const starting = pool.filter((c) => c.startsWith(needle));
    if (starting.length > 0) return starting.sort((x, y) => x.length - y.length || (x < y ? -1 : 1)).slice(0, limit);
  }
  const within = Math.max(2, Math.floor(needle.length / 2));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of pool) {
    const s = score(needle, candidate, within);
    if (s !== undefined) scored.push({ candidate, score: s });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.candidate);
}
