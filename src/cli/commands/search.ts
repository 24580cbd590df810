/** `search <text>`: records whose titles, names, summaries, actors, topics, processes or quotes match the words. */
import { COLLECTIONS, findDeclarations, findInitiatives, findMeetings, KINDS, search as searchRecords, suggestSearchWords, type TopicId } from "../../index.js";
import { stringFlag, listFlag } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { plural, printRows, query, TITLE_THEN_ID, WIDE_FLAG } from "../output.js";
import { parseKinds } from "../records.js";
import { quote } from "../../text/clip.js";

/** Reads `--limit`: a positive integer. */
function limit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--limit: ${quote(value)} is not a positive whole number`, "For example: --limit 5.");
  return Number(value);
}

/**
 * When the text names topics (their names hold its words), the `list` commands that find records
 * tagged with them: the kinds the search was not limited to may have some.
 */
function topicHints(text: string): string[] {
  const listed = ["meeting", "declaration", "initiative"] as const;
  // Only topics whose name (not summary) holds the words: those the text names.
  const topics = searchRecords(text, { kinds: ["topic"], limit: 3 }).filter((t) => t.field === "name" || t.field === "altNames");
  const finders = { meeting: findMeetings, declaration: findDeclarations, initiative: findInitiatives } as const;
  // Suggest only a list that finds something.
  return topics.flatMap((t) => {
    const lists = listed.filter((k) => finders[k]({ topic: t.id as TopicId }).length > 0).map((k) => `\`central-asia-security list ${COLLECTIONS[k]} --topic ${t.id}\``);
    return lists.length > 0 ? [`${quote(text)} names the topic ${t.id} (${t.title}): try ${lists.join(" or ")}.`] : [];
  });
}

/** Why nothing matched: the words the index lacks, with the nearest indexed words (as for ids and flags), or the topics it names. */
function nothingMatches(text: string): string {
  const lines = suggestSearchWords(text).map(({ word, nearest }) =>
    nearest.length > 0
      ? `No indexed word starts with ${quote(word)}. Did you mean ${nearest.map((n) => JSON.stringify(n)).join(", ")}?`
      : `No indexed word starts with ${quote(word)}, and none is close to it.`,
  );
  const hints = topicHints(text);
  const why = lines.length > 0 ? lines : hints.length > 0 ? hints : ["Every word occurs, but no record has them all: try fewer words."];
  return [`Nothing matches ${quote(text)}.`, ...why].join("\n");
}

/** `search <text>` */
export const search: Command = {
  name: "search",
  usage: "search <text>",
  summary: "search titles, names, summaries, actors, topics, processes and quotes; best first",
  description: "Several words are one query (no quotes needed). Kinds may be given in singular or plural.",
  flags: {
    kind: { type: "string", multiple: true, value: "<kind>", help: "only records of this kind" },
    limit: { type: "string", value: "<n>", help: "at most n results (default 20)" },
    ...WIDE_FLAG,
  },
  arity: [1, Infinity],
  examples: ["search tashkent declaration", "search water --kind declarations", "search Tokayev --limit 3 --json"],
  run(invocation) {
    const { values, positionals } = invocation;
    const text = positionals.join(" ");
    const kinds = parseKinds(listFlag(values, "kind"), KINDS);
    const n = limit(stringFlag(values, "limit"));
    const hits = query(() => searchRecords(text, { ...(kinds && { kinds }), ...(n && { limit: n }) }));
    const rows = hits.map((h) => [h.score.toFixed(2), h.kind, h.id, h.field, h.title]);
    return printRows(
      invocation,
      hits,
      { header: ["score", "kind", "id", "matched", "title"], rows, cuts: [["matched", 7], ...TITLE_THEN_ID], footer: plural(hits.length, "result") },
      hits.length === 0 ? nothingMatches(text) : "",
    );
  },
};
