/**
 * The links between records that `related` reports, built once from the whole dataset:
 * authored relations and their inverses, participations (and process members), whom
 * participants acted for, places,
 * topics and the sources each record cites. Each link is stored from both ends.
 * @module
 */
import type { AnyRecord } from "../../model/records.js";
import { KINDS, RELATIONS, type RelationType } from "../../model/vocabulary.js";
import type { RelatedEntry, RelatedVia } from "../types.js";
import { lazy, type QueryContext } from "./context.js";
import { evidenceOf } from "./evidence.js";

/** The order `related` lists links in: by how they are linked, outgoing before incoming. */
export const VIA_ORDER: readonly RelatedVia[] = ["relation", "participation", "on-behalf-of", "place", "topic", "process", "source"];

/** Sort rank of an entry: its `via`, then its direction. */
export const rankOf = (entry: RelatedEntry): number => VIA_ORDER.indexOf(entry.via) * 2 + (entry.direction === "outgoing" ? 0 : 1);

/** Every stored link, by the id of the record it starts from, in `rankOf` order. */
export function linkTable(context: QueryContext): ReadonlyMap<string, readonly RelatedEntry[]> {
  return lazy(context, "link-table", () => {
    const table = new Map<string, RelatedEntry[]>();
    const seen = new Set<string>();
    const link = (from: AnyRecord, toId: string, relation: string, via: RelatedVia, inverse: string = relation, through?: RelatedEntry["through"]): void => {
      const to = context.byId.get(toId);
      if (!to || to === from) return;
      const key = `${from.id}\u0000${to.id}\u0000${relation}\u0000${via}\u0000${through ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      const push = (at: AnyRecord, entry: RelatedEntry) => {
        const list = table.get(at.id) ?? [];
        list.push(Object.freeze(entry));
        table.set(at.id, list);
      };
      const extra = through === undefined ? {} : { through };
      push(from, { id: to.id, kind: to.kind, relation, direction: "outgoing", via, ...extra, record: to });
      push(to, { id: from.id, kind: from.kind, relation: inverse, direction: "incoming", via, ...extra, record: from });
    };
    for (const kind of KINDS) {
      for (const record of context.records[kind]) {
        if (record.kind === "meeting" || record.kind === "declaration" || record.kind === "initiative") {
          for (const r of record.relations ?? []) link(record, r.target, r.type, "relation", RELATIONS[r.type as RelationType].inverse);
          for (const p of record.participants ?? []) {
            link(record, p.actor, p.role, "participation");
            if (p.onBehalfOf !== undefined) link(record, p.onBehalfOf, p.role, "on-behalf-of", p.role, p.actor);
          }
          for (const p of record.places ?? []) link(record, p.place, "place", "place");
          for (const t of record.topics ?? []) link(record, t, "topic", "topic");
        }
        if (record.kind === "process") for (const m of record.members ?? []) link(record, m.actor, m.role, "participation");
        for (const { source } of evidenceOf(record)) link(record, source, "cites", "source");
      }
    }
    for (const list of table.values()) list.sort((a, b) => rankOf(a) - rankOf(b));
    return table;
  });
}
