/** The index page of each kind: every record of the kind in a table, with the record pages as its children. */
import type { AnyRecord, RecordByKind, Tombstone } from "../../../src/model/records.js";
import { COLLECTIONS, type Kind } from "../../../src/model/vocabulary.js";
import { kindIndexPath, TIMELINE_PATH } from "../links.js";
import { a, blocks, capitalize, el, plural, table, text, words } from "../markup.js";
import { citingRecords, partsOfActor, recordsAtPlace, recordsWithTopic, recordTitle, relationsTo } from "../model.js";
import { recordLink, shortDate, type PageContext } from "../render.js";
import type { Page } from "./page.js";

/** The plural heading of a kind, e.g. "Meetings". */
export function kindTitle(kind: Kind): string {
  return capitalize(COLLECTIONS[kind]);
}

const INTRO: Record<Kind, string> = {
  meeting: "Conferences, ministerial meetings and debates, expert conferences and bilateral discussions, held, planned or called for. In chronological order; undated ones last.",
  declaration: "Declarations, joint statements, agreements, conventions and programmes of action, at every stage from proposed to signed. In chronological order; undated ones last.",
  initiative: "Proposals, offers, programmes and institutions. In chronological order; undated ones last.",
  actor: "People, organizations and states named in the sources. Each page lists what the actor took part in, by role.",
  place: "The places where the records happened.",
  source: "The source documents every quote is copied from. Each page lists the records that cite it.",
  process: "Recurring formats and processes, with their members and records.",
  topic: "The controlled topic vocabulary. Each page lists the records tagged with the topic.",
};

function rowFor(ctx: PageContext, record: AnyRecord): string[] {
  const link = recordLink(ctx, record.id);
  switch (record.kind) {
    case "meeting":
    case "declaration":
    case "initiative":
      return [
        link,
        text(shortDate(record) ? `${shortDate(record)}${record.date?.inferred ? " *" : ""}` : "—"),
        text(words(record.type)),
        text(words(record.kind === "declaration" ? record.stage : record.status)),
        (record.places ?? []).map((p) => recordLink(ctx, p.place)).join(", "),
      ];
    case "actor":
      return [link, text(record.type), text(record.country ?? ""), text(String(partsOfActor(ctx.data, record.id).length))];
    case "place":
      return [link, text(record.country), text(String(recordsAtPlace(ctx.data, record.id).length))];
    case "source":
      return [
        link,
        text(record.published?.edtf ?? "—"),
        record.publisher ? recordLink(ctx, record.publisher) : "—",
        text(String(citingRecords(ctx.data, record.id).filter((c) => c.record.id !== record.id).length)),
      ];
    case "process":
      return [link, text(record.type), text(String(relationsTo(ctx.data, record.id).length))];
    case "topic":
      return [link, text(String(recordsWithTopic(ctx.data, record.id).length)), text(record.summary)];
  }
}

const HEAD: Record<Kind, string[]> = {
  meeting: ["Meeting", "Date", "Type", "Status", "Place"],
  declaration: ["Declaration", "Date", "Type", "Stage", "Place"],
  initiative: ["Initiative", "Date", "Type", "Status", "Place"],
  actor: ["Actor", "Type", "Country", "Participations"],
  place: ["Place", "Country", "Records"],
  source: ["Source", "Published", "Publisher", "Citing records"],
  process: ["Process", "Type", "Linked records"],
  topic: ["Topic", "Records", "Covers"],
};

function retired(ctx: PageContext, tombstones: readonly Tombstone[]): string {
  if (!tombstones.length) return "";
  const replacedBy = (t: Tombstone): string => (t.status === "moved" ? recordLink(ctx, t.target) : t.status === "split" ? t.targets.map((id) => recordLink(ctx, id)).join(", ") : "—");
  return blocks(
    "## Retired ids",
    "Ids are never reused. These ones no longer name a record; `resolveId` follows them to what replaced them.",
    table(
      ["Id", "Status", "Replaced by", "Reason", "Since"],
      tombstones.map((t) => [el("code", {}, text(t.id)), text(t.status), replacedBy(t), text(t.reason), text(t.tombstonedIn)]),
    ),
  );
}

/** The index page of `kind`: a table of its records, and its record pages as children. */
export function kindIndexPage<K extends Kind>(ctx: PageContext, kind: K, records: readonly RecordByKind[K][], children: readonly Page[]): Page {
  const title = kindTitle(kind);
  const tombstones = (ctx.data.file.tombstones ?? []).filter((t) => t.kind === kind);
  const dated = kind === "meeting" || kind === "declaration" || kind === "initiative";
  return {
    path: kindIndexPath(kind),
    title,
    group: "Dataset",
    children,
    body: blocks(
      `# ${title}`,
      el("p", { class: "cas-summary" }, `${text(plural(records.length, kind))}. ${text(INTRO[kind])}`),
      dated && el("p", {}, `See them on the ${a(ctx.to(TIMELINE_PATH), "timeline")}. A date marked * is inferred, not stated: its record's page gives the reason and what it rests on.`),
      table(
        HEAD[kind],
        records.map((record) => rowFor(ctx, record)),
        "cas-index",
      ),
      retired(ctx, tombstones),
      el("p", { class: "cas-meta" }, text(`Record titles link to their pages. ${records.length > 0 ? `Every page quotes its evidence and links to its sources.` : ""}`)),
    ),
  };
}

/** The display title of a record for sorting reference kinds by name. */
export function byTitle(a: AnyRecord, b: AnyRecord): number {
  return recordTitle(a).localeCompare(recordTitle(b), "en");
}
