import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate } from '../../src/calendar/isoDate.js';
import { unwrap } from '../../src/core/result.js';
import { evaluateReporting, type ReportSubmission } from '../../src/evaluate/index.js';
import { makePlan } from './helpers.js';

const plan = makePlan({
  year: 2022,
  classes: ['xa'],
  agencies: [{ id: 'pnv' }, { id: 'x1', classes: ['xa'] }, { id: 'x2', classes: ['xa'] }],
  groups: [],
  reporting: [
    { id: 'R1', from: ['pnv', 'xa'], deadline: 'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11' },
    { id: 'R2', from: ['xa'], deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)' },
  ],
});
const day = fc.integer({ min: 0, max: 420 }).map((n) => addDays('2022-01-01' as IsoDate, n));
const submission: fc.Arbitrary<ReportSubmission> = fc
  .record({
    agencyId: fc.constantFrom('pnv', 'x1', 'x2'),
    submittedOn: day,
    duty: fc.constantFrom('R1', 'R2', undefined),
  })
  .filter((s) => !(s.agencyId === 'pnv' && s.duty === 'R2'))
  .map((s) =>
    s.duty === undefined
      ? { agencyId: s.agencyId, submittedOn: s.submittedOn }
      : { agencyId: s.agencyId, submittedOn: s.submittedOn, dutyId: s.duty },
  );

describe('evaluateReporting laws (fast-check)', () => {
  it('owes one report per reporter and due date; statuses agree with the dates; summaries add up', () => {
    fc.assert(
      fc.property(fc.array(submission, { maxLength: 30 }), day, (subs, asOf) => {
        const e = unwrap(evaluateReporting(plan, subs, { asOf }));
        expect(e.rows).toHaveLength(3 * 4 + 2 * 4);
        for (const r of e.rows) {
          if (r.status === 'on_time')
            expect(r.submittedOn !== null && r.submittedOn <= r.dueDate && r.submittedOn <= asOf).toBe(true);
          if (r.status === 'late') expect(r.daysLate).toBe(daysBetween(r.dueDate, r.submittedOn as IsoDate));
          if (r.status === 'missing') expect(r.daysOverdue).toBe(daysBetween(r.dueDate, asOf));
          if (r.status === 'missing' || r.status === 'not_due') expect(r.submittedOn).toBeNull();
          if (r.status === 'not_due') expect(r.dueDate >= asOf).toBe(true);
        }
        const due = e.rows.filter((r) => r.dueDate <= asOf);
        expect(e.plan.due).toBe(due.length);
        expect(e.plan.onTime + e.plan.late + e.plan.missing).toBeLessThanOrEqual(e.plan.due);
        expect(e.plan.allOnTime).toBe(e.plan.late === 0 && e.plan.missing === 0);
        const sum = Object.values(e.agencies).reduce((n, s) => n + s.due, 0);
        expect(sum).toBe(e.plan.due);
        // Sending never makes an agency's record worse.
        const more = unwrap(
          evaluateReporting(plan, [...subs, { agencyId: 'x1', submittedOn: asOf }], { asOf }),
        );
        expect(more.agencies['x1']!.missing).toBeLessThanOrEqual(e.agencies['x1']!.missing);
      }),
      { numRuns: 150 },
    );
  });
});
