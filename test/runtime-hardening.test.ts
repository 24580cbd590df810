/**
 * The runtime API's defences of issue #13: immutable constants, `instanceof` across the ESM and
 * CommonJS builds, bounded suggestions and echoes, and argument type checks first.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { runCli } from "../src/cli/main.js";
import { closestMatches } from "../src/text/closest.js";
import { REPO } from "./helpers/data-tree.js";

const {
  changesSince,
  compareDates,
  COUNTRY_CODES,
  EdtfError,
  findDeclarations,
  findInitiatives,
  findMeetings,
  getActor,
  getDeclaration,
  getInitiative,
  getMeeting,
  getRecord,
  meetings,
  parseEdtf,
  related,
  resolveId,
  ROLES,
  RELATIONS,
  COLLECTIONS,
  search,
  timeline,
} = api;

/** Every object reachable from `value` (own enumerable properties), `value` included. */
function reachable(value: unknown, seen = new Set<object>()): Set<object> {
  if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], seen);
  }
  return seen;
}

describe("exported constants are immutable", () => {
  const constants = Object.entries(api).filter(([, value]) => value !== null && typeof value === "object");

  it("covers every exported object, array and set", () => {
    expect(constants.map(([name]) => name)).toEqual(expect.arrayContaining(["KINDS", "ROLES", "RELATIONS", "COLLECTIONS", "COUNTRY_CODES", "meetings", "dataset", "changes", "tombstones"]));
  });

  it.each(constants)("%s is deeply frozen and holds no mutable Set or Map", (_, value) => {
    for (const object of reachable(value)) {
      expect(Object.isFrozen(object)).toBe(true);
      expect(object instanceof Set || object instanceof Map).toBe(false);
    }
  });

  it("refuses writes to vocabularies, so no caller can change them for another", () => {
    expect(() => {
      (ROLES as unknown as string[])[0] = "boss";
    }).toThrow(TypeError);
    expect(() => (ROLES as unknown as string[]).push("boss")).toThrow(TypeError);
    expect(() => (RELATIONS["adopted-at"].from as unknown as string[]).push("actor")).toThrow(TypeError);
    expect(() => {
      (COLLECTIONS as Record<string, string>).meeting = "elsewhere";
    }).toThrow(TypeError);
    expect(ROLES[0]).toBe("host");
    expect(() => findMeetings({ actor: { actor: "uzbekistan", role: "host" } })).not.toThrow();
  });

  it("exposes COUNTRY_CODES as a read-only view: no add, delete or clear, not even through Set.prototype", () => {
    const codes = COUNTRY_CODES as unknown as Record<string, unknown>;
    expect(codes.add).toBeUndefined();
    expect(codes.delete).toBeUndefined();
    expect(codes.clear).toBeUndefined();
    expect(() => Set.prototype.add.call(COUNTRY_CODES, "XX")).toThrow(TypeError);
    expect(() => Set.prototype.clear.call(COUNTRY_CODES)).toThrow(TypeError);
    expect(COUNTRY_CODES.has("XX")).toBe(false);
    expect(api.isCountryCode("KZ")).toBe(true);
  });

  it("still reads like a set", () => {
    expect(COUNTRY_CODES.size).toBe(249);
    expect([...COUNTRY_CODES]).toHaveLength(249);
    expect(new Set(COUNTRY_CODES.values())).toEqual(new Set([...COUNTRY_CODES.keys()]));
    expect([...COUNTRY_CODES.entries()][0]).toEqual(["AD", "AD"]);
    const seen: string[] = [];
    COUNTRY_CODES.forEach((value, key, set) => {
      expect(set).toBe(COUNTRY_CODES);
      seen.push(key === value ? value : "mismatch");
    });
    expect(seen).toEqual([...COUNTRY_CODES]);
  });

  it("freezes the schema entry's map of schemas", async () => {
    const { schemas } = await import("../src/schema.js");
    expect(Object.isFrozen(schemas)).toBe(true);
    expect(() => {
      (schemas as Record<string, unknown>).meeting = undefined;
    }).toThrow(TypeError);
    expect(schemas.meeting.safeParse({}).success).toBe(false);
  });

  it("freezes what changesSince returns, like every other result", () => {
    const result = changesSince("0.0.0");
    expect(result.length).toBeGreaterThan(0);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(changesSince(api.changes.at(-1)!.version))).toBe(true);
  });
});

describe("the ESM and CommonJS builds together", () => {
  const esmPath = join(REPO, "dist/index.js");
  const cjsPath = join(REPO, "dist/index.cjs");
  let esm: typeof api;
  let cjs: typeof api;

  beforeAll(async () => {
    if (!existsSync(esmPath) || !existsSync(cjsPath)) throw new Error("run `npm run build` first: this test loads dist/");
    esm = (await import(pathToFileURL(esmPath).href)) as typeof api;
    cjs = createRequire(import.meta.url)(cjsPath) as typeof api;
  });

  const thrown = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error("nothing was thrown");
  };

  it("are two copies: classes and records differ in identity, not in value", () => {
    expect(cjs.EdtfError).not.toBe(esm.EdtfError);
    const id = esm.meetings[0]!.id;
    expect(cjs.getRecord(id as never)).not.toBe(esm.getRecord(id as never));
    expect(cjs.getRecord(id as never)).toEqual(esm.getRecord(id as never));
  });

  it.each([
    ["CommonJS", "ESM"],
    ["ESM", "CommonJS"],
  ])("an EdtfError thrown by the %s build is instanceof the %s build's EdtfError", (from, to) => {
    const [thrower, checker] = from === "ESM" ? [esm, cjs] : [cjs, esm];
    for (const value of ["2018-13", "2018-02-30", "2019/2018", "tomorrow"]) {
      const error = thrown(() => thrower.parseEdtf(value));
      expect(error instanceof checker.EdtfError, `${from} → ${to}: ${value}`).toBe(true);
      expect(error).toBeInstanceOf(RangeError);
    }
    expect(thrown(() => thrower.compareDates("2018", "2018-00")) instanceof checker.EdtfError).toBe(true);
  });

  it("answers false for other errors and values in both builds", () => {
    for (const build of [esm, cjs]) {
      expect(new RangeError("x") instanceof build.EdtfError).toBe(false);
      expect(thrown(() => build.parseEdtf(1 as never)) instanceof build.EdtfError).toBe(false);
      for (const value of [null, undefined, "EdtfError", {}, { name: "EdtfError", code: "syntax" }]) {
        expect((value as unknown) instanceof build.EdtfError).toBe(false);
      }
    }
  });

  it("keeps the ordinary check for subclasses", () => {
    class Custom extends EdtfError {}
    const custom = new Custom("syntax", "x", "test");
    expect(custom instanceof EdtfError).toBe(true);
    expect(custom instanceof Custom).toBe(true);
    expect(new EdtfError("syntax", "x", "test") instanceof Custom).toBe(false);
  });
});

describe("suggestions and echoes are bounded", () => {
  const huge = "uzbekistan".repeat(100_000); // 1 MB

  /** The message of what `run` throws, checked to be short and to end the echo with "…". */
  function boundedMessage(run: () => unknown): string {
    let message = "";
    try {
      run();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(1_000);
    expect(message).toContain("…");
    return message;
  }

  it("does not read the candidates for an input longer than 200 characters", () => {
    const untouchable = {
      [Symbol.iterator]: () => {
        throw new Error("candidates were read");
      },
    };
    expect(closestMatches("x".repeat(201), untouchable)).toEqual([]);
    expect(closestMatches("uzbekistn", ["uzbekistan", "kazakhstan"])).toEqual(["uzbekistan"]);
  });

  it.each([
    ["related(id)", () => related(huge as never)],
    ["getMeeting-style lookups through filters: findMeetings({ actor })", () => findMeetings({ actor: huge as never })],
    ["findDeclarations({ topic })", () => findDeclarations({ topic: huge as never })],
    ["findInitiatives({ status })", () => findInitiatives({ status: huge as never })],
    ["timeline({ kinds })", () => timeline({ kinds: [huge as never] })],
    ["an unknown filter key", () => findMeetings({ [huge]: 1 } as never)],
    ["related options", () => related(meetings[0]!.id, { relation: huge as never })],
    ["search options", () => search("tashkent", { kinds: [huge as never] })],
    ["findMeetings({ country })", () => findMeetings({ country: huge })],
    ["findMeetings({ from })", () => findMeetings({ from: huge })],
    ["parseEdtf", () => parseEdtf(huge)],
    ["changesSince", () => changesSince(huge)],
    ["search text without words", () => search("-".repeat(1_000_000))],
  ])("%s answers a 1 MB input with a short message", (_, run) => {
    boundedMessage(run);
  });

  it("still suggests for an ordinary typo", () => {
    expect(() => related("2018-tashkent-declaratio" as never)).toThrow(/Did you mean "2018-tashkent-declaration"/);
  });

  it.each([
    ["show", [`show`, huge]],
    ["related", ["related", huge]],
    ["list <kind>", ["list", huge]],
    ["an unknown command", [huge]],
    ["an unknown flag", ["list", `--${huge}`]],
    ["list --country", ["list", "meetings", "--country", huge]],
    ["search --limit", ["search", "x", "--limit", huge]],
  ])("the CLI answers a 1 MB %s with a short usage error", (_, args) => {
    let stderr = "";
    const code = runCli(args as string[], { out: () => undefined, err: (t) => void (stderr += t), isTTY: false });
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(1_500);
    expect(stderr).toContain("…");
  });
});

describe("every public function checks its argument types first", () => {
  let touched = false;
  const sneaky = {
    toString: () => ((touched = true), "2018"),
    valueOf: () => ((touched = true), 2018),
    [Symbol.toPrimitive]: () => ((touched = true), "2018"),
  };

  it.each([
    ["getRecord", () => getRecord(sneaky as never), "getRecord: id"],
    ["getMeeting", () => getMeeting(sneaky as never), "getMeeting: id"],
    ["getDeclaration", () => getDeclaration(42 as never), "getDeclaration: id"],
    ["getInitiative", () => getInitiative(null as never), "getInitiative: id"],
    ["getActor", () => getActor([] as never), "getActor: id"],
    ["resolveId", () => resolveId(sneaky as never), "resolveId: id"],
    ["changesSince(null)", () => changesSince(null as never), "changesSince: version"],
    ["changesSince(1)", () => changesSince(1 as never), "changesSince: version"],
    ["changesSince({})", () => changesSince(sneaky as never), "changesSince: version"],
    ["parseEdtf", () => parseEdtf(sneaky as never), "parseEdtf: value"],
    ["parseEdtf(2018)", () => parseEdtf(2018 as never), "parseEdtf: value"],
    ["compareDates(a)", () => compareDates(sneaky as never, "2018"), "compareDates: a"],
    ["compareDates(b)", () => compareDates("2018", sneaky as never), "compareDates: b"],
    ["related", () => related(sneaky as never), "related: id"],
    ["related options", () => related(meetings[0]!.id, "outgoing" as never), "options"],
    ["search", () => search(sneaky as never), "search text"],
    ["search options", () => search("tashkent", 5 as never), "search options"],
    ["findMeetings", () => findMeetings("UZ" as never), "filter"],
    ["timeline", () => timeline([sneaky] as never), "filter"],
    ["timeline (a class instance)", () => timeline(new Date(0) as never), "filter"],
  ])("%s throws a TypeError naming the argument and the type it got", (_, run, name) => {
    touched = false;
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    const message = (error as Error).message;
    expect(message.startsWith(`${name} must be `), message).toBe(true);
    expect(message).toMatch(/; got (an object|an array|null|undefined|a number \(\d+\)|a string \(".*"\))\.$/);
    expect(touched).toBe(false);
  });
});

describe("results whose types are readonly are frozen (issue #22)", () => {
  it("parseEdtf's bounds, and verifySource's verification with every quote in it", async () => {
    const bounds = parseEdtf("2018-03");
    expect(Object.isFrozen(bounds)).toBe(true);
    expect(() => Object.assign(bounds, { earliest: "1900-01-01" })).toThrow(TypeError);
    const source = api.sources[0]!;
    const result = await api.verifySource(source.id, "not the text");
    expect(result.quotes.length).toBeGreaterThan(0);
    const notFrozen = [...reachable(result)].filter((object) => !Object.isFrozen(object));
    expect(notFrozen).toEqual([]);
  });
});
