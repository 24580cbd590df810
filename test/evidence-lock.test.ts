/**
 * The evidence lock (scripts/lib/evidence-lock.ts, evidence-step.ts): a build with the source
 * texts writes and checks it, a build without them places every quote from it, and what it does
 * not cover fails, naming file and path. Run on the rule fixtures, in process; the whole-package
 * check (a clone without the texts builds the same dist/) is in build-no-texts.test.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDataset } from "../scripts/derive.js";
import { buildDataset } from "../scripts/lib/build-dataset.js";
import { isCi, lockText, type EvidenceLock } from "../scripts/lib/evidence-lock.js";
import { evidenceStep } from "../scripts/lib/evidence-step.js";
import { readSourceTexts } from "../scripts/lib/source-texts.js";
import { validateData } from "../scripts/validate/index.js";
import { SOURCE_TEXTS_FIXTURE, dataTree } from "./helpers/data-tree.js";

const sourceTexts = readSourceTexts(SOURCE_TEXTS_FIXTURE)!;
const MEETING = "meetings/2018-tashkent-conference.json";

/** The evidence step on the tree at `root`, with or without the fixture texts. */
function step(root: string, texts: boolean, env: NodeJS.ProcessEnv = {}) {
  const { records, problems } = validateData(join(root, "data"), root, undefined, texts ? sourceTexts : undefined);
  expect(problems).toEqual([]);
  return { records, ...evidenceStep(records, true, texts ? sourceTexts : undefined, join(root, "evidence.lock.json"), env, root) };
}

/** A fixture tree with its lock written as a build with the texts writes it. */
function lockedTree(): string {
  const root = dataTree();
  const { write } = step(root, true);
  writeFileSync(write!.path, write!.text);
  return root;
}

const readLock = (root: string): EvidenceLock => JSON.parse(readFileSync(join(root, "evidence.lock.json"), "utf8")) as EvidenceLock;
/** The lock as plain, editable JSON. */
interface LockJson {
  sources: Record<string, { file: string; sha256: string }>;
  evidence: Record<string, Record<string, Record<string, string | number>>>;
}
const editLock = (root: string, edit: (lock: LockJson) => void): void => {
  const lock = readLock(root) as unknown as LockJson;
  edit(lock);
  writeFileSync(join(root, "evidence.lock.json"), lockText(lock as unknown as EvidenceLock));
};
function editData(root: string, file: string, edit: (record: Record<string, any>) => void): void {
  const path = join(root, "data", file);
  const record = JSON.parse(readFileSync(path, "utf8")) as Record<string, any>;
  edit(record);
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** Runs the build in process on a fixture tree (these runs all fail before anything is written). */
async function build(root: string, env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await buildDataset({
    root,
    env: { CAS_DATA_DIR: join(root, "data"), CAS_DIST_DIR: join(root, "dist"), CAS_RELEASES_DIR: join(root, "releases"), ...env },
    cwd: root,
    log: (t) => out.push(t),
    error: (t) => err.push(t),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("the evidence lock", () => {
  it("is written from the texts with every evidence item and source, deterministically", () => {
    const root = dataTree();
    const first = step(root, true);
    expect(first.problems).toEqual([]);
    const lock = JSON.parse(first.write!.text) as EvidenceLock;
    expect(Object.keys(lock.sources)).toEqual(["report-2018-tashkent-conference"]);
    expect(lock.sources["report-2018-tashkent-conference"]!.sha256).toBe(sourceTexts.get("tashkent-2018-excerpt.txt")!.sha256);
    const entry = lock.evidence["2018-tashkent-conference"]!["evidence[0]"]!;
    expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(["end", "prefix", "quote", "source", "start", "suffix"]));
    expect(step(dataTree(), true).write!.text).toBe(first.write!.text);
    // Once written, a second build with the texts has nothing to write.
    writeFileSync(first.write!.path, first.write!.text);
    expect(step(root, true).write).toBeUndefined();
  });

  it("without the texts places every quote exactly as the texts do, so the derived dataset is identical", () => {
    const root = lockedTree();
    const withTexts = step(root, true);
    const without = step(root, false);
    expect(without.problems).toEqual([]);
    const a = deriveDataset(withTexts.records, [], [], "1.0.0", withTexts.locate);
    const b = deriveDataset(without.records, [], [], "1.0.0", without.locate);
    expect(JSON.stringify(b.records)).toBe(JSON.stringify(a.records));
    expect(JSON.stringify(b.records)).toContain('"start":');
    expect(b.hash).toBe(a.hash);
  });

  it("without the texts fails a changed quote, naming file and path and saying the texts are needed", async () => {
    const root = lockedTree();
    editData(root, MEETING, (meeting) => {
      meeting.evidence[0].quote = meeting.evidence[0].quote.replace(/\.$/, "");
    });
    const { problems } = step(root, false);
    expect(problems.map((p) => `${p.file} › ${p.path}`)).toEqual([`data/${MEETING} › evidence[0]`]);
    const result = await build(root, { CAS_SOURCES_DIR: join(root, "no-texts"), CI: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^data/${MEETING} › evidence\\[0\\]: not covered by evidence\\.lock\\.json .*source texts are needed.*\\[evidence-lock\\]$`, "m"));
    expect(result.stderr).toContain("quotes were not re-read");
    expect(result.stderr).toContain("dist/ was left unchanged");
  });

  it("without the texts fails a source whose sha256 is not the lock's", () => {
    const root = lockedTree();
    editData(root, "sources/report-2018-tashkent-conference.json", (source) => {
      source.sha256 = "0".repeat(64);
    });
    expect(step(root, false).problems.map((p) => `${p.file} › ${p.path} [${p.rule}]`)).toContain("data/sources/report-2018-tashkent-conference.json › sha256 [evidence-lock]");
  });

  it("without the texts and without a lock fails every evidence item, also in CI", async () => {
    const root = dataTree();
    const result = await build(root, { CAS_SOURCES_DIR: join(root, "no-texts"), CI: "TRUE" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^data\/meetings\/2018-tashkent-conference\.json › evidence\[0\]: not covered by evidence\.lock\.json/m);
  });

  it("with the texts refuses drift (same quote and source text, other position), naming the evidence", () => {
    const root = lockedTree();
    editLock(root, (lock) => {
      const entry = lock.evidence["2018-tashkent-conference"]!["evidence[0]"]!;
      entry.start = (entry.start as number) + 1;
    });
    const { problems } = step(root, true);
    expect(problems.map((p) => `${p.file} › ${p.path} [${p.rule}]`)).toEqual([`data/${MEETING} › evidence[0] [evidence-lock]`]);
    expect(problems[0]!.hint).toContain("npm run build");
  });

  it("with the texts takes new positions when the source text changed on purpose (its sha256 in the lock differs)", () => {
    const root = lockedTree();
    editLock(root, (lock) => {
      lock.sources["report-2018-tashkent-conference"]!.sha256 = "f".repeat(64);
      lock.evidence["2018-tashkent-conference"]!["evidence[0]"]!.start = 0;
    });
    const result = step(root, true);
    expect(result.problems).toEqual([]);
    expect(result.write!.text).toBe(step(dataTree(), true).write!.text);
  });

  it("with the texts adds entries the lock lacks and drops unused ones, outside CI", () => {
    const root = lockedTree();
    editLock(root, (lock) => {
      delete lock.evidence["2018-tashkent-conference"];
      lock.evidence["retired-record"] = { "evidence[0]": { source: "x", quote: "y", start: 0, end: 1, prefix: "", suffix: "" } };
    });
    const result = step(root, true, { CI: "false" });
    expect(result.problems).toEqual([]);
    expect(result.fault).toBeUndefined();
    expect(result.write!.text).toBe(step(dataTree(), true).write!.text);
  });

  it("in CI (any non-empty CI but false/0) requires the lock complete and exact, naming what is missing and the refresh command", async () => {
    const root = lockedTree();
    expect(step(root, true, { CI: "True" }).fault).toBeUndefined();
    editLock(root, (lock) => {
      delete lock.evidence["2018-tashkent-conference"]!["evidence[0]"];
    });
    for (const CI of ["true", "True", "TRUE", "yes", "1", "woodpecker"]) {
      const { fault } = step(root, true, { CI });
      expect(fault, CI).toContain("2018-tashkent-conference › evidence[0]");
      expect(fault).toContain("run `npm run build` with the source texts");
    }
    const result = await build(root, { CAS_SOURCES_DIR: SOURCE_TEXTS_FIXTURE, CI: "yes" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Build failed: evidence\.lock\.json is not up to date, and CI requires it to be: 1 evidence items missing \(2018-tashkent-conference › evidence\[0\]\)\. To refresh it, .* dist\/ was left unchanged\.$/,
    );
  });

  it("counts any non-empty CI other than false or 0 (any case) as CI", () => {
    for (const value of ["true", "True", "TRUE", "yes", "1", "on"]) expect(isCi({ CI: value }), value).toBe(true);
    for (const value of [undefined, "", "false", "False", "FALSE", "0", " "]) expect(isCi({ CI: value }), String(value)).toBe(false);
  });
});
