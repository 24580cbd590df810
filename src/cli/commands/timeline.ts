/** `timeline`: every dated meeting, declaration and initiative in time order. */
import { DECLARATION_STAGES, INITIATIVE_STATUSES, MEETING_STATUSES, PRIMARY_KINDS, timeline as buildTimeline } from "../../index.js";
import { listFlag } from "../args.js";
import type { Command } from "../command.js";
import { FILTER_FLAGS, filterFromFlags } from "../filters.js";
import { dateCell, plural, printRows, query, TITLE_THEN_ID, WIDE_FLAG, withDateNotes } from "../output.js";
import { parseKinds } from "../records.js";

const STATUSES = [...new Set<string>([...MEETING_STATUSES, ...DECLARATION_STAGES, ...INITIATIVE_STATUSES])];

/** `timeline` */
export const timeline: Command = {
  name: "timeline",
  usage: "timeline [filters]",
  summary: "the dated meetings, declarations and initiatives in time order",
  description:
    "Dates keep the precision of the sources (EDTF: 2018-03 is March 2018, 2018-23~ about autumn 2018). A * after a date marks one the sources do not state but that was inferred (see `show <id>` for the reason). Undated records are left out.",
  flags: { ...FILTER_FLAGS, ...WIDE_FLAG, kind: { type: "string", multiple: true, value: "<kind>", help: "only meetings, declarations or initiatives" } },
  arity: [0, 0],
  examples: ["timeline", "timeline --from 2018 --to 2019", "timeline --kind declarations --country KZ", "timeline --process heart-of-asia-istanbul-process --json"],
  run(invocation) {
    const kinds = parseKinds(listFlag(invocation.values, "kind"), PRIMARY_KINDS);
    const filter = filterFromFlags(invocation.values, STATUSES);
    const entries = query(() => buildTimeline({ ...filter, ...(kinds && { kinds }) }));
    const rows = entries.map((e) => [dateCell(e.date, e.inferred), e.kind, e.id, e.title]);
    return printRows(
      invocation,
      entries,
      { header: ["date", "kind", "id", "title"], rows, cuts: TITLE_THEN_ID, footer: withDateNotes(plural(entries.length, "dated record"), rows) },
      "No dated records match.",
    );
  },
};
