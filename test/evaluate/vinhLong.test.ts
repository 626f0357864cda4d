import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysBetween, type IsoDate } from '../../src/calendar/isoDate.js';
import { unwrap } from '../../src/core/result.js';
import { complianceBetween, evaluatePlan, validateReports } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import { loadPlan } from '../../src/plan/index.js';
import { d } from './helpers.js';

// The real Vĩnh Long 2018 plan (Quyết định 2701/QĐ-UBND) and the sample reports of samples/.
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'));
const plan = unwrap(loadPlan(read('vinh-long-2018.plan.json')));
const reports = unwrap(
  validateReports(plan, (read('vinh-long-2018.reports.json') as { reports: Report[] }).reports),
);
const asOf = d('2018-06-30');

describe('Vĩnh Long 2018 at 30/6/2018', () => {
  it('without reports: every dated task due by then is overdue by the days since its due date', () => {
    const e = evaluatePlan(plan, { asOf });
    expect(e.tasks).toHaveLength(plan.groups.reduce((n, g) => n + g.tasks.length, 0));
    for (const t of e.tasks) {
      if (t.deadlineKind === 'continuous')
        expect(t).toMatchObject({ status: 'ongoing', dueDate: '2018-12-31' });
      else if (t.dueDate !== null && t.dueDate < asOf)
        expect(t).toMatchObject({ status: 'overdue', daysOverdue: daysBetween(t.dueDate, asOf) });
    }
    // "Tháng 12/2017" is 181 days before 30/6/2018.
    expect(e.tasks.find((t) => t.taskId === 'I.1')).toMatchObject({
      status: 'overdue',
      dueDate: '2017-12-31',
      daysOverdue: 181,
    });
    // "Quý II và IV năm 2018": judged by Q2, due on asOf itself.
    expect(e.tasks.find((t) => t.taskId === 'VII.3')).toMatchObject({
      status: 'due_soon',
      dueDate: '2018-06-30',
    });
  });

  it('with the sample reports: late, on time, and the class task still open', () => {
    const e = evaluatePlan(plan, { asOf, reports });
    const t = (id: string) => e.tasks.find((x) => x.taskId === id);
    expect(t('I.1')).toMatchObject({ status: 'done_on_time', completedOn: '2017-12-20' });
    expect(t('I.2')).toMatchObject({ status: 'done_late', daysLate: 36 }); // 31/12/2017 → 5/2/2018
    expect(t('VII.3')).toMatchObject({ status: 'not_due', dueDate: '2018-12-31' }); // Q2 covered on 25/6
    // II.1 is led by "Các sở, ban, ngành tỉnh, UBND cấp huyện": one lead assignment per
    // member agency of the first; the sample lists no districts, so the second is one assignee.
    const members = plan.agencies.filter((a) => a.classes.includes('so-nganh')).map((a) => a.id);
    expect(plan.agencies.some((a) => a.classes.includes('ubnd-huyen'))).toBe(false);
    const leads = e.assignments
      .filter((a) => a.taskId === 'II.1' && a.role === 'lead')
      .map((a) => a.agencyId);
    expect(leads).toEqual([...members, 'ubnd-huyen']);
    expect(t('II.1')?.status).toBe('overdue');
  });

  it('compliance by area adds up to the plan, and the first quarter is a window of it', () => {
    const e = evaluatePlan(plan, { asOf, reports });
    const areas = Object.values(e.compliance.areas);
    expect(areas.reduce((n, c) => n + c.due, 0)).toBe(e.compliance.plan.due);
    expect(areas.reduce((n, c) => n + c.onTime, 0)).toBe(e.compliance.plan.onTime);
    const q1 = complianceBetween(e, { from: d('2018-01-01'), to: d('2018-03-31') });
    const dueQ1 = e.tasks.filter(
      (x) =>
        x.deadlineKind !== 'recurring' &&
        x.dueDate !== null &&
        x.dueDate >= '2018-01-01' &&
        x.dueDate <= '2018-03-31',
    );
    expect(q1.plan.due).toBe(dueQ1.length);
    expect(q1.plan.onTime).toBe(dueQ1.filter((x) => x.status === 'done_on_time').length);
  });

  it('is the same whatever order the reports come in', () => {
    const a = evaluatePlan(plan, { asOf, reports });
    const b = evaluatePlan(plan, { asOf, reports: [...reports].reverse() });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('a later date sees more: reports dated after asOf appear', () => {
    const early = evaluatePlan(plan, { asOf: '2018-01-10' as IsoDate, reports });
    expect(early.tasks.find((x) => x.taskId === 'I.2')).toMatchObject({ status: 'overdue', daysOverdue: 10 });
  });
});
