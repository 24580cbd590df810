/**
 * The packed tarball (packed once per run by the global setup) and throwaway consumer projects
 * that install it, offline and without npm's cache.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { packableFolder } from "../../scripts/release/pack-check.js";
import { REPO } from "./data-tree.js";
import { run } from "./run.js";
import { scratchDir } from "./scratch.js";

/** What `npm pack --json` reports about the tarball. */
export interface PackInfo {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** Size of the tarball in bytes. */
  readonly size: number;
  /** Total size of the files in it, in bytes. */
  readonly unpackedSize: number;
  /** Paths of the files in it, relative to the package root. */
  readonly files: readonly string[];
}

/**
 * Runs `npm pack` of the built repository (or of its honestly stamped copy, see
 * {@link packableFolder}) into `dir`; returns what it packed. The global setup calls it once
 * per run; tests read the result with {@link packInfo}. The pack check runs in process, so
 * npm's scripts are skipped.
 * @throws Error with npm's output when packing fails.
 */
export function packRepository(dir: string): PackInfo {
  const folder = packableFolder(REPO, dir);
  const result = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: folder });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  return { tarball: join(dir, info!.filename), size: info!.size, unpackedSize: info!.unpackedSize, files: info!.files.map((f) => f.path).sort() };
}

/** The run's packed tarball: its path, sizes and file list. */
export function packInfo(): PackInfo {
  return inject("packed");
}

/** The path of the run's packed tarball. */
export function packTarball(): string {
  return packInfo().tarball;
}

/**
 * The folder of `spec`'s package in the repository's node_modules. `spec` is a package name,
 * optionally with an exact version (`zod@4.6.7`), which must be the installed one.
 * @throws Error when the package is not installed, or another version is.
 */
function installedPackage(spec: string): string {
  const at = spec.lastIndexOf("@");
  const [name, version] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, undefined];
  const dir = join(REPO, "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`${name} is not in the repository's node_modules: add it as a devDependency to install it into consumer projects`);
  const installed = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
  if (version && version !== installed) throw new Error(`${spec} was asked for, but node_modules has ${name}@${installed}: pin the devDependency to ${version} or ask for ${installed}`);
  return dir;
}

/**
 * Creates an empty project in the run's scratch space and installs the tarball into it, plus
 * `extra` packages (names, or `name@version` pinned to the installed version) copied from the
 * repository's own node_modules, in `dir` (an empty folder) when given. Nothing is fetched and
 * npm's cache is not needed. Returns the
 * project folder.
 * @throws Error with npm's output when the install fails.
 */
export function consumerProject(extra: readonly string[] = [], dir: string = scratchDir("consumer")): string {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  // --install-links copies a local folder in (as a registry install would) instead of linking it.
  const args = ["install", "--offline", "--install-links", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", packTarball(), ...extra.map(installedPackage)];
  const result = run("npm", args, { cwd: dir });
  if (result.status !== 0) throw new Error(`npm install of the tarball${extra.length > 0 ? ` and ${extra.join(", ")}` : ""} failed:\n${result.stderr}`);
  return dir;
}
