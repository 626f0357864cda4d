import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import {
  compareRuns,
  diffCriteriaSets,
  loadCriteriaSet,
  rankUnits,
  scoreUnits,
  summarise,
} from '../../src/scoring/index.js';
import { caMauLike, caMauLikeJson } from './fixtures.js';

describe('summarise', () => {
  const set = caMauLike();
  const scores = unwrap(
    scoreUnits(
      set,
      {
        snv: {
          '1.1': 'đúng hạn',
          '1.2': 95,
          '1.3': [true, true, true, true],
          '1.4.1': 1,
          '1.4.2': 0,
          '2.1': 5,
          '2.2': 99,
        },
        stp: {
          '1.1': 'trễ hạn',
          '1.2': 80,
          '1.3': [true, false, true, true],
          '1.4.1': 0.5,
          '1.4.2': 1,
          '2.1': 4,
          '2.2': 90,
        },
        h1: {
          '1.1': 'đúng hạn',
          '1.2': 60,
          '1.3': [true, true, true, true],
          '1.4.1': 'n/a',
          '1.4.2': 0,
          '2.1': 3,
          '2.2': 'n/a',
        },
      },
      { pools: { snv: 'department', stp: 'department', h1: 'district' } },
    ),
  );

  it('gives mean, median, min and max per pool and per area, and counts per band', () => {
    const s = summarise(scores, ['1', '2']);
    // snv: 10/10. stp: area 1 = 0.5 + 1 + 0 + 0.375 + 0.125 = 2; area 2 = 2.25 + 1.895 (90/95 × 2) → 6.145/10.
    // h1: 1.4.1 and 2.2 n/a → (1 + 0 + 1 + 0.25) + 1.5 = 3.75 / 7.25 = 51.724…
    expect(scores.map((u) => u.score.index)).toEqual([100, 61.45, 51.72]);
    expect(s.all.index).toEqual({ count: 3, mean: 71.06, median: 61.45, min: 51.72, max: 100 });
    // (100 + 61.45) / 2 = 80.725 exactly → 80.73 (half up, no float drift).
    expect(s.pools['department']?.index).toEqual({
      count: 2,
      mean: 80.73,
      median: 80.73,
      min: 61.45,
      max: 100,
    });
    expect(s.pools['district']?.index).toEqual({
      count: 1,
      mean: 51.72,
      median: 51.72,
      min: 51.72,
      max: 51.72,
    });
    // Area 2: 5/5, 4.145/5, 1.5/3 → 100, 82.9, 50.
    expect(s.all.areas['2']).toEqual({ count: 3, mean: 77.63, median: 82.9, min: 50, max: 100 });
    expect(s.all.bands).toEqual({ Tốt: 1, 'Trung bình': 2 });
    expect(Object.isFrozen(s.all.areas)).toBe(true);
  });

  it('is empty-safe', () => {
    expect(summarise([]).all.index).toEqual({ count: 0, mean: 0, median: 0, min: 0, max: 0 });
  });
});

describe('compareRuns', () => {
  it('gives delta points, delta index and delta rank per unit', () => {
    const set = caMauLike();
    const y1 = rankUnits(unwrap(scoreUnits(set, { a: { '1.2': 95 }, b: { '1.2': 80, '2.1': 5 }, gone: {} })));
    const y2 = rankUnits(
      unwrap(scoreUnits(set, { a: { '1.2': 95, '2.1': 5 }, b: { '1.2': 80 }, fresh: {} })),
    );
    const c = compareRuns(y1, y2);
    expect(c.changes).toEqual([
      {
        unitId: 'a',
        rank: 1,
        index: 50,
        total: 5,
        previousRank: 2,
        previousIndex: 20,
        deltaIndex: 30,
        deltaPoints: 3,
        deltaRank: 1,
      },
      {
        unitId: 'b',
        rank: 2,
        index: 10,
        total: 1,
        previousRank: 1,
        previousIndex: 40,
        deltaIndex: -30,
        deltaPoints: -3,
        deltaRank: -1,
      },
      { unitId: 'fresh', rank: 3, index: 0, total: 0 },
    ]);
    expect(c.dropped).toEqual(['gone']);
    expect(Object.isFrozen(c.changes[0])).toBe(true);
    expect(Object.isFrozen(c.dropped)).toBe(true);
  });
});

describe('diffCriteriaSets', () => {
  it('lists what was added, removed, re-pointed, re-ruled, moved and retitled', () => {
    const a = caMauLike();
    // biome-ignore lint/suspicious/noExplicitAny: the test edits a deep copy of the JSON freely
    const json = JSON.parse(JSON.stringify(caMauLikeJson)) as typeof caMauLikeJson & { nodes: any[] };
    const area1 = json.nodes[0];
    // 2024: 1.3 worth 1.5 with tiers, 1.4.2 removed, 1.4 now 0.75 + new 1.5 (0.25), 2.2 moved under 1.
    area1.children[2] = {
      id: '1.3',
      title: 'Thực hiện chế độ báo cáo',
      max: 1.5,
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 50, points: 1 },
          { min: 100, points: 1.5 },
        ],
      },
    };
    area1.children[3] = {
      id: '1.4',
      title: 'Khắc phục tồn tại sau kiểm tra',
      max: 0.75,
      children: [area1.children[3].children[0]],
    };
    area1.children.push({ id: '1.5', title: 'Sáng kiến CCHC', max: 0.25, rule: { kind: 'binary' } });
    const moved = json.nodes[1].children.pop();
    area1.children.push(moved);
    area1.max = 7.5;
    json.nodes[1].max = 3;
    const { counts: _c, ...rest } = json;
    const b = unwrap(loadCriteriaSet(rest));
    const d = diffCriteriaSets(a, b);
    expect(d.added).toEqual([{ id: '1.5', title: 'Sáng kiến CCHC', max: 0.25, parent: '1' }]);
    expect(d.removed).toEqual([{ id: '1.4.2', title: 'Vi phạm bị phát hiện', max: 0.25, parent: '1.4' }]);
    expect(d.repointed).toEqual([
      { id: '1', from: 5, to: 7.5 },
      { id: '1.3', from: 1, to: 1.5 },
      { id: '1.4', from: 1, to: 0.75 },
      { id: '2', from: 5, to: 3 },
    ]);
    expect(d.reruled.map((r) => [r.id, r.from?.kind, r.to?.kind])).toEqual([['1.3', 'allOf', 'tiers']]);
    expect(d.moved).toEqual([{ id: '2.2', from: '2', to: '1' }]);
    expect(d.retitled).toEqual([
      { id: '1.3', from: 'Thực hiện chế độ báo cáo định kỳ', to: 'Thực hiện chế độ báo cáo' },
    ]);
    expect(Object.isFrozen(d.repointed[0])).toBe(true);
    expect(diffCriteriaSets(a, a)).toEqual({
      added: [],
      removed: [],
      repointed: [],
      reruled: [],
      moved: [],
      retitled: [],
    });
  });
});
