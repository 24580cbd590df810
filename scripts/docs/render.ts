/**
 * Pieces shared by the page generators: the page context (links from the page being written),
 * record links, evidence quotes, dates and source lists.
 */
import { citeRecord } from "../../src/cite-record.js";
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { DateClaim, Evidence, Statement } from "../../src/model/input.js";
import type { AnyRecord, DateBounds } from "../../src/model/records.js";
import type { InverseRelationType, RelationType } from "../../src/model/vocabulary.js";
import { dateInWords } from "./dates.js";
import { pageLink, recordPagePath } from "./links.js";
import { a, blocks, el, text, ul } from "./markup.js";
import { citedSources, recordTitle, type SiteData } from "./model.js";
import type { Page } from "./pages/page.js";

/** Where pages are generated and what they can link to. */
export interface SiteInfo {
  readonly data: SiteData;
  /** Folder the page markdown files are written to. */
  readonly pagesDir: string;
  /** Repository root; guides are `docs/<name>.md` under it. */
  readonly repoRoot: string;
}

/** Links as seen from one page. */
export interface PageContext {
  readonly site: SiteInfo;
  readonly data: SiteData;
  /** Path of the page being written. */
  readonly path: string;
  /** A relative link to another generated page. */
  to(path: string, anchor?: string): string;
  /** A relative link to guide `docs/<name>.md`, or `undefined` when that guide does not exist. */
  guide(name: string): string | undefined;
}

/** The link context of page `path`. */
export function pageContext(site: SiteInfo, path: string): PageContext {
  return {
    site,
    data: site.data,
    path,
    to: (target, anchor) => pageLink(path, target, anchor),
    guide: (name) => {
      const file = join(site.repoRoot, "docs", `${name}.md`);
      if (!existsSync(file)) return undefined;
      return relative(dirname(join(site.pagesDir, `${path}.md`)), file)
        .split("\\")
        .join("/");
    },
  };
}

/** The page path of any record. */
export function pathOf(record: AnyRecord): string {
  return recordPagePath(record.kind, record.id);
}

/** A link to record `id` labelled with its title; plain text for an unknown id. */
export function recordLink(ctx: PageContext, id: string): string {
  const record = ctx.data.byId.get(id);
  return record ? a(ctx.to(pathOf(record)), text(recordTitle(record))) : el("code", {}, text(id));
}

/** The date of a dated record in words, or `""`. */
export function shortDate(record: AnyRecord): string {
  const date = "date" in record ? record.date : undefined;
  const bounds = "bounds" in record ? record.bounds : undefined;
  return date && bounds ? dateInWords(date.edtf, bounds) : "";
}

/** A record link followed by its kind and date, e.g. `Tashkent Declaration (declaration, March 2018)`. */
export function recordItem(ctx: PageContext, record: AnyRecord, extra: string[] = []): string {
  const meta = [record.kind, shortDate(record), ...extra].filter(Boolean).join(", ");
  return `${recordLink(ctx, record.id)} ${el("span", { class: "cas-meta" }, `(${text(meta)})`)}`;
}

/** One verbatim quote with a link to its source page. Whitespace is kept as written. */
export function quote(ctx: PageContext, evidence: Evidence): string {
  const source = ctx.data.byId.get(evidence.source);
  const cite = source ? a(ctx.to(pathOf(source)), text(recordTitle(source))) : el("code", {}, text(evidence.source));
  return el("blockquote", { class: "cas-quote" }, el("p", { class: "cas-said" }, text(evidence.quote)), el("p", { class: "cas-cite" }, `Source: ${cite}`));
}

/** The quotes of one claim, or `""`. */
export function quotes(ctx: PageContext, evidence: readonly Evidence[] | undefined): string {
  return (evidence ?? []).map((e) => quote(ctx, e)).join("");
}

/**
 * A date claim in words: the EDTF value, the span, the precision, and the reason when inferred
 * (labelled as resting on outside knowledge when `inferredFrom` says so).
 */
export function dateFact(claim: DateClaim, bounds: DateBounds | undefined): string {
  const main = bounds
    ? `${text(dateInWords(claim.edtf, bounds))} ${el("span", { class: "cas-meta" }, `(EDTF ${el("code", {}, text(claim.edtf))}; ${text(bounds.precision)} precision; ${text(bounds.earliest)} to ${text(bounds.latest)})`)}`
    : `${el("code", {}, text(claim.edtf))}`;
  const label = claim.inferredFrom === "outside-knowledge" ? "Inferred from outside knowledge:" : "Inferred:";
  const inferred = claim.inferred ? el("div", { class: "cas-inferred" }, `${el("strong", {}, label)} ${text(claim.inferred)}`) : "";
  return main + inferred;
}

/**
 * One statement: who spoke (and for whom), how the source gives it (quoted or reported), the
 * quoted words, its topics, and its evidence. A declaration's statement without a speaker
 * quotes the document itself.
 */
export function statementItem(ctx: PageContext, statement: Statement, where?: string): string {
  const who = statement.speaker ? recordLink(ctx, statement.speaker) : "The document";
  const forWhom = statement.onBehalfOf ? ` for ${recordLink(ctx, statement.onBehalfOf)}` : "";
  const mode = el("span", { class: "cas-meta" }, statement.mode === "direct" ? "(quoted)" : "(reported)");
  const said = statement.words ? ` ${el("q", {}, text(statement.words))}` : "";
  const topics = (statement.topics ?? []).length ? ` ${el("span", { class: "cas-meta" }, `— ${(statement.topics ?? []).map((t) => recordLink(ctx, t)).join(", ")}`)}` : "";
  return `${who}${forWhom}${where ? ` at ${where}` : ""} ${mode}${said}${topics}${quotes(ctx, statement.evidence)}`;
}

/** The list of sources a record cites, each linked to its page. */
export function sourceList(ctx: PageContext, record: AnyRecord): string {
  return ul(
    citedSources(record).map((id) => recordLink(ctx, id)),
    "cas-sources",
  );
}

/** The sources a record cites, one per line, for its facts table. */
export function sourcesFact(ctx: PageContext, record: AnyRecord): string {
  return ul(
    citedSources(record).map((id) => recordLink(ctx, id)),
    "cas-lines",
  );
}

/** How an authored relation reads on the record that authors it. */
export const RELATION_LABELS: Readonly<Record<RelationType, string>> = {
  "adopted-at": "Adopted at",
  "proposed-at": "Proposed at",
  "discussed-at": "Discussed at",
  "part-of": "Part of",
  "follows-up": "Follows up",
  implements: "Implements",
  references: "References",
};

/** How the generated inverse of a relation reads on the record it points at. */
export const INVERSE_LABELS: Readonly<Record<InverseRelationType, string>> = {
  adopted: "Adopted here",
  proposals: "Proposed here",
  discussed: "Discussed here",
  "has-part": "Has part",
  "followed-up-by": "Followed up by",
  "implemented-by": "Implemented by",
  "referenced-by": "Referenced by",
};

/** The closing sections of a page: the record's own evidence quotes and the sources it cites. */
export function evidenceAndSources(ctx: PageContext, record: AnyRecord): string {
  const evidence = "evidence" in record ? record.evidence : [];
  const sources = citedSources(record);
  if (!evidence.length && !sources.length) return "";
  return [
    evidence.length ? `## Evidence\n\n${el("div", { class: "cas-quotes" }, quotes(ctx, evidence))}` : "",
    sources.length ? `## Sources\n\nEvery quote on this page is copied verbatim from one of these documents:\n\n${sourceList(ctx, record)}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The version stamps of a record in words. */
export function versions(record: AnyRecord): string {
  return `${text(record.addedIn)}${record.modifiedIn !== record.addedIn ? `; last modified in ${text(record.modifiedIn)}` : "; not modified since"}`;
}

/** How to cite the record at the version the site documents (the same text as `citeRecord` and `cite <id>`). */
export function citeSection(record: AnyRecord): string {
  const citation = citeRecord(record.id);
  if (!citation) return "";
  return el("section", { class: "cas-cite" }, el("h2", {}, "Cite this record"), el("p", {}, text(citation.text)), el("pre", {}, el("code", { class: "language-bibtex" }, text(citation.bibtex))));
}

/** A record's page: its title as the heading, a kicker line (kind, type, …), its summary, then `sections`. */
export function recordPage(record: AnyRecord, kicker: string, ...sections: readonly (string | undefined | false)[]): Page {
  const title = recordTitle(record);
  return {
    path: pathOf(record),
    title,
    record: record.id,
    body: blocks(`# ${text(title)}`, el("p", { class: "cas-kicker" }, kicker), el("p", { class: "cas-summary" }, text(record.summary)), ...sections, citeSection(record)),
  };
}
