/** Bundles the library with tsup: ESM + CJS + .d.ts for each public entry. */
import { build } from "tsup";

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
}
