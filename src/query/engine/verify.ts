/**
 * Checking a source text a user holds against the dataset: its sha256, and every quote that
 * cites it. Uses only Web Crypto and `TextEncoder`, so it runs in browsers and in Node alike.
 * @module
 */
import type { Source } from "../../model/records.js";
import { locateQuote, prepareText } from "../../text/quotes.js";
import type { QuoteVerification, SourceVerification } from "../types.js";
import { lazy, requireId, type QueryContext } from "./context.js";
import { typeError } from "./errors.js";
import { deepFreeze } from "../../freeze.js";
import { evidenceEntries } from "./evidence.js";

/** The Web Crypto digest this module needs; declared here so no platform typings are required. */
interface WebCrypto {
  readonly subtle?: { digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer> };
}
interface Encoder {
  encode(text: string): Uint8Array;
}

/** Lowercase hex sha256 of the UTF-8 encoding of `text`. */
async function sha256Hex(text: string): Promise<string> {
  const platform = globalThis as { crypto?: WebCrypto; TextEncoder?: new () => Encoder };
  const subtle = platform.crypto?.subtle;
  if (!subtle || !platform.TextEncoder) {
    throw new Error("verifySource needs Web Crypto (globalThis.crypto.subtle) and TextEncoder: Node 20 or later, or a browser page served over https or from localhost.");
  }
  const digest = await subtle.digest("SHA-256", new platform.TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

type Citation = Pick<QuoteVerification, "record" | "path" | "evidence">;

/** Every evidence item citing each source, with the citing record's id and the item's path. */
function citations(context: QueryContext): ReadonlyMap<string, readonly Citation[]> {
  return lazy(context, "citations", () => {
    const bySource = new Map<string, Citation[]>();
    for (const record of context.byId.values()) {
      for (const { path, evidence } of evidenceEntries(record)) {
        const list = bySource.get(evidence.source) ?? [];
        list.push({ record: record.id as QuoteVerification["record"], path, evidence });
        bySource.set(evidence.source, list);
      }
    }
    return bySource;
  });
}

/**
 * The longest text `verifySource` checks, in UTF-16 code units (JavaScript string length):
 * 32 Mi, about 32 MB of English text. The longest source of the dataset is under 20 000; the
 * limit keeps a wrong file (a disk image, a video) from taking the memory of a whole process.
 * `verifySource` rejects a longer text with a `RangeError` naming the limit; the CLI's `verify`
 * exits 2.
 * @example
 * ```ts
 * import { MAX_SOURCE_TEXT_LENGTH, verifySource } from "central-asia-security";
 * const text = "x".repeat(MAX_SOURCE_TEXT_LENGTH + 1);
 * try {
 *   await verifySource("tass-2021-07-16-central-asia-russia-statement", text);
 * } catch (error) {
 *   console.log((error as Error).name); // "RangeError", thrown before any work on the text
 * }
 * ```
 */
export const MAX_SOURCE_TEXT_LENGTH = 32 * 1024 * 1024;

/** The Source named by `sourceId`, after checking both arguments' types, the id and the text's length. */
function checkArguments(context: QueryContext, sourceId: unknown, text: unknown): Source {
  const source = requireId(context, "verifySource: sourceId", sourceId, "source") as Source;
  if (typeof text !== "string") throw typeError("verifySource: text", text, "the source text (a string)");
  if (text.length > MAX_SOURCE_TEXT_LENGTH) {
    throw new RangeError(
      `verifySource: text is ${text.length.toLocaleString("en-US")} UTF-16 code units long, more than the limit of ${MAX_SOURCE_TEXT_LENGTH.toLocaleString("en-US")} (MAX_SOURCE_TEXT_LENGTH): no source article is near that size, so this is not the text of ${source.id}.`,
    );
  }
  return source;
}

/**
 * Checks `text` against the Source with id `sourceId` and every quote citing it (see
 * `verifySource`), given the sha256 of the text. Synchronous, for callers that hash themselves
 * (the CLI, with `node:crypto`).
 */
export function checkSourceText(context: QueryContext, sourceId: unknown, text: unknown, actualSha256: string): SourceVerification {
  const source = checkArguments(context, sourceId, text);
  const prepared = prepareText(text as string);
  const quotes = (citations(context).get(source.id) ?? []).map((cited): QuoteVerification => {
    const span = locateQuote(prepared, cited.evidence.quote)[(cited.evidence.occurrence ?? 1) - 1];
    if (!span) return { ...cited, found: false, moved: false };
    const { start, end } = cited.evidence;
    const moved = start !== undefined && (span.start !== start || span.end !== end);
    return { ...cited, found: true, start: span.start, end: span.end, moved };
  });
  const hashMatches = actualSha256 === source.sha256;
  const allFound = quotes.every((q) => q.found);
  // Frozen, like every other result (the evidence items in it already are, as dataset records).
  return deepFreeze({
    source: source.id as SourceVerification["source"],
    expectedSha256: source.sha256,
    actualSha256,
    hashMatches,
    allFound,
    verified: hashMatches && allFound && !quotes.some((q) => q.moved),
    quotes,
  });
}

/**
 * `verifySource` over `context`: bad arguments throw at once (before hashing); the promise only
 * waits for the Web Crypto digest.
 */
export function verifySourceText(context: QueryContext, sourceId: unknown, text: unknown): Promise<SourceVerification> {
  checkArguments(context, sourceId, text);
  return sha256Hex(text as string).then((actualSha256) => checkSourceText(context, sourceId, text, actualSha256));
}
