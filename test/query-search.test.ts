import { describe, expect, it } from "vitest";
import { search } from "../src/index.js";
import { tokenize } from "../src/search/normalize.js";
import { declaration, initiative, meeting, queriesOver } from "./helpers/query-records.js";

const q = queriesOver([
  meeting({ id: "conference", title: "Tashkent Conference on Afghanistan", summary: "A conference held in Tashkent.", participants: ["president:initiator"] }),
  declaration({ id: "declaration", title: "Tashkent Declaration", altNames: ["Déclaration de Tachkent"], summary: "Adopted at the conference." }),
  initiative({ id: "offer", title: "Offer to host talks", summary: "Uzbekistan offered to host talks in Samarqand.", participants: ["think-tank:implementer"] }),
  meeting({ id: "o-zbek", title: "Oʻzbekiston forum", summary: "A forum on Afghanistan’s future." }),
  meeting({ id: "talks", title: "Round of talks", summary: "Talks.", topics: ["water"], relations: ["part-of>istanbul-process"] }),
]);
const hits = (text: string, options?: unknown) => q.search(text, options).map((h) => `${h.id} ${h.field} ${h.score}`);

describe("search", () => {
  it("ranks title matches above alternative names, summaries, actor names and quotes", () => {
    expect(hits("tashkent")).toEqual(["conference title 100", "declaration title 100", "tashkent name 100"]);
    expect(hits("tachkent")).toEqual(["declaration altNames 30"]);
    expect(hits("samarqand")).toEqual(["offer summary 10"]);
    expect(hits("mirziyoyev")).toEqual(["president name 100", "conference actors 3"]);
    expect(hits("quote")[0]).toMatch(/ quotes 1$/);
  });

  it("finds records by the names of their topics and of the processes they are part of, weighted like actor names", () => {
    expect(hits("water")).toEqual(["water name 100", "talks topics 3"]);
    expect(hits("istanbul")).toEqual(["istanbul-process name 100", "talks processes 3"]);
    expect(hits("water istanbul talks")).toEqual(["talks title 106"]);
  });

  it("matches word prefixes at half weight, whole words at full weight", () => {
    expect(hits("tash")).toEqual(["conference title 50", "declaration title 50", "tashkent name 50"]);
    expect(hits("confer")).toEqual(["conference title 50", "declaration summary 5"]);
    expect(hits("ashkent")).toEqual([]); // a prefix of a word, not any substring
  });

  it("requires every query word and sums their scores", () => {
    expect(hits("tashkent conference")).toEqual(["conference title 200", "declaration title 110"]);
    expect(hits("tashkent declaration")).toEqual(["declaration title 200"]);
    expect(hits("tashkent samarqand")).toEqual([]);
  });

  it("ignores case, diacritics and apostrophes", () => {
    expect(hits("TASHKENT")).toEqual(hits("tashkent"));
    expect(hits("déclaration")).toEqual(hits("declaration"));
    expect(hits("DECLARATION")).toEqual(hits("declaration"));
    expect(hits("O'zbekiston")).toEqual(["o-zbek title 100"]);
    expect(hits("ozbekiston")).toEqual(["o-zbek title 100"]);
    expect(hits("afghanistan’s")).toEqual(hits("afghanistan"));
    expect(hits("afghanistan")).toEqual(["conference title 100", "o-zbek summary 10"]);
    expect(hits("Ţhink tti")).toEqual(["think-tank name 200", "offer actors 6"]);
  });

  it("narrows by kinds and caps by limit (default 20)", () => {
    expect(hits("tashkent", { kinds: ["place", "declaration"] })).toEqual(["declaration title 100", "tashkent name 100"]);
    expect(hits("tashkent", { limit: 1 })).toEqual(["conference title 100"]);
    expect(q.search("a", { limit: Infinity }).length).toBeGreaterThan(q.search("a", { limit: 2 }).length);
    expect(search("a").length).toBeLessThanOrEqual(20);
  });

  it("returns frozen hits holding the record and its title", () => {
    const result = q.search("tashkent");
    expect(Object.isFrozen(result) && result.every((h) => Object.isFrozen(h))).toBe(true);
    expect(result[2]).toMatchObject({ id: "tashkent", kind: "place", title: "Tashkent" });
  });

  it("rejects bad input", () => {
    expect(() => q.search(42)).toThrow(TypeError);
    expect(() => q.search("")).toThrow(RangeError);
    expect(() => q.search(" -–? ")).toThrow(/has no letters or digits/);
    expect(() => q.search("x", { limt: 3 })).toThrow(/Unknown search options key "limt".*Did you mean "limit"/);
    expect(() => q.search("x", { limit: "10" })).toThrow(TypeError);
    for (const limit of [0, -1, 1.5, Number.NaN]) expect(() => q.search("x", { limit })).toThrow(RangeError);
    expect(() => q.search("x", { kinds: ["venue"] })).toThrow(/options.kinds\[0\]: "venue" is not valid/);
    expect(() => q.search("x", { kinds: [] })).toThrow(TypeError);
    expect(() => q.search("x", "meeting")).toThrow(TypeError);
  });
});

describe("tokenize", () => {
  it("folds case, diacritics, apostrophes and special letters, and splits on everything else", () => {
    expect(tokenize("Oʻzbekiston O'zbekiston Düşünbe İstanbul Afghanistan’s Kabul–Taliban ŁÓDŹ Straße 2018-03")).toEqual([
      "ozbekiston",
      "ozbekiston",
      "dusunbe",
      "istanbul",
      "afghanistan",
      "kabul",
      "taliban",
      "lodz",
      "strasse",
      "2018",
      "03",
    ]);
  });
});
