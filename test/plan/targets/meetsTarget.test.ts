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

  it('tolerates floating-point noise', () => {
    const t03: Target = { comparator: '>=', value: 0.3, unit: '%', raw: '0,3%' };
    expect(meetsTarget(t03, 0.1 + 0.2)).toBe(true);
    expect(meetsTarget({ comparator: '=', value: 0.3, unit: '%', raw: '' }, 0.1 + 0.2)).toBe(true);
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
