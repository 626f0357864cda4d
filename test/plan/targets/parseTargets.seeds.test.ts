import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../../src/plan/targets/index.js';
import { seedTargetCases } from './seedTargets.fixture.js';

const strip = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

describe('parseTargets on every target sentence of the four seed plans', () => {
  for (const c of seedTargetCases) {
    const label = `${c.plan} ${c.where}: ${c.text.slice(0, 60)}…`;
    it(label, () => {
      const got = parseTargets(c.text).map((t) => [t.comparator, t.value, t.unit]);
      expect(got).toEqual(c.expected.map((e) => [...e]));
    });
    it(`${label} (NFD)`, () => {
      const got = parseTargets(c.text.normalize('NFD')).map((t) => [t.comparator, t.value, t.unit]);
      expect(got).toEqual(c.expected.map((e) => [...e]));
    });
    it(`${label} (without diacritics)`, () => {
      const got = parseTargets(strip(c.text)).map((t) => [t.comparator, t.value, t.unit]);
      expect(got).toEqual(c.expected.map((e) => [...e]));
    });
  }

  it('finds as many objective targets per plan as counted by hand', () => {
    const count = (plan: string): number =>
      seedTargetCases
        .filter((c) => c.plan === plan && c.kind === 'objective')
        .reduce((n, c) => n + parseTargets(c.text).length, 0);
    expect({
      vl: count('vinh-long-2018'),
      qn: count('quang-nam-2016-2020'),
      vy: count('vinh-yen-2022'),
      hb: count('hoa-binh-2016-2020'),
    }).toEqual({ vl: 0, qn: 31, vy: 10, hb: 18 });
  });

  it('reads Vĩnh Long’s 9 target statements, and the counts of two pilots in task titles', () => {
    // The sample plan lists 9 target statements (III.2, V.1 ×2, V.2 ×2, V.8 ×3, VII.10); the
    // titles of VII.6 and VII.7 state a pilot's scope ("thí điểm 10 xã…", "thí điểm tại 02 đơn vị").
    const vl = seedTargetCases.filter((c) => c.plan === 'vinh-long-2018');
    const pilots = vl.filter((c) => c.text.includes('thí điểm'));
    const count = (cases: readonly (typeof vl)[number][]): number =>
      cases.reduce((n, c) => n + parseTargets(c.text).length, 0);
    expect(pilots.map((c) => c.where)).toEqual(['Phụ lục VII.6', 'Phụ lục VII.7']);
    expect(count(vl) - count(pilots)).toBe(9);
    expect(count(vl)).toBe(11);
  });
});
