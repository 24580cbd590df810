/** Bundles the library with tsup: ESM + CJS + .d.ts for each public entry, and the CLI. */
import { copyFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { build, type Options } from "tsup";

const runtimeEntry = resolve("src/index.ts");
const generatedDir = resolve("src/generated");
/** The data files of src/generated/ that the bundles load at run time, copied beside them. */
const RUNTIME_JSON = ["data.json", "search-index.json"];

/**
 * Keeps `with { type: "json" }` on the external JSON imports: esbuild drops import attributes
 * for targets that predate them (es2022, node20), and Node (from 20.18.3, stable from then on;
 * hence `engines`) needs the attribute to load a JSON module.
 */
const keepImportAttributes: NonNullable<Options["esbuildOptions"]> = (options) => {
  options.supported = { ...options.supported, "import-attributes": true };
};

/**
 * Leaves the generated JSON files out of the bundles, as imports of `./data.json` (ESM, with
 * `with { type: "json" }`) or `require("./data.json")` (CJS) beside them: the data is parsed as
 * JSON at run time instead of being compiled as code, and a consumer's bundler sees a separate
 * JSON module that it drops when nothing uses it.
 */
const jsonExternal: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "generated-json-external",
  setup(plugin) {
    plugin.onResolve({ filter: /\.json$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return dirname(target) === generatedDir && RUNTIME_JSON.includes(basename(target)) ? { path: `./${basename(target)}`, external: true } : undefined;
    });
  },
};

/** Builds the public entries into `outDir`. Throws when bundling or type generation fails. */
export async function bundleLibrary(outDir: string): Promise<void> {
  await build({
    entry: { index: "src/index.ts", schema: "src/schema.ts" },
    format: ["esm", "cjs"],
    outDir,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    sourcemap: false,
    clean: false,
    silent: true,
    external: ["zod"],
    // tsup 8 injects baseUrl into its dts build, which TypeScript 6 rejects without this.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    esbuildPlugins: [jsonExternal],
    esbuildOptions: keepImportAttributes,
  });
  for (const name of RUNTIME_JSON) copyFileSync(join(generatedDir, name), join(outDir, name));
  await bundleCli(outDir);
}

/**
 * Builds `dist/cli.js`, an executable ESM file for Node. Its imports of the runtime entry
 * (`src/index.ts`) are left as `./index.js`, so the data ships once, in the library bundle,
 * and the CLI shows exactly what `import "central-asia-security"` gives.
 */
async function bundleCli(outDir: string): Promise<void> {
  await build({
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    outDir,
    target: "node20",
    platform: "node",
    splitting: false,
    sourcemap: false,
    clean: false,
    silent: true,
    dts: false,
    banner: { js: "#!/usr/bin/env node" },
    esbuildOptions: keepImportAttributes,
    removeNodeProtocol: false,
    esbuildPlugins: [
      jsonExternal,
      {
        name: "runtime-entry-external",
        setup(plugin) {
          plugin.onResolve({ filter: /(?:^|\/)index\.js$/ }, (args) => {
            const target = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
            return target === runtimeEntry ? { path: "./index.js", external: true } : undefined;
          });
        },
      },
    ],
  });
}
