/**
 * Every rule kind through scoreUnit: the points, the Vietnamese explanation
 * and the boundaries ("trên 90%" is strict, "từ 70%" is not).
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import { loadCriteriaSet, scoreUnit, type Rule, type ScoreInput } from '../../src/scoring/index.js';

function one(rule: Rule, max: number, input: ScoreInput, precision?: number) {
  const set = unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 't',
      title: 'T',
      ...(precision !== undefined ? { precision } : {}),
      nodes: [{ id: 'x', title: 'Tiêu chí', max, rule }],
    }),
  );
  const r = scoreUnit(set, { x: input });
  if (!r.ok) return { points: Number.NaN, explanation: '', issues: r.issues.map((i) => i.code) };
  const n = r.value.nodes['x']!;
  return { points: n.points, explanation: n.explanation, issues: [] as string[] };
}

describe('binary', () => {
  it('true → max, false → 0, anything else is an error', () => {
    expect(one({ kind: 'binary' }, 1.5, true)).toMatchObject({
      points: 1.5,
      explanation: 'Đạt → 1,5/1,5 điểm',
    });
    expect(one({ kind: 'binary' }, 1.5, false)).toMatchObject({
      points: 0,
      explanation: 'Không đạt → 0/1,5 điểm',
    });
    expect(one({ kind: 'binary' }, 1, 1).issues).toEqual(['invalid_input']);
  });
});

describe('levels', () => {
  const rule: Rule = { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } };
  it('gives the named level its points (Cà Mau 1880/2013: on time 1, late 0.5)', () => {
    expect(one(rule, 1, 'trễ hạn')).toMatchObject({ points: 0.5, explanation: 'Mức "trễ hạn" → 0,5/1 điểm' });
    expect(one(rule, 1, 'đúng hạn'.normalize('NFD')).points).toBe(1);
    expect(one(rule, 1, ' không ban hành ').points).toBe(0);
    expect(one(rule, 1, 'Đúng Hạn')).toMatchObject({ points: 1, explanation: 'Mức "đúng hạn" → 1/1 điểm' });
  });
  it('refuses an unknown level, naming the levels', () => {
    const r = one(rule, 1, 'chậm');
    expect(r.issues).toEqual(['invalid_input']);
  });
  it('reads a level typed without diacritics or in another case, when it is unambiguous', () => {
    expect(one(rule, 1, 'tre han')).toMatchObject({ points: 0.5, explanation: 'Mức "trễ hạn" → 0,5/1 điểm' });
    expect(one(rule, 1, 'KHÔNG BAN HÀNH').points).toBe(0);
    // Two names that fold alike could not be told apart: the set is refused.
    const clash: Rule = { kind: 'levels', levels: { 'trễ hạn': 0.5, 'trẻ hạn': 1 } };
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 't',
      title: 'T',
      nodes: [{ id: 'x', title: 'X', max: 1, rule: clash }],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['duplicate_level']);
  });
});

describe('tiers (higher is better)', () => {
  const rule: Rule = {
    kind: 'tiers',
    label: 'Tỷ lệ hoàn thành',
    tiers: [
      { above: 90, points: 2 },
      { min: 70, points: 1 },
      { min: 0, points: 0 },
    ],
  };
  it('explains which tier the input fell in', () => {
    expect(one(rule, 2, 85)).toMatchObject({
      points: 1,
      explanation: 'Tỷ lệ hoàn thành 85% thuộc mức từ 70% đến 90% → 1/2 điểm',
    });
    expect(one(rule, 2, 95.5)).toMatchObject({
      points: 2,
      explanation: 'Tỷ lệ hoàn thành 95,5% thuộc mức trên 90% → 2/2 điểm',
    });
    expect(one(rule, 2, 12)).toMatchObject({
      points: 0,
      explanation: 'Tỷ lệ hoàn thành 12% thuộc mức từ 0% đến dưới 70% → 0/2 điểm',
    });
  });
  it('treats "trên 90%" as strict and "từ 70%" as inclusive', () => {
    expect(one(rule, 2, 90).points).toBe(1);
    expect(one(rule, 2, 90.001).points).toBe(2);
    expect(one(rule, 2, 70).points).toBe(1);
    expect(one(rule, 2, 69.999).points).toBe(0);
  });
  it('gives 0 below every tier', () => {
    const r = one({ kind: 'tiers', tiers: [{ min: 50, points: 1 }] }, 1, 49);
    expect(r).toMatchObject({ points: 0, explanation: 'Kết quả 49% thuộc mức dưới 50% → 0/1 điểm' });
  });
  it('refuses text', () => {
    expect(one(rule, 2, '85%').issues).toEqual(['invalid_input']);
  });
});

describe('tiers (lower is better)', () => {
  const rule: Rule = {
    kind: 'tiers',
    direction: 'lower-is-better',
    label: 'Tỷ lệ hồ sơ trễ hạn',
    tiers: [
      { below: 0.9, points: 2 },
      { max: 3, points: 1 },
    ],
  };
  it('takes the lowest tier whose max ≥ input', () => {
    expect(one(rule, 2, 0.5)).toMatchObject({
      points: 2,
      explanation: 'Tỷ lệ hồ sơ trễ hạn 0,5% thuộc mức dưới 0,9% → 2/2 điểm',
    });
    expect(one(rule, 2, 0.9)).toMatchObject({
      points: 1,
      explanation: 'Tỷ lệ hồ sơ trễ hạn 0,9% thuộc mức từ 0,9% đến 3% → 1/2 điểm',
    });
    expect(one(rule, 2, 3).points).toBe(1);
    expect(one(rule, 2, 3.5)).toMatchObject({
      points: 0,
      explanation: 'Tỷ lệ hồ sơ trễ hạn 3,5% thuộc mức trên 3% → 0/2 điểm',
    });
  });
});

describe('proportional', () => {
  it('max × ratio, exact to the thousandth', () => {
    expect(one({ kind: 'proportional' }, 2, 0.85)).toMatchObject({
      points: 1.7,
      explanation: 'Tỷ lệ 0,85 × 2 điểm → 1,7/2 điểm',
    });
    expect(one({ kind: 'proportional', scale: 100 }, 1.5, 33.3).points).toBe(0.5);
    expect(one({ kind: 'proportional' }, 1, { numerator: 2, denominator: 3 }).points).toBe(0.667);
    expect(one({ kind: 'proportional' }, 1, { numerator: 1, denominator: 3 }).points).toBe(0.333);
  });
  it('rounds half up to the set precision', () => {
    // 0.25 × 0.5 = 0.125 → 0.13 with two decimals (half up), 0.125 with three.
    expect(one({ kind: 'proportional' }, 0.5, 0.25, 2).points).toBe(0.13);
    expect(one({ kind: 'proportional' }, 0.5, 0.25).points).toBe(0.125);
    expect(one({ kind: 'proportional' }, 1, 0.0005).points).toBe(0.001);
    expect(one({ kind: 'proportional' }, 1, 0.0004999).points).toBe(0);
    // A float ratio with 16 decimals (2/3 computed by the caller) is still exact: 666.666… → 0.667.
    expect(one({ kind: 'proportional' }, 1, 2 / 3).points).toBe(0.667);
    expect(one({ kind: 'proportional' }, 3, 1 / 6).points).toBe(0.5);
    expect(one({ kind: 'proportional' }, 0.001, 0.5).points).toBe(0.001);
  });
  it('gives the stated points when the denominator is zero (no complaints → full points)', () => {
    expect(one({ kind: 'proportional', whenEmpty: 1 }, 1, { numerator: 0, denominator: 0 })).toMatchObject({
      points: 1,
      explanation: 'Tỷ lệ 0/0 (không phát sinh) → 1/1 điểm',
    });
    expect(one({ kind: 'proportional' }, 1, { numerator: 0, denominator: 0 }).issues).toEqual([
      'empty_ratio',
    ]);
  });
  it('refuses ratios out of range', () => {
    expect(one({ kind: 'proportional' }, 1, 1.2).issues).toEqual(['input_out_of_range']);
    expect(one({ kind: 'proportional', scale: 100 }, 1, 101).issues).toEqual(['input_out_of_range']);
    expect(one({ kind: 'proportional' }, 1, { numerator: 5, denominator: 4 }).issues).toEqual([
      'input_out_of_range',
    ]);
    expect(one({ kind: 'proportional' }, 1, true).issues).toEqual(['invalid_input']);
  });
});

describe('deduction', () => {
  it('max − per × count, never below 0 by default', () => {
    expect(one({ kind: 'deduction', per: 0.25 }, 1, 2)).toMatchObject({
      points: 0.5,
      explanation: '2 lần vi phạm × 0,25 điểm trừ → 0,5/1 điểm',
    });
    expect(one({ kind: 'deduction', per: 0.25 }, 1, 9).points).toBe(0);
    expect(one({ kind: 'deduction', per: 0.25 }, 1, 0).points).toBe(1);
  });
  it('goes below zero down to a negative floor', () => {
    expect(one({ kind: 'deduction', per: 0.25, floor: -0.25 }, 0.25, 1).points).toBe(0);
    expect(one({ kind: 'deduction', per: 0.25, floor: -0.25 }, 0.25, 2)).toMatchObject({
      points: -0.25,
      explanation: '2 lần vi phạm × 0,25 điểm trừ → -0,25/0,25 điểm',
    });
    expect(one({ kind: 'deduction', per: 0.25, floor: -0.25 }, 0.25, 5).explanation).toBe(
      '5 lần vi phạm × 0,25 điểm trừ, không thấp hơn -0,25 → -0,25/0,25 điểm',
    );
  });
  it('refuses non-integer or negative counts', () => {
    expect(one({ kind: 'deduction', per: 0.25 }, 1, 1.5).issues).toEqual(['invalid_input']);
    expect(one({ kind: 'deduction', per: 0.25 }, 1, -1).issues).toEqual(['invalid_input']);
  });
});

describe('manual', () => {
  it('takes the points themselves, as numbers or Vietnamese decimal text', () => {
    expect(one({ kind: 'manual' }, 2, 1.25)).toMatchObject({
      points: 1.25,
      explanation: 'Điểm chấm 1,25 → 1,25/2 điểm',
    });
    expect(one({ kind: 'manual' }, 2, '1,125').points).toBe(1.125);
  });
  it('more than max, negative or more than 3 decimals is an error', () => {
    expect(one({ kind: 'manual' }, 2, 2.001).issues).toEqual(['input_above_max']);
    expect(one({ kind: 'manual' }, 2, -1).issues).toEqual(['input_out_of_range']);
    expect(one({ kind: 'manual' }, 2, 1.0005).issues).toEqual(['invalid_input']);
  });
});

describe('survey', () => {
  it('maps the mean answer linearly onto 0..max', () => {
    expect(one({ kind: 'survey', scale: [1, 5] }, 3, 4.2)).toMatchObject({
      points: 2.4,
      explanation: 'Điểm khảo sát trung bình 4,2 trên thang 1–5 → 2,4/3 điểm',
    });
    expect(one({ kind: 'survey', scale: [1, 5] }, 3, 1).points).toBe(0);
    expect(one({ kind: 'survey', scale: [1, 5] }, 3, 5).points).toBe(3);
    expect(one({ kind: 'survey', scale: [0, 10] }, 1, 7.77).points).toBe(0.777);
  });
  it('refuses answers outside the scale', () => {
    expect(one({ kind: 'survey', scale: [1, 5] }, 3, 5.5).issues).toEqual(['input_out_of_range']);
  });
});

describe('allOf', () => {
  const rule: Rule = {
    kind: 'allOf',
    conditions: ['Báo cáo quý I', 'Báo cáo 6 tháng', 'Báo cáo quý III', 'Báo cáo năm'],
  };
  it('full points only when every condition holds', () => {
    expect(one(rule, 1, [true, true, true, true])).toMatchObject({
      points: 1,
      explanation: 'Đạt đủ 4/4 điều kiện → 1/1 điểm',
    });
    expect(
      one(rule, 1, {
        'Báo cáo quý I': true,
        'Báo cáo 6 tháng': true,
        'Báo cáo quý III': false,
        'Báo cáo năm': true,
      }),
    ).toMatchObject({ points: 0, explanation: 'Không đạt: Báo cáo quý III → 0/1 điểm' });
  });
  it('reads NFD condition names', () => {
    const nfd: Record<string, boolean> = {};
    for (const c of ['Báo cáo quý I', 'Báo cáo 6 tháng', 'Báo cáo quý III', 'Báo cáo năm'])
      nfd[c.normalize('NFD')] = true;
    expect(one(rule, 1, nfd).points).toBe(1);
  });
  it('refuses incomplete or unknown conditions', () => {
    expect(one(rule, 1, [true, true]).issues).toEqual(['invalid_input']);
    expect(one(rule, 1, { 'Báo cáo quý I': true }).issues).toEqual(['invalid_input']);
    expect(one(rule, 1, true).issues).toEqual(['invalid_input']);
  });
});

describe('target', () => {
  const rule: Rule = {
    kind: 'target',
    label: 'Tỷ lệ hồ sơ đúng hạn',
    target: { comparator: '>=', value: 95, unit: '%' },
  };
  it('max when the target is met (meetsTarget), else 0', () => {
    expect(one(rule, 2, 96)).toMatchObject({
      points: 2,
      explanation: 'Tỷ lệ hồ sơ đúng hạn 96% so với chỉ tiêu ≥ 95%: đạt → 2/2 điểm',
    });
    expect(one(rule, 2, 95).points).toBe(2);
    expect(one(rule, 2, 94.9).points).toBe(0);
  });
  it('gives partial credit: proportional to the target, or fixed points', () => {
    expect(one({ ...rule, partial: { kind: 'proportional' } }, 2, 76).points).toBe(1.6);
    expect(one({ ...rule, partial: { kind: 'fixed', points: 0.5 } }, 2, 76).points).toBe(0.5);
    const lower: Rule = {
      kind: 'target',
      target: { comparator: '<', value: 1, unit: '%' },
      partial: { kind: 'proportional' },
    };
    expect(one(lower, 1, 0.5).points).toBe(1);
    expect(one(lower, 1, 4).points).toBe(0.25);
  });
  it('reads a rank target: Top 03 (rank ≤ 3)', () => {
    const top3: Rule = { kind: 'target', target: { comparator: '<=', value: 3, unit: 'rank' } };
    expect(one(top3, 1, 3).points).toBe(1);
    expect(one(top3, 1, 4).points).toBe(0);
  });
});

describe('explanation templates', () => {
  it('uses the rule’s own template', () => {
    const rule: Rule = { kind: 'binary', explain: '{title}: {detail} ({points} điểm)' };
    expect(one(rule, 1, true).explanation).toBe('Tiêu chí: Đạt (1 điểm)');
  });
});
