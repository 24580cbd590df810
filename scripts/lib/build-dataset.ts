/**
 * The build as a function: data/ → validate → derive → src/generated/ (dataset.ts,
 * search-index.ts) → dist/. `scripts/build.ts` (`npm run build`) runs it and exits with its status;
 * tests run it in process on the rule fixtures, which fail before anything is written.
 * Reports every problem in one run and returns 1 without touching dist/ when any is found.
 * The new dist/ is assembled in a staging folder and swapped in only when complete; one build
 * at a time writes (scripts/lib/build-lock.ts); evidence selectors come from the source texts or,
 * without them, from evidence.lock.json (scripts/lib/evidence-step.ts).
 */
import { existsSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { evidenceEntries } from "../../src/query/engine/evidence.js";
import { deriveDataset, type DerivedDataset } from "../derive.js";
import { generatedFiles } from "../generate.js";
import { formatProblem, validateData } from "../validate/index.js";
import type { Problem } from "../validate/types.js";
import { acquireBuildLock, removeLeftovers } from "./build-lock.js";
import { buildFailure } from "./build-failure.js";
import { lockLocation } from "./evidence-lock.js";
import { evidenceStep } from "./evidence-step.js";
import { swapFolder, writeFileAtomic, writeFilesAtomic } from "./files.js";
import { jsonSchemaFiles } from "./json-schemas.js";
import { readManifests } from "./manifests.js";
import { buildVersion, unreleasedLine } from "../release/build-version.js";
import { readSnapshot } from "../release/snapshot.js";
import { readSourceTexts, SEEDS_DIR_DEPRECATED, sourceTextsLocation, type SourceTexts } from "./source-texts.js";

/** Where a build reads and writes, and where it reports. */
export interface BuildOptions {
  /**
   * The repository root: its package.json is read and src/generated/ written there. Bundling
   * (tsup) reads src/ from the working folder, so a build that gets that far must run there.
   */
  readonly root: string;
  /** The build's settings: `CAS_DATA_DIR`, `CAS_DIST_DIR`, `CAS_RELEASES_DIR`, `CAS_SOURCES_DIR` (or the old `CAS_SEEDS_DIR`), `CI`. */
  readonly env: NodeJS.ProcessEnv;
  /** The folder problem messages name files relative to. */
  readonly cwd: string;
  /** Receives the summary lines (stdout for the command). */
  readonly log: (text: string) => void;
  /** Receives notices, warnings and problems (stderr for the command). */
  readonly error: (text: string) => void;
}

/** Thrown inside {@link buildDataset} to stop with these lines on stderr and status 1. */
class BuildFailed extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

function summary(dataset: DerivedDataset): string {
  const width = Math.max(...Object.keys(dataset.counts).map((k) => k.length));
  const rows = Object.entries(dataset.counts).map(([kind, n]) => `  ${kind.padEnd(width)}  ${String(n).padStart(4)}`);
  const total = Object.values(dataset.counts).reduce((a, b) => a + b, 0);
  return [`central-asia-security ${dataset.version}`, `dataset hash ${dataset.hash}`, ...rows, `  ${"total".padEnd(width)}  ${String(total).padStart(4)}`].join("\n");
}

/** One line saying that every quote was found in its source text, so a reader of the log knows they were checked. */
function quotesChecked(dataset: DerivedDataset): string {
  const quotes = Object.values(dataset.records)
    .flat()
    .reduce((n, record) => n + evidenceEntries(record).length, 0);
  return `evidence: all ${quotes} quotes found in their source texts, and the ${dataset.counts.source} source texts match their sha256`;
}

/** The source texts, or undefined (after a one-line notice) when their folder is absent: the evidence lock stands in for them. */
function loadSourceTexts(options: BuildOptions, lockName: string): SourceTexts | undefined {
  const location = sourceTextsLocation(options.root, options.env);
  if (location.from === "CAS_SEEDS_DIR") options.error(SEEDS_DIR_DEPRECATED);
  const texts = readSourceTexts(location.dir);
  if (!texts) options.error(`Notice: no source texts folder at ${location.dir} (set CAS_SOURCES_DIR): quotes were not re-read; their positions come from ${lockName}.`);
  return texts;
}

/** Fails the build with every problem, one line each, and the count. */
function failWith(problems: readonly Problem[]): never {
  const files = new Set(problems.map((p) => p.file)).size;
  throw new BuildFailed([
    ...problems.map(formatProblem),
    "",
    `Build failed: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. dist/ was left unchanged.`,
  ]);
}

/** The current text of each file (undefined when absent), to put back should a later step fail. */
function snapshot(paths: readonly string[]): { path: string; text: string | undefined }[] {
  return paths.map((path) => ({ path, text: existsSync(path) ? readFileSync(path, "utf8") : undefined }));
}

function restore(saved: readonly { path: string; text: string | undefined }[]): void {
  for (const { path, text } of saved) {
    if (text === undefined) rmSync(path, { force: true });
    else writeFileAtomic(path, text);
  }
}

async function build(options: BuildOptions): Promise<void> {
  const { root, env } = options;
  const dataDir = env.CAS_DATA_DIR ? resolve(env.CAS_DATA_DIR) : join(root, "data");
  const distDir = env.CAS_DIST_DIR ? resolve(env.CAS_DIST_DIR) : join(root, "dist");
  const releasesDir = env.CAS_RELEASES_DIR ? resolve(env.CAS_RELEASES_DIR) : join(root, "releases");
  const manifests = readManifests(releasesDir);
  const lockPath = lockLocation(dataDir, env);
  const sourceTexts = loadSourceTexts(options, relative(options.cwd, lockPath) || lockPath);
  const { problems, records, tombstones } = validateData(dataDir, options.cwd, manifests.at(-1), sourceTexts);
  const evidence = evidenceStep(records, problems.length === 0, sourceTexts, lockPath, env, options.cwd);
  if (problems.length + evidence.problems.length > 0) failWith([...problems, ...evidence.problems]);
  if (evidence.fault) throw new BuildFailed([`Build failed: ${evidence.fault} dist/ was left unchanged.`]);
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
  // Unreleased data is stamped with the prerelease it is on the way to (docs/versioning.md).
  const asPackage = deriveDataset(records, tombstones, manifests, pkg.version, evidence.locate);
  const version = buildVersion(root, env, manifests, asPackage, pkg.name, pkg.version);
  const derived = version === pkg.version ? asPackage : deriveDataset(records, tombstones, manifests, version, evidence.locate);
  const dataset: DerivedDataset = { ...derived, released: readSnapshot(releasesDir, version)?.released };

  const generated = generatedFiles(dataset).map((file) => ({ path: join(root, "src/generated", file.name), text: file.text }));
  // From here on this build writes: one build at a time, so dist/ and src/generated/ come from one dataset.
  const release = await acquireBuildLock(root, options.error);
  try {
    removeLeftovers(distDir, [join(root, "src/generated"), dirname(lockPath)]);
    const previous = snapshot(generated.map((file) => file.path));
    writeFilesAtomic(generated);
    // Per-process name, so two builds running at once never share a half-written folder.
    const staging = `${distDir}.staging-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    try {
      // Loaded only now: tsup and DuckDB take a second to load, and a build that fails validation
      // (every rule fixture's test runs one) never needs them.
      const [{ bundleLibrary }, { writeExports }] = await Promise.all([import("./bundle.js"), import("../exports/index.js")]);
      await bundleLibrary(staging);
      for (const { name, text } of jsonSchemaFiles()) writeFileAtomic(join(staging, "schemas", name), text);
      await writeExports(dataset, staging);
      // The lock last before the swap: a build that cannot write it changes nothing. Then dist/
      // is dated after it, so a freshly built package never looks older than its lock.
      if (evidence.write) {
        writeFileAtomic(evidence.write.path, evidence.write.text);
        const now = new Date();
        utimesSync(join(staging, "data.json"), now, now);
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      restore(previous);
      throw new BuildFailed([buildFailure(error, options.cwd)]);
    }
    swapFolder(staging, distDir);
  } finally {
    release();
  }
  options.log(summary(dataset));
  if (sourceTexts) options.log(quotesChecked(dataset));
  if (evidence.write) options.log(`evidence lock: wrote ${relative(options.cwd, evidence.write.path) || evidence.write.path}`);
  const unreleased = unreleasedLine(dataset);
  if (unreleased) options.log(unreleased);
}

/**
 * Runs the build; resolves to the exit status: 0 built, 1 failed (the reasons already sent to
 * `options.error`, dist/ unchanged). Every failure is reported in readable lines ending in
 * "dist/ was left unchanged." (an unexpected one in a single line; `CAS_BUILD_DEBUG=1` adds its stack).
 */
export async function buildDataset(options: BuildOptions): Promise<0 | 1> {
  try {
    await build(options);
    return 0;
  } catch (error) {
    options.error(error instanceof BuildFailed ? error.lines.join("\n") : buildFailure(error, options.cwd));
    return 1;
  }
}
