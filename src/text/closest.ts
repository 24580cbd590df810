/**
 * Suggestions for a mistyped id: the candidates nearest by edit distance.
 * @module
 */
import { MAX_ECHOED } from "./clip.js";

/**
 * Inputs longer than this get no suggestions: nothing a person mistyped is that long, and the
 * edit distance costs time proportional to the input's length times each candidate's.
 */
export const MAX_SUGGESTED_INPUT = MAX_ECHOED;

/** Levenshtein distance between two strings. */
function distance(a: string, b: string): number {
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
 * Up to `limit` candidates closest to `input`: those containing it first, then by edit
 * distance; only candidates within half the input's length in edits are offered. An input
 * longer than {@link MAX_SUGGESTED_INPUT} code units gets none, without reading the candidates.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  if (input.length > MAX_SUGGESTED_INPUT) return [];
  const needle = input.toLowerCase();
  const within = Math.max(2, Math.floor(needle.length / 2));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip what cannot be close.
    if (Math.abs(candidate.length - needle.length) > within && !candidate.includes(needle)) continue;
    const score = candidate.includes(needle) ? 0 : distance(needle, candidate);
    if (score <= within) scored.push({ candidate, score });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.candidate);
}
