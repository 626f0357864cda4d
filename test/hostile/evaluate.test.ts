/**
 * evaluatePlan, evaluateReporting and evaluateTargets on options, reports,
 * submissions and actuals that are not what their types say: Proxies,
 * getters that throw, values that are not lists or records, ids written in
 * two Unicode forms. evaluatePlan throws a CchcError; the other two return
 * issues — never a TypeError, never a list silently ignored.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/index.js';
import {
  complianceBetween,
  complianceByMonth,
  evaluatePlan,
  evaluateReporting,
  evaluateTargets,
} from '../../src/evaluate/index.js';
import { loadPlan, type Plan } from '../../src/plan/index.js';
import { failed, getter, revoked, thrown } from './support.js';

const plan = ((): Plan => {
  const r = loadPlan({
    schemaVersion: 1,
    id: 'p',
    title: 'Kế hoạch CCHC năm 2018',
    year: 2018,
    agencies: [{ id: 'snv', name: 'Sở Nội vụ', classes: ['so'] }],
    classes: [{ id: 'so', name: 'Các sở' }],
    groups: [
      {
        id: 'I',
        title: 'Chỉ đạo',
        tasks: [{ id: 'I.1', title: 'Ban hành kế hoạch', lead: ['snv'], deadline: 'Tháng 3/2018' }],
      },
    ],
    targets: [{ id: 'Chỉ tiêu 1', text: 'Trên 80% hồ sơ đúng hạn' }],
    reporting: [{ id: 'r1', from: ['so'], deadline: 'Định kỳ hằng quý' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const asOf = isoDate('2018-06-30');

describe('evaluatePlan options', () => {
  it('answers options that are a Proxy, null or unreadable with a CchcError (TypeError before)', () => {
    expect(thrown(() => evaluatePlan(plan, revoked() as never))).toEqual([' unreadable']);
    expect(thrown(() => evaluatePlan(plan, getter('asOf') as never))).toEqual([' unreadable']);
    expect(thrown(() => evaluatePlan(plan, null as never))).toEqual(['asOf invalid_date']);
  });

  it('refuses reports that are not a list (an object of reports was silently ignored)', () => {
    const done = { taskId: 'I.1', completedOn: '2018-03-01' };
    for (const reports of [{ 0: done }, new Map([[0, done]]), 'I.1', 5]) {
      expect(thrown(() => evaluatePlan(plan, { asOf, reports } as never))).toEqual([
        'reports invalid_report',
      ]);
    }
    expect(evaluatePlan(plan, { asOf, reports: [done] } as never).tasks[0]?.status).toBe('done_on_time');
  });

  it('refuses an option it does not have (a misspelt "report" judged the plan without its reports)', () => {
    const reports = [{ taskId: 'I.1', completedOn: '2018-03-01' }];
    expect(thrown(() => evaluatePlan(plan, { asOf, report: reports } as never))).toEqual([
      'report unknown_field',
    ]);
    expect(thrown(() => evaluatePlan(plan, { asOf, dueSoondays: 30 } as never))).toEqual([
      'dueSoondays unknown_field',
    ]);
  });

  it('answers a report that is a revoked Proxy or has a throwing getter with a CchcError', () => {
    expect(thrown(() => evaluatePlan(plan, { asOf, reports: [revoked()] } as never))).toEqual([
      'reports unreadable',
    ]);
    expect(thrown(() => evaluatePlan(plan, { asOf, reports: [getter('taskId')] } as never))).toEqual([
      'reports unreadable',
    ]);
  });

  it('names a dueSoonDays whose toString throws instead of throwing a TypeError', () => {
    expect(thrown(() => evaluatePlan(plan, { asOf, dueSoonDays: { toString: null } } as never))).toEqual([
      'dueSoonDays invalid_number',
    ]);
  });
});

describe('evaluateReporting never throws', () => {
  it.each([
    ['a revoked Proxy', revoked(), ['submissions unreadable']],
    ['a getter that throws', [getter('agencyId')], ['submissions[0].agencyId unreadable']],
    ['an object that is not a list', { 0: { agencyId: 'snv' } }, ['submissions invalid_report']],
    ['null', null, ['submissions invalid_report']],
  ])('answers submissions that are %s with issues', (_name, subs, expected) => {
    expect(failed(evaluateReporting(plan, subs as never, { asOf }))).toEqual(expected);
  });

  it('answers options that are not an object, a Proxy or duties that are not a list with issues', () => {
    expect(failed(evaluateReporting(plan, [], null as never))).toEqual(['asOf invalid_date']);
    expect(failed(evaluateReporting(plan, [], revoked() as never))).toEqual([' unreadable']);
    expect(failed(evaluateReporting(plan, [], { asOf, duties: {} } as never))).toEqual([
      'duties invalid_report',
    ]);
    expect(evaluateReporting(plan, [], { asOf }).ok).toBe(true);
  });
});

describe('evaluateTargets never throws and never ignores an actual', () => {
  it('answers actuals that are a Proxy, a getter, null, a Map or a list with issues', () => {
    expect(failed(evaluateTargets(plan, revoked() as never))).toEqual(['actuals unreadable']);
    expect(failed(evaluateTargets(plan, getter('Chỉ tiêu 1') as never))).toEqual([
      'actuals.Chỉ tiêu 1 unreadable',
    ]);
    expect(failed(evaluateTargets(plan, null as never))).toEqual(['actuals invalid_type']);
    // A Map of actuals was read as no actuals at all (ok, every row without its actual).
    expect(failed(evaluateTargets(plan, new Map([['Chỉ tiêu 1', 85]]) as never))).toEqual([
      'actuals invalid_type',
    ]);
    expect(failed(evaluateTargets(plan, [85] as never))).toEqual(['actuals invalid_type']);
    expect(failed(evaluateTargets(plan, Symbol('x') as never))).toEqual(['actuals invalid_type']);
  });

  it('refuses one target given twice in NFC and NFD (the last one silently won)', () => {
    const nfd = 'Chỉ tiêu 1'.normalize('NFD');
    expect(failed(evaluateTargets(plan, { 'Chỉ tiêu 1': 85, [nfd]: 70 }))).toEqual([
      `actuals.${nfd} duplicate_id`,
    ]);
    const r = evaluateTargets(plan, { [nfd]: 85 });
    expect(r.ok && r.value[0]?.actual).toBe(85);
  });
});

describe('complianceBetween and complianceByMonth', () => {
  const e = evaluatePlan(plan, { asOf });
  it('refuse a count they do not know (a misspelt "task" counted tasks without a word)', () => {
    const window = { from: isoDate('2018-01-01'), to: isoDate('2018-12-31') };
    expect(thrown(() => complianceBetween(e, { ...window, count: 'task' } as never))).toEqual([
      'count invalid_text',
    ]);
    expect(thrown(() => complianceByMonth(e, { count: 'occurrence' } as never))).toEqual([
      'count invalid_text',
    ]);
    expect(complianceBetween(e, { ...window, count: 'occurrences' }).plan.due).toBe(1);
  });
});
