import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import {
  loadCriteriaSet,
  rankUnits,
  scoreUnits,
  summarise,
  type ScoredUnit,
} from '../../src/scoring/index.js';
import { manualSet } from './fixtures.js';
import { THANH_HOA_2023 } from './thanhHoa.js';

const hundred = manualSet(100, {
  classes: [
    { name: 'A', min: 90 },
    { name: 'B', min: 80 },
    { name: 'C', min: 70 },
  ],
});

function scored(
  totals: Readonly<Record<string, number>>,
  pools?: Readonly<Record<string, string>>,
): readonly ScoredUnit[] {
  const inputs = Object.fromEntries(Object.entries(totals).map(([u, t]) => [u, { diem: t }]));
  return unwrap(scoreUnits(hundred, inputs, pools !== undefined ? { pools } : {}));
}

describe('rankUnits', () => {
  it('sorts by index, highest first; equal exact indices share a rank (1, 2, 2, 4)', () => {
    const r = rankUnits(scored({ d: 89.3, b: 90.02, a: 90.05, c: 90.02 }));
    expect(r.map((x) => [x.unitId, x.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r[0])).toBe(true);
  });

  it('ranks on the exact index, not the two-decimal display', () => {
    // 90.024 and 90.018 both show as 90,02.
    const r = rankUnits(scored({ vp: 90.018, snv: 90.024 }));
    expect(r.map((x) => [x.unitId, x.rank, x.score.index])).toEqual([
      ['snv', 1, 90.02],
      ['vp', 2, 90.02],
    ]);
  });

  it('compares indices across different maxima exactly (n/a shrinks the max)', () => {
    const set = manualSet(3);
    const s = unwrap(scoreUnits(set, { x: { diem: 2 }, y: { diem: 2 } }));
    // Build a 2/3 and a 0.667/1 unit: equal displays (66,67), different exact values.
    const one = manualSet(1);
    const t = unwrap(scoreUnits(one, { z: { diem: 0.667 } }));
    const r = rankUnits([...s, ...t]);
    expect(r.map((x) => [x.unitId, x.rank])).toEqual([
      ['z', 1],
      ['x', 2],
      ['y', 2],
    ]);
  });

  it('breaks ties with the tie-breakers in order; units equal on all still share', () => {
    const base = scored({ a: 85, b: 85, c: 85 });
    const rank = rankUnits(base, {
      tieBreakers: [(x, y) => (x === base[2]!.score ? -1 : y === base[2]!.score ? 1 : 0)],
    });
    expect(rank.map((x) => [x.unitId, x.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('breaks ties by a node’s exact index', () => {
    const set = twoAreas();
    const s = unwrap(scoreUnits(set, { p: { a1: 6, a2: 2 }, q: { a1: 4, a2: 4 } }));
    expect(rankUnits(s).map((x) => x.rank)).toEqual([1, 1]);
    expect(rankUnits(s, { tieBreakers: ['a2'] }).map((x) => [x.unitId, x.rank])).toEqual([
      ['q', 1],
      ['p', 2],
    ]);
  });

  it('ranks pools apart (departments and districts)', () => {
    const s = scored(
      { snv: 88, stp: 91, h1: 85, h2: 93, h3: 85 },
      { snv: 'department', stp: 'department', h1: 'district', h2: 'district', h3: 'district' },
    );
    expect(rankUnits(s).map((x) => `${x.pool}:${x.unitId}:${x.rank}`)).toEqual([
      'department:stp:1',
      'department:snv:2',
      'district:h2:1',
      'district:h1:2',
      'district:h3:2',
    ]);
    const overridden = rankUnits(s, { pools: { snv: 'x', stp: 'x', h1: 'x', h2: 'x', h3: 'x' } });
    expect(overridden.map((x) => x.rank)).toEqual([1, 2, 3, 4, 4]);
  });

  it('is a permutation of its input, sorted, with ranks counting the units strictly ahead (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 40 }), (ts) => {
        const s = scored(Object.fromEntries(ts.map((t, i) => [`u${i}`, t / 1000])));
        const r = rankUnits(s);
        expect(r.map((x) => x.unitId).sort()).toEqual(s.map((x) => x.unitId).sort());
        for (const x of r) {
          const ahead = r.filter((y) => y.score.exact.total > x.score.exact.total).length;
          expect(x.rank).toBe(ahead + 1);
        }
        expect(rankUnits([...s].reverse())).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});

function twoAreas() {
  return unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 'two',
      title: 'Hai lĩnh vực',
      nodes: [
        { id: 'a1', title: 'Lĩnh vực 1', max: 6, rule: { kind: 'manual' } },
        { id: 'a2', title: 'Lĩnh vực 2', max: 4, rule: { kind: 'manual' } },
      ],
    }),
  );
}

describe('Thanh Hóa 2023: 20 departments (QĐ 482/QĐ-UBND, 17/2/2024)', () => {
  const scores = scored(Object.fromEntries(THANH_HOA_2023.map(([id, , index]) => [id, index])));
  const ranking = rankUnits(scores);

  it('reproduces the published order', () => {
    expect(ranking.map((r) => r.unitId)).toEqual(THANH_HOA_2023.map(([id]) => id));
    expect(ranking.map((r) => r.score.index)).toEqual(THANH_HOA_2023.map(([, , i]) => i));
  });

  it('ties the equal two-decimal values when they are all we know (90,02 twice; 85,02 twice)', () => {
    // The press list numbers Nội vụ 2 and VP UBND 3. With only the published
    // two-decimal values, their exact indices are equal, so they share rank 2
    // and Tài chính… Tư pháp is 4th; likewise KH&CN and Y tế share 13th.
    expect(ranking.map((r) => r.rank)).toEqual([
      1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 15, 16, 17, 18, 19, 20,
    ]);
  });

  it('gives the published distinct ranks 2 and 3 only when the exact values differ', () => {
    // Hypothetical third decimals (not published): 90.021 and 90.019 both show
    // as 90,02; the exact ranking then separates them as the press list does.
    const exact = scored({
      ...Object.fromEntries(THANH_HOA_2023.map(([id, , index]) => [id, index])),
      snv: 90.021,
      vp: 90.019,
    });
    const r = rankUnits(exact);
    expect(r.slice(0, 4).map((x) => [x.unitId, x.rank, x.score.index])).toEqual([
      ['stc', 1, 90.05],
      ['snv', 2, 90.02],
      ['vp', 3, 90.02],
      ['stp', 4, 89.3],
    ]);
  });

  it('has the published mean 85,41 (within a few hundredths), and the bands of the set', () => {
    const s = summarise(scores);
    expect(Math.abs(s.all.index.mean - 85.41)).toBeLessThanOrEqual(0.03);
    expect(s.all.index).toMatchObject({ count: 20, min: 76.53, max: 90.05, median: 85.18 });
    expect(s.all.bands).toEqual({ A: 3, B: 15, C: 2 });
  });
});
