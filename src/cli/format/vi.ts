/**
 * Vietnamese number and date conventions for reports: dd/mm/yyyy, decimal
 * comma, dot as thousands separator, "Quý II/2019". Written by hand (no
 * `toLocaleString`) so output never depends on the machine's locale.
 *
 * @module
 */
import { roundDecimal } from '../../scoring/decimal.js';

/** 2018-06-30 → 30/06/2018; null → "—". */
export function formatDateVi(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Rounds half-up at `digits` decimals, on the number's exact decimal value
 * (85.405 → 85.41): the library's one rounding rule, from the exact-number
 * module that scoring uses.
 */
export const roundHalfUp: (value: number, digits: number) => number = roundDecimal;

function groupThousands(integer: string, sep: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * A number the Vietnamese way: 1234.5 → "1.234,5". `digits` fixes the decimals;
 * without it, up to three significant decimals are kept and trailing zeros dropped.
 */
export function formatNumberVi(value: number, digits?: number): string {
  const fixed =
    digits === undefined
      ? trimZeros(roundHalfUp(value, 3).toFixed(3))
      : roundHalfUp(value, digits).toFixed(digits);
  const negative = fixed.startsWith('-');
  const [integer = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const body = groupThousands(integer, '.') + (fraction ? `,${fraction}` : '');
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A rate in 0..1 as a percentage: 0.8571 → "85,7%"; null → "—". */
export function formatRateVi(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined) return '—';
  return `${formatNumberVi(rate * 100, digits)}%`;
}

/** The decimals needed to show every value exactly (at most 3): [28.45, 23.1] → 2. */
export function decimalsFor(values: readonly number[]): number {
  let d = 0;
  for (const v of values) {
    const text = roundHalfUp(v, 3).toFixed(3).replace(/0+$/, '');
    d = Math.max(d, text.length - text.indexOf('.') - 1);
  }
  return Math.min(3, d);
}
