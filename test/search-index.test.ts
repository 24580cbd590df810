/**
 * The prebuilt search index: the build ships the shipped records' index encoded, and the first
 * search decodes it. It must be exactly the index `search` would build from the records, and a
 * stale one (other data, other fields, other format) must never be used.
 */
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../scripts/bench/synthetic.js";
import { actors, dataset, KINDS, meetings, recordsByKind, search } from "../src/index.js";
import { SEARCH_INDEX } from "../src/generated/search-index.js";
import type { AnyRecord } from "../src/model/records.js";
import { createQueries } from "../src/query/engine/create.js";
import type { DatasetRecords } from "../src/query/types.js";
import { buildIndex } from "../src/search/inverted-index.js";
import { decodeIndex, encodeIndex } from "../src/search/serialized.js";

function docsOf(data: DatasetRecords): AnyRecord[] {
  return KINDS.flatMap((kind): readonly AnyRecord[] => data[kind]);
}

function built(data: DatasetRecords) {
  const docs = docsOf(data);
  const byId = new Map<string, AnyRecord>(docs.map((r) => [r.id, r]));
  return buildIndex(docs, (id) => byId.get(id));
}

describe("the prebuilt index of the shipped data", () => {
  it("decodes to the index built from the shipped records", () => {
    const decoded = decodeIndex(SEARCH_INDEX, docsOf(recordsByKind), dataset.hash);
    expect(decoded).toEqual(built(recordsByKind));
  });

  it("is stamped with the dataset hash and used only for that hash and record count", () => {
    const docs = docsOf(recordsByKind);
    expect(SEARCH_INDEX).toContain(`|${dataset.hash}|${docs.length}|`);
    expect(decodeIndex(SEARCH_INDEX, docs, "0".repeat(64))).toBeUndefined();
    expect(decodeIndex(SEARCH_INDEX, docs.slice(1), dataset.hash)).toBeUndefined();
    expect(decodeIndex(SEARCH_INDEX.replace("cas-search 2", "cas-search 1"), docs, dataset.hash)).toBeUndefined();
    expect(decodeIndex(SEARCH_INDEX.replace("|title,", "|heading,"), docs, dataset.hash)).toBeUndefined();
  });

  it("gives the same hits as an engine that builds its index from the records", () => {
    const fresh = createQueries(recordsByKind);
    for (const text of ["tashkent", "doha", "afgh", "regional security", meetings[0]!.title, actors[0]!.name]) {
      expect(search(text, { limit: Infinity })).toEqual(fresh.search(text, { limit: Infinity }));
    }
  });

  it("is ignored when made for other data: the engine builds the index instead", () => {
    const fresh = createQueries(recordsByKind, { searchIndex: { text: SEARCH_INDEX, hash: "stale" } });
    expect(fresh.search("tashkent", { limit: Infinity })).toEqual(search("tashkent", { limit: Infinity }));
  });
});

describe("encoding", () => {
  it("round-trips the index of a synthetic dataset, numbers of one to three digits included", () => {
    const index = built(syntheticDataset(300, 7));
    const text = encodeIndex(index, "h");
    expect(text).not.toMatch(/["\\]/);
    expect(decodeIndex(text, index.docs, "h")).toEqual(index);
  });

  it("round-trips an index without words", () => {
    const index = { docs: [], words: [], start: new Int32Array(1), doc: new Int32Array(0), field: new Uint8Array(0) };
    expect(decodeIndex(encodeIndex(index, "h"), [], "h")).toEqual(index);
  });
});

describe("the shipped records", () => {
  it("are frozen all the way down", () => {
    const stack: unknown[] = [recordsByKind];
    let objects = 0;
    while (stack.length) {
      const value = stack.pop();
      if (typeof value !== "object" || value === null) continue;
      objects++;
      expect(Object.isFrozen(value)).toBe(true);
      stack.push(...Object.values(value));
    }
    expect(objects).toBeGreaterThan(1000);
  });
});
