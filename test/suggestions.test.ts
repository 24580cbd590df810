/**
 * Suggestions for a misspelt id: a surname finds the person's id, a whole-id match ranks first,
 * and a short input is not matched to every short word.
 */
import fc from "fast-check";
import { distance as referenceDistance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { findMeetings, KINDS, recordsByKind } from "../src/index.js";
import { runCli } from "../src/cli/main.js";
import { closestMatches, distance } from "../src/text/closest.js";

const ids = KINDS.flatMap((kind) => recordsByKind[kind].map((r) => r.id));
const actorIds = recordsByKind.actor.map((r) => r.id);

function cliError(args: readonly string[]): { code: number; stderr: string } {
  let stderr = "";
  const code = runCli(args, { out: () => {}, err: (t) => void (stderr += t), isTTY: false });
  return { code, stderr };
}

describe("the edit distance behind suggestions", () => {
  it("equals fastest-levenshtein's on any strings (hyphens, accents and letters outside the BMP included)", () => {
    const unit = fc.constantFrom("a", "b", "c", "-", "é", "ʻ", "𝔸");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), fc.string({ unit, maxLength: 14 }), (a, b) => {
        expect(distance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 2000 },
    );
    expect(distance("mirziyoev", "mirziyoyev")).toBe(1);
  });
});

describe("suggestions for a misspelt id", () => {
  it("find a person's id from a misspelt surname", () => {
    expect(closestMatches("mirziyoev", actorIds)).toEqual(["shavkat-mirziyoyev"]);
    expect(closestMatches("tokaev", actorIds)).toEqual(["kassym-jomart-tokayev"]);
    expect(closestMatches("putn", actorIds)).toEqual(["vladimir-putin"]);
  });

  it("rank a whole-id match, then an id having the input as a word, before the rest", () => {
    expect(closestMatches("tashkend", ids)[0]).toBe("tashkent");
    expect(closestMatches("ghani", ids)[0]).toBe("ashraf-ghani");
    expect(closestMatches("uz", ids)[0]).toBe("uzbekistan");
  });

  it("do not match a short input to every short word by edit distance", () => {
    expect(closestMatches("xq", ["ab-xy-of", "on-us"])).toEqual([]);
    expect(closestMatches("nto", ["nato-summit", "un-to-be"])).toEqual([]);
    expect(closestMatches("nzto", ["nato-summit", "un-to-be"])).toEqual(["nato-summit"]);
  });

  it("read an id cut to fit a table (ending in …) as a prefix: the ids starting with it, shortest first", () => {
    const cut: string[] = [];
    for (const [args, columns] of [
      [["timeline"], 80],
      [["list", "actors"], 51],
      [["list", "declarations"], 40],
      [["list", "processes"], 40],
    ] as const) {
      let out = "";
      runCli(args, { out: (t) => void (out += t), err: () => {}, isTTY: true, columns });
      cut.push(...out.split("\n").flatMap((line) => line.split(/\s{2,}/).filter((cell) => /^[a-z0-9-]+…$/.test(cell))));
    }
    expect(cut.length).toBeGreaterThan(5);
    for (const cell of cut) {
      const prefix = cell.slice(0, -1);
      const offered = closestMatches(cell, ids);
      const starting = ids.filter((id) => id.startsWith(prefix)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      expect(offered, cell).toEqual(starting.slice(0, 3));
      expect(cliError(["show", cell]).stderr, cell).toContain(`Did you mean ${JSON.stringify(starting[0])}`);
    }
    expect(closestMatches("tashkent…", ids)[0]).toBe("tashkent");
    expect(closestMatches("2018-tashkent-conference-o...", ids)).toEqual(["2018-tashkent-conference-on-afghanistan"]);
    expect(closestMatches("…", ids)).toEqual([]);
    // Candidates given as an iterator are read once, whichever way the input is matched.
    expect(closestMatches("tashkend…", new Set(ids).values())).toEqual(closestMatches("tashkend…", ids));
    expect(closestMatches("tashkend…", ids)[0]).toBe("tashkent");
  });

  it("reach the CLI and the API's errors", () => {
    const shown = cliError(["show", "mirziyoev"]);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toContain('Did you mean "shavkat-mirziyoyev"?');
    expect(() => findMeetings({ actor: "tokaev" as never })).toThrow(/kassym-jomart-tokayev/);
  });
});
