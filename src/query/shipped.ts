/**
 * The query engine over the shipped dataset, created on first use so that importing the
 * package costs no indexing. Its search index comes prebuilt by the build (decoded on the
 * first search).
 * @module
 */
import { dataset, recordsByKind } from "../dataset.js";
import { SEARCH_INDEX } from "../generated/search-index.js";
import { createQueries, type Queries } from "./engine/create.js";

let engine: Queries | undefined;

/** The engine over the shipped records. */
export function shipped(): Queries {
  engine ??= createQueries(recordsByKind, { searchIndex: { text: SEARCH_INDEX, hash: dataset.hash } });
  return engine;
}
