/**
 * The source texts the dataset is built from. They are not part of the repository or the
 * package: the build reads them from the folder named by `CAS_SOURCES_DIR`, by default
 * `../shared/seeds` beside the repository. `CAS_SEEDS_DIR` is the old name of the variable,
 * still read (with a warning) for one release.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** One source text: its content and the sha256 of its bytes (lowercase hex). */
export interface SourceText {
  readonly text: string;
  readonly sha256: string;
}

/** Source texts by file name. */
export type SourceTexts = ReadonlyMap<string, SourceText>;

/** Where the source texts folder is, and which setting named it. */
export interface SourceTextsLocation {
  readonly dir: string;
  /** The environment variable that named the folder, or undefined for the default. */
  readonly from: "CAS_SOURCES_DIR" | "CAS_SEEDS_DIR" | undefined;
}

/** The source texts folder for the repository at `root`, from the environment `env`. */
export function sourceTextsLocation(root: string, env: NodeJS.ProcessEnv = process.env): SourceTextsLocation {
  if (env.CAS_SOURCES_DIR) return { dir: resolve(env.CAS_SOURCES_DIR), from: "CAS_SOURCES_DIR" };
  if (env.CAS_SEEDS_DIR) return { dir: resolve(env.CAS_SEEDS_DIR), from: "CAS_SEEDS_DIR" };
  return { dir: resolve(root, "../shared/seeds"), from: undefined };
}

/** Reads every file of the folder (dot files excepted); undefined when the folder does not exist. */
export function readSourceTexts(dir: string): SourceTexts | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const texts = new Map<string, SourceText>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith(".") || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    texts.set(name, { text: bytes.toString("utf8"), sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return texts;
}

/** The warning printed when only the old variable name is set. */
export const SEEDS_DIR_DEPRECATED = "CAS_SEEDS_DIR is the old name of CAS_SOURCES_DIR and is read for this release only: set CAS_SOURCES_DIR to the source texts folder instead.";
