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
});
