/**
 * Checks the dataset against the source texts it was built from: every evidence quote is an
 * exact substring of the text of the Source it names, every Source's sha256 matches its file,
 * and every source file has exactly one Source record.
 *
 * The texts are not part of the package. They are read from the folder named by the
 * environment variable `CAS_SEEDS_DIR`, or from `../shared/seeds` next to the repository
 * when that exists. Without the folder the suite is skipped, with a message saying so.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(repoRoot, "data");
const seedsDir = process.env.CAS_SEEDS_DIR
  ? resolve(process.env.CAS_SEEDS_DIR)
  : resolve(repoRoot, "../shared/seeds");
const haveSeeds = existsSync(seedsDir) && statSync(seedsDir).isDirectory();

if (!haveSeeds) {
  console.warn(
    `[sources.test] Skipped: no source texts folder at ${seedsDir}. ` +
      "Set CAS_SEEDS_DIR to the folder holding the seed .txt files (or place them in ../shared/seeds) to check the evidence quotes.",
  );
}

interface DataFile {
  /** Path relative to the repository root, e.g. `data/meetings/x.json`. */
  readonly file: string;
  readonly collection: string;
  readonly record: Record<string, unknown>;
}

function readDataFiles(): DataFile[] {
  const files: DataFile[] = [];
  for (const collection of readdirSync(dataDir).sort()) {
    const dir = join(dataDir, collection);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".json")) continue;
      const record = JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
      files.push({ file: `data/${collection}/${name}`, collection, record });
    }
  }
  return files;
}

interface Quote {
  readonly path: string;
  readonly source: unknown;
  readonly quote: unknown;
}

/** Every object with `source` and `quote` keys, anywhere in `value`, with its JSON path. */
function findQuotes(value: unknown, path = "$"): Quote[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findQuotes(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const object = value as Record<string, unknown>;
  const own = "source" in object && "quote" in object ? [{ path, source: object.source, quote: object.quote }] : [];
  return [...own, ...Object.entries(object).flatMap(([key, v]) => findQuotes(v, `${path}.${key}`))];
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe.skipIf(!haveSeeds)("source texts", () => {
  const dataFiles = readDataFiles();
  const sources = dataFiles.filter((f) => f.collection === "sources");
  const seedFiles = haveSeeds
    ? readdirSync(seedsDir)
        .filter((name) => !name.startsWith(".") && statSync(join(seedsDir, name)).isFile())
        .sort()
    : [];

  it("has data to check", () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  it("has exactly one Source record per source file", () => {
    const problems = seedFiles.flatMap((name) => {
      const matching = sources.filter((s) => s.record.file === name).map((s) => s.file);
      return matching.length === 1 ? [] : [`${name}: ${matching.length} Source records (${matching.join(", ") || "none"})`];
    });
    const orphans = sources
      .filter((s) => !seedFiles.includes(String(s.record.file)))
      .map((s) => `${s.file} › $.file: no such file in ${seedsDir}: ${JSON.stringify(s.record.file)}`);
    expect([...problems, ...orphans]).toEqual([]);
  });

  it("records the sha256 of each source file's bytes", () => {
    const problems = sources.flatMap(({ file, record }) => {
      const path = join(seedsDir, String(record.file));
      if (!existsSync(path)) return [];
      const actual = sha256(readFileSync(path));
      return actual === record.sha256 ? [] : [`${file} › $.sha256: ${String(record.sha256)} but the file hashes to ${actual}`];
    });
    expect(problems).toEqual([]);
  });

  it("quotes every piece of evidence verbatim from the source it names", () => {
    const textById = new Map<string, string>();
    for (const { record } of sources) {
      const path = join(seedsDir, String(record.file));
      if (existsSync(path)) textById.set(String(record.id), readFileSync(path, "utf8"));
    }
    let checked = 0;
    const problems: string[] = [];
    for (const { file, record } of dataFiles) {
      for (const { path, source, quote } of findQuotes(record)) {
        checked += 1;
        const text = textById.get(String(source));
        const shown = JSON.stringify(quote);
        if (text === undefined) problems.push(`${file} › ${path}: unknown source ${JSON.stringify(source)} for quote ${shown}`);
        else if (typeof quote !== "string" || quote === "") problems.push(`${file} › ${path}: empty or non-string quote ${shown}`);
        else if (!text.includes(quote)) problems.push(`${file} › ${path}: quote not found verbatim in ${String(source)}: ${shown}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
