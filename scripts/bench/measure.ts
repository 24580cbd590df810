/**
 * Timing helpers: interleaved rounds of batches, medians, ranges and paired ratios. Times are CPU
 * time of this process (user + system, `process.cpuUsage`), not wall time: on a shared machine
 * wall time measures the other processes as much as the work.
 */

/** CPU time of this process so far, in ms. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Keeps results alive so the optimizer cannot drop the work being timed. */
export let sink: unknown;

/** CPU milliseconds one call of `op` takes (for one-off costs such as building an index). */
export function timeOnce(op: () => unknown): number {
  const start = cpuNow();
  sink = op();
  return cpuNow() - start;
}

/** A duration for a table cell: µs below 1 ms, else ms (or s). */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A sample's median and range. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median and range of `samples`. */
export function spread(samples: readonly number[]): Spread {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * The ratio a/b of two contenders timed in the same interleaved rounds, computed per round
 * (sample i of `a` over sample i of `b`), as a median and range: a load change during one round
 * hits both sides of that round's ratio alike.
 * @throws Error when the two have a different number of samples.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): Spread {
  if (a.length !== b.length) throw new Error(`paired ratio of ${a.length} and ${b.length} samples`);
  return spread(a.map((value, i) => value / b[i]!));
}

/** A paired ratio for a table cell: the median, then the range over the rounds. */
export function formatRatio(s: Spread): string {
  return `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

/** A spread for a table cell: the median, then the range over the rounds. */
export function formatSpread(s: Spread): string {
  return `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;
}

/** Calls of `op` per batch so that a batch takes at least `batchMs`. */
function batchSize(op: () => unknown, batchMs: number): number {
  let perBatch = 1;
  for (;;) {
    const start = cpuNow();
    for (let i = 0; i < perBatch; i++) sink = op();
    const elapsed = cpuNow() - start;
    if (elapsed >= batchMs || perBatch >= 1 << 20) return perBatch;
    perBatch = Math.max(perBatch * 2, Math.ceil((perBatch * batchMs) / Math.max(elapsed, 0.001)));
  }
}

/**
 * Milliseconds per call of each op, timed in interleaved rounds: every round times one batch of
 * each op, starting with a different op each round, so a change in machine load hits every
 * contender alike. Returns each op's median and range over the rounds.
 */
export function interleaved<K extends string>(ops: Record<K, () => unknown>, { rounds = 9, batchMs = 20, warmup = 3 } = {}): Record<K, Spread> {
  const names = Object.keys(ops) as K[];
  const sizes = new Map<K, number>();
  for (const name of names) {
    for (let i = 0; i < warmup; i++) sink = ops[name]();
    sizes.set(name, batchSize(ops[name], batchMs));
  }
  const samples = new Map<K, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length]!;
      const n = sizes.get(name)!;
      const start = cpuNow();
      for (let i = 0; i < n; i++) sink = ops[name]();
      samples.get(name)!.push((cpuNow() - start) / n);
    }
  }
  return Object.fromEntries(names.map((n) => [n, spread(samples.get(n)!)])) as Record<K, Spread>;
}

/** One-off costs (each op builds something from scratch), timed once per round, interleaved; the samples of each, in round order. */
export function interleavedOnceSamples<K extends string>(ops: Record<K, () => unknown>, rounds = 3): Record<K, number[]> {
  const names = Object.keys(ops) as K[];
  const samples = new Map<K, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length]!;
      samples.get(name)!.push(timeOnce(ops[name]));
      sink = undefined; // let the structure just built be collected before the next one
    }
  }
  return Object.fromEntries(names.map((n) => [n, samples.get(n)!])) as Record<K, number[]>;
}

/** One-off costs timed as {@link interleavedOnceSamples} does: each op's median and range. */
export function interleavedOnce<K extends string>(ops: Record<K, () => unknown>, rounds = 3): Record<K, Spread> {
  const samples = interleavedOnceSamples(ops, rounds);
  return Object.fromEntries(Object.entries<number[]>(samples).map(([n, values]) => [n, spread(values)])) as Record<K, Spread>;
}
