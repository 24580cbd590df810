/**
 * The dataset as one JSON-LD graph with schema.org types. The context is inline, so the file
 * expands without fetching anything. Record ids become `urn:central-asia-security:<id>`; terms
 * schema.org lacks use the `cas:` prefix (`urn:central-asia-security:vocab#`). The mapping is
 * documented in docs/exports.md.
 * @module
 */
import type { DateClaim, Evidence, IdTypes, Participation, Quantity, Relation } from "../model/input.js";
import type { Actor, AnyRecord, LocatedEvidence, Declaration, Initiative, Meeting, Place, PrimaryRecord, Process, Source, Topic } from "../model/records.js";
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
const compact = (node: Node): Node => Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
const camel = (term: string): string => term.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** Evidence as schema.org `Quotation`s that are part of their source, with the quote's position where known. */
function citation(evidence: readonly (Evidence & Partial<LocatedEvidence<IdTypes>>)[] | undefined): Node[] | undefined {
  return evidence?.map((e) => compact({ "@type": "Quotation", text: e.quote, isPartOf: ref(e.source), "cas:start": e.start, "cas:end": e.end, "cas:prefix": e.prefix, "cas:suffix": e.suffix }));
}

/**
 * An EDTF value as ISO 8601 dates schema.org accepts, [start, end], never more precise than the
 * EDTF: a qualifier (`?`, `~`, `%`) is dropped (the `cas:` flags keep it) and a season keeps only
 * its year (`2018-23~` → `2018`), since ISO 8601 dates have no seasons.
 */
export function schemaDates(edtf: string | undefined): [string, string | undefined] | undefined {
  if (edtf === undefined) return undefined;
  const reduce = (part: string): string => {
    const bare = part.replace(/[?~%]$/, "");
    return /^\d{4}-2[1-4]$/.test(bare) ? bare.slice(0, 4) : bare;
  };
  const [start, end] = edtf.split("/");
  return [reduce(start!), end === undefined ? undefined : reduce(end)];
}

/** The EDTF date and its inference as `cas:` terms: the reason in words, and a flag. */
function dateTerms(prefix: string, claim: DateClaim | undefined): Node {
  return {
    [`cas:${prefix}`]: claim?.edtf,
    [`cas:${prefix}Inferred`]: claim?.inferred,
    [`cas:${prefix}IsInferred`]: claim && claim.inferred !== undefined,
    [`cas:${prefix}InferredFrom`]: claim?.inferredFrom,
  };
}

/** The represented state or organisation as a link, where the claim names one. */
const onBehalfOf = (claim: { readonly onBehalfOf?: string }): Node | undefined => (claim.onBehalfOf === undefined ? undefined : ref(claim.onBehalfOf));

/**
 * Statements as schema.org `Quotation`s spoken by the speaker (`text`: the quoted words of a
 * direct statement), with `cas:mode`, `cas:onBehalfOf`, topics and the evidence as `citation`.
 */
function statements(record: AnyRecord): Node[] | undefined {
  return ("statements" in record ? record.statements : undefined)?.map((st) =>
    compact({
      "@type": "Quotation",
      spokenByCharacter: st.speaker === undefined ? undefined : ref(st.speaker),
      "cas:onBehalfOf": onBehalfOf(st),
      "cas:mode": st.mode,
      text: st.words,
      about: st.topics?.map(ref),
      citation: citation(st.evidence),
    }),
  );
}

/** A participation as a schema.org `Role` that links the actor through `property`. */
function role(property: string, p: Participation): Node {
  return compact({
    "@type": "Role",
    roleName: p.role,
    [property]: ref(p.actor),
    namedPosition: p.capacity,
    "cas:onBehalfOf": onBehalfOf(p),
    "cas:nameAsReported": p.nameAsReported,
    citation: citation(p.evidence),
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

/** The GeoNames URI of a feature (the Linked Data form GeoNames publishes for each id). */
export const geonamesUri = (id: number): string => `https://sws.geonames.org/${id}/`;

/** A state's ISO 3166-1 codes as schema.org `PropertyValue` identifiers, alpha-2 first. */
function isoCodes(r: Actor): Node[] | undefined {
  if (r.type !== "state") return undefined;
  const codes: [string, string | undefined][] = [
    ["ISO 3166-1 alpha-2", r.country],
    ["ISO 3166-1 alpha-3", r.countryAlpha3],
    ["ISO 3166-1 numeric", r.countryNumeric],
  ];
  return codes.filter(([, value]) => value !== undefined).map(([propertyID, value]) => ({ "@type": "PropertyValue", propertyID, value }));
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
    "cas:uncertain": record.bounds?.uncertain,
    "cas:approximate": record.bounds?.approximate,
    [where]: record.places?.map((p) => ref(p.place)),
    [participation]: record.participants?.map((p) => role(participation, p)),
    about: record.topics?.map(ref),
    ...relations(record.relations),
    "cas:quantity": record.quantities?.map(quantity),
  };
}

// schema.org has no "completed" status: EventScheduled means the event takes, or took, place as
// scheduled. A meeting only called for was never scheduled, so it gets no eventStatus.
const EVENT_STATUS: Record<Meeting["status"], string | undefined> = { held: "EventScheduled", planned: "EventScheduled", "called-for": undefined };
const ATTENDANCE: Record<NonNullable<Meeting["attendance"]>, string> = { "in-person": "OfflineEventAttendanceMode", online: "OnlineEventAttendanceMode" };
const LEGAL_TYPES: readonly string[] = ["agreement", "peace-agreement", "convention"];
const INITIATIVE_FOUNDED: readonly string[] = ["under-way", "established"];

/** Per kind: the node's `@type` and its kind-specific terms (the shared ones are added by `toJsonLd`). */
const NODES: { readonly [K in Kind]: (record: Extract<AnyRecord, { kind: K }>) => Node } = {
  meeting: (r: Meeting) => {
    const iso = schemaDates(r.date?.edtf);
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
    // The date of the document's stage (proposed, adopted, signed): Legislation's own
    // legislationDate, else the CreativeWork's dateCreated; the period it covers is its
    // temporalCoverage (an ISO 8601 interval).
    [LEGAL_TYPES.includes(r.type) ? "legislationDate" : "dateCreated"]: schemaDates(r.date?.edtf)?.[0],
    temporalCoverage: schemaDates(r.period?.edtf)
      ?.filter((d) => d !== undefined)
      .join("/"),
    "cas:stage": r.stage,
    ...dateTerms("period", r.period),
    "cas:provision": r.provisions,
  }),
  initiative: (r: Initiative) => ({
    "@type": "Project",
    ...primary(r, "member", "location"),
    "cas:status": r.status,
    // An initiative under way or established was founded then; one only proposed, announced or
    // agreed was put forward then: schema.org has no closer term than dateCreated for that.
    [INITIATIVE_FOUNDED.includes(r.status) ? "foundingDate" : "dateCreated"]: schemaDates(r.date?.edtf)?.[0],
  }),
  actor: (r: Actor) => ({
    "@type": r.type === "person" ? "Person" : r.type === "state" ? "Country" : "Organization",
    name: r.name,
    alternateName: [...(r.shortName ? [r.shortName] : []), ...(r.altNames ?? [])],
    "cas:countryCode": r.country,
    identifier: isoCodes(r),
    "cas:regionalName": r.names && Object.entries(r.names).map(([tag, name]) => ({ "@value": name, "@language": tag })),
    jobTitle: r.positions?.map((p) => p.title),
    "cas:position": r.positions?.map((p) => compact({ "@type": "Role", roleName: p.title, "cas:onBehalfOf": onBehalfOf(p), citation: citation(p.evidence) })),
  }),
  place: (r: Place) => ({
    "@type": "Place",
    name: r.name,
    "cas:type": r.type,
    "cas:countryCode": r.country,
    geo: r.geo && { "@type": "GeoCoordinates", latitude: r.geo.latitude, longitude: r.geo.longitude },
    sameAs: r.geonamesId === undefined ? undefined : { "@id": geonamesUri(r.geonamesId) },
  }),
  source: (r: Source) => ({
    "@type": r.titleIsHeadline || r.dateline ? "NewsArticle" : "CreativeWork",
    name: r.title,
    headline: r.titleIsHeadline ? r.title : undefined,
    publisher: r.publisher && ref(r.publisher),
    "cas:citedOutlet": r.citedOutlets?.map(ref),
    locationCreated: r.dateline && ref(r.dateline.place),
    datePublished: schemaDates(r.published?.edtf)?.[0],
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
          "cas:statement": statements(record),
          "cas:addedIn": record.addedIn,
          "cas:modifiedIn": record.modifiedIn,
        }),
      );
    }
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graph };
}
