/**
 * Search over synthetic records: the library against MiniSearch given the same fields, texts
 * and tokenizer (the library's own, so both see the same words), prefix matching, every word
 * required (`combineWith: "AND"`) and the same field boosts. The work differs: MiniSearch stores
 * term frequencies, scores every match with BM25 and sorts them all (it has no top-k option, so
 * its top 10 is a slice of the full sort); the library ranks by field weight and keeps the top k.
 * Their rankings differ by design, so what is compared before timing is the set of matching ids.
 */
import MiniSearch from "minisearch";
import type { AnyRecord } from "../../src/model/records.js";
import { KINDS } from "../../src/model/vocabulary.js";
import { createQueries } from "../../src/query/engine/create.js";
import type { DatasetRecords } from "../../src/query/types.js";
import { fieldTexts, FIELD_ORDER, FIELD_WEIGHTS } from "../../src/search/fields.js";
import { buildIndex } from "../../src/search/inverted-index.js";
import { tokenize } from "../../src/search/normalize.js";

/** Queries of the kinds users type: a place, two words, a prefix, a name, a partial phrase. */
export const SEARCH_QUERIES = ["tashkent", "regional security", "afgh", "mirziyoyev", "water conv"];

/** A search engine ready to answer: its top-10 function and the ids of every match of a query. */
export interface Engine {
  readonly top10: (text: string) => unknown;
  readonly matches: (text: string) => string[];
}

/** The builders of each engine over the same records, and the floor of any index build. */
export function searchContenders(data: DatasetRecords, baselineBuild?: typeof buildIndex) {
  const records: AnyRecord[] = KINDS.flatMap((k): readonly AnyRecord[] => data[k]);
  const byId = new Map<string, AnyRecord>(records.map((r) => [r.id, r]));
  const actorOf = (id: string) => byId.get(id);
  const sorted = (ids: string[]) => ids.sort();
  return {
    /** Builds the library's index (counting first into typed arrays). */
    library: (): Engine => {
      const queries = createQueries(data);
      queries.search("warm"); // builds the index
      return {
        top10: (text) => queries.search(text, { limit: 10 }),
        matches: (text) => sorted(queries.search(text, { limit: Infinity }).map((h) => h.id)),
      };
    },
    minisearch: (): Engine => {
      const boost = Object.fromEntries(FIELD_ORDER.map((f) => [f, FIELD_WEIGHTS[f]]));
      const mini = new MiniSearch({
        fields: [...FIELD_ORDER],
        storeFields: [],
        tokenize,
        processTerm: (term) => term,
        searchOptions: { prefix: true, combineWith: "AND", boost },
      });
      mini.addAll(records.map((r) => ({ id: r.id, ...Object.fromEntries(fieldTexts(r, actorOf).map(([field, texts]) => [field, texts.join("\n")])) })));
      return {
        top10: (text) => mini.search(text).slice(0, 10),
        matches: (text) => sorted(mini.search(text).map((r) => String(r.id))),
      };
    },
    /** The library's index build alone. */
    libraryBuild: () => buildIndex(records, actorOf),
    /** The same build as the baseline checkout does it. */
    ...(baselineBuild && { baselineBuild: () => baselineBuild(records, actorOf) }),
    /**
     * The floor of any build: extract the texts, tokenize them and give every word an id,
     * without storing a posting.
     */
    floor: () => {
      const ids = new Map<string, number>();
      for (const record of records) {
        for (const [, texts] of fieldTexts(record, actorOf)) {
          for (const text of texts) for (const word of tokenize(text)) if (!ids.has(word)) ids.set(word, ids.size);
        }
      }
      return ids;
    },
  };
}
