/**
 * Fields the model gains in parallel work (dataset 1.1: `onBehalfOf`, `statements`,
 * `date.inferredFrom`; evidence positions `start`/`end`/`prefix`/`suffix` and `occurrence`),
 * read loosely here so that the exports fill from them when the records carry them and stay
 * typed and empty until then. Once the model declares them, these readers become plain field
 * accesses.
 * @module
 */
import type { DateClaim, Evidence } from "../model/input.js";
import type { AnyRecord } from "../model/records.js";

/** A statement: who said what on a meeting or declaration, quoted (`direct`) or paraphrased (`reported`). */
export interface StatementClaim {
  /** Absent on a declaration's statement that quotes the document itself (its parties speak). */
  readonly speaker?: string;
  readonly onBehalfOf?: string;
  readonly mode: string;
  /** For a direct statement: the quoted words as printed. */
  readonly words?: string;
  readonly topics?: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** Evidence with what the build derives (W3C TextPositionSelector `start`/`end` in code points, TextQuoteSelector `prefix`/`suffix`) and the authored `occurrence`. */
export type LocatedEvidence = Evidence & {
  readonly occurrence?: number;
  readonly start?: number;
  readonly end?: number;
  readonly prefix?: string;
  readonly suffix?: string;
};

/** The state or organisation a participation, position or statement is on behalf of (Popolo `onBehalfOf`). */
export const onBehalfOfId = (claim: object): string | undefined => (claim as { onBehalfOf?: string }).onBehalfOf;

/** The statements on a record, if any. */
export const statementsOf = (record: AnyRecord): readonly StatementClaim[] | undefined => (record as { statements?: readonly StatementClaim[] }).statements;

/** What an inferred date rests on: `sources` or `outside-knowledge`. */
export const inferredFromOf = (claim: DateClaim | undefined): string | undefined => (claim as { inferredFrom?: string } | undefined)?.inferredFrom;
