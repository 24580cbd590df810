/**
 * A build that fails for a reason other than the data says so in one readable line naming the
 * file, ending in "dist/ was left unchanged.", never a raw stack; and leaves nothing half-written
 * (no `.tmp-<pid>` file, src/generated/ as it was). A full disk is simulated by a failing write.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildDataset } from "../scripts/lib/build-dataset.js";
import { buildFailure } from "../scripts/lib/build-failure.js";
import { isolatedRepo } from "./helpers/data-tree.js";

// Writes to files whose path contains `failing.path` throw ENOSPC, as on a full disk.
const failing = vi.hoisted(() => ({ path: undefined as string | undefined }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (failing.path && String(file).includes(failing.path)) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(file)}'`), { code: "ENOSPC", errno: -28, syscall: "open", path: String(file) });
    }
    return fs.writeFileSync(file, data, options);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

const errnoError = (code: string, path: string) => Object.assign(new Error(`${code}: something, open '${path}'\n    at raw stack line`), { code, path });

describe("build failures are one readable line", () => {
  it("a full disk while writing src/generated/: one line naming the file, no .tmp file, src/generated/ and dist/ unchanged", async () => {
    const root = isolatedRepo();
    mkdirSync(join(root, "src/generated"), { recursive: true });
    writeFileSync(join(root, "src/generated/dataset.ts"), "// previous build\n");
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist/index.js"), "previous build\n");
    const err: string[] = [];
    failing.path = "search-index.ts";
    try {
      const status = await buildDataset({ root, env: { CAS_DATA_DIR: join(root, "data"), CI: "" }, cwd: root, log: () => {}, error: (t) => err.push(t) });
      expect(status).toBe(1);
    } finally {
      failing.path = undefined;
    }
    expect(err.join("\n").split("\n")).toEqual(["Build failed: cannot write src/generated/search-index.ts: the disk is full (ENOSPC). dist/ was left unchanged."]);
    expect(readdirSync(join(root, "src/generated"))).toEqual(["dataset.ts"]);
    expect(readFileSync(join(root, "src/generated/dataset.ts"), "utf8")).toBe("// previous build\n");
    expect(readdirSync(join(root, "dist"))).toEqual(["index.js"]);
    expect(existsSync(join(root, ".build.lock"))).toBe(false);
  });

  it.each([
    ["a full disk", errnoError("ENOSPC", "/r/dist.staging-1/data.json"), "Build failed: cannot write dist.staging-1/data.json: the disk is full (ENOSPC). dist/ was left unchanged."],
    ["a file that cannot be written", errnoError("EACCES", "/r/evidence.lock.json"), "Build failed: cannot write evidence.lock.json: permission denied (EACCES). dist/ was left unchanged."],
    ["an unknown system error", errnoError("EWHAT", "/r/x"), "Build failed: cannot write x: EWHAT: something, open '/r/x' (EWHAT). dist/ was left unchanged."],
    ["a stack overflow", new RangeError("Maximum call stack size exceeded"), "Build failed: a value nested too deeply to process (Maximum call stack size exceeded). dist/ was left unchanged."],
    [
      "a bundler error over several lines",
      new Error("Build failed with 1 error:\nsrc/x.ts:1:1: ERROR: bad\n    at stack"),
      "Build failed: Build failed with 1 error: src/x.ts:1:1: ERROR: bad. dist/ was left unchanged.",
    ],
  ])("%s", (_what, error, line) => {
    expect(buildFailure(error, "/r", {})).toBe(line);
  });
});
