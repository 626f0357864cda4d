import type { Target } from '../types.js';

/**
 * Whether an actual value meets a target: `actual <comparator> value`. A
 * rank meets "Top 03" (`<=` 3) when it is 1, 2 or 3. Values are compared
 * with a tolerance of one billionth of the target (so 0.1 + 0.2 meets
 * `>=` 0.3, and 80.0000000001 is not "trên 80%"). A non-finite `actual`
 * never meets a target.
 *
 * @param t - A target, e.g. from {@link parseTarget}.
 * @param actual - The measured value, in the target's unit (a percentage as
 *   80 for 80%, a rank as 2, minutes as 18).
 * @returns `true` when the target is met.
 * @example
 * ```ts
 * import { meetsTarget, parseTarget } from 'cchc';
 * const t = parseTarget('Tỷ lệ hồ sơ chậm hạn dưới 0,90%');
 * if (t) meetsTarget(t, 0.85); // true
 * ```
 */
export function meetsTarget(t: Target, actual: number): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(t.value)) return false;
  const eps = 1e-9 * Math.max(1, Math.abs(t.value));
  switch (t.comparator) {
    case '>':
      return actual > t.value + eps;
    case '>=':
      return actual >= t.value - eps;
    case '<':
      return actual < t.value - eps;
    case '<=':
      return actual <= t.value + eps;
    case '=':
      return Math.abs(actual - t.value) <= eps;
  }
}
