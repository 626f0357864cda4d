/**
 * Options written by a sloppy integrator: a misspelt option, column or
 * choice, null where an object is expected. Each was silently ignored (the
 * default used, a column read as none, ties left unbroken) or threw a
 * TypeError; each is now named with its path.
 */
import { describe, expect, it } from 'vitest';
import { formatDateVi, isoDate } from '../../src/calendar/index.js';
import { planFromRows } from '../../src/plan/index.js';
import {
  criteriaFromRows,
  loadCriteriaSet,
  rankUnits,
  scoreUnits,
  type ScoredUnit,
} from '../../src/scoring/index.js';
import { failed, thrown } from './support.js';

describe('planFromRows', () => {
  const rows = [
    ['STT', 'Nội dung', 'Chủ trì', 'Thời gian'],
    ['I', 'Công tác chỉ đạo', '', ''],
    ['1.', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Quý I/2018'],
  ];
  const options = {
    columns: { number: 'STT', content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' },
    headerRow: 0,
    plan: { id: 'p', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
    agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
  };
  it('reads the table with its options', () => {
    expect(planFromRows(rows, options).ok).toBe(true);
  });
  it('names a misspelt column, option or plan field (the deadline column was read as none)', () => {
    const { deadline: _, ...columns } = options.columns;
    expect(
      failed(planFromRows(rows, { ...options, columns: { ...columns, dealine: 'Thời gian' } } as never)),
    ).toEqual(['columns.dealine unknown_field']);
    expect(failed(planFromRows(rows, { ...options, headerrow: 0 } as never))).toEqual([
      'headerrow unknown_field',
    ]);
    expect(
      failed(planFromRows(rows, { ...options, plan: { ...options.plan, yaer: 2018 } } as never)),
    ).toEqual(['plan.yaer unknown_field']);
  });
});

describe('criteriaFromRows', () => {
  const rows = [
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
    ['1', 'Kế hoạch CCHC', '1', 'Ban hành đúng hạn: 1 điểm; Ban hành chậm: 0,5 điểm'],
  ];
  const options = {
    columns: { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa', rule: 'Cách chấm' },
    set: { id: 'd', title: 'D' },
  };
  it('names a misspelt column or option (the rule column was read as none, every rule manual)', () => {
    const { rule: _, ...columns } = options.columns;
    expect(
      failed(criteriaFromRows(rows, { ...options, columns: { ...columns, rul: 'Cách chấm' } } as never)),
    ).toEqual(['columns.rul unknown_field']);
    expect(failed(criteriaFromRows(rows, { ...options, headerrow: 0 } as never))).toEqual([
      'headerrow unknown_field',
    ]);
    expect(failed(criteriaFromRows(rows, { ...options, headerRow: '0' } as never))).toEqual([
      'headerRow invalid_value',
    ]);
    expect(criteriaFromRows(rows, options).ok).toBe(true);
  });
});

describe('rankUnits', () => {
  const set = (() => {
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      nodes: [
        { id: 'a', title: 'A', max: 2, rule: { kind: 'manual' } },
        { id: 'b', title: 'B', max: 2, rule: { kind: 'manual' } },
      ],
    });
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();
  const scores = (() => {
    const r = scoreUnits(set, { u: { a: 1, b: 0 }, v: { a: 0, b: 1 } });
    if (!r.ok) throw new Error('fixture');
    return r.value as readonly ScoredUnit[];
  })();
  it('names a tie-breaker that is no node and an option it does not have (ties stayed ties)', () => {
    expect(rankUnits(scores, { tieBreakers: ['a'] }).map((r) => r.rank)).toEqual([1, 2]);
    expect(thrown(() => rankUnits(scores, { tieBreakers: ['zz'] }))).toEqual([
      'tieBreakers[0] unknown_input',
    ]);
    expect(thrown(() => rankUnits(scores, { tiebreakers: ['a'] } as never))).toEqual([
      'tiebreakers unknown_field',
    ]);
  });
});

describe('formatDateVi', () => {
  it('answers null options with the default and options behind a revoked Proxy with a CchcError', () => {
    expect(formatDateVi(isoDate('2018-06-30'), null as never)).toBe('ngày 30 tháng 6 năm 2018');
    const p = Proxy.revocable({}, {});
    p.revoke();
    expect(thrown(() => formatDateVi(isoDate('2018-06-30'), p.proxy as never))).toEqual([
      'style invalid_option',
    ]);
  });
});
