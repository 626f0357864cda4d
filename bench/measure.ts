/** One benchmark measure: our code against a baseline, timed in one run. */
export interface Measure {
  /** Short name: `parse`, `update`, `evaluate`, `dossier`, `score`, `rank`… */
  name: string;
  ours_ms: number;
  baseline_ms: number;
  /** ours_ms / baseline_ms */
  ratio: number;
  /** The size of the work (items processed). */
  size: number;
  /** Anything else worth reporting (throughput, peak heap, …). */
  [extra: string]: unknown;
}

/** Times `fn` (after one warm-up call) and returns the best of `runs` in ms. */
export function time(fn: () => unknown, runs = 3): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Builds a measure with the ratio computed. */
export function measure(
  name: string,
  ours_ms: number,
  baseline_ms: number,
  size: number,
  extra: Record<string, unknown> = {},
): Measure {
  return { name, ours_ms, baseline_ms, ratio: ours_ms / baseline_ms, size, ...extra };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
