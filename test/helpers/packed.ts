/** Packs the package once and installs the tarball into throwaway consumer projects, offline. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./data-tree.js";
import { run } from "./run.js";

let tarball: string | undefined;

/** Runs `npm pack` of the built repository (once per test process); returns the tarball path. */
export function packTarball(): string {
  if (tarball) return tarball;
  const dir = mkdtempSync(join(tmpdir(), "cas-pack-"));
  const result = run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: REPO });
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout) as { filename: string }[];
  tarball = join(dir, info!.filename);
  return tarball;
}

/**
 * Creates an empty project, installs the tarball (plus `extra` packages, which must already be
 * in npm's cache) without touching the network, and returns the project folder.
 */
export function consumerProject(extra: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "cas-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const result = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", packTarball(), ...extra], { cwd: dir });
  if (result.status !== 0) throw new Error(`npm install failed:\n${result.stderr}`);
  return dir;
}
