/** The page of a meeting, declaration or initiative. */
import type { PrimaryRecord } from "../../../src/model/records.js";
import { ROLES } from "../../../src/model/vocabulary.js";
import { a, blocks, capitalize, el, facts, plural, text, ul, words } from "../markup.js";
import { authoredEvidence, groupBy } from "../model.js";
import { dateFact, statementItem, INVERSE_LABELS, quotes, recordItem, recordLink, RELATION_LABELS, versions, sourcesFact, type PageContext, recordPage } from "../render.js";
import type { Page } from "./page.js";

const KIND_LABEL = { meeting: "Meeting", declaration: "Declaration", initiative: "Initiative" } as const;

function statusOf(record: PrimaryRecord): [string, string] {
  return record.kind === "declaration" ? ["Stage", record.stage] : ["Status", record.status];
}

function factsTable(ctx: PageContext, record: PrimaryRecord): string {
  const [statusLabel, status] = statusOf(record);
  const dataModel = ctx.guide("data-model");
  return facts([
    ["Kind", text(KIND_LABEL[record.kind])],
    ["Type", text(words(record.type))],
    [statusLabel, text(words(status))],
    ["Date", record.date ? dateFact(record.date, record.bounds) : el("span", { class: "cas-meta" }, "not stated in the sources")],
    ["Place", (record.places ?? []).map((claim) => recordLink(ctx, claim.place)).join(", ")],
    ["Attendance", record.kind === "meeting" && record.attendance ? text(words(record.attendance)) : undefined],
    ["Number in series", record.kind === "meeting" && record.ordinal !== undefined ? text(String(record.ordinal)) : undefined],
    ["Period", record.kind === "declaration" && record.period ? dateFact(record.period, undefined) : undefined],
    ["Topics", (record.topics ?? []).map((id) => recordLink(ctx, id)).join(", ")],
    ["Also known as", (record.altNames ?? []).map(text).join("; ")],
    ["Id", el("code", {}, text(record.id))],
    ["Added in", versions(record)],
    ["Sources", sourcesFact(ctx, record)],
    ["Fields explained", dataModel ? a(dataModel, "the data model guide") : undefined],
  ]);
}

function participantsSection(ctx: PageContext, record: PrimaryRecord): string {
  const participants = record.participants ?? [];
  if (!participants.length) return "";
  const byRole = groupBy(participants, (p) => p.role);
  const roles = ROLES.filter((role) => byRole.has(role));
  return blocks(
    "## Participants",
    ...roles.map((role) =>
      el(
        "section",
        { class: "cas-role" },
        el("h3", {}, text(capitalize(words(role)))),
        ul(
          byRole.get(role)!.map((p) => {
            const notes = [p.capacity, p.nameAsReported ? `named “${p.nameAsReported}”` : undefined].filter(Boolean).map((n) => text(n!));
            if (p.onBehalfOf) notes.push(`for ${recordLink(ctx, p.onBehalfOf)}`);
            return `${recordLink(ctx, p.actor)}${notes.length ? ` ${el("span", { class: "cas-meta" }, `— ${notes.join("; ")}`)}` : ""}${quotes(ctx, p.evidence)}`;
          }),
        ),
      ),
    ),
  );
}

function relationsSection(ctx: PageContext, record: PrimaryRecord): string {
  const authored = groupBy(record.relations ?? [], (r) => r.type);
  const incoming = groupBy(record.incoming, (r) => r.type);
  if (!authored.size && !incoming.size) return "";
  const section = (label: string, items: string[]): string => el("section", { class: "cas-relation" }, el("h3", {}, text(label)), ul(items));
  return blocks(
    "## Relations",
    ...[...authored].map(([type, relations]) =>
      section(
        RELATION_LABELS[type],
        relations.map((r) => {
          const target = ctx.data.byId.get(r.target);
          return `${target ? recordItem(ctx, target) : recordLink(ctx, r.target)}${quotes(ctx, r.evidence)}`;
        }),
      ),
    ),
    ...[...incoming].map(([type, relations]) =>
      section(
        INVERSE_LABELS[type],
        relations.map((r) => {
          const from = ctx.data.byId.get(r.source);
          return `${from ? recordItem(ctx, from) : recordLink(ctx, r.source)}${quotes(ctx, r.evidence)}`;
        }),
      ),
    ),
  );
}

function statementsSection(ctx: PageContext, record: PrimaryRecord): string {
  const statements = record.kind === "initiative" ? [] : (record.statements ?? []);
  if (!statements.length) return "";
  const intro = record.kind === "meeting" ? "What the sources say was said here, by whom:" : "What the sources quote or report of this document:";
  return blocks("## Statements", intro, ul(statements.map((s) => statementItem(ctx, s))));
}

function quantitiesSection(ctx: PageContext, record: PrimaryRecord): string {
  const quantities = record.quantities ?? [];
  if (!quantities.length) return "";
  return blocks(
    "## Quantities",
    ul(
      quantities.map((q) => {
        const qualifier = q.qualifier && q.qualifier !== "exactly" ? `${words(q.qualifier)} ` : "";
        return `${el("strong", {}, text(capitalize(words(q.measure))))}: ${text(`${qualifier}${q.value.toLocaleString("en-GB")} ${q.unit}`)}${quotes(ctx, q.evidence)}`;
      }),
    ),
  );
}

function sourcesSection(ctx: PageContext, record: PrimaryRecord): string {
  const counts = groupBy(authoredEvidence(record), (e) => e.source);
  return blocks(
    "## Sources",
    "Every quote on this page is copied verbatim from one of these documents:",
    ul(
      [...counts].map(([id, items]) => `${recordLink(ctx, id)} ${el("span", { class: "cas-meta" }, `(${plural(items.length, "quote")})`)}`),
      "cas-sources",
    ),
  );
}

/**
 * The page of a meeting, declaration or initiative: its facts (kind, type, status or stage,
 * date with precision and the reason when inferred, place, topics, version stamps, sources),
 * then the evidence of every claim, the participants by role (with whom they acted for), the
 * statements made there, the relations in both directions, provisions and quantities.
 */
export function primaryPage(ctx: PageContext, record: PrimaryRecord): Page {
  const [, status] = statusOf(record);
  return recordPage(
    record,
    // The type is left out where it only repeats the kind (a declaration of type "declaration").
    text([KIND_LABEL[record.kind], ...(words(record.type).toLowerCase() === KIND_LABEL[record.kind].toLowerCase() ? [] : [words(record.type)]), words(status)].join(" · ")),
    factsTable(ctx, record),
    "## Evidence",
    el("div", { class: "cas-quotes" }, quotes(ctx, record.evidence)),
    record.date && blocks("## Date", el("div", {}, dateFact(record.date, record.bounds)), el("div", { class: "cas-quotes" }, quotes(ctx, record.date.evidence))),
    record.kind === "declaration" && record.period && blocks("## Period", el("div", {}, dateFact(record.period, undefined)), el("div", { class: "cas-quotes" }, quotes(ctx, record.period.evidence))),
    (record.places ?? []).length > 0 && blocks("## Place", ul((record.places ?? []).map((claim) => `${recordLink(ctx, claim.place)}${quotes(ctx, claim.evidence)}`))),
    participantsSection(ctx, record),
    statementsSection(ctx, record),
    relationsSection(ctx, record),
    record.kind === "declaration" && (record.provisions ?? []).length > 0 && blocks("## Provisions", "In our own words:", ul((record.provisions ?? []).map(text))),
    quantitiesSection(ctx, record),
    sourcesSection(ctx, record),
  );
}
