// What a benchmark is: a name, and a run that measures and answers its headline number.
export type BenchUnit = 'ms' | 'ops/s' | 'MB' | 'MB/s' | 'rows/s' | 'docs/s' | 'ratio';

export type BenchResult = { value: number; unit: BenchUnit; target?: string; [detail: string]: unknown };

export type Benchmark = {
  name: string;
  /** One sentence: what is measured, under which load. */
  description: string;
  run(): Promise<Record<string, BenchResult>>;
};

/** The p-th percentile (0-100) of samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
