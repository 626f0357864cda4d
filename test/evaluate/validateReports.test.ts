import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { EVALUATE_ISSUE_CODES, evaluatePlan, validateReports } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

const plan = makePlan({
  year: 2018,
  documentDate: '2017-12-20',
  classes: ['ubnd-huyen'],
  agencies: [{ id: 'snv' }, { id: 'vp-ubnd' }, { id: 'stc' }, { id: 'ubnd-trà-ôn', classes: ['ubnd-huyen'] }],
  groups: [
    {
      id: 'I',
      tasks: [
        { id: 'I.1', lead: ['snv'], support: ['vp-ubnd'], deadline: 'Tháng 12/2017' },
        { id: 'I.2', lead: ['ubnd-huyen'], deadline: 'Quý II và IV năm 2018' },
        { id: 'I.3', lead: ['snv'], deadline: 'Định kỳ hàng quý' },
      ],
    },
  ],
});

const codes = (reports: readonly Report[]): string[] => {
  const r = validateReports(plan, reports);
  return r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}`);
};

describe('validateReports', () => {
  it('accepts good reports and returns them frozen', () => {
    const reports: Report[] = [
      {
        taskId: 'I.1',
        agencyId: 'snv',
        completedOn: d('2017-12-20'),
        reportedOn: d('2017-12-22'),
        note: 'Đã ban hành',
      },
      { taskId: 'I.1', agencyId: 'vp-ubnd', completedOn: d('2017-12-28') },
      { taskId: 'I.2', agencyId: 'ubnd-trà-ôn', completedOn: d('2018-06-30'), period: 'Quý II/2018' },
      { taskId: 'I.3', completedOn: d('2018-09-29'), period: '2018-09-30' },
    ];
    const r = validateReports(plan, reports);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(reports);
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(r.value.every(Object.isFrozen)).toBe(true);
    expect(Object.isFrozen(reports[0])).toBe(false);
  });

  it('reports every problem at once, with paths and both languages', () => {
    const bad = [
      { taskId: 'I.9', completedOn: d('2018-01-01') },
      { taskId: 'I.1', agencyId: 'so-y-te', completedOn: d('2018-01-01') },
      { taskId: 'I.1', agencyId: 'stc', completedOn: d('2018-01-01') },
      { taskId: 'I.1', completedOn: d('2018-02-29') },
      { taskId: 'I.1', completedOn: d('2017-12-19') },
      { taskId: 'I.1', completedOn: d('2018-01-05'), reportedOn: d('2018-01-04') },
      { taskId: 'I.2', completedOn: d('2018-06-01'), period: 'Quý I/2018' },
      { taskId: 'I.1' },
      { taskId: 'I.1', reportedOn: d('31/12/2017') },
    ] as Report[];
    expect(codes(bad)).toEqual([
      'reports[0].taskId unknown_task',
      'reports[1].agencyId unknown_agency',
      'reports[2].agencyId agency_not_assigned',
      'reports[3].completedOn invalid_date',
      'reports[4].completedOn completed_before_plan',
      'reports[5].reportedOn reported_before_completed',
      'reports[6].period unknown_period',
      'reports[7] missing_date',
      'reports[8].reportedOn invalid_date',
    ]);
    const r = validateReports(plan, bad);
    if (r.ok) throw new Error('expected issues');
    const first = r.issues[0];
    expect(first?.message).toBe('Nhiệm vụ "I.9" không có trong kế hoạch');
    expect(first?.messageEn).toBe('Task "I.9" is not in the plan');
    const known: readonly string[] = Object.values(EVALUATE_ISSUE_CODES);
    expect(r.issues.every((i) => known.includes(i.code) && i.message !== i.messageEn)).toBe(true);
  });

  it('does not crash on values that are not reports', () => {
    expect(codes([null, 42, { agencyId: 'snv' }] as unknown as Report[])).toEqual([
      'reports[0] invalid_report',
      'reports[1] invalid_report',
      'reports[2] invalid_report',
    ]);
  });

  it('reads NFD text the same as NFC and returns it in NFC', () => {
    const r = validateReports(plan, [
      {
        taskId: 'I.2',
        agencyId: 'ubnd-trà-ôn'.normalize('NFD'),
        completedOn: d('2018-06-01'),
        period: 'Quý II/2018'.normalize('NFD'),
      },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value[0]?.agencyId).toBe('ubnd-trà-ôn');
      expect(r.value[0]?.period).toBe('Quý II/2018');
    }
  });

  it('what it accepts, evaluatePlan evaluates without throwing', () => {
    const r = validateReports(plan, [
      { taskId: 'I.2', agencyId: 'ubnd-trà-ôn', completedOn: d('2018-06-01') },
    ]);
    if (!r.ok) throw new Error('expected ok');
    const e = evaluatePlan(plan, { asOf: d('2018-07-01'), reports: r.value });
    expect(e.tasks.find((t) => t.taskId === 'I.2')?.dueDate).toBe('2018-12-31');
  });

  it('evaluatePlan tolerates plausibility problems: an unassigned agency covers nothing', () => {
    const e = evaluatePlan(plan, {
      asOf: d('2018-01-10'),
      reports: [{ taskId: 'I.1', agencyId: 'stc', completedOn: d('2017-12-25') }],
    });
    expect(e.tasks.find((t) => t.taskId === 'I.1')).toMatchObject({ status: 'overdue', daysOverdue: 10 });
  });
});
