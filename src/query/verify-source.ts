/**
 * Checking a source text against the dataset.
 * @module
 */
import type { SourceId } from "../generated/ids.js";
import { shipped } from "./shipped.js";
import type { SourceVerification } from "./types.js";

export { MAX_SOURCE_TEXT_LENGTH } from "./engine/verify.js";

/**
 * Checks a source text you hold against the dataset: whether its sha256 is the one the Source
 * record gives, and for every evidence item citing that source (record id, JSON path) whether
 * the quote is found in the text and where. A quote is found when the text has a passage equal
 * to it after every run of whitespace in both is collapsed to one space (nothing else is
 * normalised); where it names an `occurrence`, that occurrence must exist. Positions are in
 * Unicode code points of the text given, end exclusive, like the published `start`/`end`.
 * Changing one character of the text makes exactly the quotes that cover it not found.
 *
 * Runs anywhere with Web Crypto (`crypto.subtle`) and `TextEncoder`: Node 20 or later, and
 * browsers on pages served over https or from localhost. Zero dependencies.
 *
 * @param sourceId - Id of a `Source` record.
 * @param text - The full source text, as a string (the sha256 is taken of its UTF-8 encoding).
 * @returns A promise of the verification; it never rejects for a mismatch. Bad arguments throw at
 * once (synchronously, before any hashing), so check them with try/catch around the call.
 * @throws {TypeError} when `sourceId` or `text` is not a string.
 * @throws {RangeError} when no Source has the id `sourceId` (naming it and suggesting ids), or
 * when `text` is longer than {@link MAX_SOURCE_TEXT_LENGTH} UTF-16 code units (naming the limit).
 * Time and memory grow linearly with the length of `text` (docs/performance.md gives timings).
 * @example
 * ```ts
 * import { verifySource } from "central-asia-security";
 * // In practice the whole text: await readFile(path, "utf8"), or await (await fetch(url)).text().
 * const text = "Regional security is a top priority for Central Asian countries";
 * const result = await verifySource("report-2018-regional-security-afghanistan-tashkent-conference", text);
 * console.log(result.hashMatches); // false: this is only the headline
 * const found = result.quotes.filter((q) => q.found);
 * console.log(found.map((q) => [q.record, q.path, q.start, q.end])); // [["report-2018-…", "evidence[0]", 0, 63]]
 * ```
 */
export function verifySource(sourceId: SourceId, text: string): Promise<SourceVerification> {
  return shipped().verifySource(sourceId, text);
}
