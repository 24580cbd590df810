/** Timing helpers: median time per operation over several batches, after a warm-up. */

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Keeps results alive so the optimizer cannot drop the work being timed. */
export let sink: unknown;

/**
 * Median milliseconds per call of `op`: calls are grouped in batches of at least `batchMs`,
 * `batches` batches are timed after `warmup` untimed calls.
 */
export function timePerOp(op: () => unknown, { warmup = 3, batches = 11, batchMs = 20 } = {}): number {
  for (let i = 0; i < warmup; i++) sink = op();
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) sink = op();
    const elapsed = performance.now() - start;
    if (elapsed >= batchMs || perBatch >= 1 << 20) break;
    perBatch = Math.max(perBatch * 2, Math.ceil((perBatch * batchMs) / Math.max(elapsed, 0.001)));
  }
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) sink = op();
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}

/** Milliseconds one call of `op` takes (for one-off costs such as building an index). */
export function timeOnce(op: () => unknown): number {
  const start = performance.now();
  sink = op();
  return performance.now() - start;
}

/** A duration for a table cell: µs below 1 ms, else ms (or s). */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
