/**
 * A synthetic dataset of realistic shape for benchmarks and property tests: n primary records
 * (half meetings, 30 % declarations, 20 % initiatives) built from the real actors, places,
 * processes, topics and sources, dates of every precision, and derived fields computed as the
 * build does. Titles, summaries and quotes are drawn word by word from a Zipf distribution over
 * a vocabulary (see `vocabulary`), so every record has its own text, as real records do.
 * Deterministic for a given `n` and `seed`.
 */
import { compareBounds, parseEdtf } from "../../src/dates/edtf.js";
import { actors, declarations, initiatives, meetings, places, processes, sources, topics } from "../../src/dataset.js";
import type { AnyRecord, Declaration, Initiative, LocatedEvidence, Meeting, PrimaryRecord } from "../../src/model/records.js";
import { DECLARATION_STAGES, DECLARATION_TYPES, INITIATIVE_STATUSES, INITIATIVE_TYPES, MEETING_STATUSES, MEETING_TYPES, RELATIONS, ROLES, type RelationType } from "../../src/model/vocabulary.js";
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
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Number of distinct words the synthetic text draws from. */
const VOCABULARY_SIZE = 100_000;
/** Zipf exponent of word frequencies: a little over 1 for English prose (Zipf's law). */
const ZIPF_EXPONENT = 1.1;

/**
 * The words of the real records' text (titles, summaries, quotes, names) ranked by how often
 * they occur, followed by made-up words (syllable strings) up to `VOCABULARY_SIZE`: a real
 * corpus of 100,000 documents has a long tail of rare names and terms that the 100 shipped
 * records cannot supply. Rank r is drawn with probability proportional to 1 / r^ZIPF_EXPONENT.
 */
function vocabulary(): { words: string[]; cumulative: Float64Array } {
  const counts = new Map<string, number>();
  const texts = [...real.flatMap((r) => [r.title, r.summary, ...r.evidence.map((e) => e.quote)]), ...actors.map((a) => a.name), ...places.map((p) => p.name)];
  for (const text of texts) for (const word of text.split(/[^\p{L}\p{N}'’-]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const syllables = ["ka", "zan", "ob", "ish", "ter", "mi", "lo", "ran", "su", "dar", "vek", "al", "tu", "ne", "gor", "ba"];
  const seen = new Set(words.map((w) => w.toLowerCase()));
  for (let i = 0; words.length < VOCABULARY_SIZE; i++) {
    let word = "";
    for (let n = i + 17; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
    if (!seen.has(word)) words.push(word);
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = total += 1 / (r + 1) ** ZIPF_EXPONENT;
  for (let r = 0; r < words.length; r++) cumulative[r]! /= total;
  return { words, cumulative };
}

let vocab: ReturnType<typeof vocabulary> | undefined;

/** `count` words drawn from the vocabulary with `random`, joined by spaces. */
function prose(random: () => number, count: number): string {
  vocab ??= vocabulary();
  const { words, cumulative } = vocab;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const u = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    out.push(words[lo]!);
  }
  return out.join(" ");
}

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
  // A record's claims cite its own quotes, as real records do: one quote often supports several claims.
  let quotes: LocatedEvidence[] = [];
  const evidence = (): LocatedEvidence[] => some(quotes, 1, 2);

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
    const title = `${prose(random, int(3, 7))}${place ? ` in ${place.name}` : ""} ${i}`;
    quotes = Array.from({ length: int(2, 4) }, () => {
      const quote = prose(random, int(15, 40));
      // Selectors as if each quote opened its own source text (the engine only reads them back).
      return { source: pick(sources).id, quote, start: 0, end: [...quote].length, prefix: "", suffix: "" };
    });
    const relations: { type: RelationType; target: string; evidence: LocatedEvidence[] }[] = [];
    if (random() < 0.15) relations.push({ type: "part-of", target: pick(processes).id, evidence: evidence() });
    if (made.length > 0 && random() < 0.3) {
      const target = made[int(Math.max(0, made.length - 200), made.length - 1)]!;
      const type = (Object.keys(RELATIONS) as RelationType[]).find((t) => (RELATIONS[t].from as readonly string[]).includes(kind) && (RELATIONS[t].to as readonly string[]).includes(target.kind));
      if (type) relations.push({ type, target: target.id, evidence: evidence() });
    }
    const base = {
      id,
      title,
      ...(random() < 0.3 && { altNames: [prose(random, int(2, 4))] }),
      summary: prose(random, int(25, 45)),
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
    const statements =
      kind === "initiative" || random() < 0.6
        ? []
        : some(actors, 1, 3).map((a) => ({
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
  const order = (a: PrimaryRecord, b: PrimaryRecord) => (a.bounds && b.bounds ? compareBounds(a.bounds, b.bounds) || (a.id < b.id ? -1 : 1) : a.bounds ? -1 : b.bounds ? 1 : a.id < b.id ? -1 : 1);
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
