/** Rules about links between records: every reference resolves, to a record of the right kind. */
import { closestMatches } from "../../../src/text/closest.js";
import { RELATIONS, type RelationType } from "../../../src/model/vocabulary.js";
import type { Problem, Rule } from "../types.js";
import { references } from "../walk.js";

export const referenceResolves: Rule = {
  name: "reference-resolves",
  description: "Every actor, place, topic, publisher and relation target names an existing record.",
  check: ({ records, kindOf }) =>
    records.flatMap((checked) =>
      references(checked)
        .filter((ref) => !kindOf.has(ref.id))
        .map((ref): Problem => {
          const suggestions = closestMatches(
            ref.id,
            [...kindOf.keys()].filter((id) => ref.kinds.includes(kindOf.get(id)!)),
          );
          return {
            file: checked.file,
            path: ref.path,
            rule: "reference-resolves",
            message: `unknown ${ref.what} ${JSON.stringify(ref.id)}`,
            hint: suggestions.length ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(" or ")}?` : `add a ${ref.kinds.join(" or ")} record with this id, or fix the reference`,
          };
        }),
    ),
};

export const referenceKind: Rule = {
  name: "reference-kind",
  description: "A reference points at a record of a kind it allows (a place at a place, a relation at its allowed kinds).",
  check: ({ records, kindOf }) =>
    records.flatMap((checked) =>
      references(checked).flatMap((ref): Problem[] => {
        const kind = kindOf.get(ref.id);
        if (!kind || ref.kinds.includes(kind)) return [];
        return [
          {
            file: checked.file,
            path: ref.path,
            rule: "reference-kind",
            message: `${ref.what} ${JSON.stringify(ref.id)} is a ${kind}, expected ${ref.kinds.join(" or ")}`,
            hint: `point it at a ${ref.kinds.join(" or ")} record, or use another relation type`,
          },
        ];
      }),
    ),
};

export const relationDirection: Rule = {
  name: "relation-direction",
  description: "A relation is authored by a kind it is defined for, and never points at its own record.",
  check: ({ records }) =>
    records.flatMap(({ file, kind, record }) =>
      (record.relations ?? []).flatMap((relation: { type: RelationType; target: string }, i: number): Problem[] => {
        const allowed: readonly string[] = RELATIONS[relation.type].from;
        const path = `relations[${i}]`;
        if (!allowed.includes(kind)) {
          return [
            {
              file,
              path: `${path}.type`,
              rule: "relation-direction",
              message: `a ${kind} cannot author "${relation.type}"`,
              hint: `"${relation.type}" is authored by ${allowed.join(", ")}; author it on the other record instead`,
            },
          ];
        }
        if (relation.target === record.id) {
          return [{ file, path: `${path}.target`, rule: "relation-direction", message: "the relation points at its own record", hint: "remove it or point it at another record" }];
        }
        return [];
      }),
    ),
};
