import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../src/evaluate/index.js';
import { makePlan } from './helpers.js';

// Target statements as written in the seed plans (Vĩnh Long 2018, Vinh Yên 2022).
const statement = (id: string, text: string) => ({ id, text });
const plan = makePlan({
  year: 2018,
  agencies: [],
  groups: [],
  targets: [
    statement('T1', 'Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn'),
    statement('T2', 'Tỷ lệ hồ sơ chậm hạn dưới 0,90%'),
    statement('T3', 'Chỉ số CCHC của thành phố nằm trong Top 03 các huyện, thành phố'),
    statement('T4', 'Nâng cao chất lượng phục vụ'),
  ],
});

describe('evaluateTargets', () => {
  it('gives actual, met and attainment per target', () => {
    const r = evaluateTargets(plan, { T1: 72, T2: 1.8, T3: 2 });
    if (!r.ok) throw new Error('expected ok');
    const row = (id: string) => r.value.find((x) => x.targetId === id);
    expect(row('T1')).toMatchObject({ actual: 72, met: false, attainment: 0.9 });
    expect(row('T1')?.target).toMatchObject({ comparator: '>', value: 80 });
    // lower is better: 0.9 / 1.8
    expect(row('T2')).toMatchObject({ actual: 1.8, met: false, attainment: 0.5 });
    expect(row('T3')).toMatchObject({ actual: 2, met: true, attainment: 1 });
    expect(row('T4')).toMatchObject({ target: null, actual: null, met: null, attainment: null });
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(r.value.every(Object.isFrozen)).toBe(true);
  });

  it('caps attainment at 1 and leaves rows without an actual null', () => {
    const r = evaluateTargets(plan, { T1: 95, T2: 0 });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.map((x) => [x.targetId, x.met, x.attainment])).toEqual([
      ['T1', true, 1],
      ['T2', true, 1],
      ['T3', null, null],
      ['T4', null, null],
    ]);
  });

  it('reports unknown ids and values that are not numbers', () => {
    const r = evaluateTargets(plan, { T9: 1, T1: Number.NaN });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['unknown_target', 'invalid_number']);
  });
});
