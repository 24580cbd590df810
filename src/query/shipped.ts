/**
 * The query engine over the shipped dataset, created on first use so that importing the
 * package costs no indexing.
 * @module
 */
import { actors, declarations, initiatives, meetings, places, processes, sources, topics } from "../dataset.js";
import { createQueries, type Queries } from "./engine/create.js";

let engine: Queries | undefined;

/** The engine over the shipped records. */
export function shipped(): Queries {
  engine ??= createQueries({
    meeting: meetings,
    declaration: declarations,
    initiative: initiatives,
    actor: actors,
    place: places,
    source: sources,
    process: processes,
    topic: topics,
  });
  return engine;
}
