/**
 * Small hand-made datasets for query tests that must not depend on the shipped data: records
 * are built from a few fields, with the derived fields (kind, bounds, incoming, stamps) and the
 * build's order computed as the build does.
 */
import { compareBounds, parseEdtf } from "../../src/dates/edtf.js";
import type { Actor, AnyRecord, Declaration, Initiative, Meeting, Place, PrimaryRecord, Process, Source, Topic } from "../../src/model/records.js";
import type { Statement } from "../../src/model/input.js";
import { RELATIONS, type InferenceBasis, type RelationType, type Role } from "../../src/model/vocabulary.js";
import { createQueries } from "../../src/query/engine/create.js";
import type { DatasetRecords } from "../../src/query/types.js";

const evidence = [{ source: "report", quote: "A quote.", start: 0, end: 8, prefix: "", suffix: "" }];
const stamps = { addedIn: "1.0.0", modifiedIn: "1.0.0" };

/** Shorthand for a primary record: participants as `actor:role` or `actor:role@onBehalfOf`, relations as `type>target`. */
export interface Spec {
  id: string;
  title?: string;
  altNames?: string[];
  summary?: string;
  date?: string;
  inferred?: string;
  inferredFrom?: InferenceBasis;
  places?: string[];
  participants?: string[];
  topics?: string[];
  relations?: string[];
  status?: string;
  statements?: Statement[];
}

function primary(spec: Spec) {
  return {
    id: spec.id,
    title: spec.title ?? spec.id,
    ...(spec.altNames && { altNames: spec.altNames }),
    summary: spec.summary ?? `About ${spec.id}.`,
    evidence,
    ...(spec.date && {
      date: { edtf: spec.date, evidence, ...(spec.inferred && { inferred: spec.inferred }), ...(spec.inferredFrom && { inferredFrom: spec.inferredFrom }) },
      bounds: parseEdtf(spec.date),
    }),
    ...(spec.places && { places: spec.places.map((place) => ({ place, evidence })) }),
    ...(spec.participants && {
      participants: spec.participants.map((p) => {
        const [actor, rest] = p.split(":");
        const [role, onBehalfOf] = rest!.split("@");
        return { actor: actor!, role: role as Role, ...(onBehalfOf && { onBehalfOf }), evidence };
      }),
    }),
    ...(spec.topics && { topics: spec.topics }),
    ...(spec.statements && { statements: spec.statements }),
    ...(spec.relations && {
      relations: spec.relations.map((r) => {
        const [type, target] = r.split(">");
        return { type: type as RelationType, target: target!, evidence };
      }),
    }),
    incoming: [] as { type: string; source: string; evidence: typeof evidence }[],
    ...stamps,
  };
}

export const meeting = (spec: Spec): Meeting => ({ ...primary(spec), kind: "meeting", type: "conference", status: (spec.status ?? "held") as Meeting["status"] }) as Meeting;
export const declaration = (spec: Spec): Declaration => ({ ...primary(spec), kind: "declaration", type: "declaration", stage: (spec.status ?? "adopted") as Declaration["stage"] }) as Declaration;
export const initiative = (spec: Spec): Initiative => ({ ...primary(spec), kind: "initiative", type: "programme", status: (spec.status ?? "proposed") as Initiative["status"] }) as Initiative;

/** The reference records every small dataset shares (their ids are not the shipped ones, hence outside the id unions: cast). */
export const reference = {
  actor: [
    { id: "uzbekistan", kind: "actor", type: "state", name: "Uzbekistan", country: "UZ", summary: "A state.", evidence, ...stamps },
    { id: "kazakhstan", kind: "actor", type: "state", name: "Kazakhstan", country: "KZ", summary: "A state.", evidence, ...stamps },
    { id: "russia", kind: "actor", type: "state", name: "Russia", country: "RU", summary: "A state.", evidence, ...stamps },
    { id: "think-tank", kind: "actor", type: "organization", name: "Ţhink Tank Institute", shortName: "TTI", country: "RU", summary: "An institute.", evidence, ...stamps },
    { id: "president", kind: "actor", type: "person", name: "Shavkat Mirziyoyev", summary: "A president.", evidence, ...stamps },
  ] as unknown as Actor[],
  place: [
    { id: "tashkent", kind: "place", type: "city", name: "Tashkent", country: "UZ", summary: "A city.", evidence, ...stamps },
    { id: "almaty", kind: "place", type: "city", name: "Almaty", country: "KZ", summary: "A city.", evidence, ...stamps },
  ] as unknown as Place[],
  source: [
    { id: "report", kind: "source", title: "A report", titleIsHeadline: false, summary: "A news report.", evidence, language: "en", sha256: "0".repeat(64), file: "report.txt", ...stamps },
  ] as unknown as Source[],
  process: [
    { id: "istanbul-process", kind: "process", type: "process", name: "Istanbul Process", summary: "A process.", evidence, members: [{ actor: "russia", role: "member", evidence }], ...stamps },
    { id: "moscow-format", kind: "process", type: "format", name: "Moscow format", summary: "A format.", evidence, ...stamps },
  ] as unknown as Process[],
  topic: [
    { id: "security", kind: "topic", name: "Security", summary: "Security.", ...stamps },
    { id: "water", kind: "topic", name: "Water", summary: "Water.", ...stamps },
  ] as unknown as Topic[],
};

const byBuildOrder = (a: PrimaryRecord, b: PrimaryRecord): number =>
  a.bounds && b.bounds ? compareBounds(a.bounds, b.bounds) || (a.id < b.id ? -1 : 1) : a.bounds ? -1 : b.bounds ? 1 : a.id < b.id ? -1 : 1;

/** A dataset of the given primary records and the shared reference records, ordered and with inverse relations, as the build makes it. */
export function smallDataset(records: PrimaryRecord[]): DatasetRecords {
  const byId = new Map<string, AnyRecord>(records.map((r) => [r.id, r]));
  for (const record of records) {
    for (const r of record.relations ?? []) {
      const target = byId.get(r.target) as { incoming?: unknown[] } | undefined;
      target?.incoming?.push({ type: RELATIONS[r.type as RelationType].inverse, source: record.id, evidence });
    }
  }
  const of = <K extends PrimaryRecord["kind"]>(kind: K) => records.filter((r) => r.kind === kind).sort(byBuildOrder);
  return {
    meeting: of("meeting") as Meeting[],
    declaration: of("declaration") as Declaration[],
    initiative: of("initiative") as Initiative[],
    ...reference,
  };
}

/** A query engine over a small dataset. */
export const queriesOver = (records: PrimaryRecord[]) => createQueries(smallDataset(records));
