/**
 * Vitest's global setup: runs once, in the main process, before any test worker starts, and
 * prepares what the suites share, handing it to them through `provide`/`inject`:
 * - `scratch`, `repoScratch`: the run's scratch folders (in the system's temporary folder, and in
 *   the repository's `.tmp/`). TMPDIR points at `scratch` for the whole run, so every folder a
 *   test or a command it runs makes in the temporary folder lands there too. Both are removed
 *   when the run ends, passing or failing.
 * - the build: `dist/` is rebuilt first when it is missing or older than its sources;
 * - `packed`: one `npm pack` of it;
 * - `chromium`: one headless Chromium for the whole run (a playwright browser server).
 * See docs/contributing.md, "Writing a test".
 */
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium as playwright, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { packageIsStale } from "../scripts/docs/stale.js";
import { CHROMIUM_ARGS, resolveChromium } from "./helpers/chromium.js";
import { REPO } from "./helpers/data-tree.js";
import { packRepository, type PackInfo } from "./helpers/packed.js";
import { runBuild } from "./helpers/run.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's scratch folder, outside the repository. */
    scratch: string;
    /** The run's scratch folder inside the repository (`.tmp/`), for files that must resolve its packages. */
    repoScratch: string;
    /** The run's packed tarball. */
    packed: PackInfo;
    /** The run's Chromium: its executable, and the endpoint to connect to. */
    chromium: { executablePath: string; origin: string; endpoint: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const savedTmpdir = process.env.TMPDIR;
  const scratch = mkdtempSync(join(tmpdir(), "cas-run-"));
  mkdirSync(join(REPO, ".tmp"), { recursive: true });
  const repoScratch = mkdtempSync(join(REPO, ".tmp", "run-"));
  let browser: BrowserServer | undefined;

  const teardown = async (): Promise<void> => {
    await browser?.close();
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    rmSync(scratch, { recursive: true, force: true });
    rmSync(repoScratch, { recursive: true, force: true });
    if (readdirSync(join(REPO, ".tmp")).length === 0) rmdirSync(join(REPO, ".tmp"));
  };

  try {
    process.env.TMPDIR = scratch;
    project.provide("scratch", scratch);
    project.provide("repoScratch", repoScratch);

    if (packageIsStale(REPO)) {
      const built = runBuild({});
      if (built.status !== 0) throw new Error(`the build failed, so no test ran:\n${built.stderr}`);
    }
    project.provide("packed", packRepository(mkdtempSync(join(scratch, "pack-"))));

    const install = await resolveChromium();
    browser = await playwright.launchServer({ executablePath: install.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...install.env } });
    project.provide("chromium", { executablePath: install.executablePath, origin: install.origin, endpoint: browser.wsEndpoint() });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
