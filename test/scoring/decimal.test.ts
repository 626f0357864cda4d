import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addExact,
  compareRatios,
  decimalFraction,
  formatHundredths,
  formatNumberVi,
  formatThousandths,
  hundredthsOf,
  indexHundredths,
  isTooLarge,
  mulDivHalfUp,
  mulExact,
  parseThousandths,
  roundHalfUp,
  scalePoints,
  sumExact,
} from '../../src/scoring/decimal.js';
import { formatIndexVi, formatPointsVi } from '../../src/scoring/format.js';

describe('parseThousandths', () => {
  it('reads numbers and Vietnamese / English decimal text', () => {
    expect(parseThousandths('0,125')).toBe(125);
    expect(parseThousandths(0.125)).toBe(125);
    expect(parseThousandths('1.5')).toBe(1500);
    expect(parseThousandths(' 14,5 ')).toBe(14500);
    expect(parseThousandths(0.1)).toBe(100);
    expect(parseThousandths(-0.25)).toBe(-250);
    expect(parseThousandths('-0,25')).toBe(-250);
  });
  it('refuses more than three decimals and non-numbers', () => {
    expect(parseThousandths(0.1255)).toBeNull();
    expect(parseThousandths('0,1255')).toBeNull();
    expect(parseThousandths(Number.NaN)).toBeNull();
    expect(parseThousandths(Infinity)).toBeNull();
    expect(parseThousandths('mười')).toBeNull();
    expect(parseThousandths('1e3')).toBeNull();
  });
  it('round-trips with formatThousandths for every ≤3-decimal amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (t) => {
        expect(parseThousandths(formatThousandths(t))).toBe(t);
        expect(parseThousandths(t / 1000)).toBe(t);
      }),
    );
  });
});

describe('exact sums', () => {
  it('ten leaves of 0.1 total exactly 1 (a float sum does not)', () => {
    let float = 0;
    let exact = 0;
    for (let i = 0; i < 10; i++) {
      float += 0.1;
      exact += parseThousandths(0.1)!;
    }
    expect(float).not.toBe(1);
    expect(exact / 1000).toBe(1);
  });
  it('sums of thousandths are associative and commutative', () => {
    const amount = fc.integer({ min: 0, max: 100_000 }).map((t) => t / 1000);
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (xs) => {
        const sum = (list: readonly number[]): number => list.reduce((s, x) => s + parseThousandths(x)!, 0);
        const reversed = [...xs].reverse();
        const half = Math.floor(xs.length / 2);
        expect(sum(reversed)).toBe(sum(xs));
        expect(sum(xs.slice(0, half)) + sum(xs.slice(half))).toBe(sum(xs));
      }),
    );
  });
});

describe('rounding and the index', () => {
  it('rounds half up', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(3, 2)).toBe(2);
    expect(roundHalfUp(-5, 2)).toBe(-2);
    expect(roundHalfUp(1, 3)).toBe(0);
    expect(roundHalfUp(2, 3)).toBe(1);
  });
  it('rounds half up beyond 2^53 with BigInt', () => {
    expect(roundHalfUp(2 ** 60 + 1, 2)).toBe(2 ** 59 + 1);
  });
  it('computes the index in hundredths: 85.415 → 85.42, 2/3 → 66.67', () => {
    expect(indexHundredths(85415, 100000)).toBe(8542);
    expect(indexHundredths(85414, 100000)).toBe(8541);
    expect(indexHundredths(2000, 3000)).toBe(6667);
    expect(indexHundredths(1000, 3000)).toBe(3333);
    expect(indexHundredths(0, 0)).toBe(0);
  });
  it('keeps the index within [0, 100] for every 0 ≤ total ≤ max', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (max, r) => {
          const total = Math.floor(max * r);
          const h = indexHundredths(total, max);
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThanOrEqual(10000);
          expect(Math.abs(h / 100 - (total / max) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
    );
  });
  it('compares ratios exactly', () => {
    expect(compareRatios(90020, 100000, 90020, 100000)).toBe(0);
    expect(compareRatios(2, 3, 4, 6)).toBe(0);
    expect(Math.sign(compareRatios(90021, 100000, 90020, 100000))).toBe(1);
    expect(Math.sign(compareRatios(1, 3, 333, 1000))).toBe(1);
    expect(compareRatios(0, 0, 0, 5)).toBe(0);
    expect(Math.sign(compareRatios(2 ** 40, 2 ** 40 + 1, 2 ** 40 - 1, 2 ** 40))).toBe(1);
  });
  it('orders ratios like exact rational comparison (antisymmetric)', () => {
    const pos = fc.integer({ min: 1, max: 1_000_000 });
    const nat = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(nat, pos, nat, pos, (a, b, c, d) => {
        expect(Math.sign(compareRatios(a, b, c, d))).toBe(-Math.sign(compareRatios(c, d, a, b)) || 0);
        const exact = BigInt(a) * BigInt(d) - BigInt(c) * BigInt(b);
        expect(Math.sign(compareRatios(a, b, c, d))).toBe(exact > 0n ? 1 : exact < 0n ? -1 : 0);
      }),
    );
  });
});

describe('Vietnamese formatting', () => {
  it('uses a decimal comma and no floating-point noise', () => {
    expect(formatThousandths(1500)).toBe('1,5');
    expect(formatThousandths(125)).toBe('0,125');
    expect(formatThousandths(-250)).toBe('-0,25');
    expect(formatNumberVi(0.1 + 0.2)).toBe('0,3');
    expect(formatNumberVi(85)).toBe('85');
    expect(formatHundredths(8541)).toBe('85,41');
    expect(formatHundredths(9000)).toBe('90,00');
    const f = decimalFraction(0.85)!;
    expect(f.num / f.den).toBe(0.85);
    expect(f.num * 100).toBe(85 * f.den);
    const g = decimalFraction(0.123456789)!;
    expect(g).toEqual({ num: 123456789, den: 1e9 });
  });
});

describe('exact arithmetic up to 2^53 − 1 thousandths, refused beyond', () => {
  const safe = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
  const big = (n: number): bigint => BigInt(n);
  const MAX = BigInt(Number.MAX_SAFE_INTEGER);
  it('property: sums are exact, or refused exactly when the true sum leaves the safe range', () => {
    fc.assert(
      fc.property(fc.array(safe, { maxLength: 20 }), (xs) => {
        let exact = 0n;
        let leaves = false;
        for (const x of xs) {
          exact += big(x);
          if (exact > MAX || exact < -MAX) leaves = true;
        }
        const s = sumExact(xs);
        if (leaves) expect(s).toBeNull();
        else expect(s === null ? null : big(s)).toBe(exact);
      }),
    );
  });
  it('property: small amounts (up to 10^9 points each) always sum exactly', () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 500 }), (xs) => {
        const s = sumExact(xs);
        expect(s).not.toBeNull();
        expect(big(s!)).toBe(xs.reduce((a, x) => a + big(x), 0n));
        expect(sumExact([...xs].reverse())).toBe(s);
      }),
    );
  });
  it('property: a product is exact or refused (null) exactly when it passes 2^53 − 1', () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        const exact = big(a) * big(b);
        const p = mulExact(a, b);
        if (exact > MAX || exact < -MAX) expect(p).toBeNull();
        else expect(p === null ? null : big(p)).toBe(exact);
      }),
    );
  });
  it('refuses at the edge: 2^53 − 1 is the last exact amount', () => {
    expect(addExact(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(addExact(Number.MAX_SAFE_INTEGER, 1)).toBeNull();
    expect(addExact(-Number.MAX_SAFE_INTEGER, -1)).toBeNull();
    expect(mulExact(2 ** 26, 2 ** 27)).toBeNull();
    expect(parseThousandths('9007199254740,991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseThousandths('9007199254740,992')).toBeNull();
    expect(parseThousandths('999999999999999')).toBeNull();
    expect(parseThousandths(9.1e12)).toBeNull();
    expect(isTooLarge(9.1e12)).toBe(true);
    expect(isTooLarge('9007199254741')).toBe(true);
    expect(isTooLarge(0.1255)).toBe(false);
  });
  it('property: mulDivHalfUp equals the BigInt half-up quotient at any size', () => {
    const pos = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, safe, pos, pos, (a, b, c, d) => {
        const n = big(a) * big(b);
        const m = big(c) * big(d);
        // floor((2n + m) / 2m), as a floor for negative numerators too
        const t = 2n * n + m;
        let q = t / (2n * m);
        if (t < 0n && q * 2n * m !== t) q -= 1n;
        expect(mulDivHalfUp(a, b, c, d)).toBe(Number(q));
      }),
    );
  });
  it('property: roundHalfUp is exact where a float quotient would round up', () => {
    const den = fc.integer({ min: 2 ** 38, max: 2 ** 42 });
    fc.assert(
      fc.property(den, fc.integer({ min: 0, max: 1000 }), (d, k) => {
        // k + 1/2 − 1/(2d): just below a half, must round down to k.
        const num = k * d + Math.floor((d - 1) / 2);
        expect(roundHalfUp(num, d)).toBe(k);
      }),
    );
  });
  it('property: scalePoints equals max × ratio rounded half-up to the step', () => {
    const pos = fc.integer({ min: 1, max: 1e12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e15 }),
        pos,
        pos,
        fc.constantFrom(1, 10, 100, 1000),
        (max, a, b, step) => {
          const [n, d] = a <= b ? [a, b] : [b, a];
          const p = scalePoints(max, n, 1, d, 1, step);
          const num = big(max) * big(n);
          const den = big(d) * big(step);
          expect(big(p)).toBe(((2n * num + den) / (2n * den)) * big(step));
          expect(p).toBeLessThanOrEqual(max + step);
        },
      ),
    );
  });
});

describe('half-up rounding on the decimal a number stands for', () => {
  /** A decimal string n / 10^k, e.g. (1005, 3) → "1.005". */
  const decimalText = (n: number, k: number): string => {
    const s = String(n).padStart(k + 1, '0');
    return k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  };
  it('1.005 and 85.405 both round up (no floating-point artefact)', () => {
    expect(hundredthsOf(1.005)).toBe(101);
    expect(hundredthsOf(85.405)).toBe(8541);
    expect(formatIndexVi(1.005)).toBe('1,01');
    expect(formatIndexVi(85.405)).toBe('85,41');
    expect(formatIndexVi(1.004)).toBe('1,00');
    expect(formatIndexVi(0.125, 1)).toBe('12,50');
    expect(formatNumberVi(1.0005)).toBe('1,001');
    expect(formatNumberVi(2.675, 2)).toBe('2,68');
    expect(formatPointsVi(0.1255)).toBe('0,126');
  });
  it('property: hundredthsOf rounds the decimal text half-up, whatever its binary double', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, k) => {
        const text = decimalText(n, k);
        const pow = 10n ** BigInt(k);
        const expected = (2n * BigInt(n) * 100n + pow) / (2n * pow);
        expect(hundredthsOf(Number(text))).toBe(Number(expected));
      }),
    );
  });
  it('property: exact halves always go up (x.xx5 → x.xx + 0.01)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e8 }), (n) => {
        const text = decimalText(n * 10 + 5, 3);
        expect(hundredthsOf(Number(text))).toBe(n + 1);
        expect(formatNumberVi(Number(text), 2)).toBe(formatHundredthsTrimmed(n + 1));
      }),
    );
  });
});

function formatHundredthsTrimmed(h: number): string {
  return formatHundredths(h).replace(/,?0+$/, (m) => (m.startsWith(',') ? '' : m.replace(/0+$/, '')));
}

describe('formatting round-trips', () => {
  it('property: formatHundredths reads back to the same hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (h) => {
        const text = formatHundredths(h);
        expect(text).toMatch(/^-?\d+,\d{2}$/);
        expect(Math.round(Number(text.replace(',', '.')) * 100)).toBe(h);
        expect(hundredthsOf(Number(text.replace(',', '.')))).toBe(h);
      }),
    );
  });
  it('property: formatNumberVi with 3 decimals reads back through parseThousandths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (t) => {
        expect(parseThousandths(formatNumberVi(t / 1000, 3))).toBe(t);
        expect(formatPointsVi(t / 1000)).toBe(formatThousandths(t));
      }),
    );
  });
});
