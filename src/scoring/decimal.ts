/**
 * Exact points: the one place where scoring does arithmetic, rounding and
 * number formatting. Every amount of points is held as an integer number of
 * thousandths (0.125 point → 125). Sums of integers are exact, so ten leaves
 * of 0.1 total exactly 1; ratios (indices) are compared by cross-multiplying
 * integers, never as floating-point quotients.
 *
 * Limits: an amount is exact while it is a safe integer (|t| ≤ 2^53 − 1
 * thousandths, about 9 × 10^12 points). Sums and products that would go
 * past it are refused (`null`), never left to drift; callers turn that into
 * a `points_too_large` issue. Products inside a rounding (max × ratio, an
 * index × 10,000) go through BigInt when they pass 2^53, so they stay exact.
 *
 * Rounding is half-up: a value exactly halfway goes up (towards +∞), and it
 * is applied to the exact decimal value a number stands for (its shortest
 * decimal form), so 1.005 and 85.405 both round up to 1.01 and 85.41.
 *
 * @internal
 * @module
 */

/** Thousandths per point. @internal */
export const SCALE = 1000;

/** The largest exact amount, in thousandths (2^53 − 1). @internal */
export const MAX_THOUSANDTHS = Number.MAX_SAFE_INTEGER;

const DECIMAL_RE = /^([+-]?)(\d{1,16})(?:[.,](\d{1,3}))?$/;

/**
 * Reads a number of points with at most three decimals ("0,125", "1.5",
 * 0.125) as thousandths; `null` when it has more decimals, is not finite or
 * is too large to be exact (see {@link isTooLarge}).
 *
 * @internal
 */
export function parseThousandths(value: number | string): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_THOUSANDTHS / SCALE) return null;
    const t = Math.round(value * SCALE);
    // Exact when the shortest decimal form of `value` has ≤ 3 decimals.
    return t / SCALE === value && Number.isSafeInteger(t) ? t : null;
  }
  const m = DECIMAL_RE.exec(value.trim());
  if (m === null) return null;
  const t = Number(m[2]) * SCALE + Number((m[3] ?? '').padEnd(3, '0'));
  if (!Number.isSafeInteger(t) || !Number.isSafeInteger(Number(m[2]))) return null;
  return m[1] === '-' ? -t : t;
}

/**
 * Whether a finite number of points is beyond what thousandths hold exactly
 * (more than 2^53 − 1 thousandths): the case to report as too large rather
 * than as having too many decimals.
 *
 * @internal
 */
export function isTooLarge(points: number | string): boolean {
  const v = typeof points === 'number' ? points : Number(points.trim().replace(',', '.'));
  return Number.isFinite(v) && Math.abs(v) * SCALE > MAX_THOUSANDTHS;
}

/** Thousandths back to a JS number with at most three decimals. @internal */
export function toPoints(thousandths: number): number {
  return thousandths / SCALE;
}

/**
 * A number of points that came from {@link toPoints} (a score's `points`,
 * `max`) back to thousandths.
 *
 * @internal
 */
export function fromPoints(points: number): number {
  return Math.round(points * SCALE);
}

/** `a + b`, or `null` when the exact sum is beyond 2^53 − 1 in size. @internal */
export function addExact(a: number, b: number): number | null {
  const s = a + b;
  // Both are safe integers: the float sum is exact unless the true sum is
  // beyond the safe range, and then it rounds to an unsafe value.
  return Number.isSafeInteger(s) ? s : null;
}

/** The exact sum of safe integers, or `null` when a partial sum leaves the safe range. @internal */
export function sumExact(values: Iterable<number>): number | null {
  let s = 0;
  for (const v of values) {
    s += v;
    if (!Number.isSafeInteger(s)) return null;
  }
  return s;
}

/** `a × b`, or `null` when the exact product is beyond 2^53 − 1 in size. @internal */
export function mulExact(a: number, b: number): number | null {
  const p = a * b;
  return Number.isSafeInteger(p) ? p : null;
}

/** ⌊(2n + d) / 2d⌋ for safe integers, d > 0, exact (a float quotient may round up). */
function floorHalf(n: number, d: number): number | null {
  const twice = 2 * n + d;
  const den = 2 * d;
  if (!Number.isSafeInteger(twice) || !Number.isSafeInteger(den)) return null;
  let q = Math.floor(twice / den);
  const back = q * den;
  if (!Number.isSafeInteger(back)) return null;
  const r = twice - back;
  if (r < 0) q--;
  else if (r >= den) q++;
  return q;
}

function bigHalfUp(n: bigint, d: bigint): number {
  const twice = 2n * n + d;
  const den = 2n * d;
  const q = twice / den;
  // BigInt division truncates toward zero; make it a floor.
  return Number(twice < 0n && q * den !== twice ? q - 1n : q);
}

/**
 * `num / den` rounded half-up (towards +∞ at exactly .5) to an integer;
 * `den` must be positive, both integers. Exact at any size (BigInt past 2^53).
 *
 * @internal
 */
export function roundHalfUp(num: number, den: number): number {
  return floorHalf(num, den) ?? bigHalfUp(BigInt(num), BigInt(den));
}

/**
 * `(a × b) / (c × d)` rounded half-up to an integer, for integers with
 * `c × d > 0`; exact at any size (the products are taken in BigInt when
 * they pass 2^53).
 *
 * @internal
 */
export function mulDivHalfUp(a: number, b: number, c: number, d = 1): number {
  const n = a * b;
  const m = c * d;
  if (Number.isSafeInteger(n) && Number.isSafeInteger(m)) {
    const q = floorHalf(n, m);
    if (q !== null) return q;
  }
  return bigHalfUp(BigInt(a) * BigInt(b), BigInt(c) * BigInt(d));
}

/**
 * Compares `a × b` with `c × d` (integers) exactly: negative, 0 or positive.
 *
 * @internal
 */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left - right;
  const l = BigInt(a) * BigInt(b);
  const r = BigInt(c) * BigInt(d);
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * `max × (n1 × n2) / (d1 × d2)` points, rounded half-up to a multiple of
 * `step` thousandths (the set's precision); exact at any size. The ratio's
 * parts come as factors so that no product is taken in floating point.
 *
 * @internal
 */
export function scalePoints(
  max: number,
  n1: number,
  n2: number,
  d1: number,
  d2: number,
  step: number,
): number {
  const a = max * n1;
  const b = d1 * d2;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    return mulDivHalfUp(a, n2, b, step) * step;
  }
  const q = bigHalfUp(BigInt(max) * BigInt(n1) * BigInt(n2), BigInt(d1) * BigInt(d2) * BigInt(step));
  return q * step;
}

/**
 * The index (total / max × 100) in hundredths of a percent, rounded half-up:
 * 8541 means 85.41. A maximum of 0 (nothing applies) gives 0.
 *
 * @internal
 */
export function indexHundredths(total: number, max: number): number {
  if (max <= 0) return 0;
  return mulDivHalfUp(total, 10000, max);
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
  return compareProducts(a, d, c, b);
}

/** An exact decimal fraction `num / den` (den a power of ten). @internal */
export interface DecimalFraction {
  readonly num: number;
  readonly den: number;
}

/**
 * A JS number as an exact decimal fraction `n / 10^k` (from its shortest
 * decimal form: 0.85 → 85/100), or null when not finite.
 *
 * @internal
 */
export function decimalFraction(value: number): DecimalFraction | null {
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
 * `f` on the denominator `den` (a power of ten at least `f.den`): the
 * numerator, exact (0.85 on 1000 → 850).
 *
 * @internal
 */
export function onDenominator(f: DecimalFraction, den: number): number {
  return f.num * (den / f.den);
}

/**
 * A number rounded half-up to hundredths, on its exact decimal value
 * (85.405 → 8541, 1.005 → 101, 2/3×100 → 6667).
 *
 * @internal
 */
export function hundredthsOf(value: number): number {
  const f = decimalFraction(value);
  if (f === null) return Math.round(value * 100);
  return mulDivHalfUp(f.num, 100, f.den);
}

/**
 * A number rounded half-up (towards +∞ at exactly .5) to `digits` decimals,
 * on its exact decimal value (85.405 → 85.41, 1.005 → 1.01, −2.5 → −2 at 0
 * decimals); not finite → unchanged.
 *
 * @internal
 */
export function roundDecimal(value: number, digits: number): number {
  const f = decimalFraction(value);
  if (f === null) return value;
  const scale = 10 ** digits;
  return mulDivHalfUp(f.num, scale, f.den) / scale;
}

function withComma(neg: boolean, whole: number, frac: number, digits: number, trim: boolean): string {
  let fracText = '';
  if (digits > 0 && (frac !== 0 || !trim)) {
    fracText = String(frac).padStart(digits, '0');
    if (trim) fracText = fracText.replace(/0+$/, '');
    fracText = `,${fracText}`;
  }
  return `${neg ? '-' : ''}${whole}${fracText}`;
}

/**
 * Formats thousandths the Vietnamese way: decimal comma, no trailing zeros
 * (1500 → "1,5", 125 → "0,125", 2000 → "2").
 *
 * @internal
 */
export function formatThousandths(thousandths: number): string {
  const abs = Math.abs(thousandths);
  return withComma(thousandths < 0, Math.floor(abs / SCALE), abs % SCALE, 3, true);
}

/**
 * Formats a plain number with a decimal comma and at most `digits` decimals,
 * rounded half-up on its exact decimal value, trailing zeros dropped
 * (85.5 → "85,5", 0.1255 → "0,126"). Uses the number's shortest decimal
 * form, so it never prints floating-point noise.
 *
 * @internal
 */
export function formatNumberVi(value: number, digits = 3): string {
  const f = decimalFraction(value);
  if (f === null) return String(value);
  const scale = 10 ** digits;
  const scaled = mulDivHalfUp(f.num, scale, f.den);
  const abs = Math.abs(scaled);
  return withComma(scaled < 0, Math.floor(abs / scale), abs % scale, digits, true);
}

/** A number with a decimal comma; its shortest form when short, else {@link formatNumberVi}. @internal */
export function numberVi(v: number): string {
  const s = String(v);
  if (s.length <= 12 && !s.includes('e')) return s.replace('.', ',');
  return formatNumberVi(v);
}

/**
 * A number in full with a decimal comma, never rounded and never in
 * exponent form (1e-7 → "0,0000001").
 *
 * @internal
 */
export function fullNumberVi(v: number): string {
  const s = String(v);
  if (!s.includes('e')) return s.replace('.', ',');
  return v.toFixed(20).replace(/0+$/u, '').replace(/\.$/u, '').replace('.', ',');
}

/**
 * Formats hundredths with exactly two decimals and a decimal comma
 * (8541 → "85,41", 9000 → "90,00").
 *
 * @internal
 */
export function formatHundredths(hundredths: number): string {
  const abs = Math.abs(hundredths);
  return withComma(hundredths < 0, Math.floor(abs / 100), abs % 100, 2, false);
}
