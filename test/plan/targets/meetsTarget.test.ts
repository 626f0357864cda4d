import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsTarget, parseTarget } from '../../../src/plan/targets/index.js';
import type { Target } from '../../../src/plan/types.js';

const t = (text: string): Target => {
  const r = parseTarget(text);
  if (r === null) throw new Error(`no target in ${text}`);
  return r;
};

describe('meetsTarget', () => {
  it('checks the seed plans’ targets at their boundaries', () => {
    const above80 = t('Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn');
    expect(meetsTarget(above80, 80)).toBe(false);
    expect(meetsTarget(above80, 80.1)).toBe(true);
    const late = t('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%');
    expect(meetsTarget(late, 0.9)).toBe(false);
    expect(meetsTarget(late, 0.89)).toBe(true);
    const wait = t('còn tối đa 20 phút/01 lần giao dịch');
    expect(meetsTarget(wait, 20)).toBe(true);
    expect(meetsTarget(wait, 21)).toBe(false);
    const top3 = t('nằm trong Top 03 các huyện, thành phố thuộc tỉnh');
    expect([1, 2, 3, 4].map((r) => meetsTarget(top3, r))).toEqual([true, true, true, false]);
    const all = t('100% văn bản QPPL được ban hành đúng thẩm quyền');
    expect(meetsTarget(all, 100)).toBe(true);
    expect(meetsTarget(all, 99.99)).toBe(false);
    const least200 = t('Tối thiểu 200 thủ tục hành chính được cung cấp trực tuyến ở mức độ 3');
    expect(meetsTarget(least200, 200)).toBe(true);
    expect(meetsTarget(least200, 199)).toBe(false);
  });

  it('compares exact decimals in thousandths, with no tolerance', () => {
    const late = t('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%');
    expect(late.value).toBe(0.9); // "0,90" is exactly 0.9
    // 9 late of 1,000 is 0.8999999999999999 in floating point: it counts as 0.900, not below 0.90.
    expect((9 / 1000) * 100).toBeLessThan(0.9);
    expect(meetsTarget(late, (9 / 1000) * 100)).toBe(false);
    expect(meetsTarget(late, (8 / 1000) * 100)).toBe(true);
    expect(meetsTarget(late, 0.8995)).toBe(false); // rounds half away from zero to 0.900
    expect(meetsTarget(late, 0.8994)).toBe(true);
    const above80 = t('Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn');
    expect(meetsTarget(above80, 80.0004)).toBe(false); // 80.000
    expect(meetsTarget(above80, 80.001)).toBe(true);
    const t03: Target = { comparator: '>=', value: 0.3, unit: '%', raw: '0,3%' };
    expect(meetsTarget(t03, 0.1 + 0.2)).toBe(true);
    expect(meetsTarget({ ...t03, comparator: '=' }, 0.1 + 0.2)).toBe(true);
    expect(meetsTarget({ ...t03, comparator: '>' }, 0.1 + 0.2)).toBe(false);
  });

  it('compares at the target’s own precision when it is finer than thousandths', () => {
    const fine = t('dưới 0,0005%');
    expect(fine.value).toBe(0.0005);
    expect(meetsTarget(fine, 0.0004)).toBe(true);
    expect(meetsTarget(fine, 0.0005)).toBe(false);
    expect(meetsTarget(fine, 0.00049)).toBe(false); // 0.0005 at the target's four decimals
    expect(meetsTarget(fine, 0.00044)).toBe(true); // 0.0004
  });

  it('compares large and small values exactly', () => {
    const budget = t('kinh phí tối đa 80 triệu đồng');
    expect(meetsTarget(budget, 80_000_000)).toBe(true);
    expect(meetsTarget(budget, 80_000_000.001)).toBe(false);
    const big: Target = { comparator: '<', value: 1e21, unit: 'vnd', raw: '' };
    expect(meetsTarget(big, 999_999_999_999_999_900_000)).toBe(true);
    expect(meetsTarget(big, 1e21)).toBe(false);
    const tiny: Target = { comparator: '>', value: 1e-7, unit: 'number', raw: '' };
    expect(meetsTarget(tiny, 2e-7)).toBe(true);
    expect(meetsTarget(tiny, 1e-7)).toBe(false);
    expect(meetsTarget({ comparator: '>=', value: -5, unit: 'number', raw: '' }, -5.0004)).toBe(true);
    expect(meetsTarget({ comparator: '>=', value: -5, unit: 'number', raw: '' }, -5.001)).toBe(false);
  });

  it('agrees with integer arithmetic on values in thousandths (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('>', '>=', '<', '<=', '=' as const),
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        (c, v, a) => {
          // Values computed the floating-point way (v / 1000) compare as the exact decimals they stand for.
          const target: Target = { comparator: c, value: v / 1000, unit: '%', raw: '' };
          const expected = { '>': a > v, '>=': a >= v, '<': a < v, '<=': a <= v, '=': a === v }[c];
          expect(meetsTarget(target, a / 1000)).toBe(expected);
          expect(meetsTarget(target, ((a / 1000) * 3) / 3)).toBe(expected);
        },
      ),
    );
  });

  it('never meets with a non-finite actual', () => {
    for (const c of ['>', '>=', '<', '<=', '='] as const) {
      const target: Target = { comparator: c, value: 5, unit: 'count', raw: '' };
      expect(meetsTarget(target, Number.NaN)).toBe(false);
      expect(meetsTarget(target, Number.POSITIVE_INFINITY)).toBe(false);
    }
  });

  it('agrees with the comparator away from the boundary (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('>', '>=', '<', '<=', '=' as const),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (c, v, a) => {
          const target: Target = { comparator: c, value: v, unit: 'count', raw: '' };
          const expected = { '>': a > v, '>=': a >= v, '<': a < v, '<=': a <= v, '=': a === v }[c];
          expect(meetsTarget(target, a)).toBe(expected);
        },
      ),
    );
  });
});
