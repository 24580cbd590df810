/**
 * Lookups by id, typed through the dataset's literal id unions.
 * @module
 */
import type { ActorId, DeclarationId, InitiativeId, MeetingId, PlaceId, ProcessId, SourceId, TopicId } from "../generated/ids.js";
import type { Actor, AnyRecord, Declaration, Initiative, Meeting, Place, PrimaryRecord, Process, Source, Topic } from "../model/records.js";
import type { Kind } from "../model/vocabulary.js";
import { expectString } from "../argument-checks.js";
import { shipped } from "./shipped.js";
import type { IdOfKind, PrimaryId, RecordId, TombstonedId } from "../model/ids.js";
import type { RecordForId } from "./types.js";

/**
 * The record with this id, typed by its kind: `getRecord("tashkent")` is a `Place`. Ids are a
 * literal union, so editors autocomplete them and a misspelt id does not compile (TypeScript
 * names the type it wanted, `RecordId`); narrow a string from outside with {@link isRecordId}
 * first. At run time an unknown id (or any odd string such as `"__proto__"`) returns
 * `undefined`: records are held in a `Map`, never looked up on an object's prototype chain.
 *
 * The signatures: one per kind (an id of that kind gives that record type), the primary ids
 * (`PrimaryRecord`), any id (`AnyRecord`), a retired id (deprecated, `undefined`), and last a
 * generic one (`RecordForId<I>`), which TypeScript reaches for `any` (which stays `any`). One
 * signature per kind keeps a consumer's compile cheap at any number of ids: a literal is matched
 * against a union, where the generic lookup through `KindById` resolves a property per id.
 *
 * @throws {TypeError} when `id` is not a string.
 * @example
 * ```ts
 * import { getRecord } from "central-asia-security";
 * const declaration = getRecord("2018-tashkent-declaration"); // typed as Declaration
 * console.log(declaration.title, declaration.stage);
 * ```
 */
export function getRecord(id: MeetingId): Meeting;
/** A declaration, by id. */
export function getRecord(id: DeclarationId): Declaration;
/** An initiative, by id. */
export function getRecord(id: InitiativeId): Initiative;
/** An actor, by id. */
export function getRecord(id: ActorId): Actor;
/** A place, by id. */
export function getRecord(id: PlaceId): Place;
/** A source, by id. */
export function getRecord(id: SourceId): Source;
/** A process, by id. */
export function getRecord(id: ProcessId): Process;
/** A topic, by id. */
export function getRecord(id: TopicId): Topic;
/** A meeting, declaration or initiative, by id. */
export function getRecord(id: PrimaryId): PrimaryRecord;
/** Any record, by id. */
export function getRecord(id: RecordId): AnyRecord;
/**
 * @deprecated This id is retired (a tombstone): `getRecord` returns `undefined` for it. Call
 * `resolveId(id)` to find the records that replaced it.
 */
export function getRecord(id: TombstonedId): undefined;
/** The record type of each id of a union (`RecordForId<I>`); `any` stays `any`. */
export function getRecord<I extends RecordId>(id: I): RecordForId<I>;
export function getRecord(id: string): AnyRecord | undefined {
  return shipped().getRecord(id);
}

/**
 * True when `value` is the id of a record of the dataset (of `kind`, when given); narrows a
 * `string` from outside (a URL, a CLI argument) to the id union that {@link getRecord} takes.
 *
 * @throws {TypeError} when `kind` is not a record kind.
 * @example
 * ```ts
 * import { getRecord, isRecordId } from "central-asia-security";
 * const input: string = "tashkent";
 * if (isRecordId(input)) console.log(getRecord(input).kind); // "place"
 * if (isRecordId(input, "place")) console.log(getRecord(input).country); // "UZ"
 * isRecordId("__proto__"); // false
 * ```
 */
export function isRecordId(value: unknown): value is RecordId;
export function isRecordId<K extends Kind>(value: unknown, kind: K): value is IdOfKind<K>;
export function isRecordId(value: unknown, kind?: Kind): boolean {
  return shipped().isRecordId(value, kind);
}

function ofKind<K extends Kind>(id: unknown, kind: K, fn: string) {
  expectString(`${fn}: id`, id, `${kind === "actor" || kind === "initiative" ? "an" : "a"} ${kind} id (a string)`);
  const record = shipped().getRecord(id);
  return record?.kind === kind ? record : undefined;
}

/**
 * The meeting with this id (`undefined` at run time for an id that is not a meeting's).
 *
 * @throws {TypeError} when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getMeeting } from "central-asia-security";
 * const conference = getMeeting("2018-tashkent-conference-on-afghanistan");
 * console.log(conference.date?.edtf, conference.status); // "2018-03" "held"
 * ```
 */
export function getMeeting(id: MeetingId): Meeting {
  return ofKind(id, "meeting", "getMeeting") as Meeting;
}

/**
 * The declaration with this id (`undefined` at run time for an id that is not a declaration's).
 *
 * @throws {TypeError} when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getDeclaration } from "central-asia-security";
 * const declaration = getDeclaration("2018-tashkent-declaration");
 * console.log(declaration.incoming.length, declaration.relations?.[0]?.type); // …, "adopted-at"
 * ```
 */
export function getDeclaration(id: DeclarationId): Declaration {
  return ofKind(id, "declaration", "getDeclaration") as Declaration;
}

/**
 * The initiative with this id (`undefined` at run time for an id that is not an initiative's).
 *
 * @throws {TypeError} when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getInitiative } from "central-asia-security";
 * const centre = getInitiative("un-sdg-centre-for-central-asia-and-afghanistan");
 * console.log(centre.title, centre.status);
 * ```
 */
export function getInitiative(id: InitiativeId): Initiative {
  return ofKind(id, "initiative", "getInitiative") as Initiative;
}

/**
 * The actor (person, organization or state) with this id (`undefined` at run time for an id
 * that is not an actor's).
 *
 * @throws {TypeError} when `id` is not a string.
 *
 * @example
 * ```ts
 * import { getActor } from "central-asia-security";
 * const uzbekistan = getActor("uzbekistan");
 * console.log(uzbekistan.type, uzbekistan.country); // "state" "UZ"
 * ```
 */
export function getActor(id: ActorId): Actor {
  return ofKind(id, "actor", "getActor") as Actor;
}
