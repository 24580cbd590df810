/** `related <id>`: the records linked to one record. */
import { isRecordId, KINDS, related as relatedRecords } from "../../index.js";
import { listFlag, stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { UsageError, unknownValue } from "../errors.js";
import { plural, printRows, query, TITLE_THEN_ID, WIDE_FLAG } from "../output.js";
import { allIds, label, parseKinds } from "../records.js";
import { VIA_ORDER as VIA } from "../../query/engine/graph.js";
import { RELATION_NAMES } from "../../query/engine/related.js";
import { quote } from "../../text/clip.js";

const DIRECTIONS = ["outgoing", "incoming"] as const;

/** `related <id>` */
export const related: Command = {
  name: "related",
  usage: "related <id>",
  summary: "the records linked to a record: relations both ways, participants, shared processes",
  description: "Outgoing links are stated on the record itself (its relations, participants, places, topics); incoming ones on the linked record (e.g. a declaration adopted at this meeting).",
  flags: {
    relation: { type: "string", multiple: true, value: "<type>", help: "only this relation, inverse relation or role (adopted-at, adopted, host, …)" },
    direction: { type: "string", value: "<dir>", help: "outgoing or incoming" },
    via: { type: "string", multiple: true, value: "<via>", help: `only links of this sort: ${VIA.join(", ")}` },
    kind: { type: "string", multiple: true, value: "<kind>", help: "only linked records of this kind" },
    ...WIDE_FLAG,
  },
  arity: [1, 1],
  argumentHint: "Give a record's id, as `list <kind>` and `search <words>` print them.",
  examples: ["related 2018-tashkent-conference-on-afghanistan", "related kazakhstan --kind meetings", "related 2018-tashkent-declaration --direction outgoing --json"],
  run(invocation) {
    const { values, positionals } = invocation;
    const id = positionals[0]!;
    if (!isRecordId(id)) throw unknownValue("id", id, allIds());
    const direction = stringFlag(values, "direction");
    if (direction !== undefined && !(DIRECTIONS as readonly string[]).includes(direction)) throw new UsageError(`--direction: ${quote(direction)} is not valid`, "Use outgoing or incoming.");
    const via = listFlag(values, "via");
    for (const v of via) if (!(VIA as readonly string[]).includes(v)) throw unknownValue("--via value", v, VIA);
    const kinds = parseKinds(listFlag(values, "kind"), KINDS);
    const relation = listFlag(values, "relation");
    for (const r of relation) if (!RELATION_NAMES.includes(r)) throw unknownValue("--relation value", r, RELATION_NAMES);
    const options = {
      ...(relation.length > 0 && { relation }),
      ...(direction && { direction: direction as (typeof DIRECTIONS)[number] }),
      ...(via.length > 0 && { via: via as never }),
      ...(kinds && { kinds }),
    };
    const links = query(() => relatedRecords(id, options));
    const rows = links.map((l) => [l.direction === "outgoing" ? "→" : "←", l.relation, l.via, l.kind, l.id, label(l.record)]);
    return printRows(
      invocation,
      links,
      { header: ["dir", "relation", "via", "kind", "id", "title"], rows, cuts: [["via", 6], ...TITLE_THEN_ID], footer: plural(links.length, "link") },
      `No records linked to ${id} match.`,
    );
  },
};
