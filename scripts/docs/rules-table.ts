/**
 * The validation rules as documentation, generated from the validator itself: every rule of
 * `FILE_RULES` and `RULES` with its description, and the exact message it prints for its
 * failing fixture (`test/fixtures/invalid/<rule>/`), so the table never drifts from the code.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_SOURCE_TEXTS, fixtureTree } from "../lib/fixture-tree.js";
import { readManifests } from "../lib/manifests.js";
import { readSourceTexts } from "../lib/source-texts.js";
import { FILE_RULES, formatProblem, RULES, validateData } from "../validate/index.js";
import { el, table, text } from "./markup.js";

/** Where the site build puts the rules table (in `docs/contributing.md`). */
export const RULES_MARKER = "<!-- cas:validation-rules -->";

/** One rule as documented. */
export interface RuleDoc {
  readonly name: string;
  readonly description: string;
  /** `file` rules run on each file before the shape check; `record` rules on the checked records. */
  readonly stage: "file" | "record";
  /** The problem line the rule prints for its failing fixture, when there is one. */
  readonly example?: string;
}

/** Validates the valid fixture overlaid with the fixture of `rule`, as the validator tests do; returns the first problem line of that rule. */
function exampleFor(repoRoot: string, rule: string): string | undefined {
  const fixture = join(repoRoot, "test/fixtures/invalid", rule);
  if (!existsSync(fixture)) return undefined;
  const root = fixtureTree(join(repoRoot, "test/fixtures/valid"), [fixture]);
  try {
    const { problems } = validateData(join(root, "data"), root, readManifests(join(root, "releases")).at(-1), readSourceTexts(join(repoRoot, FIXTURE_SOURCE_TEXTS)));
    const hit = problems.find((p) => p.rule === rule);
    return hit ? formatProblem(hit) : undefined;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Every validation rule, in the order the validator reports problems, with the message of its
 * failing fixture.
 * @example
 * ```ts
 * ruleDocs(process.cwd()).find((r) => r.name === "edtf-syntax")?.example;
 * // "data/meetings/….json › date.edtf: Invalid EDTF date … (use 2018, 2018-03, …) [edtf-syntax]"
 * ```
 */
export function ruleDocs(repoRoot: string): RuleDoc[] {
  return [
    ...FILE_RULES.map((r) => ({ name: r.name, description: r.description, stage: "file" as const })),
    ...RULES.map((r) => ({ name: r.name, description: r.description, stage: "record" as const })),
  ].map((rule) => ({ ...rule, example: exampleFor(repoRoot, rule.name) }));
}

/** The rules as an HTML table: the rule's name, then what it requires with the message of its failing fixture below. */
export function rulesTable(rules: readonly RuleDoc[]): string {
  return el(
    "div",
    { class: "cas-rules" },
    table(
      ["Rule", "What it requires, and an example message"],
      rules.map((r) => [
        el("code", { id: `rule-${r.name}` }, text(r.name)),
        el("p", {}, text(r.description) + (r.stage === "file" ? ` ${el("span", { class: "cas-meta" }, "(checked per file, before the integrity rules)")}` : "")) +
          (r.example ? el("pre", { class: "cas-problem" }, el("code", {}, text(r.example))) : ""),
      ]),
      "cas-index",
    ),
  );
}
