/**
 * What `search` reads of each record, field by field, and how much a match in each field
 * weighs. Weights are far enough apart (and a prefix-only match counts half) that a match in a
 * weightier field always outranks a match in a lighter one.
 * @module
 */
import type { AnyRecord } from "../model/records.js";
import { evidenceOf } from "../query/engine/evidence.js";
import type { SearchField } from "../query/types.js";

/** Fields from the weightiest to the lightest; ties between fields go to the earlier one. */
export const FIELD_ORDER: readonly SearchField[] = ["title", "name", "shortName", "altNames", "summary", "actors", "topics", "processes", "quotes"];

/** Score of a whole-word match in each field. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 100,
  name: 100,
  shortName: 100,
  altNames: 30,
  summary: 10,
  actors: 3,
  // Topics and processes weigh like actor names: a record is "about" them as it is "with" its actors.
  topics: 3,
  processes: 3,
  quotes: 1,
};

/** A query word that is only a prefix of the record's word scores this fraction of the weight. */
export const PREFIX_FACTOR = 0.5;

/** The display title of a record: its title, or its name for kinds that have names. */
export function titleOf(record: AnyRecord): string {
  return "title" in record ? record.title : record.name;
}

/** Every distinct evidence quote of a record. */
export function quotesOf(record: AnyRecord): string[] {
  return [...new Set(evidenceOf(record).map((e) => e.quote))];
}

/** A state's names in the region's languages (`Казахстан`, `Qozogʻiston`, …); none for other records. */
function regionalNames(record: AnyRecord): string[] {
  return record.kind === "actor" && record.names ? Object.values(record.names) : [];
}

/** The names (and alternative names) of the records of `kind` among `ids`, resolved by `recordOf`. */
function namesOf(ids: readonly string[], kind: "topic" | "process", recordOf: (id: string) => AnyRecord | undefined): string[] {
  return ids.flatMap((id) => {
    const record = recordOf(id);
    if (record?.kind !== kind) return [];
    return [record.name, ...("altNames" in record && record.altNames ? record.altNames : [])];
  });
}

/**
 * The texts of each field of `record`; `recordOf` resolves ids (participants' actors, topics, the
 * processes a record's relations point at) to records. A state's names in the region's languages
 * count as alternative names of the state and as actor names of the records it takes part in
 * (itself, or through a participant acting on its behalf), so `search("Казахстан")` finds
 * Kazakhstan first, then its records.
 */
export function fieldTexts(record: AnyRecord, recordOf: (id: string) => AnyRecord | undefined): [SearchField, string[]][] {
  const actorOf = recordOf;
  const fields: [SearchField, string[]][] = [];
  const people = "participants" in record ? record.participants : "members" in record ? record.members : undefined;
  const actorNames: string[] = [];
  for (const p of people ?? []) {
    // The state or organization a participant acted for takes part through them (Popolo onBehalfOf).
    for (const id of "onBehalfOf" in p && p.onBehalfOf ? [p.actor, p.onBehalfOf] : [p.actor]) {
      const actor = actorOf(id);
      if (actor?.kind === "actor") actorNames.push(actor.name, ...(actor.shortName ? [actor.shortName] : []), ...regionalNames(actor));
    }
    if (p.nameAsReported) actorNames.push(p.nameAsReported);
  }
  if ("title" in record) fields.push(["title", [record.title]]);
  else fields.push(["name", [record.name]]);
  if ("shortName" in record && record.shortName) fields.push(["shortName", [record.shortName]]);
  const altNames = [...(("altNames" in record && record.altNames) || []), ...regionalNames(record)];
  if (altNames.length) fields.push(["altNames", altNames]);
  fields.push(["summary", [record.summary]]);
  if (actorNames.length) fields.push(["actors", actorNames]);
  const topics = namesOf("topics" in record && record.topics ? record.topics : [], "topic", recordOf);
  if (topics.length) fields.push(["topics", topics]);
  const processes = namesOf("relations" in record && record.relations ? record.relations.map((r) => r.target) : [], "process", recordOf);
  if (processes.length) fields.push(["processes", processes]);
  fields.push(["quotes", quotesOf(record)]);
  return fields;
}
