import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRatios,
  decimalFraction,
  formatHundredths,
  formatNumberVi,
  formatThousandths,
  indexHundredths,
  parseThousandths,
  roundHalfUp,
} from '../../src/scoring/decimal.js';

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
