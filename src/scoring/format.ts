/**
 * Vietnamese number display of points and indices (decimal comma).
 *
 * @module
 */
import { shownValue } from '../core/copyInput.js';
import { CchcError, issue } from '../core/result.js';
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
 * Exact at any size (1e21 → "1000000000000000000000"); throws a
 * `CchcError` (`invalid_number`) for NaN, ±Infinity or a value that is not
 * a number.
 *
 * @example
 * ```ts
 * import { formatPointsVi } from 'cchc';
 * formatPointsVi(90.02); // '90,02'
 * formatPointsVi(0.125); // '0,125'
 * ```
 */
export function formatPointsVi(points: number): string {
  const t = parseThousandths(checkedNumber(points, 'points'));
  if (t !== null) return formatThousandths(t);
  return Math.abs(points) < SAFE_SCALED ? formatNumberVi(points, 3) : exactVi(exact(points), 3, true);
}

/** Below this, a number times 1000 is still an exact integer: the number path is exact. */
const SAFE_SCALED = 2 ** 52 / 1000;

/** `value` when it is a finite number, else a CchcError (`invalid_number`): "NaN" or "Infinity,NaN" is no answer. */
function checkedNumber(value: number, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new CchcError([
    issue(
      [name],
      'invalid_number',
      `${name} phải là một số hữu hạn, nhận được ${shownValue(value)}`,
      `${name} must be a finite number, got ${shownValue(value)}`,
    ),
  ]);
}

/** The exact decimal a number stands for (its shortest form), as num / den in BigInt: 1e21 → 10^21 / 1. */
function exact(value: number): { readonly num: bigint; readonly den: bigint } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (m === null) return { num: 0n, den: 1n }; // unreachable for a finite number
  const decimals = m[3] ?? '';
  const exp = Number(m[4] ?? 0) - decimals.length;
  const digits = BigInt(`${m[2]}${decimals}`) * (exp > 0 ? 10n ** BigInt(exp) : 1n);
  return { num: m[1] === '-' ? -digits : digits, den: exp < 0 ? 10n ** BigInt(-exp) : 1n };
}

/** num / den with `digits` decimals (half-up) and a decimal comma, exact at any size; `trim` drops trailing zeros. */
function exactVi(f: { readonly num: bigint; readonly den: bigint }, digits: number, trim: boolean): string {
  const scale = 10n ** BigInt(digits);
  const twice = 2n * f.num * scale + f.den;
  const den = 2n * f.den;
  let q = twice / den;
  if (twice < 0n && q * den !== twice) q -= 1n; // a floor, not a truncation
  const neg = q < 0n;
  const abs = neg ? -q : q;
  let frac = (abs % scale).toString().padStart(digits, '0');
  if (trim) frac = frac.replace(/0+$/, '');
  return `${neg ? '-' : ''}${abs / scale}${frac === '' ? '' : `,${frac}`}`;
}

/**
 * An index with exactly two decimals and a decimal comma (85.4 → "85,40"),
 * rounded half-up on the decimal the number stands for (85.405 → "85,41",
 * 1.005 → "1,01"). Pass `total` and `max` to format the exact ratio rounded
 * half-up (a `max` of 0 gives "0,00"). Exact at any size; throws a
 * `CchcError` (`invalid_number`) for NaN, ±Infinity or a value that is not
 * a number.
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
  checkedNumber(index, 'index');
  if (max !== undefined) {
    checkedNumber(max, 'max');
    const t = parseThousandths(index);
    const m = parseThousandths(max);
    if (t !== null && m !== null) return formatHundredths(indexHundredths(t, m));
    // Not thousandths (2 / 3.0001 was shown as "2,00"): the exact ratio, as indexHundredths takes it.
    if (max <= 0) return '0,00';
    const a = exact(index);
    const b = exact(max);
    return exactVi({ num: a.num * b.den * 100n, den: a.den * b.num }, 2, false);
  }
  if (Math.abs(index) < SAFE_SCALED) return formatHundredths(hundredthsOf(index));
  return exactVi(exact(index), 2, false);
}
