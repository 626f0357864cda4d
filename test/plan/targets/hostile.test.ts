// Hostile input for the target and processing-time readers: growth ratios at
// three tenfold sizes (GROWTH_SIZES; ≤ 15 per tenfold step), and sizes that used to
// overflow the stack.
import { describe, expect, it } from 'vitest';
import { parseProcessingTime } from '../../../src/dossier/parseProcessingTime.js';
import { parseTarget, parseTargets } from '../../../src/plan/targets/index.js';
import { expectLinear } from './expectLinear.js';

/** Text of `n` characters: `unit` repeated. */
const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** The hostile families: separators, repeated quantities, combining marks, invisible characters. */
const FAMILIES: readonly (readonly [string, (n: number) => string])[] = [
  ['commas', repeat('80% cán bộ, ')],
  ['"và"', repeat('cán bộ và ')],
  ['semicolons', repeat('Trên 80%; ')],
  ['dashes', repeat('- 80 - 90% -')],
  ['line breaks and bullets', repeat('\n- Trên 80% ')],
  ['repeated quantities', repeat('80% ')],
  [
    'symbols, ranks, groups, counts and ranges',
    repeat('≥ 80 < 5% Top 10 nhóm 5 tỉnh dẫn đầu tối thiểu 01 sàn, từ 1 đến '),
  ],
  ['processing times', repeat('05 ngày và 08 ngày làm việc (')],
  ['combining marks', (n) => `Sở ${'a\u0301\u0323'.repeat(Math.ceil(n / 3))}`],
  ['zero-width and bidi', repeat('8\u200b0\u202e%\u2066 \u200d')],
  ['comparators, odd numbers and joiners', repeat('trên trên tối thiểu ít nhất 1,1,1.1.1 % từ đến - ')],
  ['a subject of spaces, then of joining words', (n) => `80% a${' '.repeat(n / 2)}${' và'.repeat(n / 6)}`],
];

const FUNCTIONS: readonly (readonly [string, (s: string) => unknown])[] = [
  ['parseTarget', parseTarget],
  ['parseTargets', parseTargets],
  ['parseProcessingTime', (s) => parseProcessingTime(s)],
];

describe('linear time on hostile text (growth ratio ≤ 15 per tenfold input)', () => {
  for (const [name, fn] of FUNCTIONS) {
    it.each(FAMILIES)(`${name}: %s`, (_family, make) => expectLinear(fn, make), 180_000);
  }
});

describe('sizes that used to overflow the stack', () => {
  it('reads 200,000 quantities in one clause (the spread of one clause’s list threw RangeError)', () => {
    const ts = parseTargets('80% '.repeat(200_000));
    expect(ts.length).toBe(200_000);
    expect(ts[199_999]).toMatchObject({ comparator: '>=', value: 80, unit: '%' });
    expect(Object.isFrozen(ts)).toBe(true);
  });

  it('reads 100,000 ranks and symbols in one clause', () => {
    expect(parseTargets('Top 3 ≥ 5% '.repeat(100_000)).length).toBe(200_000);
  });

  it('keeps a 1 MB target statement whole in raw', () => {
    const text = `Trên 80% ${'cán bộ '.repeat(150_000)}`;
    const t = parseTarget(text);
    expect(t?.raw.length).toBe(text.trim().length);
    expect(t?.subject?.length).toBe(text.trim().length - 'Trên 80% '.length);
  });
});
