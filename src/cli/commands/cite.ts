/** `cite [id]`: how to cite the dataset, or one record, at this version. */
import { citeRecord, dataset, resolveId } from "../../index.js";
import type { Command } from "../command.js";
import { EXIT, unknownValue } from "../errors.js";
import { allIds } from "../records.js";

/** `cite [id]` */
export const cite: Command = {
  name: "cite",
  usage: "cite [id]",
  summary: "print how to cite the dataset, or one record, at this version (plain text and BibTeX)",
  description:
    "Both forms name the version and the dataset hash, so a reader can get exactly the data you used. Without an id: the whole dataset (the same as CITATION.cff). With --json: { text, bibtex }. An unreleased build says so: cite a release.",
  flags: {},
  arity: [0, 1],
  examples: ["cite", "cite 2018-tashkent-declaration", "cite --json"],
  run({ positionals, io, json }) {
    const id = positionals[0];
    let citation = dataset.citation;
    if (id !== undefined) {
      const resolved = resolveId(id);
      if (!resolved) throw unknownValue("id", id, allIds());
      const found = citeRecord(id);
      if (!found) {
        // Only a tombstone resolves to no record or to several (withdrawn, split).
        const why = resolved.status === "live" ? "" : ` in ${resolved.tombstone.tombstonedIn}: ${resolved.tombstone.reason}`;
        io.err(`${id} was ${resolved.status}${why}; there is no one record to cite: cite the dataset (cite) or a record that replaced it\n`);
        return EXIT.notFound;
      }
      citation = found;
    }
    io.out(json ? `${JSON.stringify(citation, null, 2)}\n` : `${citation.text}\n\n${citation.bibtex}`);
    return EXIT.ok;
  },
};
