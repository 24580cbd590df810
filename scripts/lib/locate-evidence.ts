/**
 * The W3C Web Annotation selectors the build derives for every evidence item: where its quote
 * sits in the source text (TextPositionSelector `start`/`end`, code points) and the text around
 * it (TextQuoteSelector `prefix`/`suffix`).
 */
import type { Evidence, IdTypes } from "../../src/model/input.js";
import type { LocatedEvidence } from "../../src/model/records.js";
import { contextOf, locateQuote, prepareText, type PreparedText } from "../../src/text/quotes.js";
import type { CheckedRecord } from "../validate/types.js";
import type { SourceTexts } from "./source-texts.js";

/** The prepared text of every source record whose text is at hand, by source id. */
export function preparedTexts(records: readonly CheckedRecord[], sourceTexts: SourceTexts | undefined): Map<string, PreparedText> {
  const prepared = new Map<string, PreparedText>();
  for (const { kind, record } of records) {
    const text = kind === "source" ? sourceTexts?.get(record.file) : undefined;
    if (text) prepared.set(record.id, prepareText(text.text));
  }
  return prepared;
}

/** Finds an evidence item's selectors, or undefined when they are not known. */
export type EvidenceLocator = (evidence: Evidence) => { start: number; end: number; prefix: string; suffix: string } | undefined;

/** The locator over prepared source texts by source id: the quote's occurrence in its text. */
export function textLocator(texts: ReadonlyMap<string, PreparedText>): EvidenceLocator {
  return (evidence) => {
    const text = texts.get(evidence.source);
    const span = text ? locateQuote(text, evidence.quote)[(evidence.occurrence ?? 1) - 1] : undefined;
    return text && span ? { start: span.start, end: span.end, ...contextOf(text, span) } : undefined;
  };
}

/** The evidence item with its selectors, or unchanged when `locate` does not know them. */
export function locateEvidence(evidence: Evidence, locate: EvidenceLocator): Evidence | LocatedEvidence<IdTypes> {
  const placement = locate(evidence);
  return placement ? { ...evidence, ...placement } : evidence;
}

const isEvidence = (value: object): value is Evidence => "source" in value && "quote" in value;

/** A deep copy of `value` with every evidence item in it located. */
export function withSelectors<T>(value: T, locate: EvidenceLocator): T {
  if (Array.isArray(value)) return value.map((item) => withSelectors(item, locate)) as T;
  if (value === null || typeof value !== "object") return value;
  if (isEvidence(value)) return locateEvidence(value, locate) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withSelectors(item, locate)])) as T;
}
