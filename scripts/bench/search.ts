/**
 * Top-10 search: the library against MiniSearch configured alike (same fields and texts, prefix
 * matching, every word required, title boosted).
 */
import MiniSearch from "minisearch";
import type { AnyRecord } from "../../src/model/records.js";
import { KINDS } from "../../src/model/vocabulary.js";
import { createQueries } from "../../src/query/engine/create.js";
import type { DatasetRecords } from "../../src/query/types.js";
import { fieldTexts, FIELD_ORDER, FIELD_WEIGHTS } from "../../src/search/fields.js";

/** Queries of the kinds users type: a place, two words, a prefix, a name, a partial phrase. */
export const SEARCH_QUERIES = ["tashkent", "regional security", "afgh", "mirziyoyev", "water conv"];

/** Builders of the two search engines over the same records; each returns a top-10 function. */
export function searchContenders(data: DatasetRecords) {
  const records: AnyRecord[] = KINDS.flatMap((k): readonly AnyRecord[] => data[k]);
  const byId = new Map<string, AnyRecord>(records.map((r) => [r.id, r]));
  return {
    library: () => {
      const queries = createQueries(data);
      queries.search("warm"); // builds the index
      return (text: string) => queries.search(text, { limit: 10 });
    },
    minisearch: () => {
      const boost = Object.fromEntries(FIELD_ORDER.map((f) => [f, FIELD_WEIGHTS[f]]));
      const mini = new MiniSearch({ fields: [...FIELD_ORDER], storeFields: [], searchOptions: { prefix: true, combineWith: "AND", boost } });
      mini.addAll(
        records.map((r) => ({ id: r.id, ...Object.fromEntries(fieldTexts(r, (id) => byId.get(id)).map(([field, texts]) => [field, texts.join("\n")])) })),
      );
      return (text: string) => mini.search(text).slice(0, 10);
    },
  };
}
