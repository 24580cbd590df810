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

/** The contenders, each a function running the typical filter over every primary record. */
export function filterContenders(data: DatasetRecords) {
  const primary: readonly PrimaryRecord[] = PRIMARY_KINDS.flatMap((k): readonly PrimaryRecord[] => data[k]);
  const placeCountry = new Map(data.place.map((p) => [p.id, p.country]));
  const stateCountry = new Map(data.actor.filter((a) => a.type === "state" && a.country).map((a) => [a.id, a.country!]));
  const flat: Flat[] = primary.map((r) => ({
    id: r.id,
    countries: [
      ...new Set([
        ...(r.places ?? []).map((p) => placeCountry.get(p.place)!),
        ...(r.participants ?? []).flatMap((p) => (stateCountry.has(p.actor) ? [stateCountry.get(p.actor)!] : [])),
      ]),
    ],
    topics: r.topics ?? [],
    ...(r.bounds && { earliest: r.bounds.earliest, latest: r.bounds.latest }),
  }));
  const mongoQuery = { countries: "UZ", topics: "regional-security", latest: { $gte: FROM }, earliest: { $lte: TO } };
  const siftTest = sift(mongoQuery);
  const mingoQuery = new Query(mongoQuery, {});
  const queries = createQueries(data);

  return {
    library: () => PRIMARY_KINDS.flatMap((kind) => queries.find(kind, TYPICAL)),
    /** The filter a user would write over the records, with lookup maps for the joins. */
    handWritten: () =>
      primary.filter(
        (r) =>
          r.bounds !== undefined &&
          r.bounds.latest >= FROM &&
          r.bounds.earliest <= TO &&
          (r.topics ?? []).includes("regional-security") &&
          ((r.places ?? []).some((p) => placeCountry.get(p.place) === "UZ") || (r.participants ?? []).some((p) => stateCountry.get(p.actor) === "UZ")),
      ),
    /** The same over the denormalized documents: the fastest a linear scan gets. */
    handWrittenFlat: () =>
      flat.filter((d) => d.latest !== undefined && d.latest >= FROM && d.earliest! <= TO && d.topics.includes("regional-security") && d.countries.includes("UZ")),
    sift: () => flat.filter(siftTest),
    mingo: () => mingoQuery.find<Flat>(flat).all(),
  };
}
