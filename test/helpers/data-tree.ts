/** Builds throwaway data trees for validator and build tests. */
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FIXTURE_SOURCE_TEXTS, fixtureTree } from "../../scripts/lib/fixture-tree.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const VALID_FIXTURE = join(REPO, "test/fixtures/valid");
export const INVALID_FIXTURES = join(REPO, "test/fixtures/invalid");
/** The source texts the fixtures cite. */
export const SOURCE_TEXTS_FIXTURE = join(REPO, FIXTURE_SOURCE_TEXTS);

/** The valid fixture with each overlay's `data/` and `releases/` laid over it, in a temporary folder; returns its root. */
export function dataTree(...overlays: string[]): string {
  return fixtureTree(VALID_FIXTURE, overlays);
}

/**
 * A copy of the repository's build and release inputs (src without generated files, scripts,
 * package.json, tsconfig, changeset config) with the valid fixture as its data, in a temporary
 * folder, and the fixture source texts in its default place; node_modules is linked. Returns its root.
 */
export function isolatedRepo(): string {
  // The fixture source texts sit where the build looks by default: ../shared/seeds beside the repository.
  const parent = mkdtempSync(join(tmpdir(), "cas-repo-"));
  cpSync(SOURCE_TEXTS_FIXTURE, join(parent, "shared/seeds"), { recursive: true });
  const root = join(parent, "repo");
  copyBuildInputs(root, []);
  cpSync(join(REPO, ".changeset"), join(root, ".changeset"), { recursive: true, filter: (path) => !/\/(?!README)[^/]+\.md$/.test(path) });
  cpSync(VALID_FIXTURE, join(root, "data"), { recursive: true });
  return root;
}

/**
 * A copy of the repository's build inputs with its real data, releases, pending changesets and
 * evidence lock (src without generated files, scripts, package.json, tsconfig, data/, releases/,
 * .changeset/: the changesets decide the version an unreleased build is stamped with,
 * evidence.lock.json) in a temporary folder; node_modules is linked. A build there never writes
 * into the repository. Returns its root.
 */
export function repositoryCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), "cas-copy-")), "repo");
  copyBuildInputs(root, ["data", "releases", ".changeset", "evidence.lock.json"]);
  return root;
}

/** Copies scripts, package.json, tsconfig, src (without generated files) and `extra` entries of the repository into `root`, and links node_modules. */
function copyBuildInputs(root: string, extra: readonly string[]): void {
  for (const entry of ["scripts", "package.json", "tsconfig.json", ...extra]) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
  cpSync(join(REPO, "src"), join(root, "src"), { recursive: true, filter: (path) => !path.includes("/src/generated") });
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
}
