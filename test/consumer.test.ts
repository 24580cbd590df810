/**
 * The packed tarball as its users get it: the run's `npm pack`, installed offline into throwaway projects,
 * then used from ESM, CJS, TypeScript (NodeNext and Bundler), the `./schema` subpath with zod,
 * a browser bundle in headless Chromium, and the installed `bin`.
 */
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataset, meetings, timeline } from "../src/index.js";
import { launchChromium, serveFolder } from "./helpers/browser.js";
import { REPO } from "./helpers/data-tree.js";
import { consumerProject, packInfo } from "./helpers/packed.js";
import { run } from "./helpers/run.js";

const tsc = join(REPO, "node_modules/typescript/bin/tsc");
/** The oldest TypeScript the declarations are checked with (a pinned devDependency alias). */
const tsc54 = join(REPO, "node_modules/typescript-5.4/bin/tsc");
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string; bin: Record<string, string> };

/** Type-checks `files` in `project` with `compilerOptions` (always strict) using `compiler`; returns tsc's output and status. */
function typecheck(project: string, name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>, compiler = tsc) {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(project, file), text);
  writeFileSync(join(project, name), JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", noEmit: true, types: [], ...compilerOptions }, files: Object.keys(files) }));
  return run("node", [compiler, "-p", name], { cwd: project });
}

/** One tsc diagnostic: the file it is in (empty for a global one) and its full text, continuation lines included. */
interface Diagnostic {
  readonly file: string;
  readonly text: string;
}

/** Splits tsc's output (`file(line,col): error TSnnnn: …`, continuation lines indented) into diagnostics. */
function diagnostics(output: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of output.split("\n")) {
    if (line.trim() === "") continue;
    if (/^\s/.test(line) && found.length > 0) {
      const last = found.pop()!;
      found.push({ file: last.file, text: `${last.text}\n${line}` });
    } else found.push({ file: /^(.+?)\(\d+,\d+\): /.exec(line)?.[1] ?? "", text: line });
  }
  return found;
}

/**
 * Type-checks several files in one tsc program (one program per compiler and module setting, so
 * the package's declarations are checked once for all of them) and remembers the result; each
 * test then reads the diagnostics of its own file. `status` is tsc's exit status for the program.
 */
function checkedProgram(
  project: string,
  name: string,
  compilerOptions: Record<string, unknown>,
  files: Record<string, string>,
  compiler = tsc,
): { status: number | null; output: string; of(file: string): Diagnostic[]; outside(files: readonly string[]): Diagnostic[] } {
  const key = `${project}/${name}`;
  let result = programs.get(key);
  if (!result) {
    result = typecheck(project, name, compilerOptions, files, compiler);
    programs.set(key, result);
  }
  const { status, stdout, stderr } = result;
  const all = diagnostics(stdout + stderr);
  return { status, output: stdout + stderr, of: (file) => all.filter((d) => d.file === file), outside: (allowed) => all.filter((d) => !allowed.includes(d.file)) };
}
const programs = new Map<string, ReturnType<typeof run>>();

const NODENEXT = { module: "NodeNext", moduleResolution: "NodeNext" };
const BUNDLER = { module: "Preserve", moduleResolution: "Bundler" };

/** A file that uses the runtime entry's values and types, including the literal id union. */
const USE_TYPES = [
  'import { getRecord, meetings, parseEdtf, timeline, type DateBounds, type DeclarationStage, type Meeting, type RecordFilter } from "central-asia-security";',
  "const first: Meeting | undefined = meetings[0];",
  'const bounds: DateBounds = parseEdtf(first?.date?.edtf ?? "2018");',
  'const filter: RecordFilter = { country: "UZ", from: "2018" };',
  'const stage: DeclarationStage = getRecord("2018-tashkent-declaration").stage;',
  "export const label: string = `${first?.title}: ${bounds.earliest} ${stage} ${timeline(filter).length}`;",
  "",
].join("\n");

/** Misuses the compiler must reject: a wrong field type and an unknown id. */
const MISUSE = 'import { getRecord, meetings } from "central-asia-security";\nexport const n: number = meetings[0]!.title;\nexport const r = getRecord("no-such-record");\n';

/** Ids returned by the API passed straight back, and an id read from input narrowed by a guard. */
const ROUND_TRIP = [
  'import { findMeetings, getActor, getRecord, isRecordId, meetings, related, search, timeline } from "central-asia-security";',
  "const record = getRecord(timeline()[0].id);",
  "const actor = getActor(meetings[0].participants![0].actor);",
  'const links = related(search("doha")[0].id);',
  'const input: string = process.argv[2] ?? "russia";',
  'const byInput = isRecordId(input, "actor") ? findMeetings({ actor: input }) : [];',
  "export const summary: string = `${record.id} ${actor.name} ${links.length} ${byInput.length}`;",
  "declare const process: { argv: string[] };",
  "",
].join("\n");

/** A misspelt actor id in a filter. */
const RUSIA = 'import { findMeetings } from "central-asia-security";\nexport const found = findMeetings({ actor: "rusia" });\n';

describe("the tarball", () => {
  it("holds only dist/, the docs, README.md, CHANGELOG.md, CITATION.cff, LICENSE and package.json, and its size is reported", () => {
    const { files, size, unpackedSize } = packInfo();
    const allowed = (path: string): boolean =>
      ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "CITATION.cff"].includes(path) || /^docs\/(releases\/)?[\w.-]+\.md$/.test(path) || (path.startsWith("dist/") && !path.endsWith(".map"));
    expect(files.filter((path) => !allowed(path))).toEqual([]);
    // No tests, fixtures, source texts, scripts or sources, even under dist/.
    const sourceLike = (path: string): boolean =>
      /(?:^|\/)(?:test|tests|fixtures|scripts|src|seeds|data)\//.test(path) || path.endsWith(".txt") || (/\.[cm]?tsx?$/.test(path) && !/\.d\.[cm]?ts$/.test(path));
    expect(files.filter(sourceLike)).toEqual([]);
    for (const required of [
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schema.js",
      "dist/cli.js",
      "dist/data.json",
      "dist/exports/dataset.jsonld",
      "dist/exports/meetings.csv",
      "dist/exports/meetings.ndjson",
      "dist/exports/datapackage.json",
      "dist/exports/participations.csv",
      "dist/exports/evidence.csv",
      "dist/exports/parquet/meetings.parquet",
      "dist/exports/parquet/evidence.parquet",
      "dist/schemas/meeting.schema.json",
    ]) {
      expect(files).toContain(required);
    }
    expect(files).toContain(pkg.bin["central-asia-security"]!.replace(/^\.\//, ""));
    for (const doc of ["CHANGELOG.md", "CITATION.cff", "docs/cli.md", "docs/exports.md", "docs/versioning.md", "docs/dataset-card.md"]) expect(files).toContain(doc);
    console.log(`tarball: ${(size / 1024).toFixed(1)} kB packed, ${(unpackedSize / 1024).toFixed(1)} kB unpacked, ${files.length} files`);
    expect(size).toBeLessThan(1024 * 1024);
  });
});

describe("the packed tarball in a project without zod", () => {
  let project: string;
  beforeAll(() => {
    project = consumerProject();
  });

  it("installs without zod or any other dependency", () => {
    expect(existsSync(join(project, "node_modules/central-asia-security/package.json"))).toBe(true);
    expect(existsSync(join(project, "node_modules/zod"))).toBe(false);
  });

  it("loads with ESM import", () => {
    writeFileSync(join(project, "esm.mjs"), `import { dataset, meetings } from "central-asia-security";\nconsole.log(JSON.stringify({ n: meetings.length, counts: dataset.counts }));\n`);
    const result = run("node", ["esm.mjs"], { cwd: project });
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { n: number; counts: { meeting: number } };
    expect(out.n).toBe(out.counts.meeting);
    expect(out.n).toBeGreaterThan(0);
  });

  it("loads with CJS require", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const cas = require("central-asia-security");\nconsole.log(cas.declarations.length === cas.dataset.counts.declaration, typeof cas.parseEdtf, typeof cas.timeline);\n`,
    );
    const result = run("node", ["cjs.cjs"], { cwd: project });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("true function function");
  });

  it("resolves ./datapackage.json, and every table it lists (CSV and Parquet) beside it", () => {
    const script = [
      `const { existsSync, readFileSync } = require("node:fs");`,
      `const { dirname, join } = require("node:path");`,
      `const file = require.resolve("central-asia-security/datapackage.json");`,
      `const pkg = JSON.parse(readFileSync(file, "utf8"));`,
      `const dir = dirname(file);`,
      `const missing = pkg.resources.flatMap((r) => [r.path, "parquet/" + r.name + ".parquet"]).filter((p) => !existsSync(join(dir, p)));`,
      `console.log(JSON.stringify({ resources: pkg.resources.length, missing, same: require.resolve("central-asia-security/exports/datapackage.json") === file }));`,
    ].join("\n");
    writeFileSync(join(project, "datapackage.cjs"), `${script}\n`);
    const result = run("node", ["datapackage.cjs"], { cwd: project });
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { resources: number; missing: string[]; same: boolean };
    expect(out.resources).toBeGreaterThan(8);
    expect(out.missing).toEqual([]);
    expect(out.same).toBe(true);
  });

  // Four tsc programs, each checking the package's declarations once (skipLibCheck off): the files
  // that must compile and the misuses that must not sit side by side, and each test reads the
  // diagnostics of its own file. Any diagnostic in another file (the declarations, say) fails
  // every test of that program.
  const program = (compiler: "6.0" | "5.4", options: typeof NODENEXT | typeof BUNDLER) => {
    const tag = compiler.replace(/\D/g, "");
    const resolution = options === NODENEXT ? "nodenext" : "bundler";
    const files: Record<string, string> = { [`roundtrip-${tag}.ts`]: ROUND_TRIP };
    if (compiler === "6.0") Object.assign(files, { "use.ts": USE_TYPES, "misuse.ts": MISUSE });
    if (options === NODENEXT) files[`rusia-${tag}.ts`] = RUSIA;
    const checked = checkedProgram(project, `tsconfig.${resolution}-${tag}.json`, options, files, compiler === "6.0" ? tsc : tsc54);
    const misuses = ["misuse.ts", `rusia-${tag}.ts`];
    expect(checked.outside(Object.keys(files)), checked.output).toEqual([]);
    // A program with a misuse in it must fail; one whose files all compile must exit 0.
    // tsc exits 1 or 2 when it reports errors; null (killed at the time limit) fails both cases.
    if (Object.keys(files).some((f) => misuses.includes(f))) expect([1, 2], checked.output).toContain(checked.status);
    else expect(checked.status, checked.output).toBe(0);
    return { ...checked, tag };
  };

  it.each([
    ["NodeNext", NODENEXT],
    ["Bundler", BUNDLER],
  ] as const)("type-checks a file that uses its types under tsc --strict (moduleResolution %s)", (_, options) => {
    expect(program("6.0", options).of("use.ts")).toEqual([]);
  });

  it.each([
    ["NodeNext", NODENEXT],
    ["Bundler", BUNDLER],
  ] as const)("rejects a misuse of its types under tsc --strict, moduleResolution %s (wrong field type, unknown id)", (_, options) => {
    const found = program("6.0", options)
      .of("misuse.ts")
      .map((d) => d.text)
      .join("\n");
    expect(found).toContain("TS2322");
    // getRecord has one overload per kind, a deprecated retired-id one and a generic one: none
    // takes a misspelt id, and the message names the id type wanted, not `never` (#23).
    expect(found).toMatch(/TS2769: No overload matches this call[\s\S]*"no-such-record"/);
    expect(found).toMatch(/Argument of type '"no-such-record"' is not assignable to parameter of type 'RecordId'/);
    expect(found).not.toMatch(/type 'never'/);
  });

  describe.each(["6.0", "5.4"] as const)("ids round-trip under TypeScript %s", (compiler) => {
    it("compiles ids returned by the API passed straight back (NodeNext and Bundler)", () => {
      for (const options of [NODENEXT, BUNDLER]) {
        const checked = program(compiler, options);
        expect(checked.of(`roundtrip-${checked.tag}.ts`)).toEqual([]);
      }
    });

    it("rejects a misspelt actor id in a filter", () => {
      const checked = program(compiler, NODENEXT);
      const found = checked
        .of(`rusia-${checked.tag}.ts`)
        .map((d) => d.text)
        .join("\n");
      // TS2820: not assignable, with the nearest id as a suggestion.
      expect(found).toMatch(/TS2820: Type '"rusia"' is not assignable to type [\s\S]*Did you mean '"russia"'/);
    });
  });

  it("runs the CLI through the installed bin", () => {
    const bin = join(project, "node_modules/.bin/central-asia-security");
    const version = run(bin, ["--version"], { cwd: project });
    expect(version.stderr).toBe("");
    expect(version.stdout).toBe(`central-asia-security ${dataset.version}\ndataset hash ${dataset.hash}\n`);
    // --wide: piped output is otherwise cut to 80 columns, ids included.
    const result = run(bin, ["timeline", "--wide"], { cwd: project });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    for (const entry of timeline()) expect(result.stdout).toContain(entry.id);
    const viaNpx = run("npx", ["--offline", "central-asia-security", "show", "2018-tashkent-declaration", "--json"], { cwd: project });
    expect(viaNpx.status, viaNpx.stderr).toBe(0);
    expect((JSON.parse(viaNpx.stdout) as { id: string }).id).toBe("2018-tashkent-declaration");
  });

  it("has every file the README and the CLI's help and errors send an installed user to", () => {
    const named = (text: string): string[] => [...text.matchAll(/\b(docs\/[\w-]+\.md|CHANGELOG\.md|CITATION\.cff|LICENSE)\b/g)].map((m) => m[1]!);
    const installed = join(project, "node_modules/central-asia-security");
    const cli = readFileSync(join(installed, "dist/cli.js"), "utf8");
    const readme = readFileSync(join(installed, "README.md"), "utf8");
    const paths = [...new Set([...named(cli), ...named(readme)])].sort();
    // The help names docs/cli.md, export's errors docs/exports.md, the README the changelog and every guide.
    expect(paths).toEqual(expect.arrayContaining(["docs/cli.md", "docs/exports.md", "CHANGELOG.md", "docs/versioning.md"]));
    expect(paths.filter((path) => !existsSync(join(installed, path)))).toEqual([]);
  });

  describe("bundled by esbuild for the browser and run in headless Chromium", () => {
    let server: Server | undefined;
    afterAll(() => server?.close());

    it("bundles without Node built-ins and shows the data on the page", async () => {
      const site = join(project, "site");
      mkdirSync(site, { recursive: true });
      writeFileSync(
        join(project, "page.js"),
        [
          'import { dataset, meetings, timeline } from "central-asia-security";',
          'document.querySelector("#count").textContent = String(meetings.length);',
          'document.querySelector("#hash").textContent = dataset.hash;',
          "for (const entry of timeline()) {",
          '  const item = document.createElement("li");',
          "  item.textContent = `${entry.date} ${entry.title}`;",
          '  document.querySelector("#timeline").append(item);',
          "}",
          'document.body.dataset.ready = "yes";',
          "",
        ].join("\n"),
      );
      writeFileSync(
        join(site, "index.html"),
        '<!doctype html><meta charset="utf-8"><title>cas</title><link rel="icon" href="data:,"><p><span id="count"></span> meetings, <span id="hash"></span></p><ol id="timeline"></ol><script type="module" src="page.js"></script>\n',
      );
      const result = await build({
        entryPoints: [join(project, "page.js")],
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        outfile: join(site, "page.js"),
        absWorkingDir: project,
        metafile: true,
        logLevel: "silent",
      });
      expect(Object.keys(result.metafile.inputs)).toContain("node_modules/central-asia-security/dist/index.js");
      expect(readFileSync(join(site, "page.js"), "utf8")).not.toMatch(/["']node:/);

      const served = await serveFolder(site);
      server = served.server;
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(message.text());
        });
        await page.goto(`${served.url}index.html`);
        await page.waitForSelector("body[data-ready=yes]", { timeout: 60_000 }); // a safety net: well under a second when idle
        expect(problems).toEqual([]);
        expect(await page.textContent("#count")).toBe(String(meetings.length));
        expect(await page.textContent("#hash")).toBe(dataset.hash);
        const items = await page.locator("#timeline li").allTextContents();
        expect(items).toEqual(timeline().map((e) => `${e.date} ${e.title}`));
      } finally {
        await browser.close();
      }
    });
  });
});

describe("the packed tarball in a project with zod", () => {
  let project: string;
  beforeAll(() => {
    project = consumerProject(["zod"]);
  });

  it("loads the ./schema subpath with ESM import and CJS require, and the schemas validate", () => {
    writeFileSync(
      join(project, "schema.mjs"),
      'import { schemas } from "central-asia-security/schema";\nconsole.log(schemas.topic.safeParse({ id: "terrorism", name: "Terrorism", summary: "x" }).success, schemas.topic.safeParse({ id: "t", name: 1 }).success);\n',
    );
    const esm = run("node", ["schema.mjs"], { cwd: project });
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("true false");
    writeFileSync(join(project, "schema.cjs"), 'const { schemas } = require("central-asia-security/schema");\nconsole.log(typeof schemas.meeting.parse);\n');
    const cjs = run("node", ["schema.cjs"], { cwd: project });
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("function");
  });

  it("type-checks a file using the schemas under tsc --strict (NodeNext and Bundler)", () => {
    const file = [
      'import { schemas } from "central-asia-security/schema";',
      'import type { TopicInput } from "central-asia-security";',
      'const parsed: TopicInput = schemas.topic.parse({ id: "terrorism", name: "Terrorism", summary: "x" });',
      "export const name: string = parsed.name;",
      "",
    ].join("\n");
    // zod's own declarations take tsc half a minute to check; the project without zod checks
    // ours with skipLibCheck off, so here the usual skipLibCheck is enough.
    for (const [name, options] of [
      ["tsconfig.schema.json", NODENEXT],
      ["tsconfig.schema-bundler.json", BUNDLER],
    ] as const) {
      const result = typecheck(project, name, { ...options, skipLibCheck: true }, { "schema-use.ts": file });
      expect(result.stdout + result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
  });
});
