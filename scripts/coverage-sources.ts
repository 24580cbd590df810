/**
 * Source coverage report: for each source text, how many of its sentences are cited by at
 * least one evidence quote in `data/`, and which sentences are not, so a reviewer can see
 * what was left out. Always exits 0: this is a report, not a check.
 *
 * Run: `npm run coverage:sources` (or `npx tsx scripts/coverage-sources.ts`).
 * The source texts are read from the folder in `CAS_SOURCES_DIR`, else `../shared/seeds` next
 * to the repository.
 *
 * Sentences are split as described in scripts/lib/sentences.ts.
 *
 * A sentence counts as cited when some quote naming that source, whitespace-collapsed the
 * same way, is contained in the sentence, contains the sentence, or overlaps it by at least
 * 40 characters across a sentence boundary (the quote starts inside the sentence and runs
 * past its end, or ends inside it having started before it).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collapseWhitespace } from "../src/text/quotes.js";
import { sentences } from "./lib/sentences.js";
import { readSourceTexts, SEEDS_DIR_DEPRECATED, sourceTextsLocation } from "./lib/source-texts.js";

const MIN_BOUNDARY_OVERLAP = 40;

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const collapse = (text: string): string => collapseWhitespace(text).trim();

/** Length of the longest suffix of `a` that is also a prefix of `b`. */
function boundaryOverlap(a: string, b: string): number {
  for (let n = Math.min(a.length, b.length); n > 0; n -= 1) {
    if (a.endsWith(b.slice(0, n))) return n;
  }
  return 0;
}

function cites(quote: string, sentence: string): boolean {
  return sentence.includes(quote) || quote.includes(sentence) || boundaryOverlap(sentence, quote) >= MIN_BOUNDARY_OVERLAP || boundaryOverlap(quote, sentence) >= MIN_BOUNDARY_OVERLAP;
}

/** Every `{ source, quote }` object anywhere in a parsed JSON value. */
function quotesIn(value: unknown, out: { source: string; quote: string }[] = []) {
  if (Array.isArray(value)) value.forEach((item) => quotesIn(item, out));
  else if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.source === "string" && typeof object.quote === "string") {
      out.push({ source: object.source, quote: object.quote });
    }
    Object.values(object).forEach((item) => quotesIn(item, out));
  }
  return out;
}

function readData() {
  const dataDir = join(repoRoot, "data");
  const quotes = new Map<string, string[]>();
  const sourceByFile = new Map<string, string>();
  for (const collection of readdirSync(dataDir)) {
    const dir = join(dataDir, collection);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const record = JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
      if (collection === "sources") sourceByFile.set(String(record.file), String(record.id));
      for (const { source, quote } of quotesIn(record)) {
        quotes.set(source, [...(quotes.get(source) ?? []), collapse(quote)]);
      }
    }
  }
  return { quotes, sourceByFile };
}

function main(): void {
  const location = sourceTextsLocation(repoRoot);
  if (location.from === "CAS_SEEDS_DIR") console.warn(SEEDS_DIR_DEPRECATED);
  const texts = readSourceTexts(location.dir);
  if (!texts) {
    console.log(`No source texts folder at ${location.dir}; set CAS_SOURCES_DIR to report coverage.`);
    return;
  }
  const { quotes, sourceByFile } = readData();
  let total = 0;
  let cited = 0;
  for (const [file, { text }] of texts) {
    const id = sourceByFile.get(file);
    const sourceQuotes = (id && quotes.get(id)) || [];
    const all = sentences(text);
    const uncited = all.filter((s) => !sourceQuotes.some((q) => cites(q, s)));
    const count = all.length - uncited.length;
    total += all.length;
    cited += count;
    console.log(`\n${file}  ${id ?? "(no Source record)"}`);
    console.log(`  sentences ${all.length}, cited ${count} (${percent(count, all.length)})`);
    for (const sentence of uncited) console.log(`  - uncited: ${sentence}`);
  }
  console.log(`\nall sources: sentences ${total}, cited ${cited} (${percent(cited, total)})`);
}

const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${Math.round((100 * part) / whole)}%`);

main();
