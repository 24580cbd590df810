import { describe, expect, it } from "vitest";
import { findDeclarations, findInitiatives, findMeetings, timeline } from "../src/index.js";
import { declaration, initiative, meeting, queriesOver, smallDataset } from "./helpers/query-records.js";
import { createQueries } from "../src/query/engine/create.js";

const records = [
  meeting({ id: "m-2017", date: "2017-06-01", places: ["almaty"], participants: ["russia:participant"], topics: ["water"] }),
  meeting({ id: "m-2018-03", date: "2018-03", places: ["tashkent"], participants: ["president:initiator"], topics: ["security"] }),
  meeting({ id: "m-2018-autumn", date: "2018-23~", participants: ["kazakhstan:host", "uzbekistan:participant"], topics: ["security", "water"], status: "planned" }),
  meeting({ id: "m-2019", date: "2019", participants: ["think-tank:organizer"], relations: ["part-of>istanbul-process"] }),
  meeting({ id: "m-span", date: "2016-12/2018-01", participants: ["kazakhstan:chair"] }),
  meeting({ id: "m-undated", places: ["tashkent"], topics: ["security"], status: "called-for" }),
  initiative({ id: "i-programme", date: "2019-05-01", relations: ["part-of>moscow-format"], participants: ["kazakhstan:proposer"] }),
  declaration({ id: "d-part", date: "2019-06", relations: ["part-of>i-programme", "adopted-at>m-2019"], status: "signed" }),
  declaration({ id: "d-draft", status: "draft", participants: ["uzbekistan:signatory"] }),
];
const q = queriesOver(records);
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
const meetings = (filter?: unknown) => ids(q.find("meeting", filter));

describe("finders: semantics", () => {
  it("returns every record of the kind, in the arrays' order, without a filter or with an empty one", () => {
    const all = ids(smallDataset(records).meeting);
    expect(meetings()).toEqual(all);
    expect(meetings({})).toEqual(all);
    expect(meetings({ country: undefined })).toEqual(all);
    expect(all.at(-1)).toBe("m-undated");
  });

  it("matches a country through places and participating states, not organizations or persons", () => {
    expect(meetings({ country: "UZ" })).toEqual(["m-2018-03", "m-2018-autumn", "m-undated"]);
    expect(meetings({ country: "RU" })).toEqual(["m-2017"]); // m-2019's organizer is a Russian organization
    expect(meetings({ country: "KZ" })).toEqual(["m-span", "m-2017", "m-2018-autumn"]);
    expect(meetings({ country: "FR" })).toEqual([]); // a real code nothing involves
  });

  it("treats arrays as any-of and keys as all-of", () => {
    expect(meetings({ country: ["RU", "UZ"] })).toEqual(["m-2017", "m-2018-03", "m-2018-autumn", "m-undated"]);
    expect(meetings({ country: "UZ", topic: "water" })).toEqual(["m-2018-autumn"]);
    expect(meetings({ topic: ["water", "security"], place: "tashkent" })).toEqual(["m-2018-03", "m-undated"]);
  });

  it("matches an actor in any role, or only in the roles asked for", () => {
    expect(meetings({ actor: "kazakhstan" })).toEqual(["m-span", "m-2018-autumn"]);
    expect(meetings({ actor: { actor: "kazakhstan", role: "host" } })).toEqual(["m-2018-autumn"]);
    expect(meetings({ actor: { actor: "kazakhstan", role: ["chair", "host"] } })).toEqual(["m-span", "m-2018-autumn"]);
    expect(meetings({ actor: { actor: "kazakhstan", role: "speaker" } })).toEqual([]);
    expect(meetings({ actor: ["president", { actor: "russia" }] })).toEqual(["m-2017", "m-2018-03"]);
  });

  it("matches a process through part-of, transitively", () => {
    expect(meetings({ process: "istanbul-process" })).toEqual(["m-2019"]);
    expect(ids(q.find("initiative", { process: "moscow-format" }))).toEqual(["i-programme"]);
    expect(ids(q.find("declaration", { process: "moscow-format" }))).toEqual(["d-part"]); // part of i-programme, part of the format
  });

  it("matches status, stage for declarations", () => {
    expect(meetings({ status: ["planned", "called-for"] })).toEqual(["m-2018-autumn", "m-undated"]);
    expect(ids(q.find("declaration", { status: "signed" }))).toEqual(["d-part"]);
  });

  it("respects date precision: overlaps by default, within on request", () => {
    // 2018-03 falls within 2018; with to 2018-03-15 it may fall in range (overlaps) but is not surely within.
    expect(meetings({ from: "2018" })).toContain("m-2018-03");
    expect(meetings({ from: "2018", dateMatch: "within" })).toContain("m-2018-03");
    expect(meetings({ from: "2018", to: "2018-03-15" })).toEqual(["m-span", "m-2018-03"]);
    expect(meetings({ from: "2018", to: "2018-03-15", dateMatch: "within" })).toEqual([]);
    // An autumn 2018 (September–November) meeting overlaps October, but is not within it.
    expect(meetings({ from: "2018-10", to: "2018-10" })).toEqual(["m-2018-autumn"]);
    expect(meetings({ from: "2018-09-01", to: "2018-11-30", dateMatch: "within" })).toEqual(["m-2018-autumn"]);
    // An interval record overlaps any range touching its span.
    expect(meetings({ from: "2017-06-02", to: "2017-06-30" })).toEqual(["m-span"]);
    expect(meetings({ to: "2016-12-31" })).toEqual(["m-span"]);
  });

  it("never matches an undated record with a date range", () => {
    expect(meetings({ from: "1000" })).not.toContain("m-undated");
    expect(meetings({ to: "9999" })).not.toContain("m-undated");
    expect(meetings({ from: "1000", dateMatch: "within" })).not.toContain("m-undated");
  });

  it("accepts ISO dates and datetimes (the date part as written), EDTF intervals and seasons as bounds", () => {
    expect(meetings({ from: "2018-03-31T23:59:59Z", to: "2018-03-31T23:59:59+05:00" })).toEqual(["m-2018-03"]);
    expect(meetings({ from: "2019-01-01T00:00", to: "2019-12-31" })).toEqual(["m-2019"]);
    expect(meetings({ from: "2017-01/2017-12", to: "2017-06" })).toEqual(["m-span", "m-2017"]);
    expect(meetings({ from: "2018-23", to: "2018-23" })).toEqual(["m-2018-autumn"]);
  });

  it("keeps working when the arrays are not in chronological order, keeping their order", () => {
    const data = smallDataset(records);
    const shuffled = createQueries({ ...data, meeting: [...data.meeting].reverse() });
    expect(ids(shuffled.find("meeting", { from: "2018" }))).toEqual(meetings({ from: "2018" }).reverse());
    expect(ids(shuffled.find("meeting", { country: "UZ", to: "2018-12" }))).toEqual(["m-2018-autumn", "m-2018-03"]);
  });

  it("returns frozen arrays", () => {
    const result = q.find("meeting", { country: "UZ" });
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => (result as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(Object.isFrozen(q.find("meeting"))).toBe(true);
  });

  it("timeline merges dated records of every kind chronologically, with kinds and filters", () => {
    const entries = q.timeline();
    expect(entries.map((e) => e.id)).toEqual(["m-span", "m-2017", "m-2018-03", "m-2018-autumn", "m-2019", "i-programme", "d-part"]);
    expect(entries[3]).toMatchObject({ kind: "meeting", date: "2018-23~", precision: "season", earliest: "2018-09-01", latest: "2018-11-30", inferred: false });
    expect(q.timeline({ kinds: ["declaration", "initiative"] }).map((e) => e.id)).toEqual(["i-programme", "d-part"]);
    expect(q.timeline({ actor: "kazakhstan", from: "2018" }).map((e) => e.id)).toEqual(["m-span", "m-2018-autumn", "i-programme"]);
    expect(q.timeline({ status: "signed" }).map((e) => e.id)).toEqual(["d-part"]); // a declaration stage; meetings have no such status
    expect(Object.isFrozen(entries) && Object.isFrozen(entries[0])).toBe(true);
  });

  it("timeline ties: same bounds go meetings, declarations, initiatives, then by id", () => {
    const tie = queriesOver([
      initiative({ id: "a-initiative", date: "2020-05" }),
      declaration({ id: "b-declaration", date: "2020-05" }),
      meeting({ id: "z-meeting", date: "2020-05" }),
      meeting({ id: "y-meeting", date: "2020-05" }),
    ]);
    expect(tie.timeline().map((e) => e.id)).toEqual(["y-meeting", "z-meeting", "b-declaration", "a-initiative"]);
  });

  it("timeline marks inferred dates", () => {
    const t = queriesOver([meeting({ id: "m", date: "2020", inferred: "From the publication date." })]);
    expect(t.timeline()[0]!.inferred).toBe(true);
  });
});

describe("finders on the shipped dataset", () => {
  it("agree with each other and return records of their kind in the order of the arrays", () => {
    for (const [find, kind] of [
      [findMeetings, "meeting"],
      [findDeclarations, "declaration"],
      [findInitiatives, "initiative"],
    ] as const) {
      const all = find();
      expect(all.every((r) => r.kind === kind)).toBe(true);
      const dated = find({ from: "0000" });
      expect(dated).toEqual(all.filter((r) => r.bounds));
    }
  });

  it("timeline holds every dated primary record exactly once", () => {
    const total = [...findMeetings(), ...findDeclarations(), ...findInitiatives()].filter((r) => r.bounds).length;
    expect(timeline().length).toBe(total);
  });
});

/** Expects `run` to throw an error of `type` whose message contains every fragment. */
function expectError(run: () => unknown, type: typeof TypeError | typeof RangeError, ...fragments: string[]): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error, "expected an error").toBeInstanceOf(type);
  if (type === TypeError) expect(error).not.toBeInstanceOf(RangeError);
  for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
}

describe("finders: bad input fails loudly", () => {
  it("rejects a filter that is not a plain object", () => {
    for (const bad of ["UZ", 42, null, ["UZ"], new Date(), new Map()]) expectError(() => q.find("meeting", bad), TypeError, "filter must be a plain object");
  });

  it("rejects unknown keys, naming the key, suggesting and listing the valid ones", () => {
    expectError(() => q.find("meeting", { contry: "UZ" }), TypeError, '"contry"', 'Did you mean "country"', "Valid keys: country, actor, topic");
    expectError(() => q.find("meeting", { kinds: ["meeting"] }), TypeError, '"kinds"');
    expectError(() => q.find("meeting", JSON.parse('{"__proto__": {"country": "UZ"}}')), TypeError, '"__proto__"');
    expectError(() => findMeetings({ role: "host" } as never), TypeError, '"role"');
  });

  it("rejects country values that are not ISO 3166-1 alpha-2 codes", () => {
    expectError(() => q.find("meeting", { country: "uz" }), RangeError, '"uz"', 'did you mean "UZ"');
    expectError(() => q.find("meeting", { country: "XX" }), RangeError, '"XX"', "ISO 3166-1");
    expectError(() => q.find("meeting", { country: "Uzbekistan" }), RangeError, '"Uzbekistan"');
    expectError(() => q.find("meeting", { country: 860 }), TypeError, "filter.country", "860");
    expectError(() => q.find("meeting", { country: ["UZ", 1] }), TypeError, "filter.country[1]");
  });

  it("rejects empty arrays instead of silently matching nothing", () => {
    for (const key of ["country", "actor", "topic", "place", "process", "status"]) {
      expectError(() => q.find("meeting", { [key]: [] }), TypeError, `filter.${key} is an empty array`);
    }
    expectError(() => q.find("meeting", { actor: { actor: "kazakhstan", role: [] } }), TypeError, "filter.actor.role is an empty array");
  });

  it("rejects ids that are not in the dataset, suggesting the nearest", () => {
    expectError(() => q.find("meeting", { actor: "kazakstan" }), RangeError, 'no actor has the id "kazakstan"', 'Did you mean "kazakhstan"');
    expectError(() => q.find("meeting", { topic: "securty" }), RangeError, 'no topic has the id "securty"', '"security"');
    expectError(() => q.find("meeting", { place: "tashkend" }), RangeError, '"tashkend"', '"tashkent"');
    expectError(() => q.find("meeting", { process: "moscow" }), RangeError, '"moscow"', '"moscow-format"');
    expectError(() => q.find("meeting", { topic: "zzzzzzzzzzzzzz" }), RangeError, "No topic id is close to it");
    expectError(() => q.find("meeting", { place: "__proto__" }), RangeError, '"__proto__"');
  });

  it("rejects an id of the wrong kind, saying which kind it is", () => {
    expectError(() => q.find("meeting", { actor: "tashkent" }), RangeError, '"tashkent" is the id of a place, not of an actor');
    expectError(() => q.find("meeting", { process: "i-programme" }), RangeError, "is the id of an initiative, not of a process");
  });

  it("rejects bad actor objects and roles", () => {
    expectError(() => q.find("meeting", { actor: { actor: "kazakhstan", rol: "host" } }), TypeError, '"rol"', 'Did you mean "role"');
    expectError(() => q.find("meeting", { actor: { role: "host" } }), TypeError, "filter.actor.actor must be an actor id");
    expectError(() => q.find("meeting", { actor: { actor: "kazakhstan", role: "boss" } }), TypeError, '"boss" is not valid', "Valid values: host");
    expectError(() => q.find("meeting", { actor: 7 }), TypeError, "filter.actor must be an actor id or { actor, role?, onBehalfOf? }");
    expectError(() => q.find("meeting", { topic: 7 }), TypeError, "filter.topic must be a topic id");
  });

  it("rejects a status that is not valid for the kind, listing the valid ones", () => {
    expectError(() => q.find("meeting", { status: "signed" }), TypeError, '"signed"', "Valid values: held, planned, called-for");
    expectError(() => q.find("declaration", { status: "held" }), TypeError, "Valid values: proposed, draft, adopted, signed");
    expectError(() => q.timeline({ kinds: ["meeting"], status: "signed" }), TypeError, '"signed"');
  });

  it("rejects malformed dates with a RangeError naming the value", () => {
    for (const bad of ["2018-13", "yesterday", "2018-02-30", "18", "2018-3-1", "2018-03-26T25:00", "2019/2018", ""]) {
      expectError(() => findMeetings({ from: bad }), RangeError, "filter.from", JSON.stringify(bad));
      expectError(() => findMeetings({ to: bad }), RangeError, "filter.to", JSON.stringify(bad));
    }
    expectError(() => findMeetings({ from: 2018 as never }), TypeError, "filter.from must be an EDTF or ISO date string");
    expectError(() => findMeetings({ from: new Date() as never }), TypeError, "filter.from");
  });

  it("keeps the EDTF error as the cause", () => {
    try {
      findMeetings({ from: "2018-13" });
    } catch (error) {
      expect((error as Error).cause).toMatchObject({ name: "EdtfError", code: "calendar", value: "2018-13" });
    }
  });

  it("rejects an empty date range", () => {
    expectError(() => findMeetings({ from: "2020", to: "2018" }), RangeError, '"2020"', '"2018"', "empty");
  });

  it("rejects an unknown dateMatch", () => {
    expectError(() => findMeetings({ from: "2018", dateMatch: "inside" as never }), TypeError, '"inside"', "overlaps, within");
  });

  it("timeline rejects unknown or malformed kinds", () => {
    expectError(() => timeline({ kinds: ["actor"] as never }), TypeError, "filter.kinds[0]", '"actor"', "meeting, declaration, initiative");
    expectError(() => timeline({ kinds: "meeting" as never }), TypeError, "filter.kinds must be a non-empty array");
    expectError(() => timeline({ kinds: [] }), TypeError, "filter.kinds");
  });
});
