// What a bench section returns: rows of the table `npm run bench` prints.
// A section is a `bench/<name>.bench.ts` file exporting `run(): Promise<BenchRow[]>`;
// bench/run.mjs runs each in its own Node process.

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** Target or context, printed beside the value. */
  note?: string;
}

/** Milliseconds of one call of `fn`. */
export function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Progress goes to stderr: stdout carries the rows. */
export function progress(text: string): void {
  process.stderr.write(`  ${text}\n`);
}
