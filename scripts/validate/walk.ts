/**
 * Enumerates the parts of a shape-checked record that rules look at: claims that must carry
 * evidence, EDTF values and references to other records, each with its JSON path.
 */
import { RELATIONS, type Kind, type RelationType } from "../../src/model/vocabulary.js";
import type { CheckedRecord } from "./types.js";

type Obj = Readonly<Record<string, any>>;

/** Something that must carry evidence: the record itself or one of its claims. */
export interface Claim {
  readonly path: string;
  readonly evidence: readonly Obj[] | undefined;
}

/** A reference from one record to another. */
export interface Reference {
  readonly path: string;
  readonly id: string;
  /** Kinds the referenced record may have. */
  readonly kinds: readonly Kind[];
  /** What the reference is, in words, for messages. */
  readonly what: string;
}

const list = (value: unknown): readonly Obj[] => (Array.isArray(value) ? value : []);
const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

/** Every claim that must carry evidence (not topics: the vocabulary is ours). */
export function claims({ kind, record }: CheckedRecord): Claim[] {
  if (kind === "topic") return [];
  const out: Claim[] = [{ path: "", evidence: record.evidence }];
  for (const key of ["date", "period", "published", "dateline"]) {
    if (record[key]) out.push({ path: key, evidence: record[key].evidence });
  }
  for (const key of ["places", "participants", "members", "relations", "quantities", "positions", "statements"]) {
    list(record[key]).forEach((item, i) => out.push({ path: `${key}[${i}]`, evidence: item.evidence }));
  }
  return out;
}

/** Every evidence object with its path. */
export function evidenceItems(checked: CheckedRecord): { path: string; evidence: Obj }[] {
  return claims(checked).flatMap((claim) => list(claim.evidence).map((evidence, j) => ({ path: join(claim.path, `evidence[${j}]`), evidence })));
}

/** Every EDTF value with its path. */
export function dateValues({ record }: CheckedRecord): { path: string; edtf: string }[] {
  return ["date", "period", "published"].filter((key) => record[key]).map((key) => ({ path: `${key}.edtf`, edtf: record[key].edtf }));
}

/** Every reference to another record (evidence sources excluded: see `evidenceItems`). */
export function references({ record }: CheckedRecord): Reference[] {
  const out: Reference[] = [];
  const add = (path: string, id: string, kinds: readonly Kind[], what: string) => out.push({ path, id, kinds, what });
  list(record.places).forEach((p, i) => add(`places[${i}].place`, p.place, ["place"], "place"));
  if (record.dateline) add("dateline.place", record.dateline.place, ["place"], "place");
  for (const key of ["participants", "members"]) {
    list(record[key]).forEach((p, i) => add(`${key}[${i}].actor`, p.actor, ["actor"], "actor"));
  }
  for (const key of ["participants", "members", "positions", "statements"]) {
    list(record[key]).forEach((p, i) => {
      if (p.onBehalfOf !== undefined) add(`${key}[${i}].onBehalfOf`, p.onBehalfOf, ["actor"], "onBehalfOf actor");
    });
  }
  list(record.statements).forEach((s, i) => {
    if (s.speaker !== undefined) add(`statements[${i}].speaker`, s.speaker, ["actor"], "speaker");
    (s.topics ?? []).forEach((t: string, j: number) => add(`statements[${i}].topics[${j}]`, t, ["topic"], "topic"));
  });
  list(record.relations).forEach((r, i) => add(`relations[${i}].target`, r.target, RELATIONS[r.type as RelationType].to, `${r.type} target`));
  (record.topics ?? []).forEach((t: string, i: number) => add(`topics[${i}]`, t, ["topic"], "topic"));
  if (record.publisher) add("publisher", record.publisher, ["actor"], "publisher");
  (record.citedOutlets ?? []).forEach((a: string, i: number) => add(`citedOutlets[${i}]`, a, ["actor"], "cited outlet"));
  return out;
}
