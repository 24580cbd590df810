/**
 * The check `npm pack` and `npm publish` run first (`prepack`, `prepublishOnly`): a tarball may
 * carry only data that its version names honestly (docs/versioning.md, "Unreleased builds").
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageIsStale } from "../docs/stale.js";

const isRelease = (version: string): boolean => /^\d+\.\d+\.\d+$/.test(version);

/**
 * Why the package at `root` must not be packed, or undefined when it may be. Refused when:
 * dist/data.json is missing or older than what it is built from (data/, src/, scripts/,
 * releases/, the evidence lock, package.json: see `packageIsStale`); its dataset version is not package.json's (an unreleased build
 * stamped `2.0.0-next.15` in a package that says `1.0.0`); `releases/<version>.json` holds
 * another hash than the built data; or a release version has no manifest at all.
 * A prerelease version whose data no manifest holds may be packed: it says what it is.
 * `releasesDir` defaults to `<root>/releases`.
 */
export function packRefusal(root: string, releasesDir = join(root, "releases")): string | undefined {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const dataFile = join(root, "dist/data.json");
  if (!existsSync(dataFile)) return `dist/data.json is missing: run npm run build before packing ${version}.`;
  // A folder without data/ is a copy of what a tarball holds (packableFolder): nothing to be stale against.
  if (existsSync(join(root, "data")) && packageIsStale(root))
    return `dist/ is older than what it is built from (data/, src/, scripts/, releases/, evidence.lock.json or package.json): run npm run build, then pack ${version} again.`;
  const built = JSON.parse(readFileSync(dataFile, "utf8")) as { version: string; hash: string };
  if (built.version !== version) {
    return [
      `package.json says ${version}, but dist/ holds dataset ${built.version} (hash ${built.hash.slice(0, 12)}…): its data is in no release, and a tarball named ${version} would misname it.`,
      isRelease(built.version)
        ? "Rebuild (npm run build) and pack again."
        : `Cut the release first (npm run release:version, see docs/versioning.md), or pack a copy whose package.json says ${built.version}.`,
    ].join("\n");
  }
  const manifestFile = join(releasesDir, `${version}.json`);
  if (existsSync(manifestFile)) {
    const released = (JSON.parse(readFileSync(manifestFile, "utf8")) as { hash: string }).hash;
    if (released !== built.hash) {
      return `releases/${version}.json holds dataset hash ${released.slice(0, 12)}…, but dist/ holds ${built.hash.slice(0, 12)}…: version ${version} was released with other data and is never reused.\nAdd a changeset and cut a new release (npm run release:version), or rebuild the released data.`;
    }
  } else if (isRelease(version)) {
    return `releases/${version}.json is missing: ${version} was never released with the release flow.\nRun npm run release:version, which writes the manifest, then pack.`;
  }
  return undefined;
}

/** What a tarball holds besides package.json: the `files` allowlist's roots, README and LICENSE. */
const PACKED = ["dist", "docs", "README.md", "LICENSE", "CHANGELOG.md", "CITATION.cff"] as const;

/**
 * The folder to pack: `root` itself when its package.json names the built data's version (a
 * release), else a copy in `scratch` of what the tarball holds, whose package.json says the
 * built version (an unreleased build, `2.0.0-next.15`): the honestly stamped package. Either
 * way {@link packRefusal} must accept it; pack the folder with `--ignore-scripts` (the copy has
 * no scripts/ for `prepack` to run). Used by the tests and `npm run lint:package`.
 * @throws Error with the check's reason when it refuses.
 */
export function packableFolder(root: string, scratch: string): string {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const built = (JSON.parse(readFileSync(join(root, "dist/data.json"), "utf8")) as { version: string }).version;
  let folder = root;
  if (built !== pkg.version) {
    folder = join(scratch, "stamped");
    for (const entry of PACKED) if (existsSync(join(root, entry))) cpSync(join(root, entry), join(folder, entry), { recursive: true });
    writeFileSync(join(folder, "package.json"), `${JSON.stringify({ ...pkg, version: built }, null, 2)}\n`);
  }
  const refusal = packRefusal(folder, join(root, "releases"));
  if (refusal) throw new Error(`the pack check refuses the ${folder === root ? "repository" : "stamped copy"}:\n${refusal}`);
  return folder;
}
