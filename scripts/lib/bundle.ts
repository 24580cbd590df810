/** Bundles the library with tsup: ESM + CJS + .d.ts for each public entry, and the CLI. */
import { resolve } from "node:path";
import { build } from "tsup";

const runtimeEntry = resolve("src/index.ts");

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
  });
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
    removeNodeProtocol: false,
    esbuildPlugins: [
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
