import { describe, expect, it } from "vitest";
import {
  actors,
  declarations,
  getActor,
  getDeclaration,
  getInitiative,
  getMeeting,
  getRecord,
  initiatives,
  isRecordId,
  KINDS,
  meetings,
  places,
  processes,
  sources,
  topics,
  type RecordId,
} from "../src/index.js";

const all = [...meetings, ...declarations, ...initiatives, ...actors, ...places, ...sources, ...processes, ...topics];
const ODD = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "", " ", "__defineGetter__", "Tashkent", "tashkent ", "\u0000"];

describe("getRecord and isRecordId", () => {
  it("returns the very record of every id, with its kind", () => {
    for (const record of all) {
      expect(getRecord(record.id as RecordId)).toBe(record);
      expect(isRecordId(record.id)).toBe(true);
      expect(isRecordId(record.id, record.kind)).toBe(true);
      for (const other of KINDS.filter((k) => k !== record.kind)) expect(isRecordId(record.id, other)).toBe(false);
    }
  });

  it("returns undefined for unknown and odd ids without touching prototypes", () => {
    for (const id of ODD) {
      expect(getRecord(id as RecordId), id).toBeUndefined();
      expect(isRecordId(id), id).toBe(false);
    }
  });

  it("getRecord throws a TypeError for values that are not strings, without calling them; isRecordId says false", () => {
    let called = false;
    const sneaky = { toString: () => ((called = true), meetings[0]?.id) };
    for (const value of [undefined, null, 1, {}, [], Symbol("x"), sneaky]) {
      expect(() => getRecord(value as never)).toThrow(TypeError);
      expect(() => getRecord(value as never)).toThrow(/^getRecord: id must be a record id \(a string\); got /);
      expect(isRecordId(value)).toBe(false);
    }
    expect(called).toBe(false);
  });

  it("rejects an unknown kind in isRecordId", () => {
    expect(() => isRecordId("x", "venue" as never)).toThrow(TypeError);
    expect(() => isRecordId("x", "venue" as never)).toThrow(/venue.*meeting, declaration/);
  });
});

describe("kind-specific lookups", () => {
  it("return the record of their kind and undefined for ids of other kinds or unknown ids", () => {
    const cases = [
      [getMeeting, meetings],
      [getDeclaration, declarations],
      [getInitiative, initiatives],
      [getActor, actors],
    ] as const;
    for (const [get, records] of cases) {
      for (const record of records) expect((get as (id: string) => unknown)(record.id)).toBe(record);
      for (const record of [...places, ...topics]) expect((get as (id: string) => unknown)(record.id)).toBeUndefined();
      for (const id of ODD) expect((get as (id: string) => unknown)(id)).toBeUndefined();
    }
  });
});

describe("records are shared and frozen", () => {
  it("throws in strict mode when a consumer writes to a looked-up record", () => {
    const record = getRecord(all[0]!.id as RecordId);
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      (record as { id: string }).id = "changed";
    }).toThrow(TypeError);
    expect(getRecord(all[0]!.id as RecordId).id).toBe(all[0]!.id);
  });
});
