/**
 * Docs are tests: every TypeScript, SQL and shell code block of README.md and docs/*.md runs as
 * written, in a throwaway project that installed the run's packed tarball (the layout a reader
 * has after `npm install central-asia-security`), with the source texts beside it as
 * `../shared/seeds/` and copied into it:
 * - TypeScript: all blocks type-checked together by tsc (strict), then each run by Node;
 * - SQL: through DuckDB, relative paths resolved from the project (`.read FILE` as in DuckDB's
 *   shell); the queries must run;
 * - sh: the block runs in bash (stop at the first failing command), `npx` finding the installed bin;
 * - console: each `$ ` command runs; every output line the block shows must be printed (lines
 *   holding `…` or a `<placeholder>` are elisions and not compared).
 * A placeholder `"<the hash you recorded>"` stands for the reader's own pinned hash: the suite
 * fills in the installed package's hash. A block whose first line is a comment `not run by the tests: <reason>` is skipped and must say
 * why. Failures name the guide, the line of the block's fence and its language.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { transform } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { DUCKDB_OFFLINE } from "../scripts/exports/parquet.js";
import { sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { REPO } from "./helpers/data-tree.js";
import { consoleSteps, docBlocks, guides, where, type DocBlock } from "./helpers/doc-blocks.js";
import { consumerProject } from "./helpers/packed.js";
import { run } from "./helpers/run.js";
import { scratchDir } from "./helpers/scratch.js";

const blocks = guides().flatMap(docBlocks);
const runnable = blocks.filter((b) => b.skip === undefined);
const texts = sourceTextsLocation(REPO).dir;
const haveTexts = existsSync(texts);
/** Blocks that read the source texts cannot run without them. */
const needsTexts = (b: DocBlock): boolean => /shared\/seeds|\d{3}_[0-9a-f]{16}\.txt/.test(b.code);

let project = "";
const env = (): Record<string, string> => ({
  PATH: `${join(project, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
  npm_config_offline: "true",
  npm_config_update_notifier: "false",
  COLUMNS: "80",
});
const bash = (script: string) => spawnSync("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: project, env: { ...process.env, ...env() }, encoding: "utf8", timeout: 60_000 });
const tsFile = (b: DocBlock): string => join(project, `${b.file.replaceAll("/", "_")}-${b.line}.ts`);
/** The block's code with the reader's pinned hash filled in. */
const tsCode = (b: DocBlock): string => {
  const { hash } = JSON.parse(readFileSync(join(project, "node_modules/central-asia-security/dist/data.json"), "utf8")) as { hash: string };
  return `${b.code.replaceAll('"<the hash you recorded>"', JSON.stringify(hash))}\nexport {};\n`;
};

beforeAll(() => {
  const root = scratchDir("docs-blocks", true);
  project = join(root, "project");
  mkdirSync(project);
  consumerProject([], project);
  const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(project, "package.json"), JSON.stringify({ ...manifest, type: "module" }));
  if (haveTexts) {
    mkdirSync(join(root, "shared"));
    symlinkSync(texts, join(root, "shared/seeds"));
    for (const name of readdirSync(texts)) cpSync(join(texts, name), join(project, name));
  }
});

describe("the guides' code blocks", () => {
  it("are found in every language the suite runs, and every skipped one says why", () => {
    for (const language of ["ts", "sql", "sh", "console"])
      expect(
        runnable.some((b) => b.language === language),
        language,
      ).toBe(true);
    for (const b of blocks.filter((b) => b.skip !== undefined)) expect(b.skip!.length, `${where(b)}: "not run by the tests:" needs a reason`).toBeGreaterThan(10);
  });
});

describe("TypeScript blocks", () => {
  const ts = runnable.filter((b) => b.language === "ts");

  it("type-check against the installed package", () => {
    for (const b of ts) writeFileSync(tsFile(b), tsCode(b));
    const tsc = join(REPO, "node_modules/typescript/bin/tsc");
    const args = [
      "--ignoreConfig",
      "--noEmit",
      "--strict",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--types",
      "node",
      "--typeRoots",
      join(REPO, "node_modules/@types"),
      ...ts.map(tsFile),
    ];
    const result = run(process.execPath, [tsc, ...args], { cwd: project });
    // Name each error by the guide and line it comes from.
    const errors = result.stdout.replace(/^(\S+?)-(\d+)\.ts\((\d+),\d+\)/gm, (_, name: string, fence: string, line: string) => {
      const b = ts.find((x) => tsFile(x).endsWith(`${name}-${fence}.ts`));
      return b ? `${b.file}:${Number(fence) + Number(line)} (ts block at line ${fence})` : `${name}-${fence}.ts(${line})`;
    });
    expect(errors, "a TypeScript block does not compile").toBe("");
    expect(result.status).toBe(0);
  });

  it.each(ts.map((b) => [where(b), b] as const))("%s runs", async (_, b) => {
    const { code } = await transform(tsCode(b), { loader: "ts", format: "esm", target: "node20" });
    const file = tsFile(b).replace(/\.ts$/, ".mjs");
    writeFileSync(file, code);
    const result = spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8", timeout: 60_000 });
    expect(result.stderr, `${where(b)} failed`).toBe("");
    expect(result.status, `${where(b)} exited ${result.status}`).toBe(0);
  });
});

describe("SQL blocks run in DuckDB", () => {
  it.each(runnable.filter((b) => b.language === "sql").map((b) => [where(b), b] as const))("%s", async (_, b) => {
    // `.read FILE` is DuckDB's shell command; the library API takes the file's statements.
    const script = b.code.replace(/^\.read\s+(\S+)\s*$/gm, (_, file: string) => readFileSync(join(project, file), "utf8"));
    const instance = await DuckDBInstance.create(":memory:", { ...DUCKDB_OFFLINE, file_search_path: project });
    const connection = await instance.connect();
    try {
      await connection.run(script);
    } catch (error) {
      throw new Error(`${where(b)}: ${(error as Error).message}`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe("shell blocks run against the installed CLI", () => {
  const sh = runnable.filter((b) => b.language === "sh");
  it.each(sh.map((b) => [where(b), b] as const))("%s", (_, b) => {
    if (needsTexts(b) && !haveTexts) return console.warn(`${where(b)} skipped: no source texts at ${texts}`);
    const result = bash(b.code);
    expect(result.status, `${where(b)} failed:\n${result.stderr}`).toBe(0);
  });

  const consoles = runnable.filter((b) => b.language === "console");
  it.each(consoles.map((b) => [where(b), b] as const))("%s prints what it shows", (_, b) => {
    if (needsTexts(b) && !haveTexts) return console.warn(`${where(b)} skipped: no source texts at ${texts}`);
    for (const step of consoleSteps(b.code)) {
      const result = bash(`${step.command} 2>&1 || true`);
      const printed = result.stdout.split("\n").map((l) => l.trimEnd());
      const shown = step.output.filter((l) => !l.includes("…") && !/<[^>]+>/.test(l));
      expect(
        shown.filter((l) => !printed.includes(l)),
        `${where(b)}: \`${step.command}\` does not print these lines; it printed:\n${result.stdout}`,
      ).toEqual([]);
    }
  });
});
