import { describe, expectTypeOf, it } from "vitest";
import {
  changes,
  findDeclarations,
  findInitiatives,
  findMeetings,
  findStatements,
  getActor,
  getMeeting,
  getRecord,
  isRecordId,
  meetings,
  related,
  search,
  timeline,
  tombstones,
  type Actor,
  type ActorId,
  type AnyRecord,
  type Declaration,
  type DeclarationId,
  type IdOfKind,
  type Initiative,
  type Kind,
  type KindById,
  type InitiativeId,
  type Meeting,
  type MeetingId,
  type Place,
  type PlaceId,
  type PrimaryId,
  type PrimaryRecord,
  type ProcessId,
  type RecordForId,
  type RecordId,
  type RelatedEntry,
  type SearchHit,
  type Source,
  type SourceId,
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

  it("maps a union of ids to the union of their record types", () => {
    expectTypeOf<RecordForId<RecordId>>().toEqualTypeOf<AnyRecord>();
    expectTypeOf<RecordForId<PrimaryId>>().toEqualTypeOf<Meeting | Declaration | Initiative>();
    expectTypeOf<RecordForId<"tashkent" | "uzbekistan">>().toEqualTypeOf<Place | Actor>();
    expectTypeOf<RecordForId<"tashkent" | "doha">>().toEqualTypeOf<Place>();
    expectTypeOf<RecordForId<never>>().toBeNever();
  });

  it("stays a record type inside generic code, and any stays any", () => {
    const kindOf = <I extends RecordId>(id: I) => getRecord(id).kind;
    expectTypeOf(kindOf("tashkent")).toEqualTypeOf<Kind>();
    const anyRecord = <I extends RecordId>(id: I): AnyRecord => getRecord(id);
    const meeting = <I extends MeetingId>(id: I): Meeting => getRecord(id);
    expectTypeOf(anyRecord("tashkent")).toEqualTypeOf<AnyRecord>();
    expectTypeOf(meeting("2018-tashkent-conference-on-afghanistan")).toEqualTypeOf<Meeting>();
    const parsed: any = JSON.parse('"tashkent"');
    expectTypeOf(getRecord(parsed)).toBeAny();
  });

  it("KindById names the kind of every id, and its keys are the id union", () => {
    expectTypeOf<KindById["tashkent"]>().toEqualTypeOf<"place">();
    expectTypeOf<KindById["2018-tashkent-declaration"]>().toEqualTypeOf<"declaration">();
    expectTypeOf<keyof KindById>().toEqualTypeOf<RecordId>();
    expectTypeOf<KindById[MeetingId]>().toEqualTypeOf<"meeting">();
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

describe("ids round-trip: every id the API returns goes back in without a cast", () => {
  it("types returned ids with the matching id union", () => {
    expectTypeOf<TimelineEntry["id"]>().toEqualTypeOf<MeetingId | DeclarationId | InitiativeId>();
    expectTypeOf<PrimaryId>().toEqualTypeOf<MeetingId | DeclarationId | InitiativeId>();
    expectTypeOf<SearchHit["id"]>().toEqualTypeOf<RecordId>();
    expectTypeOf<RelatedEntry["id"]>().toEqualTypeOf<RecordId>();
    expectTypeOf<RelatedEntry["through"]>().toEqualTypeOf<ProcessId | ActorId | undefined>();
    expectTypeOf<Meeting["id"]>().toEqualTypeOf<MeetingId>();
    expectTypeOf<NonNullable<Meeting["participants"]>[number]["actor"]>().toEqualTypeOf<ActorId>();
    expectTypeOf<NonNullable<Meeting["places"]>[number]["place"]>().toEqualTypeOf<PlaceId>();
    expectTypeOf<NonNullable<Meeting["topics"]>[number]>().toEqualTypeOf<TopicId>();
    expectTypeOf<NonNullable<Declaration["relations"]>[number]["target"]>().toEqualTypeOf<RecordId>();
    expectTypeOf<Declaration["incoming"][number]["source"]>().toEqualTypeOf<RecordId>();
    expectTypeOf<Meeting["evidence"][number]["source"]>().toEqualTypeOf<SourceId>();
    expectTypeOf<NonNullable<Meeting["participants"]>[number]["onBehalfOf"]>().toEqualTypeOf<ActorId | undefined>();
    expectTypeOf<NonNullable<Meeting["statements"]>[number]["speaker"]>().toEqualTypeOf<ActorId | undefined>();
    expectTypeOf<NonNullable<StatementEntry["statement"]["topics"]>[number]>().toEqualTypeOf<TopicId>();
    expectTypeOf<StatementEntry["statement"]["evidence"][number]["source"]>().toEqualTypeOf<SourceId>();
  });

  it("passes them back to getRecord, getActor and related", () => {
    const entry = timeline()[0]!;
    expectTypeOf(getRecord(entry.id)).toEqualTypeOf<Meeting | Declaration | Initiative>();
    expectTypeOf(getRecord(entry.id)).toEqualTypeOf<PrimaryRecord>();
    const participant = meetings[0]!.participants![0]!;
    expectTypeOf(getActor(participant.actor)).toEqualTypeOf<Actor>();
    const hit = search("doha")[0]!;
    expectTypeOf(related(hit.id)).toEqualTypeOf<readonly RelatedEntry[]>();
    expectTypeOf(getRecord(hit.id)).toEqualTypeOf<AnyRecord>();
    expectTypeOf(getRecord(related(hit.id)[0]!.id)).toEqualTypeOf<AnyRecord>();
    expectTypeOf(getRecord(meetings[0]!.evidence[0]!.source)).toEqualTypeOf<Source>();
    const relation = findDeclarations()[0]!.relations![0]!;
    expectTypeOf(getRecord(relation.target)).toEqualTypeOf<AnyRecord>();
    findInitiatives({ actor: participant.actor, topic: meetings[0]!.topics![0]!, place: meetings[0]!.places![0]!.place });
  });

  it("never resolves getRecord of a live id to never", () => {
    const id = timeline()[0]!.id as RecordId;
    expectTypeOf(getRecord(id)).not.toBeNever();
    expectTypeOf(getRecord(id)).toEqualTypeOf<AnyRecord>();
  });

  it("IdOfKind is an indexed lookup that takes unions of kinds", () => {
    expectTypeOf<IdOfKind<"meeting" | "place">>().toEqualTypeOf<MeetingId | PlaceId>();
    expectTypeOf<IdOfKind<"initiative">>().toEqualTypeOf<InitiativeId>();
    expectTypeOf(getRecord(null as unknown as IdOfKind<"initiative">)).toEqualTypeOf<Initiative>();
  });

  it("types the release lists and tombstones with plain strings where ids may be retired", () => {
    expectTypeOf(changes[0]!.added[0]!).toEqualTypeOf<string>();
    expectTypeOf(tombstones).not.toBeAny();
  });
});

describe("filter values are id unions", () => {
  it("rejects a misspelt id and an unnarrowed string, and takes a string narrowed by isRecordId", () => {
    // @ts-expect-error: "rusia" is not an actor id
    findMeetings({ actor: "rusia" });
    // @ts-expect-error: nor inside an actor-role filter
    findMeetings({ actor: { actor: "rusia", role: "host" } });
    // @ts-expect-error: "tashkent" is a place, not a topic
    timeline({ topic: "tashkent" });
    const input = "russia" as string;
    // @ts-expect-error: a string from outside must be narrowed first
    findMeetings({ actor: input });
    if (isRecordId(input, "actor")) expectTypeOf(findMeetings({ actor: input })).toEqualTypeOf<readonly Meeting[]>();
    if (isRecordId(input, "process")) findMeetings({ process: [input] });
    // @ts-expect-error: related takes record ids
    related("no-such-record");
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
    findStatements({ actor: { actor: "kazakhstan", onBehalfOf: true }, meeting: "2024-astana-meeting-of-central-asian-security-council-heads", topic: ["terrorism"], dates: "all" });
    // @ts-expect-error onBehalfOf is a boolean, not an id
    findMeetings({ actor: { actor: "kassym-jomart-tokayev", onBehalfOf: "kazakhstan" } });
    // @ts-expect-error an unknown dates value
    timeline({ dates: "sources" });
    // @ts-expect-error: "x" is not a meeting id
    findStatements({ meeting: "x" });
    // @ts-expect-error statements have no status
    findStatements({ status: "held" });
  });
});
