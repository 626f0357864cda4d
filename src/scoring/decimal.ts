/**
 * Exact points: every amount of points is held as an integer number of
 * thousandths (0.125 point → 125). Sums of integers are exact, so ten leaves
 * of 0.1 total exactly 1; ratios (indices) are compared by cross-multiplying
 * integers, never as floating-point quotients.
 *
 * @internal
 * @module
 */

/** Thousandths per point. @internal */
export const SCALE = 1000;

const DECIMAL_RE = /^([+-]?)(\d{1,15})(?:[.,](\d{1,3}))?$/;

/**
 * Reads a number of points with at most three decimals ("0,125", "1.5",
 * 0.125) as thousandths; `null` when it has more decimals, is not finite or
 * is too large to be exact.
 *
 * @internal
 */
export function parseThousandths(value: number | string): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > 1e12) return null;
    const t = Math.round(value * SCALE);
    // Exact when the shortest decimal form of `value` has ≤ 3 decimals.
    return t / SCALE === value ? t : null;
  }
  const m = DECIMAL_RE.exec(value.trim());
  if (m === null) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(3, '0'));
  const t = whole * SCALE + frac;
  return m[1] === '-' ? -t : t;
}

/** Thousandths back to a JS number with at most three decimals. @internal */
export function toPoints(thousandths: number): number {
  return thousandths / SCALE;
}

/**
 * `num / den` rounded half-up (towards +∞ at exactly .5) to an integer;
 * `den` must be positive. Exact for |num| up to 2^52.
 *
 * @internal
 */
export function roundHalfUp(num: number, den: number): number {
  if (Number.isSafeInteger(2 * num + den)) return Math.floor((2 * num + den) / (2 * den));
  const n = BigInt(num);
  const d = BigInt(den);
  const twice = 2n * n + d;
  const q = twice / (2n * d);
  // BigInt division truncates toward zero; make it a floor.
  return Number(twice < 0n && q * 2n * d !== twice ? q - 1n : q);
}

/**
 * The index (total / max × 100) in hundredths of a percent, rounded half-up:
 * 8541 means 85.41. A maximum of 0 (nothing applies) gives 0.
 *
 * @internal
 */
export function indexHundredths(total: number, max: number): number {
  if (max <= 0) return 0;
  return roundHalfUp(total * 10000, max);
}

/**
 * Compares two exact ratios `a/b` and `c/d` (b, d > 0): negative when
 * a/b < c/d, 0 when equal, positive when greater. Ratios with a zero
 * denominator count as 0.
 *
 * @internal
 */
export function compareRatios(a: number, b: number, c: number, d: number): number {
  if (b <= 0) return d <= 0 ? 0 : compareRatios(0, 1, c, d);
  if (d <= 0) return compareRatios(a, b, 0, 1);
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left - right;
  const l = BigInt(a) * BigInt(d);
  const r = BigInt(c) * BigInt(b);
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * A JS number as an exact decimal fraction `n / 10^k` (from its shortest
 * decimal form: 0.85 → 85/100), or null when not finite.
 *
 * @internal
 */
export function decimalFraction(value: number): { readonly num: number; readonly den: number } | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value)) return { num: value, den: 1 };
  // Fast path: up to six decimals (0.85 → 850000 / 1e6). Division is
  // correctly rounded, so t / 1e6 === value exactly when value means t / 10^6.
  const t = Math.round(value * 1e6);
  if (Math.abs(t) < 2 ** 52 && t / 1e6 === value) return { num: t, den: 1e6 };
  const s = String(value);
  if (s.includes('e')) {
    // Tiny or huge: fall back to 12 decimals, enough for any ratio a person types.
    const den = 1e12;
    return { num: Math.round(value * den), den };
  }
  const dot = s.indexOf('.');
  const k = s.length - dot - 1;
  const den = 10 ** k;
  return { num: Math.round(value * den), den };
}

/**
 * Formats thousandths the Vietnamese way: decimal comma, no trailing zeros
 * (1500 → "1,5", 125 → "0,125", 2000 → "2").
 *
 * @internal
 */
export function formatThousandths(thousandths: number): string {
  const neg = thousandths < 0;
  const abs = Math.abs(thousandths);
  const whole = Math.floor(abs / SCALE);
  const frac = abs % SCALE;
  const fracText = frac === 0 ? '' : `,${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return `${neg ? '-' : ''}${whole}${fracText}`;
}

/**
 * Formats a plain number with a decimal comma and at most `digits` decimals,
 * trailing zeros dropped (85.5 → "85,5"). Uses the number's shortest decimal
 * form, so it never prints floating-point noise.
 *
 * @internal
 */
export function formatNumberVi(value: number, digits = 3): string {
  const f = decimalFraction(value);
  if (f === null) return String(value);
  const scale = 10 ** digits;
  const scaled = roundHalfUp(f.num * scale, f.den);
  const neg = scaled < 0;
  const abs = Math.abs(scaled);
  const whole = Math.floor(abs / scale);
  const frac = abs % scale;
  const fracText =
    frac === 0 || digits === 0 ? '' : `,${String(frac).padStart(digits, '0').replace(/0+$/, '')}`;
  return `${neg ? '-' : ''}${whole}${fracText}`;
}

/**
 * Formats hundredths with exactly two decimals and a decimal comma
 * (8541 → "85,41", 9000 → "90,00").
 *
 * @internal
 */
export function formatHundredths(hundredths: number): string {
  const neg = hundredths < 0;
  const abs = Math.abs(hundredths);
  return `${neg ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
