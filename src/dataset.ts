/**
 * The records of each kind, deep-frozen (the generated module freezes them as it creates
 * them), and the dataset's identity (version, hash, counts).
 * @module
 */
import { formatCitation, type Citation } from "./citation.js";
import * as generated from "./generated/dataset.js";
import type { Actor, Declaration, Initiative, Meeting, Place, Process, RecordByKind, Source, Topic } from "./model/records.js";
import type { Kind } from "./model/vocabulary.js";

/**
 * Every meeting, in chronological order (by earliest possible day, then latest); undated
 * meetings last, by id.
 * @example
 * ```ts
 * import { meetings } from "central-asia-security";
 * const held = meetings.filter((m) => m.status === "held").map((m) => m.title);
 * ```
 */
export const meetings: readonly Meeting[] = generated.MEETINGS;

/**
 * Every declaration, statement, agreement, convention and programme of action, in
 * chronological order; undated ones last, by id.
 * @example
 * ```ts
 * import { declarations } from "central-asia-security";
 * const signed = declarations.filter((d) => d.stage === "signed");
 * ```
 */
export const declarations: readonly Declaration[] = generated.DECLARATIONS;

/**
 * Every initiative (proposals, programmes, institutions, offers), in chronological order;
 * undated ones last, by id.
 * @example
 * ```ts
 * import { initiatives } from "central-asia-security";
 * const proposed = initiatives.filter((i) => i.status === "proposed").length;
 * ```
 */
export const initiatives: readonly Initiative[] = generated.INITIATIVES;

/**
 * Every person, organization and state, by id.
 * @example
 * ```ts
 * import { actors } from "central-asia-security";
 * const states = actors.filter((a) => a.type === "state").map((a) => a.country);
 * ```
 */
export const actors: readonly Actor[] = generated.ACTORS;

/**
 * Every place, by id.
 * @example
 * ```ts
 * import { places } from "central-asia-security";
 * const cities = places.map((p) => `${p.name} (${p.country})`);
 * ```
 */
export const places: readonly Place[] = generated.PLACES;

/**
 * Every source document the records cite, by id. The texts themselves are not shipped;
 * `sha256` identifies each one.
 * @example
 * ```ts
 * import { sources } from "central-asia-security";
 * const titles = sources.map((s) => s.title);
 * ```
 */
export const sources: readonly Source[] = generated.SOURCES;

/**
 * Every recurring format or process (the Istanbul Process, the Moscow format, …), by id.
 * @example
 * ```ts
 * import { processes } from "central-asia-security";
 * const names = processes.map((p) => p.name);
 * ```
 */
export const processes: readonly Process[] = generated.PROCESSES;

/**
 * The controlled topic vocabulary, by id.
 * @example
 * ```ts
 * import { topics } from "central-asia-security";
 * const ids = topics.map((t) => t.id);
 * ```
 */
export const topics: readonly Topic[] = generated.TOPICS;

/**
 * The records of every kind, keyed by kind: the same frozen arrays as `meetings`, `actors`, …,
 * for code that walks all kinds.
 * @example
 * ```ts
 * import { KINDS, recordsByKind } from "central-asia-security";
 * for (const kind of KINDS) console.log(kind, recordsByKind[kind].length);
 * ```
 */
export const recordsByKind: { readonly [K in Kind]: readonly RecordByKind[K][] } = /* @__PURE__ */ Object.freeze({
  meeting: meetings,
  declaration: declarations,
  initiative: initiatives,
  actor: actors,
  place: places,
  source: sources,
  process: processes,
  topic: topics,
});

/** Identity of the dataset a program runs against. */
export interface DatasetInfo {
  /** The package version, which is the dataset version. */
  readonly version: string;
  /** sha256 of the canonical (stably ordered) authored data; changes when, and only when, the data changes. */
  readonly hash: string;
  /** Number of records of each kind. */
  readonly counts: Readonly<Record<Kind, number>>;
  /** How to cite this version of the dataset: plain text and BibTeX, with version and hash (see CITATION.cff, and `citeRecord` for one record). */
  readonly citation: Citation;
}

/**
 * The dataset's version, content hash and record counts. Check `hash` at run time to be sure
 * you have the data you pinned.
 * @example
 * ```ts
 * import { dataset } from "central-asia-security";
 * console.log(`${dataset.version}: ${dataset.counts.meeting} meetings`);
 * console.log(dataset.citation.bibtex);
 * ```
 */
export const dataset: DatasetInfo = /* @__PURE__ */ Object.freeze({
  version: generated.VERSION,
  hash: generated.HASH,
  counts: generated.COUNTS,
  // Formatted on first read (then the same frozen object), not at import: see datasetCitation.
  get citation(): Citation {
    return datasetCitation();
  },
});

let citation: Citation | undefined;

/**
 * The dataset's citation, formatted once. Formatting runs a handful of regular expressions for
 * the first time, which cost about 0.4 ms of CPU at every import when `dataset` was built with it.
 */
function datasetCitation(): Citation {
  citation ??= formatCitation({ version: generated.VERSION, hash: generated.HASH, released: generated.RELEASED });
  return citation;
}
