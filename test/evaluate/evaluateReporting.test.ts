import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { evaluateReporting } from '../../src/evaluate/index.js';
import type { ReportingEvaluation, ReportSubmission } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

// Reporting schedules from the seed plans: Vinh Yên 2022 ("chậm nhất trước
// ngày: 25/2, 25/5, 25/8 … 15/11") and the quarterly cut-off form.
const plan = makePlan({
  year: 2022,
  classes: ['phong-ban', 'ubnd-xa'],
  agencies: [
    { id: 'phong-noi-vu', classes: ['phong-ban'] },
    { id: 'phong-tu-phap', classes: ['phong-ban'] },
    { id: 'xa-thanh-tru', classes: ['ubnd-xa'] },
  ],
  groups: [],
  reporting: [
    {
      id: 'dinh-ky',
      from: ['phong-ban', 'ubnd-xa'],
      deadline: 'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11',
    },
    { id: 'quy', from: ['phong-noi-vu'], deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)' },
  ],
});

const run = (subs: readonly ReportSubmission[], asOf: string): ReportingEvaluation => {
  const r = evaluateReporting(plan, subs, { asOf: d(asOf) });
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('; '));
  return r.value;
};

describe('evaluateReporting', () => {
  it('turns the schedule into owed reports per agency and due date', () => {
    const e = run([], '2022-01-10');
    const dinhKy = e.rows.filter((r) => r.dutyId === 'dinh-ky' && r.agencyId === 'xa-thanh-tru');
    expect(dinhKy.map((r) => r.dueDate)).toEqual(['2022-02-25', '2022-05-25', '2022-08-25', '2022-11-15']);
    const quy = e.rows.filter((r) => r.dutyId === 'quy');
    expect(quy.map((r) => r.dueDate)).toEqual(['2022-03-15', '2022-06-15', '2022-09-15', '2022-12-15']);
    expect(e.rows).toHaveLength(3 * 4 + 4);
    expect(e.rows.every((r) => r.status === 'not_due')).toBe(true);
    expect(e.plan).toEqual({ due: 0, onTime: 0, late: 0, missing: 0, onTimeRate: null, allOnTime: true });
  });

  it('gives on time, late and missing per agency, in the order sent or by period', () => {
    const subs: ReportSubmission[] = [
      { agencyId: 'phong-tu-phap', submittedOn: d('2022-02-25') }, // on the day: on time
      { agencyId: 'phong-tu-phap', submittedOn: d('2022-05-27') }, // 2 days late
      { agencyId: 'xa-thanh-tru', submittedOn: d('2022-05-20'), period: 'Quý II/2022' }, // May's, on time; Feb's missing
      { agencyId: 'phong-noi-vu', dutyId: 'quy', submittedOn: d('2022-03-14'), period: 'Quý I/2022' },
      { agencyId: 'phong-noi-vu', dutyId: 'quy', submittedOn: d('2022-06-20'), period: '2022-06-15' },
    ];
    const e = run(subs, '2022-06-30');
    const row = (duty: string, agency: string, due: string) =>
      e.rows.find((r) => r.dutyId === duty && r.agencyId === agency && r.dueDate === due);
    expect(row('dinh-ky', 'phong-tu-phap', '2022-02-25')).toMatchObject({
      status: 'on_time',
      submittedOn: '2022-02-25',
      daysLate: 0,
    });
    expect(row('dinh-ky', 'phong-tu-phap', '2022-05-25')).toMatchObject({ status: 'late', daysLate: 2 });
    expect(row('dinh-ky', 'xa-thanh-tru', '2022-02-25')).toMatchObject({
      status: 'missing',
      daysOverdue: 125,
      submittedOn: null,
    });
    expect(row('dinh-ky', 'xa-thanh-tru', '2022-05-25')).toMatchObject({ status: 'on_time' });
    expect(row('dinh-ky', 'phong-noi-vu', '2022-02-25')).toMatchObject({ status: 'missing' });
    expect(row('quy', 'phong-noi-vu', '2022-06-15')).toMatchObject({ status: 'late', daysLate: 5 });
    expect(row('dinh-ky', 'xa-thanh-tru', '2022-08-25')).toMatchObject({ status: 'not_due' });

    expect(e.agencies['phong-tu-phap']).toEqual({
      due: 2,
      onTime: 1,
      late: 1,
      missing: 0,
      onTimeRate: 0.5,
      allOnTime: false,
    });
    expect(e.agencies['xa-thanh-tru']).toMatchObject({ due: 2, onTime: 1, missing: 1, allOnTime: false });
    // phong-noi-vu: dinh-ky Feb, May missing; quy Mar on time, Jun late.
    expect(e.agencies['phong-noi-vu']).toMatchObject({ due: 4, onTime: 1, late: 1, missing: 2 });
    expect(e.plan).toMatchObject({ due: 8, onTime: 3, late: 2, missing: 3 });
    expect(Object.isFrozen(e.rows[0])).toBe(true);
  });

  it('all on time gives allOnTime (the PAR criterion input)', () => {
    const subs: ReportSubmission[] = [
      { agencyId: 'xa-thanh-tru', submittedOn: d('2022-02-20') },
      { agencyId: 'xa-thanh-tru', submittedOn: d('2022-05-25') },
    ];
    expect(run(subs, '2022-06-30').agencies['xa-thanh-tru']).toMatchObject({
      due: 2,
      onTime: 2,
      allOnTime: true,
      onTimeRate: 1,
    });
  });

  it('a submission sent after asOf does not count yet', () => {
    const subs: ReportSubmission[] = [{ agencyId: 'xa-thanh-tru', submittedOn: d('2022-03-01') }];
    expect(run(subs, '2022-02-28').agencies['xa-thanh-tru']).toMatchObject({ due: 1, missing: 1 });
    expect(run(subs, '2022-03-01').agencies['xa-thanh-tru']).toMatchObject({ due: 1, late: 1 });
  });

  it('reports bad submissions as issues, never throws', () => {
    const r = evaluateReporting(
      plan,
      [
        { agencyId: 'phong-y-te', submittedOn: d('2022-02-01') },
        { agencyId: 'xa-thanh-tru', submittedOn: d('2022-02-30') },
        { agencyId: 'xa-thanh-tru', dutyId: 'quy', submittedOn: d('2022-03-01') },
        { agencyId: 'xa-thanh-tru', dutyId: 'nam', submittedOn: d('2022-03-01') },
        { agencyId: 'xa-thanh-tru', submittedOn: d('2022-03-01'), period: 'Quý V' },
      ],
      { asOf: d('2022-06-30') },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'submissions[0].agencyId unknown_agency',
      'submissions[1].submittedOn invalid_date',
      'submissions[2].agencyId agency_not_reporting',
      'submissions[3].dutyId unknown_duty',
      'submissions[4].period unknown_period',
    ]);
    expect(evaluateReporting(plan, [], { asOf: d('2022-13-01') }).ok).toBe(false);
  });
});
