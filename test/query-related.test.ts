import { describe, expect, it } from "vitest";
import { actors, declarations, initiatives, meetings, related, type RelatedEntry } from "../src/index.js";
import { declaration, initiative, meeting, queriesOver } from "./helpers/query-records.js";

const q = queriesOver([
  meeting({ id: "conference", date: "2018-03", places: ["tashkent"], participants: ["uzbekistan:host", "kazakhstan:participant"], topics: ["security"], relations: ["part-of>istanbul-process"] }),
  meeting({ id: "ministerial", date: "2019", relations: ["part-of>istanbul-process"] }),
  declaration({ id: "declaration", date: "2018-03", relations: ["adopted-at>conference"], participants: ["uzbekistan:signatory"] }),
  initiative({ id: "programme", relations: ["part-of>istanbul-process", "implements>declaration"] }),
]);
const brief = (entries: readonly RelatedEntry[]) => entries.map((e) => `${e.via} ${e.direction} ${e.relation} ${e.id}${e.through ? ` through ${e.through}` : ""}`);

describe("related: what links to what", () => {
  it("lists a primary record's links by via, outgoing before incoming", () => {
    expect(brief(q.related("conference"))).toEqual([
      "relation outgoing part-of istanbul-process",
      "relation incoming adopted declaration",
      "participation outgoing host uzbekistan",
      "participation outgoing participant kazakhstan",
      "place outgoing place tashkent",
      "topic outgoing topic security",
      "process outgoing shares-process ministerial through istanbul-process",
      "process outgoing shares-process programme through istanbul-process",
      "source outgoing cites report",
    ]);
  });

  it("lists an actor's records with its roles, and a process's parts and members", () => {
    expect(brief(q.related("uzbekistan"))).toEqual(["participation incoming host conference", "participation incoming signatory declaration", "source outgoing cites report"]);
    expect(brief(q.related("istanbul-process", { via: ["relation", "participation"] }))).toEqual([
      "relation incoming has-part conference",
      "relation incoming has-part ministerial",
      "relation incoming has-part programme",
      "participation outgoing member russia",
    ]);
    expect(brief(q.related("russia", { via: "participation" }))).toEqual(["participation incoming member istanbul-process"]);
  });

  it("lists the records citing a source, and a place's and topic's records", () => {
    expect(q.related("report", { direction: "incoming" }).length).toBeGreaterThanOrEqual(4);
    expect(brief(q.related("tashkent", { kinds: ["meeting"] }))).toEqual(["place incoming place conference"]);
    expect(brief(q.related("security"))).toEqual(["topic incoming topic conference"]);
  });

  it("narrows by relation, direction, kinds and via", () => {
    expect(brief(q.related("declaration", { relation: "adopted-at" }))).toEqual(["relation outgoing adopted-at conference"]);
    expect(brief(q.related("declaration", { relation: ["implemented-by", "signatory"] }))).toEqual(["relation incoming implemented-by programme", "participation outgoing signatory uzbekistan"]);
    expect(brief(q.related("conference", { direction: "incoming" }))).toEqual(["relation incoming adopted declaration"]);
    expect(brief(q.related("conference", { kinds: ["initiative", "place"] }))).toEqual(["place outgoing place tashkent", "process outgoing shares-process programme through istanbul-process"]);
  });

  it("returns frozen entries holding the linked record", () => {
    const entries = q.related("conference");
    expect(Object.isFrozen(entries) && entries.every((e) => Object.isFrozen(e))).toBe(true);
    expect(entries.every((e) => e.record.id === e.id && e.record.kind === e.kind)).toBe(true);
  });
});

describe("related on the shipped dataset", () => {
  it("agrees with the authored relations and the generated inverses of every primary record", () => {
    for (const record of [...meetings, ...declarations, ...initiatives]) {
      const entries = related(record.id, { via: "relation" });
      const outgoing = entries.filter((e) => e.direction === "outgoing").map((e) => `${e.relation} ${e.id}`);
      const incoming = entries.filter((e) => e.direction === "incoming").map((e) => `${e.relation} ${e.id}`);
      expect(outgoing.sort()).toEqual([...new Set((record.relations ?? []).map((r) => `${r.type} ${r.target}`))].sort());
      expect(incoming.sort()).toEqual([...new Set(record.incoming.map((r) => `${r.type} ${r.source}`))].sort());
    }
  });

  it("links every participant both ways", () => {
    for (const record of [...meetings, ...declarations, ...initiatives]) {
      for (const p of record.participants ?? []) {
        expect(related(record.id, { via: "participation", direction: "outgoing" }).some((e) => e.id === p.actor && e.relation === p.role)).toBe(true);
        expect(related(p.actor, { via: "participation", direction: "incoming" }).some((e) => e.id === record.id && e.relation === p.role)).toBe(true);
      }
    }
    expect(actors.length).toBeGreaterThan(0);
  });
});

describe("related: bad input", () => {
  it("rejects an unknown id with a RangeError naming it and suggesting ids", () => {
    expect(() => q.related("conferense")).toThrow(RangeError);
    expect(() => q.related("conferense")).toThrow(/no record has the id "conferense"\. Did you mean "conference"/);
    for (const odd of ["__proto__", "constructor", ""]) expect(() => q.related(odd)).toThrow(RangeError);
  });

  it("rejects a non-string id and bad options with a TypeError listing the valid values", () => {
    expect(() => q.related(42)).toThrow(TypeError);
    expect(() => q.related("conference", { relaton: "part-of" })).toThrow(/Unknown options key "relaton".*Did you mean "relation"/);
    expect(() => q.related("conference", { relation: "adopted_at" })).toThrow(/"adopted_at" is not valid\. Did you mean "adopted-at"/);
    expect(() => q.related("conference", { direction: "in" })).toThrow(/options.direction.*outgoing, incoming/);
    expect(() => q.related("conference", { kinds: "meeting" })).toThrow(/options.kinds must be an array/);
    expect(() => q.related("conference", { kinds: ["venue"] })).toThrow(/options.kinds\[0\]: "venue" is not valid/);
    expect(() => q.related("conference", { via: "relations" })).toThrow(/options.via.*Did you mean "relation"/);
    expect(() => q.related("conference", { relation: [] })).toThrow(/empty array/);
    expect(() => q.related("conference", "part-of")).toThrow(TypeError);
  });
});
