/**
 * The query engine over the shipped dataset, created on first use so that importing the
 * package costs no indexing.
 * @module
 */
import { recordsByKind } from "../dataset.js";
import { createQueries, type Queries } from "./engine/create.js";

let engine: Queries | undefined;

/** The engine over the shipped records. */
export function shipped(): Queries {
  engine ??= createQueries(recordsByKind);
  return engine;
}
