/** Scratch folders for tests, inside the run's scratch space, which the global setup removes when the run ends. */
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

/**
 * A new empty folder named `<prefix>-XXXXXX`. It lies outside the repository (so a module lookup
 * from it never finds the repository's node_modules) unless `inRepo` is true, for files that
 * must resolve the repository's packages. Removed when the run ends, passing or failing.
 */
export function scratchDir(prefix: string, inRepo = false): string {
  return mkdtempSync(join(inject(inRepo ? "repoScratch" : "scratch"), `${prefix}-`));
}
