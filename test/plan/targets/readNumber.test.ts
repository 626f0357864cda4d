import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../src/plan/targets/index.js';
import { readVietnameseNumber } from '../../../src/plan/targets/readNumber.js';

/** Writes a number the Vietnamese way: dots between thousands, a decimal comma. */
function vietnamese(intPart: number, frac: string): string {
  const digits = String(intPart);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += '.';
    grouped += digits[i];
  }
  return frac === '' ? grouped : `${grouped},${frac}`;
}

describe('readVietnameseNumber', () => {
  it.each([
    ['0,90', 0.9],
    ['17,8', 17.8],
    ['1.000', 1000],
    ['1.250.000', 1_250_000],
    ['03', 3],
    ['2.5', 2.5],
    ['100', 100],
  ])('%s → %d', (s, v) => {
    expect(readVietnameseNumber(s)).toBe(v);
  });

  it.each(['', ',5', '1,', '1,2,3', '1.00.0', '1.2.3', '1.5,2', 'a1', '12a'])('%s → null', (s) => {
    expect(readVietnameseNumber(s)).toBeNull();
  });

  it('reads back any number written with thousand dots and a decimal comma', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), fc.stringMatching(/^\d{0,4}$/), (n, frac) => {
        const text = vietnamese(n, frac);
        expect(readVietnameseNumber(text)).toBe(Number(frac === '' ? `${n}` : `${n}.${frac}`));
      }),
    );
  });

  it('reads the same number through parseTarget, with leading zeros and NFD text', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 99_999 }),
        fc.stringMatching(/^\d{0,2}$/),
        fc.nat({ max: 2 }),
        (n, frac, zeros) => {
          const text = `Tối thiểu ${'0'.repeat(zeros)}${vietnamese(n, frac)}% hồ sơ`.normalize('NFD');
          const t = parseTarget(text);
          expect(t?.comparator).toBe('>=');
          expect(t?.unit).toBe('%');
          expect(t?.value).toBe(Number(frac === '' ? `${n}` : `${n}.${frac}`));
        },
      ),
    );
  });

  it('never throws and returns null or a finite number on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', 'a', ' ') }), (s) => {
        const v = readVietnameseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});
