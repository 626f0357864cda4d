import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate } from '../../src/calendar/isoDate.js';
import { complianceBetween, evaluatePlan } from '../../src/evaluate/index.js';
import type { PlanEvaluation, Report } from '../../src/evaluate/index.js';
import { makePlan } from './helpers.js';

// Deadline texts of every kind, as real plans write them.
const DEADLINES = [
  'Tháng 01/2018',
  'Quý I/2018',
  'Quý II/ 2018',
  'Tháng 02/2018',
  '6 tháng đầu năm 2018',
  'Năm 2018',
  'trước ngày 15/11/2018',
  'Quý II và IV năm 2018',
  'Quý I, Quý III',
  'Thường xuyên trong năm 2018',
  'Định kỳ hàng quý',
  'Mỗi tháng một kỳ',
  'Khi có văn bản pháp luật mới',
  'Từ năm 2016 và các năm tiếp theo',
  'không rõ',
];
const AGENCIES = ['a', 'b', 'c', 'd'];

const plan = makePlan({
  year: 2018,
  classes: ['k'],
  agencies: AGENCIES.map((id, i) => ({ id, classes: i % 2 === 0 ? ['k'] : [] })),
  groups: [
    {
      id: 'G1',
      area: 'direction',
      tasks: DEADLINES.slice(0, 8).map((deadline, i) => ({
        id: `t${i}`,
        lead: i % 3 === 0 ? ['k'] : [AGENCIES[i % 4] as string],
        support: ['d'],
        deadline,
      })),
    },
    {
      id: 'G2',
      area: 'procedures',
      tasks: DEADLINES.slice(8).map((deadline, i) => ({
        id: `t${i + 8}`,
        lead: i % 2 === 0 ? ['k', 'b'] : ['c'],
        deadline,
      })),
    },
  ],
});
const taskIds = plan.groups.flatMap((g) => g.tasks.map((t) => t.id));

const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2017-12-01' as IsoDate, n));
const report: fc.Arbitrary<Report> = fc
  .record({
    taskId: fc.constantFrom(...taskIds),
    agencyId: fc.option(fc.constantFrom(...AGENCIES), { nil: undefined }),
    completedOn: day,
    period: fc.option(
      fc.constantFrom('Quý I/2018', 'Quý II/2018', 'Quý IV/2018', 'Tháng 3/2018', '2018-06-30'),
      { nil: undefined, freq: 4 },
    ),
  })
  .map((r) => {
    const out: { -readonly [K in keyof Report]: Report[K] } = {
      taskId: r.taskId,
      completedOn: r.completedOn,
    };
    if (r.agencyId !== undefined) out.agencyId = r.agencyId;
    if (r.period !== undefined) out.period = r.period;
    return out;
  });
const reports = fc.array(report, { maxLength: 40 });

const done = (s: string): boolean => s === 'done_on_time' || s === 'done_late';

function checkEntry(
  e: PlanEvaluation,
  x: PlanEvaluation['tasks'][number] | PlanEvaluation['assignments'][number],
): void {
  expect(x.daysOverdue > 0).toBe(x.status === 'overdue');
  if (x.status === 'overdue') expect(x.daysOverdue).toBe(daysBetween(x.dueDate as IsoDate, e.asOf));
  if (x.status === 'due_soon' || x.status === 'not_due') {
    const ahead = daysBetween(e.asOf, x.dueDate as IsoDate);
    expect(ahead >= 0 && (x.status === 'due_soon') === ahead <= e.dueSoonDays).toBe(true);
  }
  if (done(x.status)) {
    expect(x.completedOn !== null && x.completedOn <= e.asOf).toBe(true);
  } else expect(x.completedOn).toBeNull();
  if (x.status === 'done_late') expect(x.daysLate).toBeGreaterThan(0);
  else expect(x.daysLate).toBe(0);
  if (x.status === 'done_late' && x.milestones === undefined) {
    expect(x.daysLate).toBe(daysBetween(x.dueDate as IsoDate, x.completedOn as IsoDate));
  }
}

describe('evaluatePlan laws (fast-check)', () => {
  it('every entry is consistent: days overdue, days late, completion dates', () => {
    fc.assert(
      fc.property(reports, day, (rs, asOf) => {
        const e = evaluatePlan(plan, { asOf, reports: rs });
        for (const t of e.tasks) checkEntry(e, t);
        for (const a of e.assignments) checkEntry(e, a);
      }),
      { numRuns: 150 },
    );
  });

  it('a task with lead agencies is done exactly when every lead assignment is done', () => {
    fc.assert(
      fc.property(reports, day, (rs, asOf) => {
        const e = evaluatePlan(plan, { asOf, reports: rs });
        for (const t of e.tasks) {
          if (t.status === 'ongoing' && t.dueDate !== null) continue; // continuous before its end, recurring
          const leads = e.assignments.filter((a) => a.taskId === t.taskId && a.role === 'lead');
          expect(done(t.status)).toBe(leads.length > 0 && leads.every((a) => done(a.status)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the reports', () => {
    fc.assert(
      fc.property(reports, day, fc.integer(), (rs, asOf, seed) => {
        const shuffled = [...rs].sort(
          (x, y) =>
            ((JSON.stringify(x).length * 31 + seed) % 7) - ((JSON.stringify(y).length * 31 + seed) % 7),
        );
        // Equal completion days on the same slot may pick a different (equal-dated) report; compare without it.
        const strip = (e: PlanEvaluation): string =>
          JSON.stringify(e, (k, v: unknown) => (k === 'report' ? undefined : v));
        expect(strip(evaluatePlan(plan, { asOf, reports: shuffled }))).toBe(
          strip(evaluatePlan(plan, { asOf, reports: rs })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('done stays done as asOf moves on, and a report never undoes a task', () => {
    fc.assert(
      fc.property(reports, report, day, fc.integer({ min: 1, max: 200 }), (rs, extra, asOf, later) => {
        const now = evaluatePlan(plan, { asOf, reports: rs });
        const then = evaluatePlan(plan, { asOf: addDays(asOf, later), reports: rs });
        const more = evaluatePlan(plan, { asOf, reports: [...rs, extra] });
        now.tasks.forEach((t, i) => {
          if (done(t.status) && t.deadlineKind !== 'continuous')
            expect(done(then.tasks[i]?.status as string)).toBe(true);
          if (done(t.status)) expect(done(more.tasks[i]?.status as string)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('compliance counts agree with the entries', () => {
    fc.assert(
      fc.property(reports, day, (rs, asOf) => {
        const e = evaluatePlan(plan, { asOf, reports: rs });
        const due = e.tasks.filter(
          (t) => t.deadlineKind !== 'recurring' && t.dueDate !== null && t.dueDate <= asOf,
        );
        const c = e.compliance.plan;
        expect(c.due).toBe(due.length);
        expect(c.done).toBe(due.filter((t) => done(t.status)).length);
        expect(c.onTime).toBe(due.filter((t) => t.status === 'done_on_time').length);
        expect(c.overdue).toBe(due.filter((t) => t.status === 'overdue').length);
        expect(c.doneRate).toBe(c.due === 0 ? null : c.done / c.due);
        const byArea = Object.values(e.compliance.areas).reduce((s, x) => s + x.due, 0);
        expect(byArea).toBe(c.due);
        expect(e.occurrenceCompliance.plan.due).toBeGreaterThanOrEqual(
          c.due - due.filter((t) => t.deadlineKind === 'multi').length,
        );
        // Counted while evaluating, or recounted from the entries over an open window: the same.
        const all = { from: '1900-01-01' as IsoDate, to: '2100-12-31' as IsoDate };
        expect(complianceBetween(e, all)).toEqual(e.compliance);
        expect(complianceBetween(e, { ...all, count: 'occurrences' })).toEqual(e.occurrenceCompliance);
      }),
      { numRuns: 150 },
    );
  });
});
