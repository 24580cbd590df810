/**
 * Bundlers drop what a consumer does not use: the packed tarball, installed into a throwaway
 * project, bundled by esbuild and by rollup (with the resolve and JSON plugins a browser build
 * uses), minified. A bundle that imports only helpers which never touch the records stays small;
 * one that imports the records carries all of them, and runs.
 */
import jsonModule from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rollup } from "rollup";
import { beforeAll, describe, expect, it } from "vitest";
import { actors, compareDates, dataset, isCountryCode, isEdtf, KINDS, meetings, parseEdtf } from "../src/index.js";
import { consumerProject } from "./helpers/packed.js";
import { run } from "./helpers/run.js";

/** The ceiling for a bundle of helpers that do not read the records, minified (#24). */
const HELPER_CEILING = 5_000;

/** Imports that must not pull the records (or the search index) into a bundle. */
const HELPER_IMPORTS: Record<string, { source: string; expected: string }> = {
  parseEdtf: { source: 'import { parseEdtf } from "central-asia-security";\nconsole.log(JSON.stringify(parseEdtf("2018-03")));\n', expected: JSON.stringify(parseEdtf("2018-03")) },
  "compareDates, isEdtf": {
    source: 'import { compareDates, isEdtf } from "central-asia-security";\nconsole.log(isEdtf("2018"), compareDates("2018", "2019"));\n',
    expected: `${isEdtf("2018")} ${compareDates("2018", "2019")}`,
  },
  "isCountryCode, KINDS": {
    source: 'import { isCountryCode, KINDS } from "central-asia-security";\nconsole.log(isCountryCode("KZ"), KINDS.length);\n',
    expected: `${isCountryCode("KZ")} ${KINDS.length}`,
  },
};

/** Uses the records: the bundle must carry every one of them and print what the library gives. */
const RECORDS_IMPORT =
  'import { actors, dataset, meetings } from "central-asia-security";\nconsole.log(JSON.stringify([meetings.length, actors.length, dataset.hash, Object.isFrozen(meetings[0])]));\n';
const RECORDS_EXPECTED = JSON.stringify([meetings.length, actors.length, dataset.hash, true]);

// The plugin's types describe a CommonJS module (the default export under `default`), but Node's
// ESM import resolves to its ESM build, whose default export is the plugin itself.
const json = jsonModule as unknown as (typeof jsonModule)["default"];

type Bundler = (project: string, entry: string) => Promise<string>;

const minify = async (code: string) => (await transform(code, { minify: true, format: "esm" })).code;

const BUNDLERS: Record<string, Bundler> = {
  esbuild: async (project, entry) => {
    const result = await build({
      entryPoints: [join(project, entry)],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      absWorkingDir: project,
      logLevel: "silent",
    });
    return result.outputFiles[0]!.text;
  },
  rollup: async (project, entry) => {
    const warnings: string[] = [];
    const bundle = await rollup({ input: join(project, entry), plugins: [nodeResolve({ browser: true, rootDir: project }), json()], onwarn: (warning) => warnings.push(warning.message) });
    const { output } = await bundle.generate({ format: "es" });
    await bundle.close();
    expect(warnings).toEqual([]);
    return minify(output[0].code);
  },
};

describe("bundling the installed package", () => {
  let project: string;
  beforeAll(() => {
    project = consumerProject();
  });

  for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
    describe(`with ${bundler}`, () => {
      for (const [names, { source, expected }] of Object.entries(HELPER_IMPORTS)) {
        it(`keeps \`import { ${names} }\` under ${HELPER_CEILING} bytes minified, without the records`, async () => {
          const entry = `${bundler}-${names.replace(/\W+/g, "-")}.js`;
          writeFileSync(join(project, entry), source);
          const code = await bundle(project, entry);
          expect(code).not.toContain(dataset.hash);
          expect(code.length).toBeLessThanOrEqual(HELPER_CEILING);
          // The small bundle still works: it runs in Node and prints what the library's helper returns.
          const out = join(project, `out-${entry.replace(/\.js$/, ".mjs")}`);
          writeFileSync(out, code);
          const ran = run("node", [out], { cwd: project });
          expect(ran.stderr).toBe("");
          expect(ran.stdout.trim()).toBe(expected);
        });
      }

      it("carries every record when the records are imported, frozen, and runs", async () => {
        const entry = `${bundler}-records.js`;
        writeFileSync(join(project, entry), RECORDS_IMPORT);
        const code = await bundle(project, entry);
        const dataBytes = readFileSync(join(project, "node_modules/central-asia-security/dist/data.json"), "utf8").length;
        expect(code.length).toBeGreaterThan(dataBytes * 0.9);
        const out = join(project, `out-${bundler}-records.mjs`);
        writeFileSync(out, code);
        const ran = run("node", [out], { cwd: project });
        expect(ran.stderr).toBe("");
        expect(ran.stdout.trim()).toBe(RECORDS_EXPECTED);
      });
    });
  }
});
