/** The page of an actor: a person, organization or state, and everything it took part in. */
import type { Actor } from "../../../src/model/records.js";
import { ROLES } from "../../../src/model/vocabulary.js";
import { blocks, capitalize, el, facts, text, ul, words } from "../markup.js";
import { groupBy, isPrimary, partsOfActor, partsOnBehalfOf, statementsOfActor } from "../model.js";
import { evidenceAndSources, quotes, recordItem, recordLink, statementItem, versions, sourcesFact, type PageContext, recordPage } from "../render.js";
import { actorNetworkMarker } from "./network.js";
import type { Page } from "./page.js";

function tookPart(ctx: PageContext, actor: Actor): string {
  const parts = partsOfActor(ctx.data, actor.id);
  const inRecords = parts.filter((p) => isPrimary(p.record));
  const inProcesses = parts.filter((p) => !isPrimary(p.record));
  const byRole = groupBy(inRecords, (p) => p.participation.role);
  const item = (p: (typeof parts)[number]): string => {
    const capacity = p.participation.capacity ? ` ${el("span", { class: "cas-meta" }, `— ${text(p.participation.capacity)}`)}` : "";
    return `${recordItem(ctx, p.record)}${capacity}`;
  };
  return blocks(
    inRecords.length > 0 &&
      blocks(
        "## Network",
        el("p", { class: "cas-meta" }, text("The records this actor took part in (right), with everyone who took part in them (left); lines are coloured by role. Click a box to open its page.")),
        actorNetworkMarker(actor.id),
      ),
    "## Took part in",
    inRecords.length
      ? ROLES.filter((role) => byRole.has(role))
          .map((role) => el("section", { class: "cas-role" }, el("h3", {}, text(capitalize(words(role)))), ul(byRole.get(role)!.map(item))))
          .join("")
      : el("p", { class: "cas-meta" }, "No meeting, declaration or initiative in the dataset names this actor as a participant."),
    inProcesses.length > 0 && blocks("## Member of", ul(inProcesses.map(item))),
  );
}

/** Records where someone acted on the actor's behalf (Popolo `onBehalfOf`), by role. */
function actedFor(ctx: PageContext, actor: Actor): string {
  const parts = partsOnBehalfOf(ctx.data, actor.id);
  if (!parts.length) return "";
  const byRole = groupBy(parts, (p) => p.participation.role);
  return blocks(
    "## Others acting on its behalf",
    ...ROLES.filter((role) => byRole.has(role)).map((role) =>
      el(
        "section",
        { class: "cas-role" },
        el("h3", {}, text(capitalize(words(role)))),
        ul(byRole.get(role)!.map((p) => `${recordItem(ctx, p.record)} ${el("span", { class: "cas-meta" }, `— by ${recordLink(ctx, p.participation.actor)}`)}`)),
      ),
    ),
  );
}

function statements(ctx: PageContext, actor: Actor): string {
  const said = statementsOfActor(ctx.data, actor.id);
  if (!said.length) return "";
  return blocks("## Statements", ul(said.map(({ record, statement }) => statementItem(ctx, statement, recordLink(ctx, record.id)))));
}

function publications(ctx: PageContext, actor: Actor): string {
  const sources = ctx.data.file.records.source ?? [];
  const published = sources.filter((s) => s.publisher === actor.id);
  const cited = sources.filter((s) => (s.citedOutlets ?? []).includes(actor.id));
  return blocks(
    published.length > 0 && blocks("## Published", ul(published.map((s) => recordLink(ctx, s.id)))),
    cited.length > 0 && blocks("## Cited as an outlet by", ul(cited.map((s) => recordLink(ctx, s.id)))),
  );
}

/**
 * The page of an actor: its facts and positions, every record it took part in by role, the
 * records where others acted on its behalf, its statements, its processes and publications.
 */
export function actorPage(ctx: PageContext, actor: Actor): Page {
  return recordPage(
    actor,
    text(`Actor · ${actor.type}${actor.country ? ` · ${actor.country}` : ""}`),
    facts([
      ["Kind", "Actor"],
      ["Type", text(actor.type)],
      ["Short name", actor.shortName ? text(actor.shortName) : undefined],
      ["Also known as", (actor.altNames ?? []).map(text).join("; ")],
      ["Country", actor.country ? el("code", {}, text(actor.country)) : undefined],
      ["Id", el("code", {}, text(actor.id))],
      ["Added in", versions(actor)],
      ["Sources", sourcesFact(ctx, actor)],
    ]),
    (actor.positions ?? []).length > 0 &&
      blocks(
        "## Positions",
        ul((actor.positions ?? []).map((p) => `${text(p.title)}${p.onBehalfOf ? ` ${el("span", { class: "cas-meta" }, `— for ${recordLink(ctx, p.onBehalfOf)}`)}` : ""}${quotes(ctx, p.evidence)}`)),
      ),
    tookPart(ctx, actor),
    actedFor(ctx, actor),
    statements(ctx, actor),
    publications(ctx, actor),
    evidenceAndSources(ctx, actor),
  );
}
