/**
 * `classOf`: the class band (xếp loại) an index falls in.
 *
 * @module
 */
import type { Band } from './types.js';

/**
 * The class of an index: the band with the highest `min` ≤ index (and,
 * when the band gives `below`, index < below). Bands are half-open: "từ 80%
 * đến dưới 90%" is `{ min: 80 }` with the next band at 90. `scoreUnit`
 * applies it to the published (two-decimal) index, so 89.996 — shown as
 * 90,00 — is in the ≥ 90 band. Undefined when no band applies, and for
 * an index that is not a number.
 *
 * @example
 * ```ts
 * import { classOf } from 'cchc';
 * const bands = [{ name: 'A', min: 90 }, { name: 'B', min: 80 }, { name: 'C', min: 70 }];
 * classOf(89.99, bands); // 'B'
 * classOf(90, bands);    // 'A'
 * classOf(65, bands);    // undefined
 * ```
 */
export function classOf(index: number, bands: readonly Band[]): string | undefined {
  // null, a Date or a BigInt compare as numbers (null ≥ 0): no index, no class.
  if (typeof index !== 'number' || Number.isNaN(index)) return undefined;
  let best: Band | undefined;
  for (const b of bands) {
    if (
      b.min <= index &&
      (b.below === undefined || index < b.below) &&
      (best === undefined || b.min > best.min)
    )
      best = b;
  }
  return best?.name;
}
