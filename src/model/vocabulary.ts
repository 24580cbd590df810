/**
 * Controlled vocabularies of the record model. Each list is the single source for the
 * TypeScript union of the same name, the zod schemas and the runtime checks of user input.
 * Every one is frozen (deeply), so no caller can change a vocabulary for the rest of the process.
 * @module
 */
import { deepFreeze } from "../freeze.js";

/**
 * The eight record kinds.
 * @example
 * ```ts
 * import { KINDS } from "central-asia-security";
 * KINDS.includes("meeting"); // true
 * ```
 */
export const KINDS = /* @__PURE__ */ Object.freeze(["meeting", "declaration", "initiative", "actor", "place", "source", "process", "topic"] as const);
/** A record kind. */
export type Kind = (typeof KINDS)[number];

/**
 * Kinds whose records are events in time: the dataset's primary records.
 * @example
 * ```ts
 * import { PRIMARY_KINDS } from "central-asia-security";
 * PRIMARY_KINDS; // ["meeting", "declaration", "initiative"]
 * ```
 */
export const PRIMARY_KINDS = /* @__PURE__ */ Object.freeze(["meeting", "declaration", "initiative"] as const);
/** A primary record kind. */
export type PrimaryKind = (typeof PRIMARY_KINDS)[number];

/**
 * The folder under `data/` that holds each kind, one JSON file per record.
 * @example
 * ```ts
 * import { COLLECTIONS } from "central-asia-security";
 * const path = `data/${COLLECTIONS.meeting}/2018-tashkent-conference-on-afghanistan.json`;
 * ```
 */
export const COLLECTIONS = /* @__PURE__ */ Object.freeze({
  meeting: "meetings",
  declaration: "declarations",
  initiative: "initiatives",
  actor: "actors",
  place: "places",
  source: "sources",
  process: "processes",
  topic: "topics",
} as const satisfies Record<Kind, string>);

/**
 * What sort of gathering a meeting was.
 * @example
 * ```ts
 * import { MEETING_TYPES, meetings } from "central-asia-security";
 * const byType = MEETING_TYPES.map((t) => [t, meetings.filter((m) => m.type === t).length]);
 * ```
 */
export const MEETING_TYPES = /* @__PURE__ */ Object.freeze([
  "conference",
  "expert-conference",
  "ministerial-conference",
  "ministerial-debate",
  "ministerial-meeting",
  "high-level-meeting",
  "group-meeting",
  "bilateral-discussion",
] as const);
/** A meeting type. */
export type MeetingType = (typeof MEETING_TYPES)[number];

/**
 * Whether a meeting took place, is scheduled, or was only called for.
 * @example
 * ```ts
 * import { MEETING_STATUSES } from "central-asia-security";
 * MEETING_STATUSES; // ["held", "planned", "called-for"]
 * ```
 */
export const MEETING_STATUSES = /* @__PURE__ */ Object.freeze(["held", "planned", "called-for"] as const);
/** A meeting status. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * How people attended a meeting, where the text says so.
 * @example
 * ```ts
 * import { ATTENDANCE_MODES, meetings } from "central-asia-security";
 * const online = meetings.filter((m) => m.attendance === ATTENDANCE_MODES[1]);
 * ```
 */
export const ATTENDANCE_MODES = /* @__PURE__ */ Object.freeze(["in-person", "online"] as const);
/** A meeting's attendance mode. */
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/**
 * What sort of document a declaration is.
 * @example
 * ```ts
 * import { DECLARATION_TYPES } from "central-asia-security";
 * DECLARATION_TYPES.includes("joint-statement"); // true
 * ```
 */
export const DECLARATION_TYPES = /* @__PURE__ */ Object.freeze(["declaration", "joint-statement", "agreement", "peace-agreement", "convention", "programme-of-action"] as const);
/** A declaration type. */
export type DeclarationType = (typeof DECLARATION_TYPES)[number];

/**
 * How far a declaration has come, as far as the text says: `proposed` (its development is
 * called for), `draft`, `adopted`, `signed`; `issued` (made public, e.g. a joint statement
 * "released"); `in-effect` (the text shows the parties acting under it, without saying how or
 * when it was concluded); `unstated` (the text names the document but not its stage).
 * @example
 * ```ts
 * import { DECLARATION_STAGES, declarations } from "central-asia-security";
 * const counts = DECLARATION_STAGES.map((stage) => declarations.filter((d) => d.stage === stage).length);
 * ```
 */
export const DECLARATION_STAGES = /* @__PURE__ */ Object.freeze(["proposed", "draft", "adopted", "signed", "issued", "in-effect", "unstated"] as const);
/** A declaration stage. */
export type DeclarationStage = (typeof DECLARATION_STAGES)[number];

/**
 * What sort of undertaking an initiative is.
 * @example
 * ```ts
 * import { INITIATIVE_TYPES } from "central-asia-security";
 * INITIATIVE_TYPES.includes("institution"); // true
 * ```
 */
export const INITIATIVE_TYPES = /* @__PURE__ */ Object.freeze(["programme", "funding-programme", "institution", "cooperation-proposal", "offer"] as const);
/** An initiative type. */
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

/**
 * How far an initiative has come: `proposed`, `announced`, `agreed`, `under-way`,
 * `established`, or `establishment-reported` (a source speaks of "the establishment of" an
 * institution without saying whether it is complete or still under way).
 * @example
 * ```ts
 * import { INITIATIVE_STATUSES, initiatives } from "central-asia-security";
 * const established = initiatives.filter((i) => i.status === INITIATIVE_STATUSES[4]);
 * ```
 */
export const INITIATIVE_STATUSES = /* @__PURE__ */ Object.freeze(["proposed", "announced", "agreed", "under-way", "established", "establishment-reported"] as const);
/** An initiative status. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/**
 * What sort of actor a record describes.
 * @example
 * ```ts
 * import { ACTOR_TYPES } from "central-asia-security";
 * ACTOR_TYPES; // ["person", "organization", "state"]
 * ```
 */
export const ACTOR_TYPES = /* @__PURE__ */ Object.freeze(["person", "organization", "state"] as const);
/** An actor type. */
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * What sort of place a record describes.
 * @example
 * ```ts
 * import { PLACE_TYPES } from "central-asia-security";
 * PLACE_TYPES; // ["city"]
 * ```
 */
export const PLACE_TYPES = /* @__PURE__ */ Object.freeze(["city"] as const);
/** A place type. */
export type PlaceType = (typeof PLACE_TYPES)[number];

/**
 * What sort of recurring format a process record describes.
 * @example
 * ```ts
 * import { PROCESS_TYPES } from "central-asia-security";
 * PROCESS_TYPES.includes("format"); // true
 * ```
 */
export const PROCESS_TYPES = /* @__PURE__ */ Object.freeze(["process", "format", "group", "series"] as const);
/** A process type. */
export type ProcessType = (typeof PROCESS_TYPES)[number];

/**
 * The part an actor played in a meeting, declaration, initiative or process. Most are plain
 * words; two need a note: `forum` is the body in (or at) which a meeting took place, without
 * hosting it (Kazakhstan led debates *in* the UN Security Council); `negotiating-party` is a
 * side of talks that a record proposes, calls for or offers to host (the government of
 * Afghanistan and the Taliban), as opposed to `party`, a party to the record itself.
 * @example
 * ```ts
 * import { ROLES, findMeetings, type ActorId } from "central-asia-security";
 * const speakersOf = (actor: ActorId) => findMeetings({ actor: { actor, role: "speaker" } });
 * ROLES.includes("co-financer"); // true
 * ```
 */
export const ROLES = /* @__PURE__ */ Object.freeze([
  "host",
  "organizer",
  "initiator",
  "chair",
  "speaker",
  "participant",
  "party",
  "signatory",
  "publisher",
  "proposer",
  "endorser",
  "funder",
  "co-financer",
  "implementer",
  "beneficiary",
  "member",
  "forum",
  "negotiating-party",
] as const);
/** A participation role. */
export type Role = (typeof ROLES)[number];

/**
 * Authored relation types.
 * @example
 * ```ts
 * import { RELATION_TYPES } from "central-asia-security";
 * RELATION_TYPES.includes("adopted-at"); // true
 * ```
 */
export const RELATION_TYPES = /* @__PURE__ */ Object.freeze(["adopted-at", "proposed-at", "discussed-at", "part-of", "follows-up", "implements", "references"] as const);
/** An authored relation type. */
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Typed relations between records. Each is authored on one side only (`from`); the build
 * generates the inverse (named by `inverse`) on the target.
 * @example
 * ```ts
 * import { RELATIONS } from "central-asia-security";
 * RELATIONS["adopted-at"].inverse; // "adopted": a meeting lists what was adopted at it
 * ```
 */
export const RELATIONS = /* @__PURE__ */ deepFreeze({
  "adopted-at": { inverse: "adopted", from: ["declaration"], to: ["meeting"] },
  "proposed-at": {
    inverse: "proposals",
    from: ["declaration", "initiative", "meeting"],
    to: ["meeting"],
  },
  "discussed-at": {
    inverse: "discussed",
    from: ["declaration", "initiative", "meeting"],
    to: ["meeting"],
  },
  "part-of": {
    inverse: "has-part",
    from: ["meeting", "declaration", "initiative"],
    to: ["process", "initiative"],
  },
  "follows-up": {
    inverse: "followed-up-by",
    from: ["meeting", "declaration", "initiative"],
    to: ["meeting", "declaration", "initiative"],
  },
  implements: {
    inverse: "implemented-by",
    from: ["initiative", "declaration"],
    to: ["declaration", "initiative"],
  },
  references: {
    inverse: "referenced-by",
    from: ["meeting", "declaration", "initiative"],
    to: ["meeting", "declaration", "initiative", "process"],
  },
} as const satisfies Record<RelationType, { inverse: string; from: readonly PrimaryKind[]; to: readonly Kind[] }>);
/** The generated inverse of a relation type. */
export type InverseRelationType = (typeof RELATIONS)[RelationType]["inverse"];

/**
 * What a quantity counts or measures.
 * @example
 * ```ts
 * import { QUANTITY_MEASURES, initiatives } from "central-asia-security";
 * const funding = initiatives.flatMap((i) => (i.quantities ?? []).filter((q) => q.measure === QUANTITY_MEASURES[0]));
 * ```
 */
export const QUANTITY_MEASURES = /* @__PURE__ */ Object.freeze(["funding", "beneficiaries", "countries-represented", "participants"] as const);
/** A quantity measure. */
export type QuantityMeasure = (typeof QUANTITY_MEASURES)[number];

/**
 * How a stated number relates to the true one ("over 80 experts" is `more-than` 80).
 * @example
 * ```ts
 * import { QUANTITY_QUALIFIERS } from "central-asia-security";
 * QUANTITY_QUALIFIERS; // ["exactly", "more-than", "about"]
 * ```
 */
export const QUANTITY_QUALIFIERS = /* @__PURE__ */ Object.freeze(["exactly", "more-than", "about"] as const);
/** A quantity qualifier. */
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/**
 * How a source gives a statement: `direct` when it quotes the speaker's words (in quotation
 * marks), `reported` when it paraphrases them ("he stressed that …").
 * @example
 * ```ts
 * import { STATEMENT_MODES, findStatements } from "central-asia-security";
 * const quoted = findStatements().filter((s) => s.statement.mode === STATEMENT_MODES[0]);
 * ```
 */
export const STATEMENT_MODES = /* @__PURE__ */ Object.freeze(["direct", "reported"] as const);
/** A statement mode. */
export type StatementMode = (typeof STATEMENT_MODES)[number];

/**
 * What an inferred date rests on: `sources` when its premises are sentences of the sources
 * (another date, the publication date, a weekday), `outside-knowledge` when it also rests on a
 * well-known fact the texts do not state (named in the date's `inferred` reason).
 * @example
 * ```ts
 * import { INFERENCE_BASES, meetings } from "central-asia-security";
 * const outside = meetings.filter((m) => m.date?.inferredFrom === INFERENCE_BASES[1]);
 * ```
 */
export const INFERENCE_BASES = /* @__PURE__ */ Object.freeze(["sources", "outside-knowledge"] as const);
/** What an inferred date rests on. */
export type InferenceBasis = (typeof INFERENCE_BASES)[number];

/**
 * The folder under `data/` that holds tombstones: ids that no longer name a record.
 * @example
 * ```ts
 * import { TOMBSTONE_COLLECTION } from "central-asia-security";
 * const path = `data/${TOMBSTONE_COLLECTION}/old-id.json`;
 * ```
 */
export const TOMBSTONE_COLLECTION = "tombstones";

/**
 * Why an id stopped naming a record: merged into another (`moved`), divided (`split`), or removed (`withdrawn`).
 * @example
 * ```ts
 * import { TOMBSTONE_STATUSES } from "central-asia-security";
 * TOMBSTONE_STATUSES; // ["moved", "split", "withdrawn"]
 * ```
 */
export const TOMBSTONE_STATUSES = /* @__PURE__ */ Object.freeze(["moved", "split", "withdrawn"] as const);
/** A tombstone status. */
export type TombstoneStatus = (typeof TOMBSTONE_STATUSES)[number];

/**
 * The languages of the region (BCP 47 tags) a state's names are given in, where the country
 * package (`i18n-iso-countries`) has them: Russian, Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek,
 * Persian (Dari) and Pashto. The scripts are the package's: Cyrillic for ru, kk, ky and tg,
 * Latin for tk and uz, Arabic for fa and ps.
 * @example
 * ```ts
 * import { REGIONAL_LANGUAGES } from "central-asia-security";
 * REGIONAL_LANGUAGES.includes("uz"); // true
 * ```
 */
export const REGIONAL_LANGUAGES = /* @__PURE__ */ Object.freeze(["ru", "kk", "ky", "tg", "tk", "uz", "fa", "ps"] as const);
/** A regional language tag. */
export type RegionalLanguage = (typeof REGIONAL_LANGUAGES)[number];
