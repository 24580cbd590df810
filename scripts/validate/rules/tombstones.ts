/** Rules about retired ids: tombstones point at live records, never at other tombstones, and released ids never vanish. */
import { COLLECTIONS, TOMBSTONE_COLLECTION } from "../../../src/model/vocabulary.js";
import type { CheckedRecord, Problem, Rule, RuleContext } from "../types.js";

const targetsOf = ({ record }: CheckedRecord): { path: string; id: string }[] =>
  record.status === "moved" ? [{ path: "target", id: record.target }] : record.status === "split" ? record.targets.map((id: string, i: number) => ({ path: `targets[${i}]`, id })) : [];

const tombstoneIds = (context: RuleContext): Set<string> => new Set(context.tombstones.map((t) => t.record.id));

export const tombstoneTarget: Rule = {
  name: "tombstone-target",
  description: "A moved or split tombstone points at live records of the kind the retired id had.",
  check: (context) => {
    const retired = tombstoneIds(context);
    return context.tombstones.flatMap((tombstone) =>
      targetsOf(tombstone).flatMap(({ path, id }): Problem[] => {
        const kind = context.kindOf.get(id);
        if (retired.has(id) && !kind) return []; // reported by tombstone-chain
        if (!kind) {
          return [
            {
              file: tombstone.file,
              path,
              rule: "tombstone-target",
              message: `target ${JSON.stringify(id)} is not a record`,
              hint: "point the tombstone at the id of the record that replaced this one",
            },
          ];
        }
        if (kind !== tombstone.record.kind) {
          return [
            {
              file: tombstone.file,
              path,
              rule: "tombstone-target",
              message: `target ${JSON.stringify(id)} is a ${kind}, but the retired id was a ${tombstone.record.kind}`,
              hint: "a tombstone's targets have the retired record's kind; use status withdrawn if nothing replaced it",
            },
          ];
        }
        return [];
      }),
    );
  },
};

export const tombstoneChain: Rule = {
  name: "tombstone-chain",
  description: "A tombstone never points at another tombstone (no chains, no cycles).",
  check: (context) => {
    const byId = new Map(context.tombstones.map((t) => [t.record.id, t]));
    return context.tombstones.flatMap((tombstone) =>
      targetsOf(tombstone)
        .filter(({ id }) => byId.has(id))
        .map(({ path, id }): Problem => {
          const seen = [tombstone.record.id, id];
          let next = byId.get(id);
          while (next && next.record.status === "moved" && !seen.includes(next.record.target)) {
            seen.push(next.record.target);
            next = byId.get(next.record.target);
          }
          const cycle = next?.record.status === "moved" && seen.includes(next.record.target);
          return {
            file: tombstone.file,
            path,
            rule: "tombstone-chain",
            message: cycle ? `tombstones form a cycle: ${[...seen, next!.record.target].join(" → ")}` : `target ${JSON.stringify(id)} is itself a tombstone (${seen.join(" → ")})`,
            hint: cycle ? "point one of them at a live record" : `point this tombstone directly at ${JSON.stringify(seen.at(-1))}'s live replacement`,
          };
        }),
    );
  },
};

export const tombstoneLiveId: Rule = {
  name: "tombstone-live-id",
  description: "A retired id is not also used by a live record.",
  check: (context) =>
    context.tombstones
      .filter((t) => context.kindOf.has(t.record.id))
      .map((t) => ({
        file: t.file,
        path: "id",
        rule: "tombstone-live-id",
        message: `id ${JSON.stringify(t.record.id)} is retired here but a live record still uses it`,
        hint: "ids are never reused: give the live record a new id, or delete this tombstone if the record was restored",
      })),
};

export const releasedIdKept: Rule = {
  name: "released-id-kept",
  description: "Every id of the last release is still a record or a tombstone: ids are never deleted.",
  check: (context) => {
    const retired = tombstoneIds(context);
    return [...context.released]
      .filter(([id]) => !context.kindOf.has(id) && !retired.has(id))
      .map(
        ([id, kind]): Problem => ({
          file: `data/${COLLECTIONS[kind]}/${id}.json`,
          path: "",
          rule: "released-id-kept",
          message: `the ${kind} ${JSON.stringify(id)} was released but no record or tombstone has its id`,
          hint: `restore the file, or add data/${TOMBSTONE_COLLECTION}/${id}.json: {"id": "${id}", "kind": "${kind}", "status": "moved" | "split" | "withdrawn", …, "reason": "…"}`,
        }),
      );
  },
};
