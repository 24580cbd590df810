import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { isolatedRepo } from "./helpers/data-tree.js";
import { run } from "./helpers/run.js";

interface Built {
  version: string;
  hash: string;
  records: Record<string, { id: string; addedIn: string; modifiedIn: string }[]>;
  changes: { version: string; added: string[]; modified: { id: string; fields: string[] }[]; tombstoned: string[] }[];
}

/** Runs an npm script of the isolated repository. */
// A maintainer releases from a checkout with the source texts, where the build writes the evidence
// lock of the new data; CI only checks a committed lock, so the flow runs here as it does locally.
const npm = (repo: string, ...args: string[]) => run("npm", ["run", "--silent", ...args], { cwd: repo, env: { CI: "" }, timeout: 480_000 });
const readBuilt = (repo: string) => JSON.parse(readFileSync(join(repo, "dist/data.json"), "utf8")) as Built;
const meeting = (built: Built) => built.records.meeting!.find((m) => m.id === "2018-tashkent-conference")!;

/** The scratch repository both describes read: released, corrected, released again. */
let repo: string;
let first: Built;
let second: Built;
let check: ReturnType<typeof run>;
let checkBefore: ReturnType<typeof run>;

beforeAll(() => {
  repo = isolatedRepo();
  // Release 1.0.0 of the fixture data.
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  writeFileSync(join(repo, "package.json"), JSON.stringify({ ...pkg, version: "0.1.0" }, null, 2));
  writeFileSync(join(repo, ".changeset/first-release.md"), '---\n"central-asia-security": major\n---\n\nFirst release of the complete dataset.\n');
  const released = npm(repo, "release:version");
  if (released.status !== 0) throw new Error(released.stderr);
  first = readBuilt(repo);

  // Correct one field of one record.
  const file = join(repo, "data/meetings/2018-tashkent-conference.json");
  const record = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(file, JSON.stringify({ ...record, summary: "A conference on Afghanistan held in Tashkent in 2018." }, null, 2));
  checkBefore = npm(repo, "check:release");
  writeFileSync(join(repo, ".changeset/fix-summary.md"), '---\n"central-asia-security": patch\n---\n\nReword the summary of the Tashkent conference.\n');
  const patched = npm(repo, "release:version");
  if (patched.status !== 0) throw new Error(patched.stderr);
  second = readBuilt(repo);
  check = npm(repo, "check:release");
}, 1_200_000); // two releases, each with a build: minutes on a machine shared by several runs

describe("releasing a corrected value with a patch changeset", () => {
  it("makes the first release 1.0.0, with every record added in it", () => {
    expect(first.version).toBe("1.0.0");
    expect(existsSync(join(repo, "releases/1.0.0.json"))).toBe(true);
    expect(meeting(first)).toMatchObject({ addedIn: "1.0.0", modifiedIn: "1.0.0" });
    expect(first.changes.map((c) => c.version)).toEqual(["1.0.0"]);
  });

  it("refuses the changed data until a changeset is added", () => {
    expect(checkBefore.status).toBe(1);
    expect(checkBefore.stderr).toContain("npm run changeset, choose patch");
  });

  it("gives the changed record modifiedIn = the new version, keeping addedIn", () => {
    expect(second.version).toBe("1.0.1");
    expect(meeting(second)).toMatchObject({ addedIn: "1.0.0", modifiedIn: "1.0.1" });
    const untouched = second.records.place!.find((p) => p.id === "tashkent")!;
    expect(untouched).toMatchObject({ addedIn: "1.0.0", modifiedIn: "1.0.0" });
  });

  it("lists the change, naming the field, in the shipped change list", () => {
    expect(second.changes.at(-1)).toEqual({ version: "1.0.1", added: [], modified: [{ id: "2018-tashkent-conference", fields: ["summary"] }], tombstoned: [] });
  });

  it("changes the dataset hash with the data, and the release check passes again", () => {
    expect(second.hash).not.toBe(first.hash);
    expect(check.status, check.stderr).toBe(0);
    expect(readFileSync(join(repo, "CHANGELOG.md"), "utf8")).toContain("Reword the summary of the Tashkent conference.");
  });
});

/** What an editor shows for `file`: errors and suggestions (deprecations are suggestions, code 6385/6387). */
function editorDiagnostics(file: string): { errors: string[]; deprecations: string[] } {
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, types: [] };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => join(file, ".."),
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  };
  const service = ts.createLanguageService(host);
  const text = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n");
  return {
    errors: service.getSemanticDiagnostics(file).map(text),
    deprecations: service
      .getSuggestionDiagnostics(file)
      .filter((d) => d.reportsDeprecated)
      .map(text),
  };
}

describe("a retired id in the generated types", () => {
  it("still compiles, types getRecord's result as undefined, and is flagged as deprecated in editors", () => {
    // The fixture data retires "tashkent-conference"; the release above generated src/generated/ from it.
    expect(existsSync(join(repo, "src/generated/dataset.ts"))).toBe(true);
    const file = join(repo, "use-retired.ts");
    writeFileSync(
      file,
      [
        'import { getRecord, resolveId, type Meeting } from "./src/index.js";',
        'export const retired: undefined = getRecord("tashkent-conference");',
        'export const live: Meeting = getRecord("2018-tashkent-conference");',
        'export const replacement = resolveId("tashkent-conference")?.records[0];',
        "",
      ].join("\n"),
    );
    const { errors, deprecations } = editorDiagnostics(file);
    expect(errors).toEqual([]);
    expect(deprecations).toHaveLength(1);
    expect(deprecations[0]).toContain("getRecord");
  });
});
