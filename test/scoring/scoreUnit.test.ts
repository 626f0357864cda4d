import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import {
  criteriaSetToJSON,
  loadCriteriaSet,
  scoreUnit,
  scoreUnits,
  type ScoreInput,
} from '../../src/scoring/index.js';
import { caMauLike } from './fixtures.js';

const full: Record<string, ScoreInput> = {
  '1.1': { self: 'đúng hạn', evidence: [{ number: '15/KH-SNV', date: '2024-01-10', item: 'Kế hoạch' }] },
  '1.2': {
    self: 92,
    evidence: [
      { number: '300/BC-SNV', item: 'Báo cáo kết quả' },
      { fileId: 'f-1', item: 'Danh mục nhiệm vụ' },
    ],
  },
  '1.3': [true, true, true, true],
  '1.4.1': { numerator: 3, denominator: 4 },
  '1.4.2': 1,
  '2.1': 4.2,
  '2.2': 96,
};

describe('scoreUnit', () => {
  it('sums leaves into parents and the total, with the index on the maximum', () => {
    const s = unwrap(scoreUnit(caMauLike(), full));
    expect(s.nodes['1.4']).toMatchObject({ points: 0.688, max: 1 }); // 0.563 (0.5625 half up) + 0.125
    expect(s.nodes['1.4.1']?.points).toBe(0.563);
    expect(s.nodes['1']).toMatchObject({
      points: 4.688,
      max: 5,
      explanation: 'Tổng 4 tiêu chí con → 4,688/5 điểm',
    });
    expect(s.nodes['2']).toMatchObject({ points: 4.4, max: 5 });
    expect(s).toMatchObject({ total: 9.088, max: 10, index: 90.88, class: 'Tốt', missing: [], warnings: [] });
    expect(s.exact).toEqual({ total: 9088, max: 10000, treeTotal: 9088 });
  });

  it("drops an 'n/a' leaf from the maximum of every ancestor and takes the index on what applies", () => {
    const s = unwrap(scoreUnit(caMauLike(), { ...full, '1.4.1': 'n/a', '2.2': 'n/a' }));
    expect(s.nodes['1.4.1']).toMatchObject({ points: 0, max: 0, declaredMax: 0.75, applicable: false });
    expect(s.nodes['1.4']).toMatchObject({ points: 0.125, max: 0.25, declaredMax: 1 });
    expect(s.nodes['1']).toMatchObject({ max: 4.25, explanation: 'Tổng 4 tiêu chí con → 4,125/4,25 điểm' });
    expect(s.nodes['2']).toMatchObject({
      points: 2.4,
      max: 3,
      explanation: 'Tổng 2 tiêu chí con → 2,4/3 điểm; 1 tiêu chí con không áp dụng',
    });
    expect(s).toMatchObject({ total: 6.525, max: 7.25, index: 90, notApplicable: ['1.4.1', '2.2'] });
  });

  it('scores a missing input 0 and lists it', () => {
    const { '1.3': _gone, '2.1': _gone2, ...rest } = full;
    const s = unwrap(scoreUnit(caMauLike(), rest));
    expect(s.missing).toEqual(['1.3', '2.1']);
    expect(s.nodes['1.3']).toMatchObject({ points: 0, max: 1, explanation: 'Chưa có số liệu → 0/1 điểm' });
    expect(s.max).toBe(10);
  });

  it('counts the appraised value (the last round), keeps self, appraised and the gap', () => {
    const s = unwrap(
      scoreUnit(caMauLike(), {
        ...full,
        '1.2': {
          self: 92,
          appraised: [
            { value: 88, by: 'Tổ thẩm định', on: '2024-01-15' },
            { value: 91, by: 'Hội đồng thẩm định', on: '2024-02-01', note: 'Đã giải trình' },
          ],
          evidence: [{ item: 'Báo cáo kết quả' }, { item: 'Danh mục nhiệm vụ' }],
        },
        '1.1': { self: 'đúng hạn', appraised: 'trễ hạn', evidence: [{ item: 'Kế hoạch' }] },
      }),
    );
    expect(s.nodes['1.2']).toMatchObject({ points: 2, self: 2, appraised: 2, gap: 0, rounds: 2 });
    expect(s.nodes['1.2']?.explanation).toBe(
      'Tỷ lệ hoàn thành 91% thuộc mức trên 90% → 2/2 điểm (thẩm định vòng 2, Hội đồng thẩm định, 2024-02-01)',
    );
    expect(s.nodes['1.1']).toMatchObject({ points: 0.5, self: 1, appraised: 0.5, gap: 0.5, rounds: 1 });
    expect(s.nodes['1.1']?.explanation).toBe('Mức "trễ hạn" → 0,5/1 điểm (theo thẩm định)');
  });

  it('lets an appraiser rule a criterion not applicable', () => {
    const s = unwrap(scoreUnit(caMauLike(), { ...full, '2.2': { self: 80, appraised: 'n/a' } }));
    expect(s.nodes['2.2']).toMatchObject({ applicable: false, max: 0 });
    expect(s.max).toBe(8);
  });

  it('answers ok: false naming the id for unknown ids, non-leaves, wrong types, above max, survey self-scores', () => {
    const r = scoreUnit(caMauLike(), {
      ...full,
      '9.9': 1,
      '1': 5,
      '1.3': 'đúng hạn',
      '2.1': { self: 4, appraised: 4.5 },
      '1.2': { self: 'cao', appraised: 80 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      '1 not_a_leaf', // integer-like keys come first in a JS object
      '9.9 unknown_input',
      '1.2.self invalid_input',
      '1.3 invalid_input',
      '2.1.self survey_self_score',
    ]);
    expect(r.issues[1]?.message).toBe('"9.9" không có trong bộ tiêu chí');
    expect(r.issues[3]?.message).toContain('"1.3"');
  });

  it('warns about missing evidence and partial evidence without an explanation', () => {
    const s = unwrap(
      scoreUnit(caMauLike(), {
        ...full,
        '1.1': { self: 'đúng hạn' },
        '1.2': { self: 92, evidence: [{ number: '300/BC-SNV', item: 'Báo cáo kết quả' }] },
      }),
    );
    expect(s.warnings.map((w) => `${w.path.join('.')} ${w.code}`)).toEqual([
      '1.1.evidence evidence_missing',
      '1.2.evidence evidence_partial',
    ]);
    expect(s.warnings[1]?.message).toBe(
      '"1.2": tài liệu kiểm chứng chưa đủ (thiếu: Danh mục nhiệm vụ) và chưa có giải trình',
    );
    const explained = unwrap(
      scoreUnit(caMauLike(), {
        ...full,
        '1.2': {
          self: 92,
          evidence: [{ item: 'Báo cáo kết quả' }],
          explanation: 'Danh mục nằm trong báo cáo',
        },
      }),
    );
    expect(explained.warnings).toEqual([]);
    expect(explained.nodes['1.2']?.evidence).toEqual([{ item: 'Báo cáo kết quả' }]);
    // NFD evidence items count as their NFC form.
    const nfd = unwrap(
      scoreUnit(caMauLike(), {
        ...full,
        '1.1': { self: 'đúng hạn', evidence: [{ number: '15/KH-SNV', item: 'Kế hoạch'.normalize('NFD') }] },
      }),
    );
    expect(nfd.warnings).toEqual([]);
    expect(nfd.nodes['1.1']?.evidence?.[0]?.item).toBe('Kế hoạch');
  });

  it('applies bonus and penalty after the tree, each capped, and keeps the total within [0, max]', () => {
    const s = unwrap(scoreUnit(caMauLike(), { ...full, thuong: 3, tru: 0.5 }));
    expect(s.adjustments['thuong']).toMatchObject({ kind: 'bonus', points: 1, cap: 1 });
    expect(s.adjustments['tru']).toMatchObject({ kind: 'penalty', points: -0.5 });
    expect(s.exact).toEqual({ total: 9588, max: 10000, treeTotal: 9088 });
    expect(s.warnings.map((w) => w.code)).toEqual(['adjustment_capped']);
    const capped = unwrap(
      scoreUnit(caMauLike(), {
        ...full,
        '1.1': { self: 'đúng hạn', evidence: [{ item: 'Kế hoạch' }] },
        thuong: 2,
      }),
    );
    expect(capped.total).toBeLessThanOrEqual(10);
    expect(unwrap(scoreUnit(caMauLike(), { tru: 5 })).total).toBe(0);
  });

  it('lets a deduction below zero eat into its siblings but never takes a parent below zero', () => {
    const s = unwrap(
      scoreUnit(caMauLike(), { ...full, '1.4.1': { numerator: 0, denominator: 4 }, '1.4.2': 9 }),
    );
    expect(s.nodes['1.4.2']?.points).toBe(-0.25);
    expect(s.nodes['1.4']).toMatchObject({
      points: 0,
      explanation: 'Tổng 2 tiêu chí con → 0/1 điểm; tổng -0,25 được tính bằng 0',
    });
    const t = unwrap(scoreUnit(caMauLike(), { ...full, '1.4.2': 9 }));
    expect(t.nodes['1.4']?.points).toBe(0.313); // 0.563 − 0.25
  });

  it('uses the band set of the unit type', () => {
    const set = unwrap(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 'b',
        title: 'B',
        classes: [
          { name: 'A', min: 90 },
          { name: 'B', min: 80 },
        ],
        classesByUnitType: {
          district: [
            { name: 'Xuất sắc', min: 85 },
            { name: 'Tốt', min: 0 },
          ],
        },
        nodes: [{ id: 'a', title: 'A', max: 100, rule: { kind: 'manual' } }],
      }),
    );
    expect(unwrap(scoreUnit(set, { a: 86 })).class).toBe('B');
    expect(unwrap(scoreUnit(set, { a: 86 }, { unitType: 'district' })).class).toBe('Xuất sắc');
    expect(unwrap(scoreUnit(set, { a: 70 })).class).toBeUndefined();
    expect(unwrap(scoreUnit(set, { a: 89.999 })).class).toBe('A'); // published as 90,00
    const districtSet = unwrap(loadCriteriaSet({ ...criteriaSetToJSON(set), unitType: 'district' }));
    expect(unwrap(scoreUnit(districtSet, { a: 86 })).class).toBe('Xuất sắc');
    expect(unwrap(scoreUnit(districtSet, { a: 86 }, { unitType: 'department' })).class).toBe('B');
    const byPool = unwrap(
      scoreUnits(set, { h1: { a: 86 }, s1: { a: 86 } }, { pools: { h1: 'district', s1: 'department' } }),
    );
    expect(byPool.map((u) => u.score.class)).toEqual(['Xuất sắc', 'B']);
  });

  it('returns frozen results and leaves the inputs unchanged', () => {
    const inputs = JSON.parse(JSON.stringify(full)) as Record<string, ScoreInput>;
    const before = JSON.stringify(inputs);
    const s = unwrap(scoreUnit(caMauLike(), inputs));
    expect(JSON.stringify(inputs)).toBe(before);
    expect(Object.isFrozen(inputs['1.1'])).toBe(false);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.nodes)).toBe(true);
    expect(Object.isFrozen(s.nodes['1.1'])).toBe(true);
    expect(Object.isFrozen(s.nodes['1.1']?.evidence?.[0])).toBe(true);
    expect(Object.isFrozen(s.missing)).toBe(true);
    expect(Object.isFrozen(s.exact)).toBe(true);
  });

  it('builds node records once, from a snapshot of the inputs (mutating inputs later changes nothing)', () => {
    const inputs: Record<string, ScoreInput> = { ...full, '1.3': [true, false, true, true], '1.2': 85 };
    const s = unwrap(scoreUnit(caMauLike(), inputs));
    (inputs['1.3'] as boolean[])[1] = true;
    inputs['1.2'] = 99;
    expect(s.nodes).toBe(s.nodes);
    expect(s.nodes['1.3']).toMatchObject({ points: 0, explanation: 'Không đạt: Báo cáo 6 tháng → 0/1 điểm' });
    expect(s.nodes['1.2']?.explanation).toBe('Tỷ lệ hoàn thành 85% thuộc mức từ 70% đến 90% → 1/2 điểm');
    const json = JSON.parse(JSON.stringify(s)) as { nodes: Record<string, { points: number }> };
    expect(json.nodes['1.2']?.points).toBe(1);
    expect(Object.keys(s)).toContain('nodes');
    expect(() => {
      (s as { nodes: unknown }).nodes = {};
    }).toThrow(TypeError);
  });

  it('answers bad input containers with an issue, not a throw', () => {
    for (const bad of [null, undefined, 5, 'đúng hạn', [true]]) {
      const r = scoreUnit(caMauLike(), bad as unknown as Record<string, ScoreInput>);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_input');
      expect(scoreUnits(caMauLike(), bad as unknown as Record<string, Record<string, ScoreInput>>).ok).toBe(
        false,
      );
    }
    expect(scoreUnits(caMauLike(), { snv: null as unknown as Record<string, ScoreInput> }).ok).toBe(false);
    const cyclic: Record<string, unknown> = { numerator: 1, denominator: 2 };
    cyclic['self_ref'] = cyclic;
    const r = scoreUnit(caMauLike(), { '1.4.1': cyclic as unknown as ScoreInput });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['cycle', ['1.4.1', 'self_ref']]]);
  });

  it('reads NFD input keys as NFC', () => {
    const set = unwrap(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 'n',
        title: 'N',
        nodes: [{ id: 'Quý', title: 'Q', max: 1, rule: { kind: 'binary' } }],
      }),
    );
    expect(unwrap(scoreUnit(set, { ['Quý'.normalize('NFD')]: true })).total).toBe(1);
  });

  it('ten leaves of 0.1 total exactly 1', () => {
    const set = unwrap(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 'ten',
        title: 'Mười tiêu chí',
        nodes: [
          {
            id: 'g',
            title: 'G',
            max: 1,
            children: Array.from({ length: 10 }, (_, i) => ({
              id: `g${i}`,
              title: `${i}`,
              max: 0.1,
              rule: { kind: 'binary' as const },
            })),
          },
        ],
      }),
    );
    const all = Object.fromEntries(set.leafIds.map((id) => [id, true]));
    const s = unwrap(scoreUnit(set, all));
    expect(s.total).toBe(1);
    expect(s.index).toBe(100);
    expect(s.exact.total).toBe(1000);
  });
});

describe('scoreUnits', () => {
  it('scores every unit in order and prefixes each issue with the unit id', () => {
    const ok = unwrap(scoreUnits(caMauLike(), { snv: full, stp: { ...full, '1.2': 50 } }));
    expect(ok.map((u) => [u.unitId, u.score.total])).toEqual([
      ['snv', 9.088],
      ['stp', 7.088],
    ]);
    const bad = scoreUnits(caMauLike(), {
      snv: full,
      stp: { ...full, '1.2': 'cao' },
      sxd: { '1.1': 'n/a', x: 1 },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path.join('/'))).toEqual(['stp/1.2', 'sxd/x']);
  });
});

describe('scoreUnit laws (property tests)', () => {
  const set = caMauLike();
  const na = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | 'n/a' | undefined> =>
    fc.oneof(arb, fc.constant('n/a' as const), fc.constant(undefined));
  const inputs = fc.record({
    '1.1': na(fc.constantFrom('đúng hạn', 'trễ hạn', 'không ban hành')),
    '1.2': na(fc.double({ min: 0, max: 100, noNaN: true })),
    '1.3': na(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })),
    '1.4.1': na(
      fc
        .integer({ min: 0, max: 50 })
        .chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: n, denominator: d }))),
    ),
    '1.4.2': na(fc.nat({ max: 20 })),
    '2.1': na(fc.double({ min: 1, max: 5, noNaN: true })),
    '2.2': na(fc.double({ min: 0, max: 100, noNaN: true })),
    thuong: na(fc.nat({ max: 5 })),
    tru: na(fc.integer({ min: 0, max: 3000 }).map((t) => t / 1000)),
  });
  const clean = (r: Record<string, unknown>): Record<string, ScoreInput> =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, ScoreInput>;

  it('every node scores within [0, max] (the floored item within [floor, max]), the index within [0, 100]', () => {
    fc.assert(
      fc.property(inputs, (raw) => {
        const s = unwrap(scoreUnit(set, clean(raw)));
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThanOrEqual(100);
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(s.max);
        for (const [id, n] of Object.entries(s.nodes)) {
          expect(n.points).toBeLessThanOrEqual(n.max);
          expect(n.points).toBeGreaterThanOrEqual(id === '1.4.2' ? -0.25 : 0);
          expect(Math.round(n.points * 1000)).toBeCloseTo(n.points * 1000, 6);
        }
        // The index is the exact ratio rounded half up.
        if (s.exact.max > 0)
          expect(Math.abs(s.index - (s.exact.total / s.exact.max) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the inputs', () => {
    fc.assert(
      fc.property(inputs, (raw) => {
        const a = clean(raw);
        const b = Object.fromEntries(Object.entries(a).reverse());
        expect(unwrap(scoreUnit(set, b))).toEqual(unwrap(scoreUnit(set, a)));
      }),
      { numRuns: 100 },
    );
  });
});
