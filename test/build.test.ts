import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../scripts/lib/build-dataset.js";
import { sourceTextsLocation } from "../scripts/lib/source-texts.js";
import { INVALID_FIXTURES, REPO, SOURCE_TEXTS_FIXTURE, dataTree, repositoryCopy } from "./helpers/data-tree.js";
import { hashTree, runBuild } from "./helpers/run.js";

const VALID_FIXTURE_PARENT = join(INVALID_FIXTURES, "..");

describe("npm run build", () => {
  // In process: `npm run build` is this function and an exit with its status (the CLI's own
  // exit status and output are checked below, on a fixture run through the command).
  it.for(readdirSync(INVALID_FIXTURES).sort())("fails on fixture %s, names file, path and rule, and leaves dist/ untouched", async (rule) => {
    const root = dataTree(join(INVALID_FIXTURES, rule));
    const dist = join(root, "dist");
    mkdirSync(dist);
    writeFileSync(join(dist, "index.js"), "previous build\n");
    const expected = JSON.parse(readFileSync(join(INVALID_FIXTURES, rule, "expect.json"), "utf8")) as { file: string; path: string };

    const stdout: string[] = [];
    const stderr: string[] = [];
    const env = { CAS_DATA_DIR: join(root, "data"), CAS_DIST_DIR: dist, CAS_RELEASES_DIR: join(root, "releases"), CAS_SOURCES_DIR: SOURCE_TEXTS_FIXTURE };
    // Rooted in the fixture's own folder: should a rule stop firing, the build fails there (it has
    // no package.json) and writes nothing into the repository.
    const status = await buildDataset({ root, env, cwd: root, log: (text) => stdout.push(text), error: (text) => stderr.push(text) });
    const result = { status, stdout: stdout.join("\n"), stderr: stderr.join("\n") };

    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const where = expected.path ? `${expected.file} › ${expected.path}:` : `${expected.file}:`;
    const line = result.stderr.split("\n").find((l) => l.startsWith(where));
    expect(line, result.stderr).toBeDefined();
    expect(line).toContain(`[${rule}]`);
    expect(result.stderr).toContain("dist/ was left unchanged");
    expect(readdirSync(dist)).toEqual(["index.js"]);
    expect(readFileSync(join(dist, "index.js"), "utf8")).toBe("previous build\n");
  });

  describe("without the source texts folder", () => {
    // The edtf-syntax fixture fails validation, so these runs stop before bundling.
    const fixtureRun = (env: Record<string, string>) => {
      const root = dataTree(join(INVALID_FIXTURES, "edtf-syntax"));
      const dist = join(root, "dist");
      mkdirSync(dist);
      writeFileSync(join(dist, "index.js"), "previous build\n");
      const result = runBuild({ CAS_DATA_DIR: join(root, "data"), CAS_DIST_DIR: dist, CAS_RELEASES_DIR: join(root, "releases"), ...env }, root);
      return { result, dist };
    };
    const absent = join(VALID_FIXTURE_PARENT, "no-such-folder");

    it("says in one line that quotes were not re-read, and validates the rest", () => {
      const { result } = fixtureRun({ CAS_SOURCES_DIR: absent, CI: "" });
      const notices = result.stderr.split("\n").filter((l) => l.includes("quotes were not re-read"));
      expect(notices).toEqual([`Notice: no source texts folder at ${absent} (set CAS_SOURCES_DIR): quotes were not re-read; their positions come from evidence.lock.json.`]);
      expect(result.stderr).toContain("[edtf-syntax]");
    });

    it("fails with CI=true when the evidence lock does not cover the evidence, leaving dist/ untouched", () => {
      const { result, dist } = fixtureRun({ CAS_SOURCES_DIR: absent, CI: "true" });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("quotes were not re-read");
      expect(result.stderr).toMatch(/^data\/meetings\/2018-tashkent-conference\.json › evidence\[0\]: not covered by evidence\.lock\.json/m);
      expect(readdirSync(dist)).toEqual(["index.js"]);
    });

    it("still reads CAS_SEEDS_DIR, the old name, with a warning (and the command exits 1 on the fixture's problem)", () => {
      const { result, dist } = fixtureRun({ CAS_SEEDS_DIR: SOURCE_TEXTS_FIXTURE, CI: "true" });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^data\/meetings\/2018-tashkent-conference\.json › date\.edtf: .*\[edtf-syntax\]$/m);
      expect(result.stderr).toContain("dist/ was left unchanged");
      expect(readdirSync(dist)).toEqual(["index.js"]);
      expect(result.stderr).toContain("CAS_SEEDS_DIR is the old name of CAS_SOURCES_DIR");
      expect(result.stderr).not.toContain("quotes were not re-read");
      expect(result.stderr).toContain("[edtf-syntax]");
    });
  });

  it("is deterministic: a build of a copy of the repository is byte-identical to the run's build", () => {
    // The run's build is the repository's dist/ (built by npm test, or by the global setup when
    // stale). The copy gets the same source texts and environment, and its own folder, so this
    // build never writes into the repository.
    const copy = repositoryCopy();
    const second = runBuild({ CAS_SOURCES_DIR: sourceTextsLocation(REPO, process.env).dir }, copy, copy);
    expect(second.status, second.stderr).toBe(0);
    const first = hashTree(join(REPO, "dist"));
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        "index.js",
        "index.cjs",
        "index.d.ts",
        "index.d.cts",
        "data.json",
        "schemas/meeting.schema.json",
        "exports/datapackage.json",
        "exports/parquet/meetings.parquet",
        "exports/parquet/evidence.parquet",
      ]),
    );
    expect(hashTree(join(copy, "dist"))).toEqual(first);
    expect(second.stdout).toMatch(/^central-asia-security \S+\ndataset hash [0-9a-f]{64}\n/);
  }, 240_000); // a full build (Parquet included), blocking the worker; slow when the machine is busy
});
