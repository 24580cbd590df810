/** Shapes shared by the validator and its rules. */
import type { Kind } from "../../src/model/vocabulary.js";
import type { SourceTexts } from "../lib/source-texts.js";

/** One problem found in the data, located by file and JSON path. */
export interface Problem {
  /** Data file, relative to the repository root. */
  readonly file: string;
  /** JSON path inside the file, e.g. `participants[2].actor`; empty for the file as a whole. */
  readonly path: string;
  /** Name of the rule that found it. */
  readonly rule: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
}

/** A record whose file passed the shape check. Fields are read through `record`. */
export interface CheckedRecord {
  readonly file: string;
  readonly kind: Kind;
  /** File name without `.json`. */
  readonly name: string;
  // The shape check already proved this matches the kind's schema.
  readonly record: Readonly<Record<string, any>>;
}

/** Everything a rule may look at. */
export interface RuleContext {
  readonly records: readonly CheckedRecord[];
  /** Shape-checked records by id; more than one entry means a duplicate id. */
  readonly byId: ReadonlyMap<string, readonly CheckedRecord[]>;
  /**
   * The kind of every id a data file claims, shape-checked or not (a file that is not valid
   * JSON claims its file name), so one broken file does not also break every reference to it.
   */
  readonly kindOf: ReadonlyMap<string, Kind>;
  /** Shape-checked tombstones (`record` holds the tombstone; `kind` the retired record's kind). */
  readonly tombstones: readonly CheckedRecord[];
  /** Ids of the last release (records and tombstones) with their kind; empty before the first release. */
  readonly released: ReadonlyMap<string, Kind>;
  /** The source texts by file name, or undefined when the folder is absent (quotes are then not checked). */
  readonly sourceTexts: SourceTexts | undefined;
}

/** A named, separately tested integrity rule. */
export interface Rule {
  readonly name: string;
  /** One sentence: what the rule requires. */
  readonly description: string;
  check(context: RuleContext): Problem[];
}
