/**
 * Who acts for whom and who said what: the actor filter's `onBehalfOf`, `related` through
 * `on-behalf-of`, `findStatements`, and `dates: "sources-only"` — on small hand-made datasets,
 * then the dataset's own acceptance questions.
 */
import { describe, expect, it } from "vitest";
import { declarations, findDeclarations, findInitiatives, findMeetings, findStatements, initiatives, meetings, related, search, sources, timeline } from "../src/index.js";
import type { Statement } from "../src/model/input.js";
import { declaration, initiative, meeting, queriesOver } from "./helpers/query-records.js";

const said = (speaker: string, extra: Partial<Statement> = {}): Statement => ({ speaker, mode: "reported", evidence: [{ source: "report", quote: "He said so." }], ...extra });

const q = queriesOver([
  meeting({
    id: "summit",
    date: "2024-05-16",
    inferred: "From an outside fact.",
    inferredFrom: "outside-knowledge",
    participants: ["president:speaker@kazakhstan", "uzbekistan:participant"],
    statements: [said("president", { onBehalfOf: "kazakhstan", topics: ["security"] }), said("think-tank", { mode: "direct", words: "so" })],
  }),
  meeting({ id: "forum", date: "2020-08-26", participants: ["think-tank:organizer"], statements: [said("president", { topics: ["water"] })] }),
  declaration({ id: "convention", participants: ["president:proposer@kazakhstan"] }),
  declaration({
    id: "statement",
    date: "2021-07-16",
    inferred: "From the dateline.",
    inferredFrom: "sources",
    statements: [{ mode: "direct", words: "We hope", evidence: [{ source: "report", quote: '"We hope," it says.' }] }],
  }),
  initiative({ id: "centre", participants: ["kazakhstan:host", "president:proposer@kazakhstan"] }),
  initiative({ id: "offer", participants: ["uzbekistan:proposer"] }),
]);
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("the actor filter's onBehalfOf", () => {
  it("matches the actor itself only, unless onBehalfOf: true adds those who acted for it, in the role asked", () => {
    expect(ids(q.find("initiative", { actor: { actor: "kazakhstan", role: "proposer" } }))).toEqual([]);
    expect(ids(q.find("initiative", { actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true } }))).toEqual(["centre"]);
    expect(ids(q.find("initiative", { actor: { actor: "kazakhstan", onBehalfOf: true } }))).toEqual(["centre"]);
    expect(ids(q.find("declaration", { actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true } }))).toEqual(["convention"]);
    expect(ids(q.find("meeting", { actor: { actor: "kazakhstan", role: "host", onBehalfOf: true } }))).toEqual([]);
    expect(ids(q.find("meeting", { actor: { actor: "kazakhstan", role: ["host", "speaker"], onBehalfOf: true } }))).toEqual(["summit"]);
    // The person is still found as themselves.
    expect(ids(q.find("initiative", { actor: { actor: "president", role: "proposer" } }))).toEqual(["centre"]);
  });

  it("rejects a non-boolean onBehalfOf and unknown keys, naming the argument", () => {
    expect(() => q.find("meeting", { actor: { actor: "kazakhstan", onBehalfOf: "yes" } })).toThrow(new TypeError('filter.actor.onBehalfOf must be a boolean; got a string ("yes").'));
    expect(() => q.find("meeting", { actor: { actor: "kazakhstan", behalf: true } })).toThrow(/Unknown filter.actor key "behalf".*Valid keys: actor, role, onBehalfOf/);
  });
});

describe("related through on-behalf-of", () => {
  it("lists, for a state, the records where someone acted for it, with the role and the actor who acted", () => {
    expect(q.related("kazakhstan", { via: "on-behalf-of" }).map((e) => `${e.direction} ${e.relation} ${e.id} by ${e.through}`)).toEqual([
      "incoming speaker summit by president",
      "incoming proposer convention by president",
      "incoming proposer centre by president",
    ]);
    expect(q.related("centre", { via: "on-behalf-of" }).map((e) => `${e.direction} ${e.relation} ${e.id} by ${e.through}`)).toEqual(["outgoing proposer kazakhstan by president"]);
  });
});

describe("findStatements", () => {
  const brief = (entries: ReturnType<typeof q.statements>) => entries.map((e) => `${e.record.id}#${e.index}`);

  it("lists every statement by record date (undated last), then position, each with its record", () => {
    expect(brief(q.statements())).toEqual(["forum#0", "statement#0", "summit#0", "summit#1"]);
    const [first] = q.statements({ meeting: "forum" });
    expect(first?.record.kind).toBe("meeting");
    expect(first?.statement.speaker).toBe("president");
  });

  it("filters by speaker, by whom the speaker spoke for, by role, topic, meeting and date", () => {
    expect(brief(q.statements({ actor: "president" }))).toEqual(["forum#0", "summit#0"]);
    expect(brief(q.statements({ actor: "kazakhstan" }))).toEqual([]);
    expect(brief(q.statements({ actor: { actor: "kazakhstan", onBehalfOf: true } }))).toEqual(["summit#0"]);
    expect(brief(q.statements({ actor: { actor: "president", role: "speaker" } }))).toEqual(["forum#0", "summit#0"]);
    expect(brief(q.statements({ actor: { actor: "president", role: "host" } }))).toEqual([]);
    expect(brief(q.statements({ topic: ["water", "security"] }))).toEqual(["forum#0", "summit#0"]);
    expect(brief(q.statements({ meeting: "summit", actor: "think-tank" }))).toEqual(["summit#1"]);
    expect(brief(q.statements({ from: "2021", to: "2024" }))).toEqual(["statement#0", "summit#0", "summit#1"]);
    expect(brief(q.statements({ from: "2021", to: "2024", dates: "sources-only" }))).toEqual(["statement#0"]);
  });

  it("rejects bad filters with errors that name the argument", () => {
    expect(() => q.statements("president")).toThrow(TypeError);
    expect(() => q.statements({ speaker: "president" })).toThrow(/Unknown filter key "speaker"/);
    expect(() => q.statements({ meeting: "centre" })).toThrow(new RangeError('filter.meeting: "centre" is the id of an initiative, not of a meeting.'));
    expect(() => q.statements({ topic: [] })).toThrow(/filter.topic is an empty array/);
    expect(() => q.statements({ dates: "outside" })).toThrow(/filter.dates: "outside" is not valid/);
    expect(() => q.statements({ from: "2024", to: "2020" })).toThrow(RangeError);
  });
});

describe('dates: "sources-only"', () => {
  it("treats a date resting on outside knowledge as no date: no date range matches it, and the timeline leaves it out", () => {
    expect(ids(q.find("meeting", { from: "2024" }))).toEqual(["summit"]);
    expect(ids(q.find("meeting", { from: "2024", dates: "sources-only" }))).toEqual([]);
    expect(ids(q.find("meeting", { dates: "sources-only" }))).toEqual(["forum", "summit"]);
    expect(ids(q.timeline())).toEqual(["forum", "statement", "summit"]);
    expect(ids(q.timeline({ dates: "sources-only" }))).toEqual(["forum", "statement"]);
    expect(q.timeline().map((e) => e.inferredFrom)).toEqual([undefined, "sources", "outside-knowledge"]);
    expect(() => q.find("meeting", { dates: "sources" })).toThrow(/filter.dates: "sources" is not valid.*Valid values: all, sources-only/);
  });
});

describe("the shipped dataset answers who acted and spoke for whom", () => {
  it("finds the water-use convention, the UN SDG centre and the AI proposals as Kazakhstan's, directly or through its president", () => {
    const filter = { actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true } } as const;
    expect([...ids(findDeclarations(filter)), ...ids(findInitiatives(filter))].sort()).toEqual([
      "central-asian-framework-convention-on-water-use",
      "declaration-on-responsible-use-of-ai-by-central-asian-states",
      "kazakhstan-proposal-on-ai-cooperation-in-central-asia",
      "un-sdg-centre-for-central-asia-and-afghanistan",
    ]);
  });

  it("finds Tokayev's two direct quotations at the 2024 Astana meeting, with the sentences that quote them", () => {
    const direct = findStatements({ actor: "kassym-jomart-tokayev" }).filter((e) => e.statement.mode === "direct");
    expect(direct.map((e) => [e.record.id, e.statement.onBehalfOf, e.statement.words])).toEqual([
      ["2024-astana-meeting-of-central-asian-security-council-heads", "kazakhstan", "Afghanistan should be the focus of general attention."],
      [
        "2024-astana-meeting-of-central-asian-security-council-heads",
        "kazakhstan",
        "Most modern challenges and threats are transboundary in nature, so countering them requires combining common efforts.",
      ],
    ]);
    for (const e of direct) expect(e.statement.evidence[0]!.quote).toContain(`"${e.statement.words}"`);
  });

  it("finds a meeting by the words of a statement made there", () => {
    expect(ids(search("transboundary combining common efforts", { kinds: ["meeting"] }))).toEqual(["2024-astana-meeting-of-central-asian-security-council-heads"]);
  });

  it("gives every inferred date what it rests on, and sources-only timelines drop the outside-knowledge ones", () => {
    const dates = [...meetings, ...declarations, ...initiatives, ...sources]
      .flatMap((r) => ["date" in r ? r.date : undefined, "period" in r ? r.period : undefined, "published" in r ? r.published : undefined])
      .filter((d) => d?.inferred);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((d) => d!.inferredFrom === undefined)).toEqual([]);
    const all = timeline();
    const fromSources = timeline({ dates: "sources-only" });
    expect(fromSources.length).toBeLessThan(all.length);
    expect(fromSources.some((e) => e.inferredFrom === "outside-knowledge")).toBe(false);
    expect(ids(all.filter((e) => !fromSources.includes(e)))).toEqual(ids(all.filter((e) => e.inferredFrom === "outside-knowledge")));
    expect(ids(findMeetings({ from: "2024", dates: "sources-only" }))).not.toContain("2024-astana-meeting-of-central-asian-security-council-heads");
  });

  it("lists on related(kazakhstan) the records where its president and diplomats acted for it", () => {
    expect(related("kazakhstan", { via: "on-behalf-of" }).map((e) => `${e.relation} ${e.id} ${e.through}`)).toEqual(
      expect.arrayContaining([
        "proposer central-asian-framework-convention-on-water-use kassym-jomart-tokayev",
        "proposer un-sdg-centre-for-central-asia-and-afghanistan kassym-jomart-tokayev",
        "speaker meeting-on-regional-security-afghanistan-and-water-cooperation yerzhan-ashikbayev",
      ]),
    );
  });
});
