/**
 * The check `npm pack` and `npm publish` run first (`prepack`, `prepublishOnly`): a tarball may
 * carry only data that its version names honestly (docs/versioning.md, "Unreleased builds").
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const isRelease = (version: string): boolean => /^\d+\.\d+\.\d+$/.test(version);

/**
 * Why the package at `root` must not be packed, or undefined when it may be. Refused when:
 * dist/data.json is missing; its dataset version is not package.json's (an unreleased build
 * stamped `2.0.0-next.15` in a package that says `1.0.0`); `releases/<version>.json` holds
 * another hash than the built data; or a release version has no manifest at all.
 * A prerelease version whose data no manifest holds may be packed: it says what it is.
 * `releasesDir` defaults to `<root>/releases`.
 */
export function packRefusal(root: string, releasesDir = join(root, "releases")): string | undefined {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const dataFile = join(root, "dist/data.json");
  if (!existsSync(dataFile)) return `dist/data.json is missing: run npm run build before packing ${version}.`;
  const built = JSON.parse(readFileSync(dataFile, "utf8")) as { version: string; hash: string };
  if (built.version !== version) {
    return [
      `package.json says ${version}, but dist/ holds dataset ${built.version} (hash ${built.hash.slice(0, 12)}…): its data is in no release, and a tarball named ${version} would misname it.`,
      isRelease(built.version) ? "Rebuild (npm run build) and pack again." : "Cut the release first (npm run release:version, see docs/versioning.md), or pack a copy whose package.json says " + built.version + ".",
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
