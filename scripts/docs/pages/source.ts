/** The page of a source document, and every record that cites it. */
import type { Source } from "../../../src/model/records.js";
import { KINDS } from "../../../src/model/vocabulary.js";
import { a, blocks, el, facts, plural, text, ul } from "../markup.js";
import { citingRecords, groupBy } from "../model.js";
import { kindTitle } from "./indexes.js";
import { dateFact, evidenceAndSources, recordItem, recordLink, versions, type PageContext, recordPage } from "../render.js";
import type { Page } from "./page.js";

function citedBy(ctx: PageContext, source: Source): string {
  const citing = citingRecords(ctx.data, source.id).filter(({ record }) => record.id !== source.id);
  const byKind = groupBy(citing, (c) => c.record.kind);
  return blocks(
    "## Records that cite this source",
    citing.length ? `${plural(citing.length, "record")} quote this document.` : el("p", { class: "cas-meta" }, "No record cites this source yet."),
    ...KINDS.filter((kind) => byKind.has(kind)).map((kind) =>
      el("section", { class: "cas-cited-by" }, el("h3", {}, text(kindTitle(kind))), ul(byKind.get(kind)!.map(({ record, quotes }) => recordItem(ctx, record, [plural(quotes, "quote")])))),
    ),
  );
}

/** Where the source is published on the web (its locator), or that no address was found, with the day of the search. */
function address(source: Source): string {
  const locator = source.locator;
  if (!locator) return el("span", { class: "cas-meta" }, "not searched for");
  if (locator.status === "not-found") return `${el("span", { class: "cas-meta" }, `no address found (searched ${text(locator.accessed)})`)} ${text(locator.note)}`;
  return `${a(locator.url, text(locator.url))} ${el("span", { class: "cas-meta" }, `${text(locator.outlet)}, found ${text(locator.accessed)}`)}${locator.note ? ` ${text(locator.note)}` : ""}`;
}

/** The page of a source: title, publisher, dateline, publication date (with the reason when inferred), language, hash, and the records citing it. */
export function sourcePage(ctx: PageContext, source: Source): Page {
  return recordPage(
    source,
    text(`Source · ${source.language}${source.titleIsHeadline ? " · headline as published" : " · descriptive title"}`),
    facts([
      ["Kind", "Source"],
      ["Title", `${text(source.title)} ${el("span", { class: "cas-meta" }, source.titleIsHeadline ? "(the document's own headline)" : "(a descriptive title: the document has no headline)")}`],
      ["Publisher", source.publisher ? recordLink(ctx, source.publisher) : el("span", { class: "cas-meta" }, "not named in the text")],
      ["Outlets it cites", (source.citedOutlets ?? []).map((id) => recordLink(ctx, id)).join(", ")],
      ["Dateline", source.dateline ? recordLink(ctx, source.dateline.place) : undefined],
      ["Published", source.published ? dateFact(source.published, undefined) : el("span", { class: "cas-meta" }, "not known")],
      ["Address", address(source)],
      ["Language", el("code", {}, text(source.language))],
      ["sha256", el("code", { class: "cas-hash" }, text(source.sha256))],
      ["Seed file", el("code", {}, text(source.file))],
      ["Id", el("code", {}, text(source.id))],
      ["Added in", versions(source)],
    ]),
    "The package does not ship the text of its sources; the sha256 identifies the exact document the quotes were copied from.",
    citedBy(ctx, source),
    evidenceAndSources(ctx, source),
  );
}
