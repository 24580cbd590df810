/**
 * The dataset as one JSON-LD graph with schema.org types. The context is inline, so the file
 * expands without fetching anything. Record ids become `urn:central-asia-security:<id>`; terms
 * schema.org lacks use the `cas:` prefix (`urn:central-asia-security:vocab#`). The mapping is
 * documented in docs/exports.md.
 * @module
 */
import type { DateClaim, Evidence, Participation, Quantity, Relation, Statement } from "../model/input.js";
import type { Actor, AnyRecord, Declaration, Initiative, Meeting, Place, PrimaryRecord, Process, Source, Topic } from "../model/records.js";
import { KINDS, type Kind } from "../model/vocabulary.js";

/** Prefix of every record's `@id`: the record id follows it. */
export const ID_BASE = "urn:central-asia-security:";

/** The inline JSON-LD context every export carries. */
export const JSONLD_CONTEXT = {
  "@vocab": "https://schema.org/",
  cas: `${ID_BASE}vocab#`,
  // Enumeration members written as bare names ("EventScheduled") expand to schema.org IRIs.
  eventStatus: { "@type": "@vocab" },
  eventAttendanceMode: { "@type": "@vocab" },
} as const;

type Node = Record<string, unknown>;
type Graph = Readonly<{ [K in Kind]?: readonly AnyRecord[] }>;

const ref = (id: string): Node => ({ "@id": ID_BASE + id });
/** Drops absent and empty values so the graph states only what the record states. */
const compact = (node: Node): Node =>
  Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
const camel = (term: string): string => term.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** Evidence as schema.org `Quotation`s that are part of their source. */
function citation(evidence: readonly Evidence[] | undefined): Node[] | undefined {
  return evidence?.map((e) => ({ "@type": "Quotation", text: e.quote, isPartOf: ref(e.source) }));
}

/** An EDTF value that is also plain ISO 8601 (no season, no qualifier) as [start, end]. */
function isoDates(edtf: string | undefined): [string, string | undefined] | undefined {
  const plain = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;
  const [start, end] = (edtf ?? "").split("/");
  if (!start || !plain.test(start) || (end !== undefined && !plain.test(end))) return undefined;
  return [start, end];
}

/** The EDTF date, its bounds and any inference note, as `cas:` terms. */
function dateTerms(prefix: string, claim: DateClaim | undefined): Node {
  return { [`cas:${prefix}`]: claim?.edtf, [`cas:${prefix}Inferred`]: claim?.inferred, [`cas:${prefix}InferredFrom`]: claim?.inferredFrom };
}

/** A participation as a schema.org `Role` that links the actor through `property`. */
function role(property: string, p: Participation): Node {
  return compact({
    "@type": "Role",
    roleName: p.role,
    [property]: ref(p.actor),
    namedPosition: p.capacity,
    "cas:onBehalfOf": p.onBehalfOf === undefined ? undefined : ref(p.onBehalfOf),
    "cas:nameAsReported": p.nameAsReported,
    citation: citation(p.evidence),
  });
}

/**
 * A statement as a schema.org `Quotation` (its `text` the quoted words, for direct statements),
 * spoken by the speaker, with `cas:mode` and `cas:onBehalfOf`.
 */
function statement(s: Statement): Node {
  return compact({
    "@type": "Quotation",
    spokenByCharacter: s.speaker === undefined ? undefined : ref(s.speaker),
    "cas:onBehalfOf": s.onBehalfOf === undefined ? undefined : ref(s.onBehalfOf),
    "cas:mode": s.mode,
    text: s.words,
    about: s.topics?.map(ref),
    citation: citation(s.evidence),
  });
}

/** Authored relations as `cas:<relationType>` links (inverses are not repeated). */
function relations(list: readonly Relation[] | undefined): Node {
  const out: Record<string, Node[]> = {};
  for (const r of list ?? []) (out[`cas:${camel(r.type)}`] ??= []).push(ref(r.target));
  return out;
}

/** A quantity as a schema.org amount: funding is money (its unit an ISO 4217 code), the rest counts. */
function quantity(q: Quantity): Node {
  const amount = q.measure === "funding" ? { "@type": "MonetaryAmount", value: q.value, currency: q.unit } : { "@type": "QuantitativeValue", value: q.value, unitText: q.unit };
  return { ...amount, "cas:measure": q.measure, "cas:qualifier": q.qualifier ?? "exactly", citation: citation(q.evidence) };
}

/** Name, alternate names, date, topics, relations and quantities of a primary record. */
function primary(record: PrimaryRecord, participation: string, where: string): Node {
  return {
    name: record.title,
    alternateName: record.altNames,
    "cas:type": record.type,
    ...dateTerms("date", record.date),
    "cas:earliest": record.bounds?.earliest,
    "cas:latest": record.bounds?.latest,
    "cas:precision": record.bounds?.precision,
    [where]: record.places?.map((p) => ref(p.place)),
    [participation]: record.participants?.map((p) => role(participation, p)),
    about: record.topics?.map(ref),
    ...relations(record.relations),
    "cas:quantity": record.quantities?.map(quantity),
    "cas:statement": record.kind === "initiative" ? undefined : record.statements?.map(statement),
  };
}

// schema.org has no "completed" status: EventScheduled means the event takes, or took, place as
// scheduled. A meeting only called for was never scheduled, so it gets no eventStatus.
const EVENT_STATUS: Record<Meeting["status"], string | undefined> = { held: "EventScheduled", planned: "EventScheduled", "called-for": undefined };
const ATTENDANCE: Record<NonNullable<Meeting["attendance"]>, string> = { "in-person": "OfflineEventAttendanceMode", online: "OnlineEventAttendanceMode" };
const LEGAL_TYPES: readonly string[] = ["agreement", "peace-agreement", "convention"];

/** Per kind: the node's `@type` and its kind-specific terms (the shared ones are added by `toJsonLd`). */
const NODES: { readonly [K in Kind]: (record: Extract<AnyRecord, { kind: K }>) => Node } = {
  meeting: (r: Meeting) => {
    const iso = isoDates(r.date?.edtf);
    return {
      "@type": "Event",
      ...primary(r, "attendee", "location"),
      startDate: iso?.[0],
      endDate: iso?.[1],
      "cas:status": r.status,
      eventStatus: EVENT_STATUS[r.status],
      eventAttendanceMode: r.attendance && ATTENDANCE[r.attendance],
      "cas:ordinal": r.ordinal,
    };
  },
  declaration: (r: Declaration) => ({
    "@type": LEGAL_TYPES.includes(r.type) ? "Legislation" : "CreativeWork",
    ...primary(r, "contributor", "locationCreated"),
    "cas:stage": r.stage,
    ...dateTerms("period", r.period),
    "cas:provision": r.provisions,
  }),
  initiative: (r: Initiative) => ({ "@type": "Project", ...primary(r, "member", "location"), "cas:status": r.status }),
  actor: (r: Actor) => ({
    "@type": r.type === "person" ? "Person" : r.type === "state" ? "Country" : "Organization",
    name: r.name,
    alternateName: [...(r.shortName ? [r.shortName] : []), ...(r.altNames ?? [])],
    "cas:countryCode": r.country,
    jobTitle: r.positions?.map((p) => p.title),
  }),
  place: (r: Place) => ({ "@type": "Place", name: r.name, "cas:type": r.type, "cas:countryCode": r.country }),
  source: (r: Source) => ({
    "@type": r.titleIsHeadline || r.dateline ? "NewsArticle" : "CreativeWork",
    name: r.title,
    headline: r.titleIsHeadline ? r.title : undefined,
    publisher: r.publisher && ref(r.publisher),
    "cas:citedOutlet": r.citedOutlets?.map(ref),
    locationCreated: r.dateline && ref(r.dateline.place),
    datePublished: isoDates(r.published?.edtf)?.[0],
    ...dateTerms("published", r.published),
    inLanguage: r.language,
    sha256: r.sha256,
    "cas:file": r.file,
  }),
  process: (r: Process) => {
    const group = r.type === "group";
    return {
      "@type": group ? "Organization" : "EventSeries",
      name: r.name,
      alternateName: r.altNames,
      "cas:type": r.type,
      [group ? "member" : "attendee"]: r.members?.map((m) => role(group ? "member" : "attendee", m)),
    };
  },
  topic: (r: Topic) => ({ "@type": "DefinedTerm", name: r.name, termCode: r.id }),
};

/**
 * The JSON-LD document of `records` (kinds in the canonical order, records in dataset order),
 * preceded by a `Dataset` node naming the version and content hash.
 */
export function toJsonLd(records: Graph, info: { readonly version: string; readonly hash: string }): Node {
  const graph: Node[] = [
    { "@id": `${ID_BASE}dataset`, "@type": "Dataset", name: "central-asia-security", version: info.version, "cas:hash": info.hash, license: "https://creativecommons.org/licenses/by/4.0/" },
  ];
  for (const kind of KINDS) {
    const toNode = NODES[kind] as (record: AnyRecord) => Node;
    for (const record of records[kind] ?? []) {
      graph.push(
        compact({
          "@id": ID_BASE + record.id,
          ...toNode(record),
          "cas:kind": record.kind,
          description: record.summary,
          citation: "evidence" in record ? citation(record.evidence) : undefined,
          "cas:addedIn": record.addedIn,
          "cas:modifiedIn": record.modifiedIn,
        }),
      );
    }
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graph };
}
