/**
 * The build's evidence step: where the selectors of every evidence item come from, and what is
 * done with the evidence lock (see evidence-lock.ts).
 * - With the source texts: the selectors are derived from them and compared with the committed
 *   lock. Drift (same quote, same source sha256, other selectors) fails, naming the evidence.
 *   Otherwise the lock is rewritten to match (entries added and dropped), unless `CI` is set:
 *   then it must already match exactly.
 * - Without them: the selectors come from the lock; evidence it does not cover fails, naming
 *   file and path.
 */
import { relative } from "node:path";
import type { Problem, CheckedRecord } from "../validate/types.js";
import { REFRESH, ciLockFault, compareLocks, coverageProblems, deriveLock, isCi, lockLocator, lockText, readLock } from "./evidence-lock.js";
import type { EvidenceLocator } from "./locate-evidence.js";
import type { SourceTexts } from "./source-texts.js";

/** What the evidence step found. */
export interface EvidenceStep {
  /** Evidence the build cannot place, or placed differently than the lock says. */
  readonly problems: readonly Problem[];
  /** Why a CI build refuses the lock (one line), if it does. */
  readonly fault: string | undefined;
  /** The selectors of every evidence item. */
  readonly locate: EvidenceLocator;
  /** The lock to write once the build has succeeded, when it changed. */
  readonly write: { readonly path: string; readonly text: string } | undefined;
}

const nothing: EvidenceLocator = () => undefined;

/**
 * Runs the step for `records` (shape-checked; `valid` says whether they passed every rule).
 * Throws an Error naming the lock when it is not a readable lock.
 */
export function evidenceStep(records: readonly CheckedRecord[], valid: boolean, sourceTexts: SourceTexts | undefined, lockPath: string, env: NodeJS.ProcessEnv, cwd: string): EvidenceStep {
  const name = relative(cwd, lockPath) || lockPath;
  const committed = readLock(lockPath, cwd);
  if (!sourceTexts) {
    return { problems: coverageProblems(records, committed, name), fault: undefined, locate: committed ? lockLocator(committed) : nothing, write: undefined };
  }
  // Invalid data (a quote not in its text) has no lock to derive: the rules already said why.
  if (!valid) return { problems: [], fault: undefined, locate: nothing, write: undefined };
  const derived = deriveLock(records, sourceTexts);
  const comparison = compareLocks(records, derived, committed, name);
  const text = lockText(derived);
  const unchanged = committed !== undefined && lockText(committed) === text;
  const fault =
    isCi(env) && !unchanged
      ? (ciLockFault(comparison, name, committed !== undefined) ?? `${name} is not written the way the build writes it (hand-edited?), and CI requires it to be. To refresh it, ${REFRESH}.`)
      : undefined;
  return { problems: comparison.drifted, fault, locate: lockLocator(derived), write: unchanged ? undefined : { path: lockPath, text } };
}
