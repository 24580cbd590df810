/** Whether the package build or the docs site is older than what it is built from. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The newest modification time (ms) of the files under `paths`, skipping those `skip` matches (by path relative to `root`). */
export function newestMtime(root: string, paths: readonly string[], skip: (rel: string) => boolean = () => false): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path) || skip(relative(root, path))) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

const mtime = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** True when `dist/data.json` is missing or older than the data, the sources of the build, the evidence lock, or package.json. */
export function packageIsStale(root: string): boolean {
  const built = mtime(join(root, "dist/data.json"));
  const inputs = newestMtime(
    root,
    ["data", "src", "scripts", "releases", "package.json", "evidence.lock.json"],
    (rel) => rel.startsWith(join("src", "generated")) || rel.startsWith(join("scripts", "docs")),
  );
  return built === 0 || inputs > built;
}

/** The stamp the docs build writes into the site when it is complete. */
export const SITE_STAMP = ".build-info.json";

/** Everything the site is built from, relative to the repository root. */
export const SITE_INPUTS = ["dist/data.json", "README.md", "docs", "src", "scripts/docs", "scripts/validate", "test/fixtures", "typedoc.json", "package.json"] as const;

/** True when the site is missing, unfinished, or older than one of its inputs. */
export function siteIsStale(root: string, siteDir = join(root, "site")): boolean {
  const built = mtime(join(siteDir, SITE_STAMP));
  return built === 0 || newestMtime(root, SITE_INPUTS) > built;
}
