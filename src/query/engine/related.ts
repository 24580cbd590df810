/**
 * `related(id)`: the stored links of a record, plus the records that share a process with it
 * (computed per call: a process with k parts would need k² stored links), narrowed by options.
 * @module
 */
import { expectOptionalObject } from "../../argument-checks.js";
import { KINDS, RELATION_TYPES, RELATIONS, ROLES, type Kind } from "../../model/vocabulary.js";
import type { ProcessId } from "../../generated/ids.js";
import type { RelatedEntry, RelatedVia } from "../types.js";
import { idsOf, lazy, type QueryContext } from "./context.js";
import { typeError, unknownIdError, unknownKeyError, vocabularyError } from "./errors.js";
import { linkTable, rankOf, VIA_ORDER } from "./graph.js";
import { processMembers, processMembership } from "./membership.js";

/** Every name `relation` can have. */
export const RELATION_NAMES: readonly string[] = /* @__PURE__ */ relationNames();

// A function marked pure at its call, so a bundle that never asks for related records drops it.
function relationNames(): readonly string[] {
  return [...RELATION_TYPES, ...RELATION_TYPES.map((type) => RELATIONS[type].inverse), ...ROLES, "place", "topic", "shares-process", "cites"];
}

const OPTION_KEYS = ["relation", "direction", "kinds", "via"];
const DIRECTIONS = ["outgoing", "incoming"];

interface RelatedQuery {
  relation?: Set<string>;
  direction?: string;
  kinds?: Set<string>;
  via?: Set<string>;
}

function termSet(where: string, value: unknown, valid: readonly string[], arrayOnly = false): Set<string> {
  if (!Array.isArray(value) && arrayOnly) throw typeError(where, value, `an array of ${valid.join(", ")}`);
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new TypeError(`${where} is an empty array, which would match nothing; leave the option out to match any.`);
  list.forEach((v, i) => {
    if (typeof v !== "string" || !valid.includes(v)) throw vocabularyError(Array.isArray(value) ? `${where}[${i}]` : where, v, valid);
  });
  return new Set(list as string[]);
}

function checkOptions(options: unknown): RelatedQuery {
  expectOptionalObject("options", options);
  if (options === undefined) return {};
  const o = options;
  for (const key of Object.keys(o)) if (!OPTION_KEYS.includes(key)) throw unknownKeyError("options", key, OPTION_KEYS);
  const query: RelatedQuery = {};
  if (o.relation !== undefined) query.relation = termSet("options.relation", o.relation, RELATION_NAMES);
  if (o.direction !== undefined) query.direction = [...termSet("options.direction", o.direction, DIRECTIONS)][0];
  if (o.kinds !== undefined) query.kinds = termSet("options.kinds", o.kinds, KINDS, true);
  if (o.via !== undefined) query.via = termSet("options.via", o.via, VIA_ORDER);
  return query;
}

/** Links to the other records of each process `id` is part of. */
function sharedProcessLinks(context: QueryContext, id: string): RelatedEntry[] {
  const out: RelatedEntry[] = [];
  const members = processMembers(context);
  for (const process of processMembership(context).get(id) ?? []) {
    for (const record of members.get(process) ?? []) {
      if (record.id === id) continue;
      out.push(Object.freeze({ id: record.id, kind: record.kind, relation: "shares-process", direction: "outgoing", via: "process", through: process as ProcessId, record }));
    }
  }
  return out;
}

/** The records linked to `id`, narrowed by `options`. */
export function relatedOf(context: QueryContext, id: unknown, options: unknown): readonly RelatedEntry[] {
  if (typeof id !== "string") throw typeError("related: id", id, "a record id (a string)");
  if (!context.byId.has(id)) {
    const all = lazy(context, "ids:all", () => KINDS.flatMap((kind) => idsOf(context, kind)));
    throw unknownIdError("related", id, "record", all);
  }
  const query = checkOptions(options);
  const links = [...(linkTable(context).get(id) ?? []), ...sharedProcessLinks(context, id)];
  links.sort((a, b) => rankOf(a) - rankOf(b));
  const keep = (e: RelatedEntry): boolean =>
    (!query.relation || query.relation.has(e.relation)) &&
    (!query.direction || e.direction === query.direction) &&
    (!query.kinds || query.kinds.has(e.kind as Kind)) &&
    (!query.via || query.via.has(e.via as RelatedVia));
  return Object.freeze(links.filter(keep));
}
