/**
 * Rules about who acts and speaks for whom, and what inferred dates rest on: `onBehalfOf` names a
 * state or organization other than the actor, statements are attributed as their kind allows and
 * quote their words, and every inferred date says whether it rests on outside knowledge.
 */
import type { Problem, Rule } from "../types.js";

type Obj = Readonly<Record<string, any>>;
const list = (value: unknown): readonly Obj[] => (Array.isArray(value) ? value : []);
/** Whitespace runs count as one space, as in the quote check (line breaks in the sources). */
const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

export const inferredFrom: Rule = {
  name: "inferred-from",
  description: 'A date with `inferred` says what it rests on (`inferredFrom`: "sources" or "outside-knowledge"), and a stated date has no `inferredFrom`.',
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      ["date", "period", "published"].flatMap((key): Problem[] => {
        const date = record[key];
        if (!date) return [];
        if (date.inferred !== undefined && date.inferredFrom === undefined) {
          return [
            {
              file,
              path: `${key}.inferredFrom`,
              rule: "inferred-from",
              message: "this inferred date does not say what it rests on",
              hint: 'add "inferredFrom": "sources" when the quoted sentences alone give the date, or "outside-knowledge" when the reason also uses a fact the texts do not state',
            },
          ];
        }
        if (date.inferred === undefined && date.inferredFrom !== undefined) {
          return [
            {
              file,
              path: `${key}.inferredFrom`,
              rule: "inferred-from",
              message: "a date the text states has an inferredFrom",
              hint: 'remove "inferredFrom", or add the "inferred" reason if the date is inferred',
            },
          ];
        }
        return [];
      }),
    ),
};

export const onBehalfOf: Rule = {
  name: "on-behalf-of",
  description: "`onBehalfOf` (on a participation, member, position or statement) names a state or organization, not a person, and not the acting actor itself.",
  check: ({ records, byId }) =>
    records.flatMap(({ file, record }) =>
      ["participants", "members", "positions", "statements"].flatMap((key) =>
        list(record[key]).flatMap((item, i): Problem[] => {
          if (item.onBehalfOf === undefined) return [];
          const path = `${key}[${i}].onBehalfOf`;
          const self = key === "positions" ? record.id : key === "statements" ? item.speaker : item.actor;
          if (item.onBehalfOf === self) {
            return [{ file, path, rule: "on-behalf-of", message: "an actor cannot act on its own behalf", hint: "name the state or organization the text gives the post in, or remove onBehalfOf" }];
          }
          const target = byId.get(item.onBehalfOf)?.[0];
          if (target?.kind === "actor" && target.record.type === "person") {
            return [
              {
                file,
                path,
                rule: "on-behalf-of",
                message: `${JSON.stringify(item.onBehalfOf)} is a person`,
                hint: "onBehalfOf names the state or organization the post belongs to (Popolo), never a person",
              },
            ];
          }
          return [];
        }),
      ),
    ),
};

export const statementWords: Rule = {
  name: "statement-words",
  description: "A direct statement gives the quoted `words`, found in its evidence quotes (read in order, as one text); a reported one gives none.",
  check: ({ records }) =>
    records.flatMap(({ file, record }) =>
      list(record.statements).flatMap((statement, i): Problem[] => {
        const path = `statements[${i}].words`;
        if (statement.mode === "reported") {
          return statement.words === undefined
            ? []
            : [{ file, path, rule: "statement-words", message: "a reported statement has quoted words", hint: 'use "mode": "direct" if the source quotes the words, or remove "words"' }];
        }
        if (typeof statement.words !== "string" || statement.words.trim() === "") {
          return [{ file, path, rule: "statement-words", message: "a direct statement has no words", hint: "copy the words the source prints between quotation marks" }];
        }
        // A quotation longer than one quote may hold is cited as consecutive clauses.
        const quoted = collapse(
          list(statement.evidence)
            .map((e) => String(e.quote))
            .join(" "),
        );
        if (quoted.includes(collapse(statement.words))) return [];
        return [
          {
            file,
            path,
            rule: "statement-words",
            message: "the words are not in the statement's evidence quotes",
            hint: "quote the sentence that contains the words, and copy the words character for character",
          },
        ];
      }),
    ),
};

export const statementSpeaker: Rule = {
  name: "statement-speaker",
  description: "A statement at a meeting names its speaker; only a declaration's statements may quote the document itself without one.",
  check: ({ records }) =>
    records.flatMap(({ file, kind, record }) =>
      kind !== "meeting"
        ? []
        : list(record.statements).flatMap((statement, i): Problem[] =>
            statement.speaker !== undefined
              ? []
              : [
                  {
                    file,
                    path: `statements[${i}].speaker`,
                    rule: "statement-speaker",
                    message: "this statement at a meeting names no speaker",
                    hint: "add the speaker the text names; a remark the text attributes to no one is not a statement",
                  },
                ],
          ),
    ),
};
