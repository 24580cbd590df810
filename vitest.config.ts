import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds if needed, packs once, launches the run's one Chromium, owns the scratch folders.
    globalSetup: ["test/global-setup.ts"],
    // Vitest's default on 2 cores is one worker, so files ran one after another; the slow suites
    // mostly wait on other processes (tsc, npm, the build, Chromium), so three overlap well.
    maxWorkers: 3,
    // Safety nets, not measurements: many times the slowest test's time on an idle machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The type tests in *.test-d.ts are not run here: test/typecheck.test.ts runs tsc over the whole
    // tsconfig (src, scripts, tests, type tests), so npm test needs no separate `tsc --noEmit`
    // (npm run typecheck is there for editors and quick checks).
  },
});
