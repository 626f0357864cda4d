import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluate/index.js';
import type { Report, TaskEvaluation } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

const plan = makePlan({
  year: 2018,
  documentDate: '2017-12-20',
  classes: ['ubnd-huyen'],
  agencies: [
    { id: 'snv' },
    { id: 'stttt' },
    { id: 'h1', classes: ['ubnd-huyen'] },
    { id: 'h2', classes: ['ubnd-huyen'] },
  ],
  groups: [
    {
      id: 'VII',
      area: 'digital-government',
      tasks: [
        { id: 'multi', lead: ['snv'], deadline: 'Quý II và IV năm 2018' },
        { id: 'multi-class', lead: ['ubnd-huyen'], deadline: 'Quý II và IV năm 2018' },
        { id: 'quarterly', lead: ['snv'], deadline: 'Định kỳ hàng quý' },
        { id: 'monthly', lead: ['stttt'], deadline: 'Mỗi tháng một kỳ' },
        { id: 'mixed', lead: ['snv'], deadline: 'Định kỳ hàng quý và đột xuất khi có yêu cầu' },
        {
          id: 'cutoff',
          lead: ['ubnd-huyen'],
          deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
        },
      ],
    },
  ],
});

const task = (asOf: string, reports: readonly Report[], id: string): TaskEvaluation => {
  const t = evaluatePlan(plan, { asOf: d(asOf), reports }).tasks.find((x) => x.taskId === id);
  if (t === undefined) throw new Error(id);
  return t;
};

describe('evaluatePlan — multi milestones ("Quý II và IV năm 2018")', () => {
  it('is judged by its earliest milestone no report covers', () => {
    expect(task('2018-06-25', [], 'multi')).toMatchObject({
      status: 'due_soon',
      dueDate: '2018-06-30',
      deadlineKind: 'multi',
    });
    expect(task('2018-07-15', [], 'multi')).toMatchObject({
      status: 'overdue',
      dueDate: '2018-06-30',
      daysOverdue: 15,
    });
    // Q2 covered (late): judged by Q4 now.
    const q2Late: Report[] = [{ taskId: 'multi', completedOn: d('2018-07-10') }];
    expect(task('2018-07-15', q2Late, 'multi')).toMatchObject({
      status: 'not_due',
      dueDate: '2018-12-31',
      daysOverdue: 0,
    });
    expect(task('2019-01-02', q2Late, 'multi')).toMatchObject({
      status: 'overdue',
      dueDate: '2018-12-31',
      daysOverdue: 2,
    });
  });

  it('is done when every milestone is covered: on time only if each was covered by its date', () => {
    const onTime: Report[] = [
      { taskId: 'multi', completedOn: d('2018-06-29') },
      { taskId: 'multi', completedOn: d('2018-12-20') },
    ];
    expect(task('2019-01-31', onTime, 'multi')).toMatchObject({
      status: 'done_on_time',
      dueDate: '2018-12-31',
      completedOn: '2018-12-20',
      daysLate: 0,
    });
    const q2Late: Report[] = [
      { taskId: 'multi', completedOn: d('2018-07-10') },
      { taskId: 'multi', completedOn: d('2018-12-20') },
    ];
    expect(task('2019-01-31', q2Late, 'multi')).toMatchObject({
      status: 'done_late',
      daysLate: 10,
      completedOn: '2018-12-20',
    });
    const m = task('2019-01-31', q2Late, 'multi').milestones;
    expect(m?.map((x) => [x.dueDate, x.status, x.completedOn, x.daysLate])).toEqual([
      ['2018-06-30', 'done_late', '2018-07-10', 10],
      ['2018-12-31', 'done_on_time', '2018-12-20', 0],
    ]);
  });

  it('a report naming its period covers that milestone (text or ISO date), others the earliest open', () => {
    const q4Only: Report[] = [{ taskId: 'multi', completedOn: d('2018-06-01'), period: 'Quý IV/2018' }];
    expect(task('2018-07-01', q4Only, 'multi')).toMatchObject({
      status: 'overdue',
      dueDate: '2018-06-30',
      daysOverdue: 1,
    });
    const iso: Report[] = [{ taskId: 'multi', completedOn: d('2018-06-01'), period: '2018-12-31' }];
    expect(task('2018-07-01', iso, 'multi')).toMatchObject({ status: 'overdue', dueDate: '2018-06-30' });
    const noYear: Report[] = [{ taskId: 'multi', completedOn: d('2018-06-01'), period: 'quý iv' }];
    expect(task('2018-07-01', noYear, 'multi').dueDate).toBe('2018-06-30');
    const nfd: Report[] = [
      { taskId: 'multi', completedOn: d('2018-06-01'), period: 'Quý IV/2018'.normalize('NFD') },
    ];
    expect(task('2018-07-01', nfd, 'multi').dueDate).toBe('2018-06-30');
    const both: Report[] = [...q4Only, { taskId: 'multi', completedOn: d('2018-06-20') }];
    expect(task('2018-07-01', both, 'multi')).toMatchObject({
      status: 'done_on_time',
      completedOn: '2018-06-20',
    });
  });

  it('with several lead agencies, a milestone is covered once all of them covered it', () => {
    const r: Report[] = [
      { taskId: 'multi-class', agencyId: 'h1', completedOn: d('2018-06-10') },
      { taskId: 'multi-class', agencyId: 'h2', completedOn: d('2018-07-03') },
    ];
    const e = evaluatePlan(plan, { asOf: d('2018-07-05'), reports: r });
    const t = e.tasks.find((x) => x.taskId === 'multi-class');
    expect(t).toMatchObject({ status: 'not_due', dueDate: '2018-12-31' });
    expect(t?.milestones?.[0]).toMatchObject({ status: 'done_late', completedOn: '2018-07-03', daysLate: 3 });
    const h1 = e.assignments.find((a) => a.taskId === 'multi-class' && a.agencyId === 'h1');
    expect(h1?.milestones?.[0]).toMatchObject({ status: 'done_on_time', completedOn: '2018-06-10' });
  });
});

describe('evaluatePlan — recurring ("Định kỳ hàng quý", "Mỗi tháng một kỳ")', () => {
  it('stays ongoing and lists its occurrences up to asOf', () => {
    const t = task('2018-07-15', [{ taskId: 'quarterly', completedOn: d('2018-03-28') }], 'quarterly');
    expect(t.status).toBe('ongoing');
    expect(t.daysOverdue).toBe(0);
    expect(t.occurrences?.map((o) => [o.dueDate, o.status, o.daysOverdue])).toEqual([
      ['2018-03-31', 'done_on_time', 0],
      ['2018-06-30', 'overdue', 15],
    ]);
    expect(t.occurrences?.[0]?.report).toMatchObject({ taskId: 'quarterly', completedOn: '2018-03-28' });
  });

  it('lists an occurrence due on asOf itself as due soon', () => {
    const t = task('2018-06-30', [], 'quarterly');
    expect(t.occurrences?.map((o) => o.status)).toEqual(['overdue', 'due_soon']);
  });

  it('counts monthly issues one by one, reports covering them in order', () => {
    const reports: Report[] = [
      { taskId: 'monthly', completedOn: d('2018-01-31') },
      { taskId: 'monthly', completedOn: d('2018-03-02') }, // February's, 2 days late
      { taskId: 'monthly', completedOn: d('2018-03-30') },
    ];
    const t = task('2018-05-10', reports, 'monthly');
    expect(t.occurrences?.map((o) => `${o.dueDate} ${o.status}`)).toEqual([
      '2018-01-31 done_on_time',
      '2018-02-28 done_late',
      '2018-03-31 done_on_time',
      '2018-04-30 overdue',
    ]);
    expect(t.occurrences?.[1]?.daysLate).toBe(2);
  });

  it('a report naming a month covers that month', () => {
    const t = task(
      '2018-04-10',
      [{ taskId: 'monthly', completedOn: d('2018-03-25'), period: 'Tháng 3/2018' }],
      'monthly',
    );
    expect(t.occurrences?.map((o) => o.status)).toEqual(['overdue', 'overdue', 'done_on_time']);
  });

  it("asks nothing beyond the plan's year", () => {
    const t = task('2019-03-01', [], 'monthly');
    expect(t.occurrences?.map((o) => o.dueDate)).toHaveLength(12);
    expect(t.occurrences?.[11]).toMatchObject({ dueDate: '2018-12-31', status: 'overdue', daysOverdue: 60 });
  });

  it('judges "Định kỳ hàng quý và đột xuất khi có yêu cầu" as recurring', () => {
    const t = task('2018-10-01', [], 'mixed');
    expect(t.status).toBe('ongoing');
    expect(t.occurrences?.map((o) => o.dueDate)).toEqual(['2018-03-31', '2018-06-30', '2018-09-30']);
  });

  it('places occurrences on the named cut-off and matches a quarter to the one inside it', () => {
    const reports: Report[] = [
      { taskId: 'cutoff', agencyId: 'h1', completedOn: d('2018-06-14'), period: 'Quý II/2018' },
      { taskId: 'cutoff', agencyId: 'h2', completedOn: d('2018-03-15') },
      { taskId: 'cutoff', agencyId: 'h2', completedOn: d('2018-06-16') },
    ];
    const e = evaluatePlan(plan, { asOf: d('2018-07-01'), reports });
    const t = e.tasks.find((x) => x.taskId === 'cutoff');
    expect(t?.occurrences?.map((o) => `${o.dueDate} ${o.status}`)).toEqual([
      '2018-03-15 overdue',
      '2018-06-15 done_late',
    ]);
    const h1 = e.assignments.find((a) => a.taskId === 'cutoff' && a.agencyId === 'h1');
    expect(h1?.occurrences?.map((o) => o.status)).toEqual(['overdue', 'done_on_time']);
  });
});
