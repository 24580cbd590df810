/**
 * The built dataset (`dist/data.json`) as the docs generators see it: every record by id, and
 * the reverse lookups the pages need (who took part in what, which records cite a source, …).
 */
import { readFileSync } from "node:fs";
import type { Evidence, Participation, Relation, Statement } from "../../src/model/input.js";
import type { AnyRecord, PrimaryRecord, RecordByKind, ReleaseChanges, Tombstone } from "../../src/model/records.js";
import { KINDS, PRIMARY_KINDS, type Kind } from "../../src/model/vocabulary.js";

/** The shape of `dist/data.json`, as written by `scripts/build.ts`. */
export interface DataFile {
  readonly version: string;
  readonly hash: string;
  readonly counts: Readonly<Record<Kind, number>>;
  readonly records: { readonly [K in Kind]: readonly RecordByKind[K][] };
  readonly tombstones?: readonly Tombstone[];
  /** The change list of every release (and of an unreleased build's pending prerelease, last). */
  readonly changes: readonly ReleaseChanges[];
}

/** A participation of an actor in a primary record or a process. */
export interface ActorPart {
  readonly record: PrimaryRecord | RecordByKind["process"];
  readonly participation: Participation;
}

/** An authored relation of `record` that points at some target. */
export interface RelationFrom {
  readonly record: PrimaryRecord;
  readonly relation: Relation;
}

/** The dataset with the lookups the pages need. Build it with {@link indexDataset}. */
export interface SiteData {
  readonly file: DataFile;
  /** Every record, kind by kind in {@link KINDS} order, each kind in data.json order. */
  readonly all: readonly AnyRecord[];
  readonly byId: ReadonlyMap<string, AnyRecord>;
  /** Meetings, declarations and initiatives, in data.json order (chronological per kind). */
  readonly primary: readonly PrimaryRecord[];
}

/** Reads and parses a `data.json` file. */
export function readDataFile(path: string): DataFile {
  return JSON.parse(readFileSync(path, "utf8")) as DataFile;
}

/**
 * Indexes a data file by id.
 * @example
 * ```ts
 * const data = indexDataset(readDataFile("dist/data.json"));
 * data.byId.get("tashkent")?.kind; // "place"
 * ```
 */
export function indexDataset(file: DataFile): SiteData {
  const all: AnyRecord[] = KINDS.flatMap((kind) => [...(file.records[kind] ?? [])] as AnyRecord[]);
  const primary = PRIMARY_KINDS.flatMap((kind) => [...(file.records[kind] ?? [])] as PrimaryRecord[]);
  return { file, all, byId: new Map(all.map((record) => [record.id, record])), primary };
}

/** The display name of any record: its `title` or its `name`. */
export function recordTitle(record: AnyRecord): string {
  return "title" in record ? record.title : record.name;
}

/** True for meetings, declarations and initiatives. */
export function isPrimary(record: AnyRecord): record is PrimaryRecord {
  return (PRIMARY_KINDS as readonly string[]).includes(record.kind);
}

/**
 * Every evidence item a record authors, anywhere in it (record, date, place, participation,
 * relation, quantity and position claims), in document order. Generated `incoming` relations
 * are another record's claims and are left out.
 */
export function authoredEvidence(record: AnyRecord): Evidence[] {
  const found: Evidence[] = [];
  const walk = (value: unknown, key: string): void => {
    if (key === "incoming") return;
    if (Array.isArray(value)) {
      if (key === "evidence") {
        for (const item of value) if (item && typeof item.source === "string" && typeof item.quote === "string") found.push(item as Evidence);
        return;
      }
      for (const item of value) walk(item, "");
      return;
    }
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(record, "");
  return found;
}

/** Ids of the sources a record cites, in order of first citation. */
export function citedSources(record: AnyRecord): string[] {
  return [...new Set(authoredEvidence(record).map((e) => e.source))];
}

/** The records that cite source `sourceId`, with how many quotes each takes from it. */
export function citingRecords(data: SiteData, sourceId: string): { record: AnyRecord; quotes: number }[] {
  return data.all.flatMap((record) => {
    const quotes = authoredEvidence(record).filter((e) => e.source === sourceId).length;
    return quotes > 0 ? [{ record, quotes }] : [];
  });
}

/** Every participation of actor `actorId` in a meeting, declaration, initiative or process. */
export function partsOfActor(data: SiteData, actorId: string): ActorPart[] {
  const parts: ActorPart[] = [];
  for (const record of data.primary) {
    for (const participation of record.participants ?? []) if (participation.actor === actorId) parts.push({ record, participation });
  }
  for (const process of data.file.records.process ?? []) {
    for (const participation of process.members ?? []) if (participation.actor === actorId) parts.push({ record: process, participation });
  }
  return parts;
}

/** The participations in primary records of actors who acted on behalf of `actorId` (Popolo `onBehalfOf`). */
export function partsOnBehalfOf(data: SiteData, actorId: string): ActorPart[] {
  return data.primary.flatMap((record) => (record.participants ?? []).filter((p) => p.onBehalfOf === actorId).map((participation) => ({ record, participation })));
}

/** The statements a speaker made, or made on behalf of `actorId`, with the record each belongs to. */
export function statementsOfActor(data: SiteData, actorId: string): { record: PrimaryRecord; statement: Statement }[] {
  return data.primary.flatMap((record) =>
    record.kind === "initiative" ? [] : (record.statements ?? []).filter((s) => s.speaker === actorId || s.onBehalfOf === actorId).map((statement) => ({ record, statement })),
  );
}

/** The primary records that name place `placeId` among their places. */
export function recordsAtPlace(data: SiteData, placeId: string): PrimaryRecord[] {
  return data.primary.filter((record) => (record.places ?? []).some((claim) => claim.place === placeId));
}

/** The primary records tagged with topic `topicId`. */
export function recordsWithTopic(data: SiteData, topicId: string): PrimaryRecord[] {
  return data.primary.filter((record) => (record.topics ?? []).some((topic) => topic === topicId));
}

/** The authored relations of primary records that point at `targetId`. */
export function relationsTo(data: SiteData, targetId: string): RelationFrom[] {
  return data.primary.flatMap((record) => (record.relations ?? []).filter((r) => r.target === targetId).map((relation) => ({ record, relation })));
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
