import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_RULES, RULES, formatProblem, validateData } from "../scripts/validate/index.js";
import { readManifests } from "../scripts/lib/manifests.js";
import { readSourceTexts } from "../scripts/lib/source-texts.js";
import { INVALID_FIXTURES, SOURCE_TEXTS_FIXTURE, dataTree } from "./helpers/data-tree.js";

/** Validates a data tree as the build does: against the newest manifest in its releases/ folder and the fixture source texts. */
const validateTree = (root: string) => validateData(join(root, "data"), root, readManifests(join(root, "releases")).at(-1), readSourceTexts(SOURCE_TEXTS_FIXTURE));

const fixtureNames = readdirSync(INVALID_FIXTURES).sort();

describe("validateData", () => {
  it("accepts the valid fixture without a single problem", () => {
    const root = dataTree();
    const { problems, records, tombstones } = validateTree(root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(records).toHaveLength(7);
    expect(tombstones.map((t) => t.record.id)).toEqual(["tashkent-conference"]);
  });

  it.each(fixtureNames)("rule %s: its failing fixture is reported at the right file and path", (rule) => {
    const expected = JSON.parse(readFileSync(join(INVALID_FIXTURES, rule, "expect.json"), "utf8")) as { file: string; path: string };
    const root = dataTree(join(INVALID_FIXTURES, rule));
    const { problems } = validateTree(root);
    const hits = problems.filter((p) => p.rule === rule);
    expect(hits.map((p) => `${p.file} ${p.path}`)).toContain(`${expected.file} ${expected.path}`);
    // The fixture breaks one rule only, so nothing else may fire.
    expect(problems.filter((p) => p.rule !== rule).map(formatProblem)).toEqual([]);
    for (const hit of hits) {
      expect(hit.message.length).toBeGreaterThan(0);
      expect(hit.hint.length).toBeGreaterThan(0);
    }
  });

  it("has a failing fixture for every rule, and no fixture without a rule", () => {
    const ruleNames = [...FILE_RULES.map((r) => r.name), ...RULES.map((r) => r.name)].sort();
    expect(fixtureNames).toEqual(ruleNames);
  });

  it("reports every problem of a run, across files, not just the first", () => {
    const root = dataTree(join(INVALID_FIXTURES, "edtf-calendar"), join(INVALID_FIXTURES, "country-code"));
    const { problems } = validateTree(root);
    expect(problems.map((p) => `${p.rule} ${p.file}`).sort()).toEqual(["country-code data/actors/uzbekistan.json", "edtf-calendar data/meetings/2018-tashkent-conference.json"]);
  });

  it("resolves onBehalfOf, speaker and statement topics like every other reference, and rejects a person as onBehalfOf", () => {
    const root = dataTree();
    const file = join(root, "data/meetings/2018-tashkent-conference.json");
    const meeting = JSON.parse(readFileSync(file, "utf8"));
    const evidence = meeting.participants[0].evidence;
    meeting.participants[0].onBehalfOf = "europen-commission";
    meeting.statements = [
      { speaker: "federica-mogheriny", mode: "reported", topics: ["afghan-peace"], evidence },
      { speaker: "federica-mogherini", onBehalfOf: "tashkent", mode: "reported", evidence },
    ];
    writeFileSync(file, JSON.stringify(meeting));
    const uzbekistan = join(root, "data/actors/uzbekistan.json");
    const state = JSON.parse(readFileSync(uzbekistan, "utf8"));
    // A person carries no state links: drop them, so only the onBehalfOf problem remains.
    writeFileSync(uzbekistan, JSON.stringify({ ...state, type: "person", countryAlpha3: undefined, countryNumeric: undefined, names: undefined }));
    meeting.participants[0].onBehalfOf = "uzbekistan";
    writeFileSync(file, JSON.stringify({ ...meeting, statements: meeting.statements.slice(0, 1) }));
    const { problems } = validateTree(root);
    expect(problems.map((p) => `${p.rule} ${p.path}`).sort()).toEqual([
      "on-behalf-of participants[0].onBehalfOf",
      "reference-resolves statements[0].speaker",
      "reference-resolves statements[0].topics[0]",
    ]);
    writeFileSync(uzbekistan, JSON.stringify(state));
    writeFileSync(file, JSON.stringify({ ...meeting, participants: [{ ...meeting.participants[0], onBehalfOf: "europen-commission" }] }));
    expect(
      validateTree(root)
        .problems.map((p) => `${p.rule} ${p.path}`)
        .sort(),
    ).toEqual(["reference-kind statements[1].onBehalfOf", "reference-resolves participants[0].onBehalfOf", "reference-resolves statements[0].speaker", "reference-resolves statements[0].topics[0]"]);
  });

  describe("evidence-in-source", () => {
    const sourceFile = "data/sources/report-2018-tashkent-conference.json";
    const withSource = (change: (source: Record<string, unknown>) => void) => {
      const root = dataTree();
      const path = join(root, sourceFile);
      const source = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      change(source);
      writeFileSync(path, JSON.stringify(source));
      return validateTree(root).problems.map(formatProblem);
    };

    it("accepts a quote that crosses the source text's line breaks", () => {
      // "…European\nCommission, Federica Mogherini" in the hard-wrapped fixture text.
      expect(readFileSync(join(SOURCE_TEXTS_FIXTURE, "tashkent-2018-excerpt.txt"), "utf8")).toContain("European\nCommission");
      expect(validateTree(dataTree()).problems).toEqual([]);
    });

    it("names file, path, source and the closest passage for a quote with one character changed", () => {
      const { problems } = validateTree(dataTree(join(INVALID_FIXTURES, "evidence-in-source")));
      expect(problems.map(formatProblem)).toEqual([
        'data/declarations/2018-tashkent-declaration.json › relations[0].evidence[0].quote: quote not found in report-2018-tashkent-conference (closest passage: "The conference participants adopted the Tashkent declaration that is based on the results on the meeting.") [evidence-in-source]',
      ]);
    });

    it("reports a sha256 that is not the source text's", () => {
      const lines = withSource((s) => (s.sha256 = "0".repeat(64)));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^data\/sources\/report-2018-tashkent-conference\.json › sha256: sha256 does not match the source text tashkent-2018-excerpt\.txt, which hashes to [0-9a-f]{64} .*\[evidence-in-source\]$/,
      );
    });

    it("reports a source whose text is not in the folder", () => {
      const lines = withSource((s) => (s.file = "missing.txt"));
      expect(lines).toEqual([
        expect.stringMatching(/^data\/sources\/report-2018-tashkent-conference\.json › file: no source text "missing\.txt" in the source texts folder .*\[evidence-in-source\]$/),
      ]);
    });

    it("quote-occurrence: refuses an occurrence the quote does not have", () => {
      const lines = withSource((s) => (s.evidence = [{ source: "report-2018-tashkent-conference", quote: "Regional security is a top priority for Central Asian countries", occurrence: 3 }]));
      expect(lines).toEqual([
        expect.stringMatching(
          /^data\/sources\/report-2018-tashkent-conference\.json › evidence\[0\]\.occurrence: occurrence 3 of a quote found 2 times in report-2018-tashkent-conference \(use 1 to 2 .*\[quote-occurrence\]$/,
        ),
      ]);
    });

    it("checks nothing when there are no source texts", () => {
      const root = dataTree(join(INVALID_FIXTURES, "evidence-in-source"));
      expect(validateData(join(root, "data"), root).problems).toEqual([]);
    });
  });

  it("formats a problem as `file › path: message (hint) [rule]`", () => {
    const line = formatProblem({ file: "data/places/x.json", path: "country", rule: "country-code", message: "bad", hint: "fix" });
    expect(line).toBe("data/places/x.json › country: bad (fix) [country-code]");
  });
});
