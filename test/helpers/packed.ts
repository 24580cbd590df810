/** Packs the package once and installs the tarball into throwaway consumer projects, offline. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./data-tree.js";
import { run } from "./run.js";

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

let packed: PackInfo | undefined;

/** Runs `npm pack` of the built repository (once per test process); returns what it packed. */
export function packInfo(): PackInfo {
  if (packed) return packed;
  const dir = mkdtempSync(join(tmpdir(), "cas-pack-"));
  const result = run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: REPO });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  packed = { tarball: join(dir, info!.filename), size: info!.size, unpackedSize: info!.unpackedSize, files: info!.files.map((f) => f.path).sort() };
  return packed;
}

/** Runs `npm pack` of the built repository (once per test process); returns the tarball path. */
export function packTarball(): string {
  return packInfo().tarball;
}

/**
 * Creates an empty project, installs the tarball (plus `extra` packages, which must already be
 * in npm's cache) without touching the network, and returns the project folder.
 */
export function consumerProject(extra: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "cas-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const result = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", packTarball(), ...extra], { cwd: dir });
  if (result.status !== 0) throw new Error(`npm install failed${extra.length > 0 ? ` (are ${extra.join(", ")} in npm's cache?)` : ""}:\n${result.stderr}`);
  return dir;
}
