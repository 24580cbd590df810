/**
 * The contributor mistakes of issue #13, each as a kind: more cases than the rule fixtures,
 * including the cases each rule must let through.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import tags from "language-tags";
import { describe, expect, it } from "vitest";
import { duplicateKeyFaults, encodingFaults, firstInvalidUtf8 } from "../scripts/validate/file-checks.js";
import { validateData, type ValidationResult } from "../scripts/validate/index.js";
import { dataTree, VALID_FIXTURE } from "./helpers/data-tree.js";

const MEETING = "meetings/2018-tashkent-conference.json";
const SOURCE = "sources/report-2018-tashkent-conference.json";
const TOMBSTONE = "tombstones/tashkent-conference.json";

const read = (rel: string): any => JSON.parse(readFileSync(join(VALID_FIXTURE, rel), "utf8"));

/** Validates the valid fixture with `files` (path under data/ → JSON value or raw bytes) written over it. */
function validateWith(files: Record<string, unknown>): ValidationResult {
  const root = dataTree();
  for (const [rel, content] of Object.entries(files)) {
    writeFileSync(join(root, "data", rel), content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return validateData(join(root, "data"), root);
}

/** `rule path` of every problem. */
const found = (result: ValidationResult): string[] => result.problems.map((p) => `${p.rule} ${p.path}`);

describe("json-duplicate-key", () => {
  it("names the path and key of every key written twice, at any depth", () => {
    const text = '{"id": "x", "status": "planned", "places": [{"place": "a", "evidence": [], "place": "b"}], "date": {"edtf": "2018", "edtf": "2019"}, "status": "held"}';
    const faults = duplicateKeyFaults(text);
    expect(faults.map((f) => f.path).sort()).toEqual(["date.edtf", "places[0].place", "status"]);
    expect(faults.find((f) => f.path === "status")!.message).toContain('"status" is written 2 times');
  });

  it("counts a key written three times once, with every line", () => {
    const [fault] = duplicateKeyFaults('{\n"a": 1,\n"a": 2,\n"a": 3\n}');
    expect(fault!.message).toContain("3 times in one object (lines 2, 3, 4)");
  });

  it("allows the same key in different objects and a key equal to a value", () => {
    expect(duplicateKeyFaults('{"a": {"b": 1}, "c": {"b": "a"}, "d": [{"b": 1}, {"b": 2}]}')).toEqual([]);
  });

  it("refuses a record whose duplicate key JSON.parse would have resolved silently", () => {
    const raw = readFileSync(join(VALID_FIXTURE, MEETING), "utf8").replace('"type": "conference",', '"type": "conference",\n  "title": "Another title",');
    const result = validateWith({ [MEETING]: new TextEncoder().encode(raw) });
    expect(found(result)).toEqual(["json-duplicate-key title"]);
    expect(result.records.map((r) => r.record.id)).not.toContain("2018-tashkent-conference");
  });
});

describe("utf8-encoding", () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

  it.each([
    ["a Latin-1 é after ASCII", bytes('{"a": "caf', [0xe9], '"}'), 10],
    ["a Latin-1 byte after multi-byte UTF-8", bytes('{"a": "Ташкент ', [0xe9], '"}'), 22],
    ["a sequence cut short at the end of the file", bytes('{"a": "x"}', [0xe2, 0x82]), 10],
    ["an overlong encoding of '/'", bytes('{"a": "', [0xc0, 0xaf], '"}'), 7],
    ["an encoded surrogate half", bytes('{"a": "', [0xed, 0xa0, 0x80], '"}'), 7],
    ["a stray continuation byte after a real U+FFFD", bytes('{"a": "\uFFFD', [0x80], '"}'), 10],
  ])("gives the byte offset of %s", (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    const [fault] = encodingFaults(input);
    expect(fault!.rule).toBe("utf8-encoding");
    expect(fault!.message).toContain(`byte offset ${offset}`);
  });

  it("accepts valid UTF-8, a written U+FFFD and four-byte characters included", () => {
    expect(encodingFaults(bytes('{"a": "Oʻzbekiston \uFFFD 𝔸 é"}'))).toEqual([]);
  });

  it("refuses a data file in Latin-1 instead of building it with U+FFFD in its text", () => {
    const raw = readFileSync(join(VALID_FIXTURE, SOURCE), "latin1").replace("A news report", "A news r\u00e9port");
    const result = validateWith({ [SOURCE]: Buffer.from(raw, "latin1") });
    expect(found(result)).toContain("utf8-encoding ");
    expect(result.problems.find((p) => p.rule === "utf8-encoding")!.message).toMatch(/byte offset \d+ starts the bad sequence E9/);
  });
});

describe("byte-order-mark", () => {
  it("says the file starts with a BOM and how to remove it, instead of a JSON token error", () => {
    const raw = readFileSync(join(VALID_FIXTURE, SOURCE));
    const result = validateWith({ [SOURCE]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), raw]) });
    expect(found(result)).toEqual(["byte-order-mark "]);
    const [problem] = result.problems;
    expect(problem!.message).toContain("byte-order mark");
    expect(problem!.hint).toMatch(/without BOM/);
    expect(problem!.message).not.toMatch(/token/i);
  });

  it("is not confused with a BOM-like character later in the file", () => {
    expect(encodingFaults(new TextEncoder().encode('{"a": "\uFEFF"}'))).toEqual([]);
  });
});

describe("language-tag", () => {
  const withLanguage = (language: string) => found(validateWith({ [SOURCE]: { ...read(SOURCE), language } }));

  it.each(["en", "ru", "uz-Latn", "uz-Cyrl-UZ", "fa-AF", "zh-Hant", "de-CH-1996", "en-x-private"])("accepts %s", (tag) => {
    expect(withLanguage(tag)).toEqual([]);
  });

  it.each([
    ["English", "a language name, which is syntactically a valid (unregistered) subtag"],
    ["xx", "an unassigned subtag"],
    ["eng", "a three-letter code where the registry has a two-letter one"],
    ["en_US", "an underscore"],
    ["en-US-", "an empty subtag"],
    ["EN-us", "the wrong case"],
    ["iw", "a deprecated code (now he)"],
  ])("refuses %s (%s)", (tag) => {
    expect(withLanguage(tag)).toEqual(["language-tag language"]);
  });

  it("agrees with the registry library on what is a registered tag", () => {
    // "English" has the shape of a language subtag (5–8 letters are reserved for registration):
    // only the registry, not the syntax, rules it out.
    expect(/^[a-zA-Z]{2,8}$/.test("English")).toBe(true);
    expect(tags("English").valid()).toBe(false);
  });
});

describe("text-present", () => {
  it.each([
    ["a blank inferred reason", MEETING, (m: any) => void (m.date.inferred = "  "), "date.inferred"],
    ["a blank reported name", MEETING, (m: any) => void (m.participants[0].nameAsReported = ""), "participants[0].nameAsReported"],
    ["a blank capacity", MEETING, (m: any) => void (m.participants[0].capacity = "\n"), "participants[0].capacity"],
    ["a blank alternative name", MEETING, (m: any) => void (m.altNames = ["Tashkent conference", " "]), "altNames[1]"],
    ["a blank position title", "actors/federica-mogherini.json", (a: any) => void (a.positions[0].title = ""), "positions[0].title"],
    ["a blank tombstone reason", TOMBSTONE, (t: any) => void (t.reason = "\t"), "reason"],
  ])("refuses %s", (_, rel, change, path) => {
    const record = read(rel);
    change(record);
    expect(found(validateWith({ [rel]: record }))).toEqual([`text-present ${path}`]);
  });

  it("leaves a blank quote to quote-length", () => {
    const meeting = read(MEETING);
    meeting.places[0].evidence[0].quote = " ";
    expect(found(validateWith({ [MEETING]: meeting }))).toEqual(["quote-length places[0].evidence[0].quote"]);
  });
});

describe("repeated list entries", () => {
  it("refuses the same actor with the same role twice, but not with another role", () => {
    const meeting = read(MEETING);
    const speaker = meeting.participants[0];
    meeting.participants.push({ ...speaker, role: "participant" }, { ...speaker, capacity: "EU foreign policy chief" });
    expect(found(validateWith({ [MEETING]: meeting }))).toEqual(["duplicate-participant participants[2]"]);
  });

  it("refuses a topic listed twice, once per extra listing", () => {
    const meeting = read(MEETING);
    meeting.topics = ["afghan-peace-process", "afghan-peace-process", "afghan-peace-process"];
    expect(found(validateWith({ [MEETING]: meeting }))).toEqual(["duplicate-topic topics[1]", "duplicate-topic topics[2]"]);
  });

  it("refuses the same quote of the same source twice on one claim, at the record level too", () => {
    const meeting = read(MEETING);
    meeting.evidence.push({ ...meeting.evidence[0] });
    expect(found(validateWith({ [MEETING]: meeting }))).toEqual(["duplicate-evidence evidence[1]"]);
  });

  it("allows the same quote on two different claims, and two different quotes on one claim", () => {
    const meeting = read(MEETING);
    meeting.places[0].evidence.push({ source: "report-2018-tashkent-conference", quote: "Delegates from twenty countries" });
    meeting.date.evidence = [...meeting.evidence];
    expect(found(validateWith({ [MEETING]: meeting }))).toEqual([]);
  });

  it("refuses a relation or a place listed twice", () => {
    const declaration = read("declarations/2018-tashkent-declaration.json");
    declaration.relations = [...declaration.relations, { ...declaration.relations[0] }];
    expect(found(validateWith({ "declarations/2018-tashkent-declaration.json": declaration }))).toEqual([`duplicate-entry relations[${declaration.relations.length - 1}]`]);
  });

  it("refuses a split tombstone with the same target twice, but not a split into different records", () => {
    const split = { id: "tashkent-conference", kind: "meeting", status: "split", reason: "Fixture.", targets: ["2018-tashkent-conference", "2018-tashkent-conference"] };
    expect(found(validateWith({ [TOMBSTONE]: split }))).toEqual(["duplicate-split-target targets[1]"]);
  });
});
