/**
 * The type check of the whole project: one `tsc --noEmit` over tsconfig.json (src, scripts and
 * the tests), so `npm test` needs no separate type-check pass. The type tests (`expectTypeOf`
 * assertions and `@ts-expect-error` lines in test/*.test-d.ts) hold when their files compile:
 * each such file is a test here that fails with its own diagnostics, and a diagnostic anywhere
 * else fails the last one. (Vitest's own type-check mode runs the same tsc, but announces itself
 * as experimental on every run.)
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/data-tree.js";

const TYPE_TESTS = readdirSync(join(REPO, "test"))
  .filter((name) => name.endsWith(".test-d.ts"))
  .sort()
  .map((name) => `test/${name}`);

/** tsc's exit status and its diagnostics (`file(line,col): error TS…: …`, continuation lines included) by file, relative to the repository. */
let status: number;
let output: string;
let byFile: Map<string, string[]>;

beforeAll(async () => {
  const tsc = join(REPO, "node_modules/typescript/bin/tsc");
  ({ status, output } = await new Promise<{ status: number; output: string }>((done) => {
    execFile(process.execPath, [tsc, "--noEmit", "--pretty", "false", "-p", join(REPO, "tsconfig.json")], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: stdout + stderr }),
    );
  }));
  byFile = new Map();
  let current: string[] | undefined;
  for (const line of output.split("\n")) {
    if (line.trim() === "") continue;
    const file = /^(.+?)\(\d+,\d+\): /.exec(line)?.[1];
    if (file !== undefined || !/^\s/.test(line) || !current) {
      const key = file === undefined ? "" : relative(REPO, join(REPO, file));
      current = byFile.get(key) ?? [];
      byFile.set(key, current);
      current.push(line);
    } else current[current.length - 1] += `\n${line}`;
  }
});

describe("the project type-checks under tsc --noEmit (tsconfig.json)", () => {
  it("has type tests to run", () => {
    expect(TYPE_TESTS.length).toBeGreaterThan(0);
  });

  it.each(TYPE_TESTS)("%s: every type test holds", (file) => {
    expect(byFile.get(file) ?? []).toEqual([]);
  });

  it("src, scripts and the other tests compile, and tsc exits 0", () => {
    expect([...byFile].filter(([file]) => !TYPE_TESTS.includes(file)).flatMap(([, lines]) => lines)).toEqual([]);
    expect(status, output).toBe(0);
  });
});
