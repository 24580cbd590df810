/**
 * The merged chronology of meetings, declarations and initiatives.
 * @module
 */
import { shipped } from "./shipped.js";
import type { TimelineEntry, TimelineFilter } from "./types.js";

/**
 * Every dated meeting, declaration and initiative matching `filter`, merged in chronological
 * order: by earliest possible day, then latest possible day, then meetings before declarations
 * before initiatives, then id. Each entry gives the kind, EDTF date, its precision and bounds,
 * whether it was inferred (and from what: `inferredFrom`), and the title. Undated records are
 * left out, and with `dates: "sources-only"` so are records whose date rests on outside
 * knowledge (`date.inferredFrom === "outside-knowledge"`). `filter` is the
 * finders' filter plus `kinds` (default: all three); a `status` must be valid for at least one
 * of those kinds.
 *
 * @throws {TypeError} for an unknown key or kind, a value of the wrong type or an unknown term.
 * @throws {RangeError} for a malformed date, an unknown country code or id.
 * @example
 * ```ts
 * import { timeline } from "central-asia-security";
 * for (const entry of timeline({ from: "2018", to: "2021" })) {
 *   console.log(`${entry.date.padEnd(10)} ${entry.kind.padEnd(11)} ${entry.title}${entry.inferred ? " (date inferred)" : ""}`);
 * }
 * const declarationsOnly = timeline({ kinds: ["declaration"] });
 * // Only dates the sources themselves give or imply:
 * const fromSources = timeline({ dates: "sources-only" });
 * console.log(fromSources.every((e) => e.inferredFrom !== "outside-knowledge")); // true
 * ```
 */
export function timeline(filter?: TimelineFilter): readonly TimelineEntry[] {
  return shipped().timeline(filter);
}
