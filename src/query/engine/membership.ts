/**
 * Facts about a primary record that the filters and `related` derive from its links: the
 * countries it involves and the processes it belongs to.
 * @module
 */
import type { PrimaryRecord } from "../../model/records.js";
import { lazy, type QueryContext } from "./context.js";

/**
 * Countries a record involves: those of its places and of its participating states. The
 * country of an organization or person is where it is based, which does not make a meeting it
 * attends an event of that country, so those do not count.
 */
export function countriesOf(context: QueryContext, record: PrimaryRecord): string[] {
  const { placeCountry, stateCountry } = countryLookups(context);
  // A record names a handful of places and states: a small array beats a Set per record. No
  // helper closure either: this runs once per record when the country index is built.
  const countries: string[] = [];
  for (const claim of record.places ?? []) {
    const country = placeCountry.get(claim.place);
    if (country !== undefined && !countries.includes(country)) countries.push(country);
  }
  for (const participation of record.participants ?? []) {
    const country = stateCountry.get(participation.actor);
    if (country !== undefined && !countries.includes(country)) countries.push(country);
  }
  return countries;
}

/**
 * The country of each place, and of each state actor that has one. Built from those two small
 * kinds alone, so a first filter never waits for the id map of every record.
 */
function countryLookups(context: QueryContext): { placeCountry: ReadonlyMap<string, string>; stateCountry: ReadonlyMap<string, string> } {
  return lazy(context, "country-lookups", () => ({
    placeCountry: new Map(context.records.place.map((place) => [place.id, place.country])),
    stateCountry: new Map(context.records.actor.flatMap((actor) => (actor.type === "state" && actor.country ? [[actor.id, actor.country] as const] : []))),
  }));
}

/**
 * Process ids each primary record belongs to, following `part-of` transitively: a part of an
 * initiative that is part of a process is part of that process too.
 */
export function processMembership(context: QueryContext): ReadonlyMap<string, readonly string[]> {
  return lazy(context, "process-membership", () => {
    // A plain depth-first walk per record: part-of chains are short, and not memoizing inner
    // steps keeps the result right even if the data ever had a cycle.
    const walk = (id: string, seen: Set<string>, found: Set<string>): void => {
      const record = context.byId.get(id);
      if (!record || seen.has(id)) return;
      seen.add(id);
      if (record.kind === "process") {
        found.add(id);
        return;
      }
      if (record.kind !== "meeting" && record.kind !== "declaration" && record.kind !== "initiative") return;
      for (const relation of record.relations ?? []) {
        if (relation.type === "part-of") walk(relation.target, seen, found);
      }
    };
    const memo = new Map<string, readonly string[]>();
    for (const kind of ["meeting", "declaration", "initiative"] as const) {
      for (const record of context.records[kind]) {
        // Most records are part of nothing: skip them before allocating the walk's sets.
        if (!record.relations?.some((relation) => relation.type === "part-of")) continue;
        const found = new Set<string>();
        walk(record.id, new Set(), found);
        if (found.size) memo.set(record.id, [...found]);
      }
    }
    return memo;
  });
}

/** The records that belong to each process (see `processMembership`), in dataset order. */
export function processMembers(context: QueryContext): ReadonlyMap<string, readonly PrimaryRecord[]> {
  return lazy(context, "process-members", () => {
    const members = new Map<string, PrimaryRecord[]>();
    const membership = processMembership(context);
    for (const kind of ["meeting", "declaration", "initiative"] as const) {
      for (const record of context.records[kind]) {
        for (const process of membership.get(record.id) ?? []) {
          const list = members.get(process) ?? [];
          list.push(record);
          members.set(process, list);
        }
      }
    }
    return members;
  });
}
