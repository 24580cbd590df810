/**
 * The controlled vocabularies as documentation, generated from `src/model/vocabulary.ts` (the
 * single source of every union, schema and runtime check), so the data model guide never lists
 * a value the code does not accept.
 */
import * as vocabulary from "../../src/model/vocabulary.js";
import { el, table, text } from "./markup.js";

/** Where the site build puts the vocabulary tables (in `docs/data-model.md`). */
export const VOCABULARY_MARKER = "<!-- cas:vocabularies -->";

/** Each vocabulary list with the field that takes its values. */
const LISTS: readonly [field: string, values: readonly string[], constant: string][] = [
  ["Meeting `type`", vocabulary.MEETING_TYPES, "MEETING_TYPES"],
  ["Meeting `status`", vocabulary.MEETING_STATUSES, "MEETING_STATUSES"],
  ["Meeting `attendance`", vocabulary.ATTENDANCE_MODES, "ATTENDANCE_MODES"],
  ["Declaration `type`", vocabulary.DECLARATION_TYPES, "DECLARATION_TYPES"],
  ["Declaration `stage`", vocabulary.DECLARATION_STAGES, "DECLARATION_STAGES"],
  ["Initiative `type`", vocabulary.INITIATIVE_TYPES, "INITIATIVE_TYPES"],
  ["Initiative `status`", vocabulary.INITIATIVE_STATUSES, "INITIATIVE_STATUSES"],
  ["Actor `type`", vocabulary.ACTOR_TYPES, "ACTOR_TYPES"],
  ["Place `type`", vocabulary.PLACE_TYPES, "PLACE_TYPES"],
  ["Process `type`", vocabulary.PROCESS_TYPES, "PROCESS_TYPES"],
  ["Participation `role`", vocabulary.ROLES, "ROLES"],
  ["Quantity `measure`", vocabulary.QUANTITY_MEASURES, "QUANTITY_MEASURES"],
  ["Quantity `qualifier`", vocabulary.QUANTITY_QUALIFIERS, "QUANTITY_QUALIFIERS"],
  ["Statement `mode`", vocabulary.STATEMENT_MODES, "STATEMENT_MODES"],
  ["DateClaim `inferredFrom`", vocabulary.INFERENCE_BASES, "INFERENCE_BASES"],
  ["Tombstone `status`", vocabulary.TOMBSTONE_STATUSES, "TOMBSTONE_STATUSES"],
];

const code = (value: string): string => el("code", {}, text(value));
/** `Meeting \`type\`` → "Meeting <code>type</code>". */
const field = (label: string): string =>
  label
    .split("`")
    .map((part, i) => (i % 2 ? code(part) : text(part)))
    .join("");

/** The vocabularies as two HTML tables: the value lists, then the relation types with their inverses and the kinds they link. */
export function vocabularyTables(): string {
  const relations = Object.entries(vocabulary.RELATIONS) as [string, { inverse: string; from: readonly string[]; to: readonly string[] }][];
  return el(
    "div",
    { class: "cas-vocabularies" },
    table(
      ["Field", "Values", "Exported as"],
      LISTS.map(([label, values, constant]) => [field(label), values.map(code).join(", "), code(constant)]),
      "cas-index",
    ),
    el("p", {}, text("Relation types (RELATIONS): each is authored on the record it starts from; the build adds the inverse to the target's incoming list.")),
    table(
      ["Relation `type`", "Inverse (in `incoming`)", "Authored on", "Points at"].map(field),
      relations.map(([type, r]) => [code(type), code(r.inverse), r.from.map(code).join(", "), r.to.map(code).join(", ")]),
      "cas-index",
    ),
  );
}
