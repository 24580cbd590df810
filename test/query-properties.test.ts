/**
 * Index-backed results equal a naive scan: each finder, `timeline` and `search` are compared
 * with straightforward reference implementations, written plainly here, on random filters and
 * queries over the shipped dataset and over a larger synthetic one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../scripts/bench/synthetic.js";
import { parseEdtf } from "../src/dates/edtf.js";
import { actors, declarations, initiatives, meetings, places, processes, sources, topics } from "../src/index.js";
import type { AnyRecord, PrimaryRecord } from "../src/model/records.js";
import { KINDS, PRIMARY_KINDS, ROLES, type Kind, type PrimaryKind } from "../src/model/vocabulary.js";
import { createQueries } from "../src/query/engine/create.js";
import type { DatasetRecords, RecordFilter, StatementFilter } from "../src/query/types.js";

const shipped: DatasetRecords = { meeting: meetings, declaration: declarations, initiative: initiatives, actor: actors, place: places, source: sources, process: processes, topic: topics };
const STATUS: Record<PrimaryKind, readonly string[]> = {
  meeting: ["held", "planned", "called-for"],
  declaration: ["proposed", "draft", "adopted", "signed"],
  initiative: ["proposed", "announced", "agreed", "under-way", "established"],
};

const list = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? value : [value as T]);

/** The reference finder: one pass over the records, checking each key as its documentation says. */
const idMaps = new WeakMap<DatasetRecords, Map<string, AnyRecord>>();

function naiveFind(data: DatasetRecords, kind: PrimaryKind, filter: RecordFilter): PrimaryRecord[] {
  if (!idMaps.has(data))
    idMaps.set(
      data,
      new Map<string, AnyRecord>(
        Object.values(data)
          .flat()
          .map((r) => [r.id, r]),
      ),
    );
  const byId = idMaps.get(data)!;
  const processesOf = (record: AnyRecord, seen: string[] = []): string[] => {
    if (record.kind === "process") return [record.id];
    if (!("relations" in record) || seen.includes(record.id)) return [];
    return (record.relations ?? []).filter((r) => r.type === "part-of").flatMap((r) => processesOf(byId.get(r.target)!, [...seen, record.id]));
  };
  const from = filter.from === undefined ? undefined : parseEdtf(filter.from).earliest;
  const to = filter.to === undefined ? undefined : parseEdtf(filter.to).latest;
  return (data[kind] as readonly PrimaryRecord[]).filter((r) => {
    const participants = r.participants ?? [];
    if (filter.country !== undefined) {
      const countries = [
        ...(r.places ?? []).map((p) => (byId.get(p.place) as { country: string }).country),
        ...participants
          .map((p) => byId.get(p.actor) as { type: string; country?: string })
          .filter((a) => a.type === "state")
          .map((a) => a.country),
      ];
      if (!list(filter.country).some((c) => countries.includes(c))) return false;
    }
    if (filter.actor !== undefined) {
      const ok = list(filter.actor).some((a) =>
        typeof a === "string"
          ? participants.some((p) => p.actor === a)
          : participants.some((p) => (p.actor === a.actor || (a.onBehalfOf === true && p.onBehalfOf === a.actor)) && (a.role === undefined || list(a.role).includes(p.role))),
      );
      if (!ok) return false;
    }
    if (filter.topic !== undefined && !list(filter.topic).some((t) => (r.topics ?? []).some((topic) => topic === t))) return false;
    if (filter.place !== undefined && !list(filter.place).some((p) => (r.places ?? []).some((c) => c.place === p))) return false;
    if (filter.process !== undefined && !list(filter.process).some((p) => processesOf(r).includes(p))) return false;
    if (filter.status !== undefined && !list(filter.status).includes(r.kind === "declaration" ? r.stage : r.status)) return false;
    if (from !== undefined || to !== undefined) {
      if (!r.bounds) return false;
      if (filter.dates === "sources-only" && r.date?.inferredFrom === "outside-knowledge") return false;
      if (filter.dateMatch === "within") {
        if ((from !== undefined && r.bounds.earliest < from) || (to !== undefined && r.bounds.latest > to)) return false;
      } else if ((from !== undefined && r.bounds.latest < from) || (to !== undefined && r.bounds.earliest > to)) return false;
    }
    return true;
  });
}

/** Random dates of every supported shape, in a span around the data. */
const edtfDate = fc.oneof(
  fc.integer({ min: 1994, max: 2026 }).map(String),
  fc.tuple(fc.integer({ min: 1994, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .tuple(fc.integer({ min: 1994, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 1994, max: 2026 }), fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`),
  fc.tuple(fc.integer({ min: 1994, max: 2015 }), fc.integer({ min: 0, max: 10 })).map(([y, n]) => `${y}/${y + n}`),
);

function filterArbitrary(data: DatasetRecords, kinds: readonly PrimaryKind[]): fc.Arbitrary<RecordFilter> {
  const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));
  const countries = [...new Set([...data.place.map((p) => p.country), ...data.actor.flatMap((a) => (a.country ? [a.country] : []))]), "FR"];
  const ids = (records: readonly AnyRecord[]) => fc.constantFrom(...records.map((r) => r.id));
  const actor = fc.oneof(
    ids(data.actor),
    fc.record({ actor: ids(data.actor), role: fc.option(oneOrMany(fc.constantFrom(...ROLES)), { nil: undefined }), onBehalfOf: fc.boolean() }, { requiredKeys: ["actor"] }),
  );
  const values = {
    country: oneOrMany(fc.constantFrom(...countries)),
    actor: oneOrMany(actor),
    topic: oneOrMany(ids(data.topic)),
    place: oneOrMany(ids(data.place)),
    process: oneOrMany(ids(data.process)),
    status: oneOrMany(fc.constantFrom(...new Set(kinds.flatMap((k) => STATUS[k])))),
    from: edtfDate,
    to: edtfDate,
    dateMatch: fc.constantFrom("overlaps" as const, "within" as const),
    dates: fc.constantFrom("all" as const, "sources-only" as const),
  };
  // Up to three keys at a time: with more, nearly every filter would match nothing.
  const keys = Object.keys(values) as (keyof typeof values)[];
  return fc.subarray(keys, { maxLength: 3 }).chain((chosen) => fc.record(Object.fromEntries(chosen.map((k) => [k, values[k]])) as Record<string, fc.Arbitrary<unknown>>)) as fc.Arbitrary<RecordFilter>;
}

/** True when the filter's range is empty, which the finders reject. */
const emptyRange = (f: RecordFilter | StatementFilter) => f.from !== undefined && f.to !== undefined && parseEdtf(f.from).earliest > parseEdtf(f.to).latest;

function checkFinders(data: DatasetRecords, runs: number): void {
  const q = createQueries(data);
  let nonEmpty = 0;
  for (const kind of PRIMARY_KINDS) {
    fc.assert(
      fc.property(filterArbitrary(data, [kind]), (filter) => {
        if (emptyRange(filter)) {
          expect(() => q.find(kind, filter)).toThrow(RangeError);
          return;
        }
        const expected = naiveFind(data, kind, filter).map((r) => r.id);
        if (expected.length > 0) nonEmpty++;
        expect(q.find(kind, filter).map((r) => r.id)).toEqual(expected);
      }),
      { numRuns: runs },
    );
  }
  // The comparison means little if the random filters nearly always match nothing.
  expect(nonEmpty).toBeGreaterThan(runs * 0.5);
}

function checkTimeline(data: DatasetRecords, runs: number): void {
  const q = createQueries(data);
  const kindsArb = fc.subarray([...PRIMARY_KINDS], { minLength: 1 });
  fc.assert(
    fc.property(
      kindsArb.chain((kinds) => fc.tuple(fc.constant(kinds), filterArbitrary(data, kinds))),
      ([kinds, filter]) => {
        if (emptyRange(filter)) return;
        const expected = kinds
          .flatMap((k) => naiveFind(data, k, filter))
          .filter((r) => r.bounds && !(filter.dates === "sources-only" && r.date?.inferredFrom === "outside-knowledge"))
          .sort((a, b) =>
            a.bounds!.earliest !== b.bounds!.earliest
              ? a.bounds!.earliest < b.bounds!.earliest
                ? -1
                : 1
              : a.bounds!.latest !== b.bounds!.latest
                ? a.bounds!.latest < b.bounds!.latest
                  ? -1
                  : 1
                : a.kind !== b.kind
                  ? PRIMARY_KINDS.indexOf(a.kind) - PRIMARY_KINDS.indexOf(b.kind)
                  : a.id < b.id
                    ? -1
                    : 1,
          );
        expect(q.timeline({ ...filter, kinds }).map((e) => e.id)).toEqual(expected.map((r) => r.id));
      },
    ),
    { numRuns: runs },
  );
}

// ---- statements --------------------------------------------------------------------------

/** The reference `findStatements`: every statement of every meeting and declaration, checked key by key. */
function naiveStatements(data: DatasetRecords, filter: StatementFilter): string[] {
  const from = filter.from === undefined ? undefined : parseEdtf(filter.from).earliest;
  const to = filter.to === undefined ? undefined : parseEdtf(filter.to).latest;
  const records = [...data.meeting, ...data.declaration].sort((a, b) => {
    const ka = a.bounds ? `0 ${a.bounds.earliest} ${a.bounds.latest}` : "1";
    const kb = b.bounds ? `0 ${b.bounds.earliest} ${b.bounds.latest}` : "1";
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
  });
  return records.flatMap((r) =>
    (r.statements ?? []).flatMap((s, i) => {
      if (filter.actor !== undefined) {
        const ok = list(filter.actor).some((a) =>
          typeof a === "string" ? s.speaker === a : (s.speaker === a.actor || (a.onBehalfOf === true && s.onBehalfOf === a.actor)) && (a.role === undefined || list(a.role).includes("speaker")),
        );
        if (!ok) return [];
      }
      if (filter.topic !== undefined && !list(filter.topic).some((t) => (s.topics ?? []).includes(t))) return [];
      if (filter.meeting !== undefined && !(r.kind === "meeting" && list(filter.meeting).includes(r.id))) return [];
      if (from !== undefined || to !== undefined) {
        if (!r.bounds || (filter.dates === "sources-only" && r.date?.inferredFrom === "outside-knowledge")) return [];
        if (filter.dateMatch === "within") {
          if ((from !== undefined && r.bounds.earliest < from) || (to !== undefined && r.bounds.latest > to)) return [];
        } else if ((from !== undefined && r.bounds.latest < from) || (to !== undefined && r.bounds.earliest > to)) return [];
      }
      return [`${r.id}#${i}`];
    }),
  );
}

function checkStatements(data: DatasetRecords, runs: number): void {
  const q = createQueries(data);
  const base = filterArbitrary(data, ["meeting"]);
  const statementFilter = fc.tuple(base, fc.option(fc.constantFrom(...data.meeting.map((m) => m.id)), { nil: undefined })).map(([f, meeting]): StatementFilter => {
    const { actor, topic, from, to, dateMatch, dates } = f;
    return Object.fromEntries(Object.entries({ actor, topic, from, to, dateMatch, dates, meeting }).filter(([, v]) => v !== undefined));
  });
  let nonEmpty = 0;
  fc.assert(
    fc.property(statementFilter, (filter) => {
      if (emptyRange(filter)) {
        expect(() => q.statements(filter)).toThrow(RangeError);
        return;
      }
      const expected = naiveStatements(data, filter);
      if (expected.length > 0) nonEmpty++;
      expect(q.statements(filter).map((e) => `${e.record.id}#${e.index}`)).toEqual(expected);
    }),
    { numRuns: runs },
  );
  expect(nonEmpty).toBeGreaterThan(runs * 0.2);
}

// ---- search ------------------------------------------------------------------------------

const SPECIAL: Record<string, string> = { ø: "o", ł: "l", đ: "d", ß: "ss", ı: "i", æ: "ae", œ: "oe", þ: "th", ð: "d" };
/** The documented plural folding, written plainly. */
function singular(w: string): string {
  if (w.length < 4 || !w.endsWith("s") || /[sui]s$/.test(w)) return w;
  if (w.length > 4 && /[^ae]ies$/.test(w)) return w.replace(/ies$/, "y");
  if (/(ss|x|ch|sh)es$/.test(w)) return w.replace(/es$/, "");
  return w.replace(/s$/, "");
}
/** The documented folding, as one chain of regular expressions. */
const words = (text: string): string[] =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\p{M}\p{Cf}]/gu, "")
    .replace(/['’ʻʼ`´]/g, "")
    .replace(/[øłđßıæœþð]/g, (c) => SPECIAL[c]!)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular);

const FIELDS = ["title", "name", "shortName", "altNames", "summary", "actors", "topics", "processes", "quotes"] as const;
const WEIGHT = { title: 100, name: 100, shortName: 100, altNames: 30, summary: 10, actors: 3, topics: 3, processes: 3, quotes: 1 };

function quotesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) quotesOf(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "incoming") continue;
      if (k === "evidence") for (const e of v as { quote: string }[]) out.push(e.quote);
      else quotesOf(v, out);
    }
  }
  return out;
}

function naiveSearcher(data: DatasetRecords) {
  const docs = KINDS.flatMap((k) => data[k] as readonly AnyRecord[]);
  const byId = new Map<string, AnyRecord>(docs.map((r) => [r.id, r]));
  const fieldWords = docs.map((r) => {
    type Person = { actor: string; onBehalfOf?: string; nameAsReported?: string };
    const o = r as unknown as Record<string, unknown> & { participants?: Person[]; members?: Person[] };
    const people = o.participants ?? o.members ?? [];
    // A state's names in the region's languages count as its alternative names and as actor names.
    const regional = (x: unknown): string[] => Object.values((x as { names?: Record<string, string> }).names ?? {});
    // The actor's names, and those of the state or organization it acted for.
    const names = (id: string): string[] => {
      const a = byId.get(id) as { name: string; shortName?: string };
      return [a.name, a.shortName ?? "", ...regional(a)];
    };
    const actorNames = people.flatMap((p) => [...names(p.actor), ...(p.onBehalfOf ? names(p.onBehalfOf) : []), p.nameAsReported ?? ""]);
    const texts: Record<(typeof FIELDS)[number], string[]> = {
      title: typeof o.title === "string" ? [o.title] : [],
      name: typeof o.name === "string" ? [o.name] : [],
      shortName: typeof o.shortName === "string" ? [o.shortName] : [],
      altNames: [...((o.altNames as string[] | undefined) ?? []), ...regional(o)],
      summary: [o.summary as string],
      actors: actorNames,
      topics: ((o.topics as string[] | undefined) ?? []).flatMap((id) => {
        const t = byId.get(id) as { name: string; altNames?: string[] };
        return [t.name, ...(t.altNames ?? [])];
      }),
      processes: ((o.relations as { target: string }[] | undefined) ?? []).flatMap(({ target }) => {
        const p = byId.get(target) as AnyRecord & { name: string; altNames?: string[] };
        return p?.kind === "process" ? [p.name, ...(p.altNames ?? [])] : [];
      }),
      quotes: quotesOf(r),
    };
    return FIELDS.map((f) => ({ field: f, words: texts[f].flatMap(words) }));
  });
  return (text: string, limit: number, kinds?: readonly Kind[]) => {
    const query = [...new Set(words(text))];
    const hits: { id: string; score: number; field: string; d: number }[] = [];
    docs.forEach((record, d) => {
      if (kinds && !kinds.includes(record.kind)) return;
      let score = 0;
      let best = { c: -1, f: 99 };
      for (const q of query) {
        let top = { c: 0, f: 99 };
        fieldWords[d]!.forEach(({ field, words: ws }, f) => {
          for (const w of ws) {
            if (!w.startsWith(q)) continue;
            const c = WEIGHT[field] * (w === q ? 1 : 0.5);
            if (c > top.c || (c === top.c && f < top.f)) top = { c, f };
          }
        });
        if (top.c === 0) return;
        score += top.c;
        if (top.c > best.c || (top.c === best.c && top.f < best.f)) best = top;
      }
      hits.push({ id: record.id, score, field: FIELDS[best.f]!, d });
    });
    hits.sort((a, b) => b.score - a.score || a.d - b.d);
    return hits.slice(0, limit).map(({ id, score, field }) => `${id} ${field} ${score}`);
  };
}

function checkSearch(data: DatasetRecords, runs: number): void {
  const q = createQueries(data);
  let found = 0;
  const naive = naiveSearcher(data);
  // Words taken from one record, so multi-word queries often match something.
  const recordWords = KINDS.flatMap((k) => (data[k] as readonly AnyRecord[]).map((r) => [...new Set(words(`${"title" in r ? r.title : r.name} ${r.summary}`))]));
  const word = (w: string) =>
    fc.oneof(
      fc.constant(w),
      fc.integer({ min: 1, max: 6 }).map((n) => w.slice(0, n)),
      // Upper case and a diacritic here and there must not change anything.
      fc.constantFrom(w.toUpperCase(), w.replace("e", "é"), w.replace("a", "À")),
      fc.string({ unit: fc.constantFrom(..."aeiouknstrz"), minLength: 1, maxLength: 3 }),
    );
  const text = fc
    .constantFrom(...recordWords.filter((ws) => ws.length > 0))
    .chain((ws) => fc.subarray(ws, { minLength: 1, maxLength: 3 }))
    .chain((ws) => fc.tuple(...ws.map(word)))
    .map((ws) => ws.join(" "));
  const options = fc.record({ limit: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant(Infinity)), kinds: fc.subarray([...KINDS], { minLength: 1 }) }, { requiredKeys: [] });
  fc.assert(
    fc.property(text, options, (t, o) => {
      const actual = q.search(t, o).map((h) => `${h.id} ${h.field} ${h.score}`);
      const expected = naive(t, o.limit ?? 20, o.kinds);
      if (expected.length > 0) found++;
      expect(actual).toEqual(expected);
    }),
    { numRuns: runs },
  );
  expect(found).toBeGreaterThan(runs * 0.3);
}

describe("index-backed results equal a naive scan (property-based)", () => {
  const synthetic = syntheticDataset(3000, 7);

  it("finders, shipped dataset", () => checkFinders(shipped, 300));
  it("finders, synthetic dataset of 3000 records", () => checkFinders(synthetic, 150));
  it("timeline, shipped dataset", () => checkTimeline(shipped, 200));
  it("timeline, synthetic dataset", () => checkTimeline(synthetic, 60));
  it("statements, shipped dataset", () => checkStatements(shipped, 200));
  it("statements, synthetic dataset", () => checkStatements(synthetic, 100));
  it("search, shipped dataset", () => checkSearch(shipped, 300));
  it("search, synthetic dataset", () => checkSearch(synthetic, 40));
});
