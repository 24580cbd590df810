/** The page of a topic of the controlled vocabulary, and its records. */
import type { Topic } from "../../../src/model/records.js";
import { PRIMARY_KINDS } from "../../../src/model/vocabulary.js";
import { capitalize, el, facts, text, ul } from "../markup.js";
import { groupBy, recordsWithTopic } from "../model.js";
import { recordItem, versions, type PageContext, recordPage } from "../render.js";
import type { Page } from "./page.js";

/** The page of a topic: what it covers and every meeting, declaration and initiative tagged with it. */
export function topicPage(ctx: PageContext, topic: Topic): Page {
  const byKind = groupBy(recordsWithTopic(ctx.data, topic.id), (r) => r.kind);
  return recordPage(
    topic,
    "Topic",
    facts([
      ["Kind", "Topic (our controlled vocabulary: topics carry no evidence)"],
      ["Id", el("code", {}, text(topic.id))],
      ["Added in", versions(topic)],
    ]),
    "## Records",
    byKind.size
      ? PRIMARY_KINDS.filter((kind) => byKind.has(kind))
          .map((kind) => el("section", { class: "cas-role" }, el("h3", {}, text(`${capitalize(kind)}s`)), ul(byKind.get(kind)!.map((r) => recordItem(ctx, r)))))
          .join("")
      : el("p", { class: "cas-meta" }, "No record carries this topic yet."),
  );
}
