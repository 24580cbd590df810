/**
 * Search folds what users expect text search to fold (issue #13): Unicode compatibility forms
 * and invisible format characters, English plurals and the -s inflection, on indexed text and
 * queries alike; and says which indexed words are nearest when nothing matches.
 */
import pluralize from "pluralize";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.js";
import { KINDS, recordsByKind, search, suggestSearchWords } from "../src/index.js";
import { foldInflection, tokenize } from "../src/search/normalize.js";
import type { AnyRecord } from "../src/model/records.js";
import { declaration, meeting, queriesOver } from "./helpers/query-records.js";

const ids = (text: string) => search(text, { limit: Infinity }).map((h) => `${h.id} ${h.score}`);

describe("compatibility and format characters", () => {
  it.each([
    ["fullwidth letters", "ＴＡＳＨＫＥＮＴ"],
    ["fullwidth lower case", "ｔａｓｈｋｅｎｔ"],
    ["a soft hyphen", "Tash\u00ADkent"],
    ["a zero-width space", "tash\u200Bkent"],
    ["a zero-width joiner", "tash\u200Dkent"],
    ["a word joiner", "tash\u2060kent"],
    ["a byte-order mark", "\uFEFFtashkent"],
    ["a no-break space around it", "\u00A0tashkent\u202F"],
  ])("a query with %s finds what the plain word finds", (_, query) => {
    const plain = ids("tashkent");
    expect(plain.length).toBeGreaterThan(10);
    expect(ids(query)).toEqual(plain);
  });

  it("folds indexed text the same way", () => {
    const q = queriesOver([
      meeting({ id: "fullwidth", title: "Ｓａｍａｒｋａｎｄ forum" }),
      meeting({ id: "soft-hyphen", title: "Tash\u00ADkent talks" }),
      meeting({ id: "zero-width", title: "Dush\u200Banbe meeting" }),
      declaration({ id: "ligature", title: "Joint ﬁnancing declaration" }),
    ]);
    const found = (text: string) => q.search(text, { kinds: ["meeting", "declaration"] }).map((h) => h.id);
    expect(found("samarkand")).toEqual(["fullwidth"]);
    expect(found("tashkent")).toEqual(["soft-hyphen"]);
    expect(found("dushanbe")).toEqual(["zero-width"]);
    expect(found("financing")).toEqual(["ligature"]);
    expect(found("ＦＩＮＡＮＣＩＮＧ")).toEqual(["ligature"]);
  });

  it("tokenizes a string and its NFKC form alike, and drops every format character (checked against the platform's ICU normalisation)", () => {
    const format = fc.constantFrom("\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u061C", "\u200E");
    const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("ＡＢＣ", "ﬁ", "Ⅻ", "²", "ｶ", "㎞", "ǅ"), format);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(tokenize(text)).toEqual(tokenize(text.normalize("NFKC")));
        expect(tokenize(text)).toEqual(tokenize(text.replace(/\p{Cf}/gu, "")));
      }),
      { numRuns: 300 },
    );
  });
});

/** Drops the derived TextQuoteSelector context: prefix and suffix cut words at 32 code points. */
/** The prose of a record: without the quote selectors' cut-off context, nor web addresses (a slug such as "…-ministerskie-debaty-…" is no English word). */
const withoutQuoteContext = (key: string, value: unknown): unknown => (key === "prefix" || key === "suffix" || key === "url" ? undefined : value);

describe("plural and -s inflection", () => {
  it.each([
    ["statements", "statement"],
    ["declarations", "declaration"],
    ["conferences", "conference"],
    ["countries", "country"],
    ["initiatives", "initiative"],
    ["Afghanistan's", "afghanistan"],
    ["Afghanistan’s", "afghanistan"],
  ])("search(%j) finds what search(%j) finds, in the shipped data", (plural, singular) => {
    expect(ids(singular).length).toBeGreaterThan(0);
    expect(ids(plural)).toEqual(ids(singular));
  });

  it.each([
    ["statements", "statement"],
    ["countries", "country"],
    ["processes", "process"],
    ["approaches", "approach"],
    ["wishes", "wish"],
    ["taxes", "tax"],
    ["issues", "issue"],
    ["states", "state"],
    ["talks", "talk"],
    ["discusses", "discuss"],
    ["days", "day"],
  ])("folds %s and %s to one word", (plural, singular) => {
    expect(foldInflection(plural)).toBe(foldInflection(singular));
  });

  it.each(["process", "crisis", "status", "consensus", "this", "its", "has", "us"])("leaves %s as it is", (word) => {
    expect(foldInflection(word)).toBe(word);
  });

  it("agrees with the pluralize library on the regular plurals of every word in the data", () => {
    // English words only: ISO codes ("DEU") and the names in the region's languages are not.
    const english = (key: string, value: unknown): unknown => (key === "countryAlpha3" || key === "names" ? undefined : withoutQuoteContext(key, value));
    const words = new Set(KINDS.flatMap((kind) => recordsByKind[kind].flatMap((r) => tokenize(JSON.stringify(r, english)))).filter((w) => /^[a-z]{3,}$/.test(w)));
    const checked: string[] = [];
    const disagree: string[] = [];
    for (const word of words) {
      if (!pluralize.isSingular(word) || pluralize.isPlural(word)) continue;
      const plural = pluralize.plural(word);
      // Deviations documented in docs/querying.md: irregular plurals (not the word plus an
      // ending), -o → -oes, and singulars ending in -i, -is or -us, whose final s is kept.
      if (!plural.startsWith(word) || plural === word || plural.endsWith("oes") || /(?:i|is|us)$/.test(word)) continue;
      checked.push(word);
      if (foldInflection(plural) !== foldInflection(word)) disagree.push(`${word} → ${plural}`);
    }
    expect(checked.length).toBeGreaterThan(500);
    expect(disagree).toEqual([]);
  });

  it("agrees with the pluralize library's singulars of -ies plurals", () => {
    for (const plural of ["activities", "parties", "policies", "economies", "studies", "authorities"]) {
      expect(foldInflection(plural)).toBe(pluralize.singular(plural));
    }
  });
});

describe("nearest indexed words when nothing matches", () => {
  it("suggests the nearest indexed word for each word no indexed word starts with", () => {
    const suggestions = suggestSearchWords("tashkint declaration samarqand");
    expect(suggestions.map((s) => s.word)).toEqual(["tashkint", "samarqand"]);
    expect(suggestions[0]!.nearest[0]).toBe("tashkent");
    expect(suggestions[1]!.nearest[0]).toBe("samarkand");
    expect(Object.isFrozen(suggestions) && suggestions.every((s) => Object.isFrozen(s) && Object.isFrozen(s.nearest))).toBe(true);
  });

  it("suggests nothing for words that occur, and checks its argument", () => {
    expect(suggestSearchWords("tashkent statements")).toEqual([]);
    expect(() => suggestSearchWords(42 as never)).toThrow(/^search text must be a string; got a number \(42\)\.$/);
  });

  it("considers only the first 200 characters of a long input", () => {
    const suggestions = suggestSearchWords(`tashkint ${"uzbekistn ".repeat(100_000)}`);
    expect(suggestions).toHaveLength(2);
    expect(suggestions[1]!.word).toBe("uzbekistn");
    expect(suggestions[1]!.nearest[0]).toBe("uzbekistan");
  });

  it("the CLI prints them when a search finds nothing, and exits 1", () => {
    let stderr = "";
    let stdout = "";
    const code = runCli(["search", "tashkint", "declaraton"], { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTTY: false });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('Nothing matches "tashkint declaraton".');
    expect(stderr).toMatch(/No indexed word starts with "tashkint"\. Did you mean "tashkent"/);
    expect(stderr).toMatch(/No indexed word starts with "declaraton"\. Did you mean "declaration"/);
  });

  it("the CLI says when every word occurs but no record has them all", () => {
    let stderr = "";
    const code = runCli(["search", "tashkent", "samarkand", "doha", "--json"], { out: () => undefined, err: (t) => void (stderr += t), isTTY: false });
    expect(code).toBe(1);
    expect(stderr).toContain("no record has them all");
  });
});

describe("a state's names in the region's languages", () => {
  const states = recordsByKind.actor.filter((a) => a.type === "state" && a.names);
  /**
   * Records where `id` takes part (participants, process members), itself or through a participant
   * acting on its behalf (`onBehalfOf`): what the actors field indexes.
   */
  const takesPartIn = (id: string): string[] =>
    KINDS.flatMap((kind) => recordsByKind[kind] as readonly AnyRecord[])
      .filter((r) => ("participants" in r ? r.participants : "members" in r ? r.members : undefined)?.some((p) => p.actor === id || ("onBehalfOf" in p && p.onBehalfOf === id)))
      .map((r) => r.id)
      .sort();

  it.each(["Казахстан", "Қазақстан", "Qozogʻiston", "Qozog'iston", "Qozogʼiston", "Qozog’iston", "QOZOGʻISTON", "قزاقستان"])(
    "search(%j) ranks Kazakhstan first and reaches the records it takes part in",
    (query) => {
      const hits = search(query, { limit: Infinity });
      expect(hits[0]).toMatchObject({ id: "kazakhstan", field: "altNames" });
      expect(
        hits
          .slice(1)
          .map((h) => h.id)
          .sort(),
      ).toEqual(takesPartIn("kazakhstan"));
      expect(takesPartIn("kazakhstan").length).toBeGreaterThan(3);
      // The SDG centre was proposed by Kazakhstan's president, for Kazakhstan.
      expect(hits.map((h) => h.id)).toContain("un-sdg-centre-for-central-asia-and-afghanistan");
    },
  );

  it.each(states.flatMap((s) => Object.entries(s.names!).map(([tag, name]) => [s.id, tag, name] as const)))("%s is found first by its %s name %j", (id, _, name) => {
    const top = search(name, { kinds: ["actor"] })[0]!;
    // Two states may share a name in one language only if the package says so; none do here.
    expect(top.id).toBe(id);
  });

  it("folds the four apostrophes alike and, wherever the platform's ICU collator (base strength) calls two spellings equal, tokenizes them alike", () => {
    const collator = new Intl.Collator("und", { sensitivity: "base", ignorePunctuation: true });
    // ICU counts U+02BB and U+02BC as letters; search treats them as the apostrophes Uzbek
    // writes them for (oʻ, gʻ, ʼ), so they are compared here as the ASCII apostrophe.
    const asIcuApostrophe = (text: string): string => text.replace(/[\u02BB\u02BC]/g, "'");
    const apostrophe = fc.constantFrom("'", "\u2019", "\u02BB", "\u02BC");
    const names = states.flatMap((s) => Object.values(s.names!));
    const variant = fc.tuple(fc.constantFrom(...names), fc.constantFrom("upper", "lower", "nfd", "strip-marks", "same"), apostrophe).map(([name, how, mark]) => {
      const marked = name.replace(/[\u02BB'\u2019\u02BC]/g, mark);
      const variants: Record<string, string> = {
        upper: marked.toUpperCase(),
        lower: marked.toLowerCase(),
        nfd: marked.normalize("NFD"),
        "strip-marks": marked.normalize("NFD").replace(/\p{M}/gu, ""),
        same: marked,
      };
      return [name, variants[how]!] as const;
    });
    fc.assert(
      fc.property(variant, ([name, other]) => {
        if (collator.compare(asIcuApostrophe(name), asIcuApostrophe(other)) === 0) expect(tokenize(other)).toEqual(tokenize(name));
      }),
      { numRuns: 500 },
    );
    for (const mark of ["'", "\u2019", "\u02BB", "\u02BC"]) expect(tokenize(`Qozog${mark}iston`)).toEqual(["qozogiston"]);
  });
});
