/** Builds throwaway data trees for validator and build tests. */
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "../..");
export const VALID_FIXTURE = join(REPO, "test/fixtures/valid");
export const INVALID_FIXTURES = join(REPO, "test/fixtures/invalid");

/**
 * Copies the valid fixture to `<tmp>/data`, then lays the files of each overlay (a folder
 * holding a `data/` tree and optionally a `releases/` folder of manifests) over it.
 * Returns the temporary root.
 */
export function dataTree(...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "cas-data-"));
  cpSync(VALID_FIXTURE, join(root, "data"), { recursive: true });
  for (const overlay of overlays) {
    cpSync(join(overlay, "data"), join(root, "data"), { recursive: true });
    if (existsSync(join(overlay, "releases"))) cpSync(join(overlay, "releases"), join(root, "releases"), { recursive: true });
  }
  return root;
}
