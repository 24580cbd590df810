import { describe, expectTypeOf, it } from "vitest";
import {
  findDeclarations,
  findMeetings,
  findStatements,
  getActor,
  getMeeting,
  getRecord,
  isRecordId,
  related,
  search,
  timeline,
  type Actor,
  type ActorId,
  type AnyRecord,
  type Declaration,
  type IdOfKind,
  type Meeting,
  type MeetingId,
  type Place,
  type PlaceId,
  type RecordForId,
  type RecordId,
  type RelatedEntry,
  type SearchHit,
  type Statement,
  type StatementEntry,
  type TimelineEntry,
  type TopicId,
} from "../src/index.js";

describe("getRecord is typed by the literal id union", () => {
  it("returns the right kind for a literal id", () => {
    expectTypeOf(getRecord("2018-tashkent-declaration")).toEqualTypeOf<Declaration>();
    expectTypeOf(getRecord("tashkent")).toEqualTypeOf<Place>();
    expectTypeOf(getRecord("uzbekistan")).toEqualTypeOf<Actor>();
    expectTypeOf(getRecord("tashkent").country).toEqualTypeOf<string>();
  });

  it("maps every id of a kind to that kind's record type", () => {
    expectTypeOf<RecordForId<MeetingId>>().toEqualTypeOf<Meeting>();
    expectTypeOf<RecordForId<PlaceId>>().toEqualTypeOf<Place>();
    expectTypeOf<IdOfKind<"topic">>().toEqualTypeOf<TopicId>();
    expectTypeOf<IdOfKind<"actor">>().toEqualTypeOf<ActorId>();
  });

  it("rejects a misspelt literal id and an unnarrowed string", () => {
    // @ts-expect-error: "tashkend" is not an id
    getRecord("tashkend");
    // @ts-expect-error: a meeting id is wanted
    getMeeting("tashkent");
    // @ts-expect-error: an actor id is wanted
    getActor("2018-tashkent-declaration");
    const input = "tashkent" as string;
    // @ts-expect-error: a string from outside must be narrowed first
    getRecord(input);
  });

  it("isRecordId narrows a string to the id union, or to one kind's ids", () => {
    const input = "tashkent" as string;
    if (isRecordId(input)) {
      expectTypeOf(input).toEqualTypeOf<RecordId>();
      expectTypeOf(getRecord(input)).toEqualTypeOf<AnyRecord>();
    }
    if (isRecordId(input, "place")) {
      expectTypeOf(input).toEqualTypeOf<PlaceId>();
      expectTypeOf(getRecord(input)).toEqualTypeOf<Place>();
    }
    const unknownValue: unknown = input;
    if (isRecordId(unknownValue, "meeting")) expectTypeOf(getMeeting(unknownValue)).toEqualTypeOf<Meeting>();
  });
});

describe("finders, timeline, related and search", () => {
  it("return readonly arrays of the right shapes", () => {
    expectTypeOf(findMeetings({ country: "UZ" })).toEqualTypeOf<readonly Meeting[]>();
    expectTypeOf(findDeclarations()).toEqualTypeOf<readonly Declaration[]>();
    expectTypeOf(timeline({ kinds: ["meeting"] })).toEqualTypeOf<readonly TimelineEntry[]>();
    expectTypeOf(related("tashkent")).toEqualTypeOf<readonly RelatedEntry[]>();
    expectTypeOf(search("tashkent")).toEqualTypeOf<readonly SearchHit[]>();
  });

  it("type-check filter keys and roles", () => {
    findMeetings({ actor: [{ actor: "kazakhstan", role: ["chair", "host"] }, "russia"], from: "2018", dateMatch: "within" });
    // @ts-expect-error: an unknown filter key
    findMeetings({ contry: "UZ" });
    // @ts-expect-error: an unknown role
    findMeetings({ actor: { actor: "kazakhstan", role: "boss" } });
    // @ts-expect-error: timeline kinds are primary kinds
    timeline({ kinds: ["actor"] });
    // @ts-expect-error: dateMatch is "overlaps" or "within"
    findMeetings({ dateMatch: "inside" });
  });
});

describe("statements and onBehalfOf are typed", () => {
  it("findStatements returns entries pairing a statement with its meeting or declaration", () => {
    expectTypeOf(findStatements()).toEqualTypeOf<readonly StatementEntry[]>();
    expectTypeOf<StatementEntry["record"]>().toEqualTypeOf<Meeting | Declaration>();
    expectTypeOf<Statement["mode"]>().toEqualTypeOf<"direct" | "reported">();
    expectTypeOf<NonNullable<TimelineEntry["inferredFrom"]>>().toEqualTypeOf<"sources" | "outside-knowledge">();
  });

  it("accepts onBehalfOf as a boolean and dates as all or sources-only, nothing else", () => {
    findMeetings({ actor: { actor: "kazakhstan", role: "proposer", onBehalfOf: true }, dates: "sources-only" });
    findStatements({ actor: { actor: "kazakhstan", onBehalfOf: true }, meeting: "x", topic: ["terrorism"], dates: "all" });
    // @ts-expect-error onBehalfOf is a boolean, not an id
    findMeetings({ actor: { actor: "kassym-jomart-tokayev", onBehalfOf: "kazakhstan" } });
    // @ts-expect-error an unknown dates value
    timeline({ dates: "sources" });
    // @ts-expect-error statements have no status
    findStatements({ status: "held" });
  });
});
