/**
 * The CLI never writes a control character it did not write itself: every echoed value
 * (arguments, ids, flags, file names, record text) shows C0/C1 controls and bidirectional
 * formatting characters as `\u{1b}`, in tables, errors and suggestions. Run through the real
 * binary, dist/cli.js, as a terminal would receive it.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonText } from "../src/cli/output.js";
import { formatTable } from "../src/cli/table.js";
import { escapeControls } from "../src/text/escape.js";
import { REPO } from "./helpers/data-tree.js";

const CLI = join(REPO, "dist/cli.js");
/** Any control or bidi formatting character but the line feeds the CLI writes itself. */
const RAW = /[\p{Cc}\p{Bidi_Control}]/u;
const withoutNewlines = (text: string): string => text.replaceAll("\n", "");

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TITLE_AND_CLEAR = "\u001b]0;PWNED\u0007\u001b[2J";
const SHOWN = "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J";

describe("dist/cli.js shows the control characters it is given, never sends them", () => {
  it.each([
    ["the 'takes no arguments' message", ["timeline", TITLE_AND_CLEAR], `"timeline" takes no arguments, got 1: ${SHOWN}`],
    ["an unknown flag", ["timeline", `--x${TITLE_AND_CLEAR}`], `unknown flag --x${SHOWN} for "timeline"`],
    ["an unknown flag before the command", [`--x${TITLE_AND_CLEAR}`, "timeline"], `unknown flag "--x${SHOWN}"`],
    ["an unknown command", [`time${TITLE_AND_CLEAR}`], `unknown command "time${SHOWN}"`],
    ["an unknown id", ["show", `kazakhstan\u009b2J\u202e`], 'unknown id "kazakhstan\\u{9b}2J\\u{202e}"'],
    ["a flag value", ["timeline", "--country", `K\u202eZ`], '"K\\u{202e}Z"'],
    ["a flag given twice", ["timeline", "--from", `2018\u001b[2J`, "--from", "2019"], '("2018\\u{1b}[2J", "2019")'],
    ["a search that finds nothing", ["search", `zzqx\u2066\u009b`], '"zzqx\\u{2066}\\u{9b}"'],
    ["a file name that cannot be read", ["verify", "tass-2021-07-16-central-asia-russia-statement", `/no/such\u001b[2J\u202e.txt`], 'cannot read "/no/such\\u{1b}[2J\\u{202e}.txt"'],
  ])("in %s", (_what, args, shown) => {
    const result = cli(args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(shown);
    expect(withoutNewlines(result.stderr)).not.toMatch(RAW);
    expect(withoutNewlines(result.stdout)).not.toMatch(RAW);
  });

  it("suggestions still name the closest value, shown safely", () => {
    const result = cli(["show", "kazakhstam\u202e"]);
    expect(result.stderr).toContain('unknown id "kazakhstam\\u{202e}"');
    expect(result.stderr).toContain('Did you mean "kazakhstan"');
  });
});

describe("escapeControls", () => {
  // Unicode's own lists (UCD: General_Category=Cc, PropList.txt Bidi_Control), written out here
  // independently of the regex properties the function uses.
  const CC = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)];
  const BIDI_CONTROL = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];

  it("escapes exactly the Cc and Bidi_Control characters of Unicode, as \\u{hex}", () => {
    const expected = new Set([...CC, ...BIDI_CONTROL]);
    const escaped: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      const out = escapeControls(char);
      if (out !== char) {
        escaped.push(cp);
        expect(out).toBe(`\\u{${cp.toString(16)}}`);
      }
    }
    expect(escaped).toEqual([...expected].sort((a, b) => a - b));
  });

  it("in tables: a cell with controls is shown escaped and measured as shown", () => {
    const table = formatTable(["id", "title"], [["a\u001b[2J", "b\u202ec"]]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the very characters the CLI must escape
    expect(table).not.toMatch(/[\u001b\u202e]/);
    expect(table.split("\n")[2]).toBe("a\\u{1b}[2J  b\\u{202e}c");
  });

  it("in --json output: C1 and bidi characters as \\uXXXX, still the same JSON value", () => {
    const value = { title: "a\u009bb\u202ec\u001bd" };
    const text = jsonText(value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the very characters the CLI must escape
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u001b]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("dist/cli.js output does not depend on the locale", () => {
  it.each([["C"], ["POSIX"], ["tr_TR.UTF-8"], ["de_DE.ISO-8859-1"]])("LC_ALL=%s gives the same bytes as en_US.UTF-8, valid UTF-8", (locale) => {
    for (const args of [
      ["show", "2018-tashkent-declaration"],
      ["timeline", "--to", "2019"],
      ["show", "nope\u001b"],
    ]) {
      const run = (lc: string) => spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: lc, LC_ALL: lc, COLUMNS: "80" } });
      const expected = run("en_US.UTF-8");
      const actual = run(locale);
      expect(Buffer.compare(actual.stdout, expected.stdout), args.join(" ")).toBe(0);
      expect(Buffer.compare(actual.stderr, expected.stderr), args.join(" ")).toBe(0);
      expect(new TextDecoder("utf-8", { fatal: true }).decode(actual.stdout).length).toBeGreaterThanOrEqual(0);
    }
  });
});
