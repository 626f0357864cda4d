import type { Target } from '../types.js';

/** The fewest decimals compared: thousandths of the target's unit. */
const MIN_DECIMALS = 3;

interface Decimal {
  readonly negative: boolean;
  /** The significant digits, without sign or point. */
  readonly digits: string;
  /** The value is digits × 10^exponent. */
  readonly exponent: number;
}

/** The decimal a finite number prints as (its shortest round-trip form, "0.9", "1e-7"). */
function decimalOf(x: number): Decimal {
  const text = String(Math.abs(x));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exp = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return { negative: x < 0, digits, exponent: exp - fraction };
}

/** Decimal places of a number as printed ("0.9" → 1, "80" → 0, "1e-7" → 7). */
function placesOf(d: Decimal): number {
  return d.exponent < 0 ? -d.exponent : 0;
}

/** The number × 10^places as an integer, rounded half away from zero. */
function scaled(d: Decimal, places: number): bigint {
  const n = BigInt(d.digits);
  const shift = d.exponent + places;
  let v: bigint;
  if (shift >= 0) v = n * 10n ** BigInt(shift);
  else {
    const p = 10n ** BigInt(-shift);
    v = n / p;
    if ((n % p) * 2n >= p) v += 1n;
  }
  return d.negative ? -v : v;
}

/**
 * Whether an actual value meets a target: `actual <comparator> value`. A
 * rank meets "Top 03" (`<=` 3) when it is 1, 2 or 3. A non-finite `actual`
 * never meets a target.
 *
 * The comparison is exact, on decimals, with no tolerance: the target's
 * value is the decimal the text wrote ("0,90" is exactly 0.9), and the
 * actual value is rounded (half away from zero) to thousandths of the unit,
 * or to the target's own decimals when it has more ("dưới 0,0005%"). Both
 * are then compared as integers. So a rate computed as `9 / 1000 * 100`
 * (0.8999999999999999 in floating point) is 0.900 and does not meet "dưới
 * 0,90%"; 80.0004 is 80.000 and is not "trên 80%", while 80.001 is.
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
 * if (t) meetsTarget(t, (9 / 1000) * 100); // false: 0.900 is not below 0.90
 * ```
 */
export function meetsTarget(t: Target, actual: number): boolean {
  if (typeof actual !== 'number' || !Number.isFinite(actual) || !Number.isFinite(t.value)) return false;
  const target = decimalOf(t.value);
  const places = Math.max(MIN_DECIMALS, placesOf(target));
  const a = scaled(decimalOf(actual), places);
  const v = scaled(target, places);
  switch (t.comparator) {
    case '>':
      return a > v;
    case '>=':
      return a >= v;
    case '<':
      return a < v;
    case '<=':
      return a <= v;
    case '=':
      return a === v;
  }
}
