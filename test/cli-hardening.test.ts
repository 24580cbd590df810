/**
 * The CLI's failure modes of issue #13: a file-system error on an output file or on stdout is
 * one line naming where and why, with a documented exit code; a flag that takes one value may
 * not be given twice.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.js";
import { EXIT } from "../src/cli/errors.js";
import { REPO } from "./helpers/data-tree.js";

function cli(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const code = runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

/** Asserts a one-line error naming `path` and `reason`, with exit 73 and nothing on stdout. */
function expectCannotWrite(args: readonly string[], path: string, reason: RegExp) {
  const result = cli(args);
  expect(result.code).toBe(EXIT.cannotWrite);
  expect(result.code).toBe(73);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`cannot write ${JSON.stringify(path)}: `);
  expect(lines[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(/internal error|please report|\n\s+at /i);
}

describe("export --out: file-system errors", () => {
  const scratch = () => mkdtempSync(join(tmpdir(), "cas-out-"));

  it.each(["ndjson", "json", "jsonld"])("names a missing folder (--format %s)", (format) => {
    const path = join(scratch(), "no", "such", "dir", `x.${format}`);
    expectCannotWrite(["export", "--format", format, "--out", path], path, /folder does not exist \(ENOENT\)$/);
    expect(existsSync(path)).toBe(false);
  });

  it("names a folder given as the output file", () => {
    const dir = scratch();
    expectCannotWrite(["export", "--format", "csv", "--kind", "meetings", "--out", dir], dir, /is a folder, not a file \(EISDIR\)$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("names a path that goes through a file", () => {
    const file = join(scratch(), "plain.txt");
    writeFileSync(file, "keep\n");
    const path = join(file, "x.ndjson");
    expectCannotWrite(["export", "--format", "ndjson", "--out", path], path, /not a folder \(ENOTDIR\)$/);
    expect(readFileSync(file, "utf8")).toBe("keep\n");
  });

  // Root may write to a file whatever its mode, so as root a file the kernel refuses stands in.
  const isRoot = process.getuid?.() === 0;
  it.runIf(!isRoot)("names a read-only file and leaves it as it was", () => {
    const file = join(scratch(), "read-only.ndjson");
    writeFileSync(file, "previous\n");
    chmodSync(file, 0o444);
    expectCannotWrite(["export", "--format", "ndjson", "--out", file], file, /permission denied \(EACCES\)$/);
    expect(readFileSync(file, "utf8")).toBe("previous\n");
  });
  it.runIf(isRoot && existsSync("/sys/kernel/notes"))("names a file even root may not write", () => {
    expectCannotWrite(["export", "--format", "ndjson", "--out", "/sys/kernel/notes"], "/sys/kernel/notes", /permission denied \(EACCES\)$/);
  });

  it("still writes a file that can be written, and confirms on stderr", () => {
    const path = join(scratch(), "meetings.ndjson");
    const result = cli(["export", "--format", "ndjson", "--kind", "meetings", "--out", path]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`wrote ${path}`);
    expect(readFileSync(path, "utf8").split("\n").filter(Boolean).length).toBeGreaterThan(5);
  });
});

describe("dist/cli.js: write errors on stdout", () => {
  const bin = join(REPO, "dist/cli.js");

  /** Runs the CLI with stdout on /dev/full (every write fails with ENOSPC). */
  function toFullDevice(args: readonly string[]) {
    const fd = openSync("/dev/full", "w");
    try {
      return spawnSync(process.execPath, [bin, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", timeout: 60_000 });
    } finally {
      closeSync(fd);
    }
  }

  it.runIf(existsSync("/dev/full"))("is one line naming stdout and the reason, exit 74, for every kind of output", () => {
    for (const args of [["list", "meetings"], ["search", "tashkent", "--json"], ["export", "--format", "ndjson"], ["--version"]]) {
      const result = toFullDevice(args);
      expect(result.status, args.join(" ")).toBe(EXIT.ioError);
      expect(result.stderr).toBe("central-asia-security: cannot write to standard output: no space left on the device (ENOSPC)\n");
    }
  });

  it("a closed pipe is still not an error", () => {
    // The exit status of the CLI itself, not of head.
    const result = spawnSync("bash", ["-c", `node "${bin}" export --format ndjson | head -c 10 > /dev/null; exit "\${PIPESTATUS[0]}"`], { encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("a flag that takes one value, given twice", () => {
  it.each([
    ["timeline --from", ["timeline", "--from", "2018", "--from", "2019"], "--from", ['"2018"', '"2019"']],
    ["timeline --to", ["timeline", "--to", "2018", "--to=2019"], "--to", ['"2018"', '"2019"']],
    ["list --from", ["list", "meetings", "--from", "2018", "--from", "2018"], "--from", []],
    ["search --limit", ["search", "tashkent", "--limit", "1", "--limit=2"], "--limit", ['"1"', '"2"']],
    ["export --format", ["export", "--format", "csv", "--kind", "meetings", "--format", "json"], "--format", ['"csv"', '"json"']],
    ["export --out", ["export", "--format", "json", "--out", "a.json", "--out", "b.json"], "--out", []],
    ["related --direction", ["related", "2018-tashkent-declaration", "--direction", "outgoing", "--direction", "incoming"], "--direction", []],
  ])("%s is a usage error naming the flag and the values", (_, args, flag, shown) => {
    const result = cli(args as string[]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${flag} takes one value, but was given 2 times`);
    for (const value of shown) expect(result.stderr).toContain(value);
  });

  it("repeatable flags still mean 'any of'", () => {
    const ids = (args: string[]) => (JSON.parse(cli([...args, "--json"]).stdout) as { id: string }[]).map((r) => r.id);
    const uz = ids(["list", "meetings", "--country", "UZ"]);
    const kz = ids(["list", "meetings", "--country", "KZ"]);
    const both = ids(["list", "meetings", "--country", "UZ", "--country", "KZ"]);
    expect(both.length).toBeGreaterThan(Math.max(uz.length, kz.length));
    expect(new Set(both)).toEqual(new Set([...uz, ...kz]));
    expect(cli(["search", "tashkent", "--kind", "meetings", "--kind", "declarations"]).code).toBe(0);
  });

  it("an on/off flag given twice is harmless", () => {
    expect(cli(["--json", "list", "meetings", "--json"]).code).toBe(0);
    expect(cli(["timeline", "--from", "2018", "--within", "--within"]).code).toBe(0);
  });
});
