/**
 * The "typical filter" (country + date range + topic) run four ways over the same records:
 * the library's finders, a hand-written `Array.filter`, sift and mingo. sift and mingo cannot
 * join records to places and actors, so they get denormalized documents (countries, topics and
 * date bounds precomputed, outside the timing): their best case.
 */
import { Query } from "mingo";
import siftModule from "sift";
import type { PrimaryRecord } from "../../src/model/records.js";
import { PRIMARY_KINDS } from "../../src/model/vocabulary.js";
import { createQueries } from "../../src/query/engine/create.js";
import type { DatasetRecords, RecordFilter } from "../../src/query/types.js";

// sift is CommonJS: for TypeScript under NodeNext its default import is the module object, while
// Node hands over the function itself (which also carries itself as `.default`).
const sift = ((siftModule as { default?: unknown }).default ?? siftModule) as (query: object) => (item: unknown) => boolean;

/** The filter the benchmark times. */
export const TYPICAL: RecordFilter = { country: "UZ", topic: "regional-security", from: "2015", to: "2019" };
const FROM = "2015-01-01";
const TO = "2019-12-31";

interface Flat {
  id: string;
  countries: string[];
  topics: readonly string[];
  earliest?: string;
  latest?: string;
}

/** Lookup maps from place and state ids to countries: what a hand-written filter needs for the joins. */
function lookupMaps(data: DatasetRecords) {
  const placeCountry = new Map<string, string>(data.place.map((p) => [p.id, p.country]));
  const stateCountry = new Map<string, string>(data.actor.filter((a) => a.type === "state" && a.country).map((a) => [a.id, a.country!]));
  return { placeCountry, stateCountry };
}

/** The denormalized documents sift, mingo and the fastest hand-written filter run over. */
function flatten(primary: readonly PrimaryRecord[], data: DatasetRecords): Flat[] {
  const { placeCountry, stateCountry } = lookupMaps(data);
  return primary.map((r) => ({
    id: r.id,
    countries: [...new Set([...(r.places ?? []).map((p) => placeCountry.get(p.place)!), ...(r.participants ?? []).flatMap((p) => (stateCountry.has(p.actor) ? [stateCountry.get(p.actor)!] : []))])],
    topics: r.topics ?? [],
    ...(r.bounds && { earliest: r.bounds.earliest, latest: r.bounds.latest }),
  }));
}

type CreateQueries = typeof createQueries;

/**
 * The contenders, each a function running the typical filter over every primary record and
 * returning the matches (records or documents, each with its `id`), and the one-off cost of
 * each: the finders' first query (which builds their indexes, also for a baseline checkout's
 * engine when given), the flattening into documents, and the lookup maps.
 */
export function filterContenders(data: DatasetRecords, baselineCreate?: CreateQueries) {
  const primary: readonly PrimaryRecord[] = PRIMARY_KINDS.flatMap((k): readonly PrimaryRecord[] => data[k]);
  const { placeCountry, stateCountry } = lookupMaps(data);
  const flat = flatten(primary, data);
  const mongoQuery = { countries: "UZ", topics: "regional-security", latest: { $gte: FROM }, earliest: { $lte: TO } };
  const siftTest = sift(mongoQuery);
  const mingoQuery = new Query(mongoQuery, {});
  const queries = createQueries(data);
  const firstQuery = (create: CreateQueries) => () => {
    const fresh = create(data);
    return PRIMARY_KINDS.flatMap((kind) => fresh.find(kind, TYPICAL));
  };

  return {
    oneOff: {
      "finders: first query, building the indexes": firstQuery(createQueries),
      ...(baselineCreate && { "baseline finders: first query, building the indexes": firstQuery(baselineCreate) }),
      "flattening into denormalized documents (sift, mingo, hand-written)": () => flatten(primary, data),
      "lookup maps (hand-written filter over records)": () => lookupMaps(data),
    },
    run: {
      library: (): readonly { id: string }[] => PRIMARY_KINDS.flatMap((kind) => queries.find(kind, TYPICAL)),
      /** The filter a user would write over the records, with lookup maps for the joins. */
      handWritten: (): readonly { id: string }[] =>
        primary.filter(
          (r) =>
            r.bounds !== undefined &&
            r.bounds.latest >= FROM &&
            r.bounds.earliest <= TO &&
            (r.topics ?? []).some((t) => t === "regional-security") &&
            ((r.places ?? []).some((p) => placeCountry.get(p.place) === "UZ") || (r.participants ?? []).some((p) => stateCountry.get(p.actor) === "UZ")),
        ),
      /** The same over the denormalized documents: the fastest a linear scan gets. */
      handWrittenFlat: (): readonly { id: string }[] =>
        flat.filter((d) => d.latest !== undefined && d.latest >= FROM && d.earliest! <= TO && d.topics.includes("regional-security") && d.countries.includes("UZ")),
      sift: (): readonly { id: string }[] => flat.filter(siftTest),
      mingo: (): readonly { id: string }[] => mingoQuery.find<Flat>(flat).all(),
    },
  };
}
