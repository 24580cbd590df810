/** `show <id>`: one record in full. */
import { resolveId, type AnyRecord } from "../../index.js";
import type { Command } from "../command.js";
import { EXIT, unknownValue } from "../errors.js";
import { jsonText, outputWidth } from "../output.js";
import { escapeControls } from "../../text/escape.js";
import { allIds } from "../records.js";
import { renderRecord } from "../render.js";

/** `show <id>` */
export const show: Command = {
  name: "show",
  usage: "show <id>",
  summary: "show one record in full: every field and claim with the quotes behind it, and the summary",
  description: "An id retired in an earlier version (a tombstone) is followed to the record that replaced it, with a note on stderr.",
  flags: {},
  arity: [1, 1],
  argumentHint: "Give a record's id, as `list <kind>` and `search <words>` print them.",
  examples: ["show 2018-tashkent-declaration", "show kazakhstan --json"],
  run({ positionals, io, json }) {
    const id = positionals[0]!;
    const resolved = resolveId(id);
    if (!resolved) throw unknownValue("id", id, allIds());
    if (resolved.status !== "live") {
      const targets = resolved.records.map((r) => r.id).join(", ");
      io.err(`${escapeControls(id)} was ${resolved.status}${targets ? ` to ${targets}` : ""} in ${resolved.tombstone.tombstonedIn}: ${resolved.tombstone.reason}\n`);
    }
    const records: readonly AnyRecord[] = resolved.records;
    if (records.length === 0) return EXIT.notFound;
    if (json) io.out(jsonText(records.length === 1 ? records[0] : records));
    else
      io.out(
        records
          .map((r) => renderRecord(r, outputWidth(io)))
          .join("\n")
          .split("\n")
          .map(escapeControls)
          .join("\n"),
      );
    return EXIT.ok;
  },
};
