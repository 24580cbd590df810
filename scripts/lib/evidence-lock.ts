/**
 * The evidence lock (`evidence.lock.json`, beside `data/`): what the build derives from the
 * source texts, committed like a package lock, so that a checkout without the texts builds the
 * same package. It holds each source's file name and sha256, and each evidence item's W3C Web
 * Annotation selectors (`start`/`end` of the TextPositionSelector, `prefix`/`suffix` of the
 * TextQuoteSelector), keyed by record id and JSON path and stored with the `source`, `quote` and
 * `occurrence` they were derived for: an entry covers an evidence item only while those three are
 * unchanged. The file is stable JSON (keys sorted), so equal data always gives equal bytes.
 *
 * With the texts the build derives the lock and compares it with the committed one (see
 * {@link compareLocks}); without them it takes the selectors from the committed lock (see
 * {@link coverageProblems}). docs/contributing.md, "The evidence lock", tells the whole story.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Evidence } from "../../src/model/input.js";
import type { CheckedRecord, Problem } from "../validate/types.js";
import { evidenceItems } from "../validate/walk.js";
import { preparedTexts, textLocator, type EvidenceLocator } from "./locate-evidence.js";
import type { SourceTexts } from "./source-texts.js";

/** The file name of the lock. */
export const LOCK_FILE = "evidence.lock.json";

/** The selectors the build derives for one evidence item. */
export interface Placement {
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly suffix: string;
}

/** One evidence item's entry: what it was derived for, and what was derived. */
export interface LockEntry extends Placement {
  readonly source: string;
  readonly quote: string;
  readonly occurrence?: number;
}

/** The lock's content. */
export interface EvidenceLock {
  readonly lockfileVersion: 1;
  /** Source id → its text's file name and sha256. */
  readonly sources: Readonly<Record<string, { readonly file: string; readonly sha256: string }>>;
  /** Record id → JSON path of the evidence item → entry. */
  readonly evidence: Readonly<Record<string, Readonly<Record<string, LockEntry>>>>;
}

/** The rule name lock problems carry. */
const RULE = "evidence-lock";
/** What to run to rewrite the lock, for messages. */
export const REFRESH = "run `npm run build` with the source texts (CAS_SOURCES_DIR, or ../shared/seeds beside the repository) and no CI variable, then commit evidence.lock.json";

/** Where the lock of the data folder `dataDir` sits: `CAS_EVIDENCE_LOCK`, else beside the folder. */
export function lockLocation(dataDir: string, env: NodeJS.ProcessEnv): string {
  return env.CAS_EVIDENCE_LOCK ? resolve(env.CAS_EVIDENCE_LOCK) : join(dirname(dataDir), LOCK_FILE);
}

/** The lock at `path`, or undefined when there is none; a lock that is not readable JSON of this shape throws an Error naming the file. */
export function readLock(path: string, cwd: string): EvidenceLock | undefined {
  if (!existsSync(path)) return undefined;
  const name = relative(cwd, path) || path;
  let lock: EvidenceLock;
  try {
    lock = JSON.parse(readFileSync(path, "utf8")) as EvidenceLock;
  } catch (error) {
    throw new Error(`${name} is not valid JSON (${(error as Error).message.replace(/\s+/g, " ")}): ${REFRESH}`);
  }
  if (lock?.lockfileVersion !== 1 || typeof lock.sources !== "object" || typeof lock.evidence !== "object" || lock.sources === null || lock.evidence === null) {
    throw new Error(`${name} is not an evidence lock of version 1: ${REFRESH}`);
  }
  return lock;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> => Object.fromEntries([...entries].sort(([a], [b]) => byCodeUnit(a, b)));

/** The lock as the bytes the build writes: keys sorted at every level, two-space indent, a final newline. */
export function lockText(lock: EvidenceLock): string {
  const evidence = sorted(Object.entries(lock.evidence).map(([id, paths]) => [id, sorted(Object.entries(paths).map(([path, entry]) => [path, sorted(Object.entries(entry))]))] as const));
  const sources = sorted(Object.entries(lock.sources).map(([id, source]) => [id, sorted(Object.entries(source))] as const));
  return `${JSON.stringify({ lockfileVersion: 1, sources, evidence }, null, 2)}\n`;
}

/** One evidence item of the data, with where it is. */
interface Item {
  readonly file: string;
  readonly id: string;
  readonly path: string;
  readonly evidence: Evidence;
}

function items(records: readonly CheckedRecord[]): Item[] {
  return records.flatMap((checked) => evidenceItems(checked).map(({ path, evidence }) => ({ file: checked.file, id: checked.record.id as string, path, evidence: evidence as Evidence })));
}

const entryFor = (evidence: Evidence, placement: Placement): LockEntry => ({
  source: evidence.source,
  quote: evidence.quote,
  ...(evidence.occurrence !== undefined && { occurrence: evidence.occurrence }),
  ...placement,
});

/** Whether `entry` was derived for `evidence` (same source, quote and occurrence). */
const covers = (entry: LockEntry | undefined, evidence: Evidence): entry is LockEntry =>
  entry !== undefined && entry.source === evidence.source && entry.quote === evidence.quote && entry.occurrence === evidence.occurrence;

/** The lock derived from the source texts for `records` (which passed validation against those texts). */
export function deriveLock(records: readonly CheckedRecord[], sourceTexts: SourceTexts): EvidenceLock {
  const locate = textLocator(preparedTexts(records, sourceTexts));
  const sources: Record<string, { file: string; sha256: string }> = {};
  for (const { kind, record } of records) {
    const text = kind === "source" ? sourceTexts.get(record.file) : undefined;
    if (text) sources[record.id] = { file: record.file, sha256: text.sha256 };
  }
  const evidence: Record<string, Record<string, LockEntry>> = {};
  for (const item of items(records)) {
    const placement = locate(item.evidence);
    if (placement) (evidence[item.id] ??= {})[item.path] = entryFor(item.evidence, placement);
  }
  return { lockfileVersion: 1, sources, evidence };
}

/** The selectors of every evidence item `lock` covers, by source, quote and occurrence: what `deriveDataset` takes. */
export function lockLocator(lock: EvidenceLock): EvidenceLocator {
  const byContent = new Map<string, Placement>();
  for (const paths of Object.values(lock.evidence)) {
    for (const { source, quote, occurrence, start, end, prefix, suffix } of Object.values(paths)) {
      byContent.set(JSON.stringify([source, quote, occurrence ?? 1]), { start, end, prefix, suffix });
    }
  }
  return (evidence) => byContent.get(JSON.stringify([evidence.source, evidence.quote, evidence.occurrence ?? 1]));
}

const samePlacement = (a: Placement, b: Placement): boolean => a.start === b.start && a.end === b.end && a.prefix === b.prefix && a.suffix === b.suffix;

/**
 * Problems of a build without the texts: every evidence item the lock does not cover (new, or
 * its quote, source or occurrence changed since the lock was written), and every source whose
 * file or sha256 is not the lock's (its selectors would be for another text).
 */
export function coverageProblems(records: readonly CheckedRecord[], lock: EvidenceLock | undefined, lockName: string): Problem[] {
  const problems: Problem[] = [];
  const hint = `the source texts are needed to locate it: set CAS_SOURCES_DIR to the source texts folder and run npm run build, which adds it to ${lockName}`;
  for (const { file, kind, record } of records) {
    if (kind !== "source") continue;
    const locked = lock?.sources[record.id];
    if (!locked) continue; // A source no evidence cites needs no entry; one that is cited fails below, per item.
    if (locked.sha256 !== record.sha256) problems.push({ file, path: "sha256", rule: RULE, message: `sha256 is not the one ${lockName} was written for (${locked.sha256})`, hint });
    else if (locked.file !== record.file) problems.push({ file, path: "file", rule: RULE, message: `file is not the one ${lockName} was written for (${JSON.stringify(locked.file)})`, hint });
  }
  for (const item of items(records)) {
    if (covers(lock?.evidence[item.id]?.[item.path], item.evidence) && lock?.sources[item.evidence.source]) continue;
    problems.push({ file: item.file, path: item.path, rule: RULE, message: `not covered by ${lockName} (new evidence, or its quote, source or occurrence changed)`, hint });
  }
  return problems;
}

/** How a derived lock differs from the committed one. */
export interface LockComparison {
  /** Evidence whose quote, source and occurrence are unchanged, with its source's sha256, but whose derived selectors differ. */
  readonly drifted: readonly Problem[];
  /** Evidence the committed lock lacks or holds for another quote (`record › path`). */
  readonly missing: readonly string[];
  /** Entries of the committed lock no evidence uses any more (`record › path`). */
  readonly unused: readonly string[];
  /** Sources whose file or sha256 differs from the committed lock, or that it lacks. */
  readonly sources: readonly string[];
}

/** Compares the lock derived from the texts with the committed one (absent: everything missing). */
export function compareLocks(records: readonly CheckedRecord[], derived: EvidenceLock, committed: EvidenceLock | undefined, lockName: string): LockComparison {
  const drifted: Problem[] = [];
  const missing: string[] = [];
  const sameSource = (id: string): boolean => committed?.sources[id]?.sha256 === derived.sources[id]?.sha256;
  const used = new Set<string>();
  for (const item of items(records)) {
    const entry = derived.evidence[item.id]?.[item.path];
    if (!entry) continue;
    used.add(`${item.id} › ${item.path}`);
    const old = committed?.evidence[item.id]?.[item.path];
    if (!covers(old, item.evidence)) missing.push(`${item.id} › ${item.path}`);
    else if (!samePlacement(old, entry) && sameSource(entry.source)) {
      drifted.push({
        file: item.file,
        path: item.path,
        rule: RULE,
        message: `${lockName} places this quote at ${old.start}–${old.end} but the unchanged source text ${derived.sources[entry.source]!.file} (same sha256) gives ${entry.start}–${entry.end}`,
        hint: `the lock was edited by hand, or the way quotes are located changed: if that is meant, delete ${lockName} and ${REFRESH}`,
      });
    }
  }
  const unused = Object.entries(committed?.evidence ?? {})
    .flatMap(([id, paths]) => Object.keys(paths).map((path) => `${id} › ${path}`))
    .filter((key) => !used.has(key));
  const sourceIds = new Set([...Object.keys(derived.sources), ...Object.keys(committed?.sources ?? {})]);
  const sources = [...sourceIds].filter((id) => committed?.sources[id]?.sha256 !== derived.sources[id]?.sha256 || committed?.sources[id]?.file !== derived.sources[id]?.file);
  return { drifted, missing: missing.sort(byCodeUnit), unused: unused.sort(byCodeUnit), sources: sources.sort(byCodeUnit) };
}

/** The one-line reason a CI build refuses a lock that is not complete and exact, or undefined when it is. */
export function ciLockFault(comparison: LockComparison, lockName: string, exists: boolean): string | undefined {
  const { missing, unused, sources } = comparison;
  if (exists && missing.length + unused.length + sources.length === 0) return undefined;
  const list = (what: string, keys: readonly string[]): string[] => (keys.length === 0 ? [] : [`${keys.length} ${what} (${keys.slice(0, 3).join(", ")}${keys.length > 3 ? ", …" : ""})`]);
  const parts = exists ? [...list("evidence items missing", missing), ...list("entries no longer used", unused), ...list("sources changed", sources)] : ["the file is missing"];
  return `${lockName} is not up to date, and CI requires it to be: ${parts.join("; ")}. To refresh it, ${REFRESH}.`;
}

/** Whether the environment says this is a CI run: any non-empty `CI` other than `false` or `0` (any case). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}
