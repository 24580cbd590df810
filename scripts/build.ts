/**
 * `npm run build`: data/ → validate → derive → src/generated/ (dataset.ts, search-index.ts) → dist/.
 * Reports every problem in one run and exits 1 without touching dist/ when any is found.
 * The new dist/ is assembled in a staging folder and swapped in only when complete.
 */
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { deriveDataset, type DerivedDataset } from "./derive.js";
import { writeExports } from "./exports/index.js";
import { generateModule, generateSearchIndexModule } from "./generate.js";
import { bundleLibrary } from "./lib/bundle.js";
import { swapFolder, writeFileAtomic } from "./lib/files.js";
import { jsonSchemaFiles } from "./lib/json-schemas.js";
import { evidenceEntries } from "../src/query/engine/evidence.js";
import { preparedTexts } from "./lib/locate-evidence.js";
import { readManifests } from "./lib/manifests.js";
import { readSourceTexts, SEEDS_DIR_DEPRECATED, sourceTextsLocation, type SourceTexts } from "./lib/source-texts.js";
import { formatProblem, validateData } from "./validate/index.js";

const root = resolve(import.meta.dirname, "..");
const dataDir = process.env.CAS_DATA_DIR ? resolve(process.env.CAS_DATA_DIR) : join(root, "data");
const distDir = process.env.CAS_DIST_DIR ? resolve(process.env.CAS_DIST_DIR) : join(root, "dist");
const releasesDir = process.env.CAS_RELEASES_DIR ? resolve(process.env.CAS_RELEASES_DIR) : join(root, "releases");

function fail(lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}

function summary(dataset: DerivedDataset): string {
  const width = Math.max(...Object.keys(dataset.counts).map((k) => k.length));
  const rows = Object.entries(dataset.counts).map(([kind, n]) => `  ${kind.padEnd(width)}  ${String(n).padStart(4)}`);
  const total = Object.values(dataset.counts).reduce((a, b) => a + b, 0);
  return [
    `central-asia-security ${dataset.version}`,
    `dataset hash ${dataset.hash}`,
    ...rows,
    `  ${"total".padEnd(width)}  ${String(total).padStart(4)}`,
  ].join("\n");
}

/** One line saying that every quote was found in its source text, so a reader of the log knows they were checked. */
function quotesChecked(dataset: DerivedDataset): string {
  const quotes = Object.values(dataset.records).flat().reduce((n, record) => n + evidenceEntries(record).length, 0);
  return `evidence: all ${quotes} quotes found in their source texts, and the ${dataset.counts.source} source texts match their sha256`;
}

const inCI = process.env.CI === "true" || process.env.CI === "1";

/** The source texts, or undefined (after a one-line notice) when their folder is absent; in CI an absent folder fails the build. */
function loadSourceTexts(): SourceTexts | undefined {
  const location = sourceTextsLocation(root);
  if (location.from === "CAS_SEEDS_DIR") console.warn(SEEDS_DIR_DEPRECATED);
  const texts = readSourceTexts(location.dir);
  if (texts) return texts;
  const notice = `no source texts folder at ${location.dir} (set CAS_SOURCES_DIR): quotes were not checked against the source texts.`;
  if (inCI) fail([`Build failed: ${notice} CI=true requires them. dist/ was left unchanged.`]);
  console.warn(`Notice: ${notice}`);
  return undefined;
}

async function main(): Promise<void> {
  const manifests = readManifests(releasesDir);
  const sourceTexts = loadSourceTexts();
  const { problems, records, tombstones } = validateData(dataDir, process.cwd(), manifests.at(-1), sourceTexts);
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    fail([
      ...problems.map(formatProblem),
      "",
      `Build failed: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. dist/ was left unchanged.`,
    ]);
  }
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const dataset = deriveDataset(records, tombstones, manifests, pkg.version, preparedTexts(records, sourceTexts));

  writeFileAtomic(join(root, "src/generated/dataset.ts"), generateModule(dataset));
  writeFileAtomic(join(root, "src/generated/search-index.ts"), generateSearchIndexModule(dataset));
  // Per-process name, so two builds running at once never share a half-written folder.
  const staging = `${distDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await bundleLibrary(staging);
    for (const { name, text } of jsonSchemaFiles()) writeFileAtomic(join(staging, "schemas", name), text);
    const { version, hash, counts, records: published, tombstones, changes } = dataset;
    writeFileAtomic(join(staging, "data.json"), `${JSON.stringify({ version, hash, counts, records: published, tombstones, changes }, null, 1)}\n`);
    await writeExports(dataset, staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    fail([`Build failed while bundling: ${(error as Error).message}`, "dist/ was left unchanged."]);
  }
  swapFolder(staging, distDir);
  console.log(summary(dataset));
  if (sourceTexts) console.log(quotesChecked(dataset));
}

await main();
