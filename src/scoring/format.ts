/**
 * Vietnamese number display of points and indices (decimal comma).
 *
 * @module
 */
import {
  formatHundredths,
  formatNumberVi,
  formatThousandths,
  hundredthsOf,
  indexHundredths,
  parseThousandths,
} from './decimal.js';

/**
 * Points the Vietnamese way: decimal comma, at most three decimals (more are
 * rounded half-up), no trailing zeros (1.5 → "1,5", 0.125 → "0,125", 2 → "2").
 *
 * @example
 * ```ts
 * import { formatPointsVi } from 'cchc';
 * formatPointsVi(90.02); // '90,02'
 * formatPointsVi(0.125); // '0,125'
 * ```
 */
export function formatPointsVi(points: number): string {
  const t = parseThousandths(points);
  return t === null ? formatNumberVi(points, 3) : formatThousandths(t);
}

/**
 * An index with exactly two decimals and a decimal comma (85.4 → "85,40"),
 * rounded half-up on the decimal the number stands for (85.405 → "85,41",
 * 1.005 → "1,01"). Pass `total` and `max` to format the exact ratio rounded
 * half-up.
 *
 * @example
 * ```ts
 * import { formatIndexVi } from 'cchc';
 * formatIndexVi(85.4);       // '85,40'
 * formatIndexVi(2, 3);       // '66,67' (2 / 3 × 100)
 * formatIndexVi(85.405);     // '85,41'
 * ```
 */
export function formatIndexVi(index: number, max?: number): string {
  if (max !== undefined) {
    const t = parseThousandths(index);
    const m = parseThousandths(max);
    if (t !== null && m !== null) return formatHundredths(indexHundredths(t, m));
  }
  return formatHundredths(hundredthsOf(index));
}
