/** One benchmark measure: our code against a baseline, timed in one run. */
export interface Measure {
  /** Short name: `parse`, `update`, `evaluate`, `dossier`, `score`, `rank`… */
  name: string;
  /** Median of the rounds (ours and the baseline alternate, round after round). */
  ours_ms: number;
  baseline_ms: number;
  /** ours_ms / baseline_ms */
  ratio: number;
  /** The size of the work (items processed). */
  size: number;
  /** Anything else worth reporting (throughput, peak memory, …). */
  [extra: string]: unknown;
}

/** The fewest rounds a measure may report the median of. */
export const MIN_ROUNDS = 5;

/**
 * One side of a comparison: a function to time, or an untimed `setup`
 * (a fresh copy to mutate, say) and a timed `run` on what it made.
 */
export type Side = (() => unknown) | { readonly setup: () => unknown; readonly run: (s: unknown) => unknown };

/** One timed call: wall-clock ms and this process's CPU ms (user + system). */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function once(side: Side): Timing {
  const s = typeof side === 'function' ? undefined : side.setup();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (typeof side === 'function') side();
  else side.run(s);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** What {@link interleave} measured: medians, and every round's times. */
export interface Interleaved {
  readonly ours_ms: number;
  readonly baseline_ms: number;
  /**
   * Medians of the CPU time of the process over the same rounds: steadier
   * than wall-clock time when other processes share the machine (GC threads
   * count too).
   */
  readonly ours_cpu_ms: number;
  readonly baseline_cpu_ms: number;
  readonly rounds: number;
  readonly ours_rounds: readonly number[];
  readonly baseline_rounds: readonly number[];
}

/**
 * Times ours and the baseline alternately, round after round (so load from
 * other processes on a shared machine hits both alike), after `warmup`
 * rounds of each; answers the median of each side over `rounds` (at least
 * {@link MIN_ROUNDS}). The side that goes first swaps every round.
 */
export function interleave(ours: Side, base: Side, rounds = 7, warmup = 1): Interleaved {
  const n = Math.max(MIN_ROUNDS, rounds);
  for (let i = 0; i < warmup; i++) {
    once(ours);
    once(base);
  }
  const a: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      a.push(once(ours));
      b.push(once(base));
    } else {
      b.push(once(base));
      a.push(once(ours));
    }
  }
  const wall = (xs: Timing[]): number[] => xs.map((x) => x.wall);
  const cpu = (xs: Timing[]): number[] => xs.map((x) => x.cpu);
  return {
    ours_ms: median(wall(a)),
    baseline_ms: median(wall(b)),
    ours_cpu_ms: median(cpu(a)),
    baseline_cpu_ms: median(cpu(b)),
    rounds: n,
    ours_rounds: wall(a),
    baseline_rounds: wall(b),
  };
}

/** Builds a measure from an interleaved comparison, with its rounds recorded. */
export function compared(
  name: string,
  r: Interleaved,
  size: number,
  extra: Record<string, unknown> = {},
): Measure {
  return measure(name, r.ours_ms, r.baseline_ms, size, {
    rounds: r.rounds,
    ours_cpu_ms: r.ours_cpu_ms,
    baseline_cpu_ms: r.baseline_cpu_ms,
    cpu_ratio: r.ours_cpu_ms / r.baseline_cpu_ms,
    ratio_min: Math.min(...r.ours_rounds.map((x, i) => x / (r.baseline_rounds[i] as number))),
    ratio_max: Math.max(...r.ours_rounds.map((x, i) => x / (r.baseline_rounds[i] as number))),
    ...extra,
  });
}

/**
 * Times `fn` alone (after one warm-up call): the median of `runs`, in ms. For
 * side figures only; a measure's own ratio comes from {@link interleave}.
 */
export function time(fn: () => unknown, runs = MIN_ROUNDS): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) t.push(once(fn).wall);
  return median(t);
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

/** The process's peak resident memory so far, in MB (from the kernel's max RSS). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
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
