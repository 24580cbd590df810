/**
 * Scratch data trees built from the rule fixtures: the valid fixture with a failing fixture's
 * files laid over it. Used by the validator tests and by the docs' rules table.
 */
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The source texts the rule fixtures cite, relative to the repository root: a hard-wrapped
 * excerpt of one source, so the fixtures also exercise whitespace-tolerant quote matching.
 */
export const FIXTURE_SOURCE_TEXTS = "test/fixtures/source-texts";

/**
 * Copies `validData` to `<tmp>/data`, then lays each overlay over it: its `data/` tree and its
 * `releases/` manifests, either of which may be absent (git keeps no empty folders).
 * Returns the temporary root.
 */
export function fixtureTree(validData: string, overlays: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "cas-data-"));
  cpSync(validData, join(root, "data"), { recursive: true });
  for (const overlay of overlays) {
    for (const folder of ["data", "releases"]) {
      if (existsSync(join(overlay, folder))) cpSync(join(overlay, folder), join(root, folder), { recursive: true });
    }
  }
  return root;
}
