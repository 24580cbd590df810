/**
 * A synthetic dataset of realistic shape for benchmarks and property tests: n primary records
 * (half meetings, 30 % declarations, 20 % initiatives) built from the real actors, places,
 * processes, topics and sources, with titles, summaries and quotes recombined from the real
 * records' text, dates of every precision, and derived fields computed as the build does.
 * Deterministic for a given `n` and `seed`.
 */
import { compareBounds, parseEdtf } from "../../src/dates/edtf.js";
import { actors, declarations, initiatives, meetings, places, processes, sources, topics } from "../../src/dataset.js";
import type { AnyRecord, Declaration, Initiative, LocatedEvidence, Meeting, PrimaryRecord } from "../../src/model/records.js";
import {
  DECLARATION_STAGES,
  DECLARATION_TYPES,
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  RELATIONS,
  ROLES,
  type RelationType,
} from "../../src/model/vocabulary.js";
import type { DatasetRecords } from "../../src/query/types.js";

/** Mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const real: readonly PrimaryRecord[] = [...meetings, ...declarations, ...initiatives];
const quotePool: readonly LocatedEvidence[] = real.flatMap((r) => r.evidence);
const summaryPool = real.map((r) => r.summary);
const titleWords = [...new Set(real.flatMap((r) => r.title.split(/\s+/)))];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Builds the dataset. `n` is the number of primary records. */
export function syntheticDataset(n: number, seed = 1): DatasetRecords {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], lo: number, hi: number): T[] => {
    const out = new Set<T>();
    const k = int(lo, hi);
    while (out.size < Math.min(k, list.length)) out.add(pick(list));
    return [...out];
  };
  const evidence = (): LocatedEvidence[] => some(quotePool, 1, 2);

  const date = (): string | undefined => {
    const r = random();
    const y = int(1995, 2025);
    const m = int(1, 12);
    const d = int(1, 28);
    if (r < 0.08) return undefined;
    if (r < 0.6) return `${y}-${pad(m)}-${pad(d)}`;
    if (r < 0.78) return `${y}-${pad(m)}${random() < 0.2 ? "~" : ""}`;
    if (r < 0.9) return `${y}${random() < 0.3 ? "?" : ""}`;
    if (r < 0.95) return `${y}-${int(21, 24)}~`;
    return `${y}-${pad(m)}-${pad(d)}/${y}-${pad(m)}-${pad(Math.min(28, d + int(1, 3)))}`;
  };

  const kinds = ["meeting", "declaration", "initiative"] as const;
  const made: PrimaryRecord[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 10 < 5 ? kinds[0] : i % 10 < 8 ? kinds[1] : kinds[2];
    const id = `synthetic-${kind}-${pad(i, 6)}`;
    const edtf = date();
    const place = random() < 0.7 ? pick(places) : undefined;
    const title = `${some(titleWords, 3, 7).join(" ")}${place ? ` in ${place.name}` : ""} ${i}`;
    const relations: { type: RelationType; target: string; evidence: LocatedEvidence[] }[] = [];
    if (random() < 0.15) relations.push({ type: "part-of", target: pick(processes).id, evidence: evidence() });
    if (made.length > 0 && random() < 0.3) {
      const target = made[int(Math.max(0, made.length - 200), made.length - 1)]!;
      const type = (Object.keys(RELATIONS) as RelationType[]).find(
        (t) => (RELATIONS[t].from as readonly string[]).includes(kind) && (RELATIONS[t].to as readonly string[]).includes(target.kind),
      );
      if (type) relations.push({ type, target: target.id, evidence: evidence() });
    }
    const base = {
      id,
      title,
      ...(random() < 0.3 && { altNames: [some(titleWords, 2, 4).join(" ")] }),
      summary: pick(summaryPool),
      evidence: evidence(),
      ...(edtf && { date: { edtf, evidence: evidence(), ...(random() < 0.3 && { inferred: "From the publication date.", inferredFrom: random() < 0.5 ? "sources" : "outside-knowledge" }) } }),
      ...(place && { places: [{ place: place.id, evidence: evidence() }] }),
      participants: some(actors, 0, 6).map((a) => ({ actor: a.id, role: pick(ROLES), ...(random() < 0.2 && { onBehalfOf: pick(actors).id }), evidence: evidence() })),
      topics: some(topics, 1, 3).map((t) => t.id),
      ...(relations.length && { relations }),
      ...(edtf && { bounds: parseEdtf(edtf) }),
      incoming: [],
      addedIn: "0.0.0",
      modifiedIn: "0.0.0",
    };
    const statements = kind === "initiative" || random() < 0.6 ? [] : some(actors, 1, 3).map((a) => ({
      speaker: a.id,
      ...(random() < 0.4 && { onBehalfOf: pick(actors).id }),
      mode: random() < 0.5 ? "direct" : "reported",
      topics: some(topics, 0, 2).map((t) => t.id),
      evidence: evidence(),
    }));
    if (statements.length) Object.assign(base, { statements });
    if (kind === "meeting") made.push({ ...base, kind, type: pick(MEETING_TYPES), status: pick(MEETING_STATUSES) } as Meeting);
    else if (kind === "declaration") made.push({ ...base, kind, type: pick(DECLARATION_TYPES), stage: pick(DECLARATION_STAGES) } as Declaration);
    else made.push({ ...base, kind, type: pick(INITIATIVE_TYPES), status: pick(INITIATIVE_STATUSES) } as Initiative);
  }
  // The build's order: by earliest then latest day, undated last, then by id.
  const order = (a: PrimaryRecord, b: PrimaryRecord) =>
    a.bounds && b.bounds ? compareBounds(a.bounds, b.bounds) || (a.id < b.id ? -1 : 1) : a.bounds ? -1 : b.bounds ? 1 : a.id < b.id ? -1 : 1;
  const of = <K extends PrimaryRecord["kind"]>(kind: K) => made.filter((r) => r.kind === kind).sort(order);
  return {
    meeting: of("meeting") as Meeting[],
    declaration: of("declaration") as Declaration[],
    initiative: of("initiative") as Initiative[],
    actor: actors,
    place: places,
    source: sources,
    process: processes,
    topic: topics,
  };
}

/** All records of a dataset, kind by kind. */
export function allRecords(data: DatasetRecords): AnyRecord[] {
  return Object.values(data).flat() as AnyRecord[];
}
