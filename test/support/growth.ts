/**
 * Growth ratios for linear-time tests: how much longer a function takes when
 * its input grows tenfold. Absolute times vary with the machine and its load;
 * the ratio of two sizes measured in the same run does not (much).
 *
 * Time is this process's CPU time (`process.cpuUsage`), not wall-clock time,
 * so a loaded machine (other test workers, other programs) does not inflate
 * it. Each size is timed as the best of several rounds, and small inputs are
 * repeated until a round takes at least `minRoundMs`, so timer resolution and
 * one garbage collection do not decide the result.
 */
/**
 * The sizes a growth test times by default: 3 K, 30 K and 300 K (characters,
 * rows or items), three tenfold steps, where a quadratic function already
 * takes about 100 times as long per step. `CCHC_GROWTH=full` (as in
 * `npm run test:growth`) times 10 K, 100 K and 1 M instead: three times the
 * CPU, for a check of the largest inputs before a release.
 */
export const GROWTH_SIZES: readonly number[] =
  process.env.CCHC_GROWTH === 'full' ? [10_000, 100_000, 1_000_000] : [3_000, 30_000, 300_000];

export interface GrowthOptions {
  /** Input sizes, in the unit `make` takes (characters, rows, items). Default {@link GROWTH_SIZES}. */
  readonly sizes?: readonly number[];
  /** Rounds per size; the fastest counts. Default 3. */
  readonly rounds?: number;
  /** Shortest round, in milliseconds, for small sizes. Default 20. */
  readonly minRoundMs?: number;
  /** Measurements of every size when a step looks worse than linear; the fastest time per size counts. Default 3. */
  readonly attempts?: number;
}

/** CPU time of this process in milliseconds (user + system): other processes' load does not inflate it. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timePerCall<T>(fn: (input: T) => unknown, input: T, rounds: number, minRoundMs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const start = cpuMs();
    let elapsed = 0;
    do {
      fn(input);
      calls++;
      elapsed = cpuMs() - start;
    } while (elapsed < minRoundMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * Times `fn` on inputs built by `make(size)` for each size and returns the
 * ratios between consecutive sizes (`t(30 K) / t(3 K)`, `t(300 K) / t(30 K)`).
 * A linear function gives about 10 per tenfold step; a test asserts ≤ 15.
 */
export function growthRatios<T>(
  fn: (input: T) => unknown,
  make: (size: number) => T,
  options: GrowthOptions = {},
): number[] {
  const sizes = options.sizes ?? GROWTH_SIZES;
  const rounds = options.rounds ?? 3;
  const minRoundMs = options.minRoundMs ?? 20;
  const inputs = sizes.map(make);
  fn(inputs[0] as T); // warm up the JIT on the smallest input
  // On a loaded machine one slow round can double a ratio: when a step looks
  // worse than linear, time every size again (up to `attempts` times) and keep
  // each size's fastest time. A quadratic function stays ~100× per step.
  const times = inputs.map((input) => timePerCall(fn, input, rounds, minRoundMs));
  const attempts = options.attempts ?? 3;
  for (let a = 1; a < attempts && ratiosOf(times).some((r) => r > 12); a++) {
    inputs.forEach((input, i) => {
      times[i] = Math.min(times[i] as number, timePerCall(fn, input, rounds, minRoundMs));
    });
  }
  return ratiosOf(times);
}

function ratiosOf(times: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 1; i < times.length; i++) {
    // Below 50 µs the timer and the JIT decide; count such a step as linear.
    const before = Math.max(times[i - 1] as number, 0.05);
    ratios.push((times[i] as number) / before);
  }
  return ratios;
}
