/** The page of a recurring format or process, its members and its records. */
import type { Process } from "../../../src/model/records.js";
import { ROLES } from "../../../src/model/vocabulary.js";
import { blocks, capitalize, el, facts, text, ul, words } from "../markup.js";
import { groupBy, relationsTo } from "../model.js";
import { evidenceAndSources, quotes, recordItem, recordLink, RELATION_LABELS, versions, sourcesFact, type PageContext, recordPage } from "../render.js";
import type { Page } from "./page.js";

/** The page of a process: its facts, its members by role, and the records that are part of it or refer to it. */
export function processPage(ctx: PageContext, process: Process): Page {
  const members = groupBy(process.members ?? [], (m) => m.role);
  const linked = groupBy(relationsTo(ctx.data, process.id), (r) => r.relation.type);
  return recordPage(
    process,
    text(`Process · ${process.type}`),
    facts([
      ["Kind", "Process"],
      ["Type", text(process.type)],
      ["Also known as", (process.altNames ?? []).map(text).join("; ")],
      ["Id", el("code", {}, text(process.id))],
      ["Added in", versions(process)],
      ["Sources", sourcesFact(ctx, process)],
    ]),
    members.size > 0 &&
      blocks(
        "## Members",
        ROLES.filter((role) => members.has(role))
          .map((role) => el("section", { class: "cas-role" }, el("h3", {}, text(capitalize(words(role)))), ul(members.get(role)!.map((m) => `${recordLink(ctx, m.actor)}${quotes(ctx, m.evidence)}`))))
          .join(""),
      ),
    "## Records",
    linked.size
      ? [...linked].map(([type, items]) => el("section", { class: "cas-relation" }, el("h3", {}, `${text(RELATION_LABELS[type])} this`), ul(items.map((i) => recordItem(ctx, i.record))))).join("")
      : el("p", { class: "cas-meta" }, "No record in the dataset is linked to this process yet."),
    evidenceAndSources(ctx, process),
  );
}
