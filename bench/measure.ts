/** Timing helpers: warm-up, repeated runs, median and p95 (nearest rank). */
export interface Stat {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]!, runs: s.length };
}

export async function measure(fn: () => unknown, opts: { warmup: number; runs: number }): Promise<Stat> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return stats(samples);
}
