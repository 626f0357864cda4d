/**
 * Asserts that a function's time grows linearly with its input: the growth
 * ratio per tenfold input (`GROWTH_SIZES`: 3 KB → 30 KB → 300 KB, or up to
 * 1 MB with `CCHC_GROWTH=full`) stays ≤ 15. A machine under
 * load only ever makes a step slower, never faster, so a step over the bound
 * is measured again (up to three times) and the lowest ratio counts; a
 * quadratic function gives about 100 every time.
 */
import { expect } from 'vitest';
import { GROWTH_SIZES, growthRatios } from '../../support/growth.js';

export function expectLinear<T>(
  fn: (input: T) => unknown,
  make: (size: number) => T,
  sizes: readonly number[] = GROWTH_SIZES,
): void {
  let best: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const ratios = growthRatios(fn, make, { sizes });
    best = best.length === 0 ? ratios : ratios.map((r, i) => Math.min(r, best[i] as number));
    if (best.every((r) => r <= 15)) break;
  }
  for (const r of best) expect(r).toBeLessThanOrEqual(15);
}
