/**
 * Successions everywhere: reporting duties and milestones of an agency that
 * merged or ended pass to its successors from the succession's date, each
 * owed report and each milestone counted once, under the agency that held it
 * on its due date. Dates before, on and after the succession, under four
 * time zones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/isoDate.js';
import { unwrap } from '../../src/core/result.js';
import {
  complianceBetween,
  evaluatePlan,
  evaluateReporting,
  type ReportSubmission,
} from '../../src/evaluate/index.js';
import { loadPlan } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/types.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});
function everyZone(check: () => void): void {
  for (const tz of ZONES) {
    process.env.TZ = tz;
    check();
  }
}

/**
 * An illustrative 2025 plan: Sở Kế hoạch và Đầu tư merges into Sở Tài chính
 * on 1/7/2025 (the date is made up for the test), a district committee ends
 * on 1/7/2025; both report quarterly, and a task has milestones in Quý I and
 * Quý III.
 */
function plan(): Plan {
  return unwrap(
    loadPlan({
      schemaVersion: 1,
      id: 'vd-2025',
      title: 'Kế hoạch CCHC năm 2025',
      year: 2025,
      agencies: [
        { id: 'stc', name: 'Sở Tài chính' },
        {
          id: 'skhdt',
          name: 'Sở Kế hoạch và Đầu tư',
          succeededBy: [{ agencyIds: ['stc'], on: '2025-07-01' }],
        },
        { id: 'ubnd-h1', name: 'UBND huyện A', endedOn: '2025-07-01' },
      ],
      classes: [],
      groups: [
        {
          id: 'I',
          title: 'Cải cách thủ tục hành chính',
          tasks: [{ id: 'M', title: 'Rà soát thủ tục', lead: ['skhdt'], deadline: 'Quý I và III năm 2025' }],
        },
      ],
      reporting: [
        {
          id: 'R1',
          from: ['skhdt', 'stc'],
          to: 'Sở Nội vụ',
          deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
        },
        {
          id: 'R2',
          from: ['ubnd-h1'],
          to: 'Sở Nội vụ',
          deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
        },
      ],
    }),
  );
}

function rows(asOf: string, subs: readonly ReportSubmission[] = []) {
  const r = evaluateReporting(plan(), subs, { asOf: isoDate(asOf) });
  if (!r.ok) throw new Error(r.issues.map((i) => i.messageEn).join('; '));
  return r.value;
}
const brief = (r: ReturnType<typeof rows>, duty: string) =>
  r.rows
    .filter((x) => x.dutyId === duty)
    .map(
      (x) => `${x.agencyId}${x.passedFrom === undefined ? '' : `<${x.passedFrom}`} ${x.dueDate} ${x.status}`,
    );

describe('evaluateReporting with successions', () => {
  it('a merger: reports due before it are the old agency’s, from it the successor’s, owed once', () => {
    everyZone(() => {
      for (const asOf of ['2025-06-30', '2025-07-01', '2025-12-31']) {
        const r = rows(asOf);
        // The quarterly reports fall due on 15/3, 15/6, 15/9, 15/12: the first two before 1/7.
        expect(brief(r, 'R1').filter((x) => x.startsWith('skhdt'))).toEqual([
          'skhdt 2025-03-15 missing',
          'skhdt 2025-06-15 missing',
        ]);
        // Sở Tài chính owes its own four; what passes to it from 1/7 is the same report: owed once.
        expect(brief(r, 'R1').filter((x) => x.startsWith('stc'))).toEqual([
          'stc 2025-03-15 missing',
          'stc 2025-06-15 missing',
          `stc 2025-09-15 ${asOf < '2025-09-16' ? 'not_due' : 'missing'}`,
          `stc 2025-12-15 ${asOf < '2025-12-16' ? 'not_due' : 'missing'}`,
        ]);
      }
    });
  });

  it('a merger of an agency named alone: its later reports pass to the successor, and its name still counts', () => {
    const p = plan();
    const alone = p.reporting.map((d) => (d.id === 'R1' ? { ...d, from: ['skhdt'] } : d));
    const subs: ReportSubmission[] = [
      { agencyId: 'skhdt', dutyId: 'R1', period: 'Quý I/2025', submittedOn: isoDate('2025-03-10') },
      // Sent under the old name after the merger: it counts for Sở Tài chính.
      { agencyId: 'skhdt', dutyId: 'R1', period: 'Quý III/2025', submittedOn: isoDate('2025-09-12') },
      { agencyId: 'stc', dutyId: 'R1', period: 'Quý IV/2025', submittedOn: isoDate('2025-12-20') },
    ];
    const r = unwrap(evaluateReporting(p, subs, { asOf: isoDate('2025-12-31'), duties: alone }));
    expect(
      r.rows.filter((x) => x.dutyId === 'R1').map((x) => [x.agencyId, x.passedFrom, x.dueDate, x.status]),
    ).toEqual([
      ['skhdt', undefined, '2025-03-15', 'on_time'],
      ['skhdt', undefined, '2025-06-15', 'missing'],
      ['stc', 'skhdt', '2025-09-15', 'on_time'],
      ['stc', 'skhdt', '2025-12-15', 'late'],
    ]);
    expect(r.agencies.skhdt).toMatchObject({ due: 2, onTime: 1, missing: 1 });
    expect(r.agencies.stc).toMatchObject({ due: 2, onTime: 1, late: 1 });
    // The plan's count holds R2 too (the district's two reports due before it ended, missing).
    expect(r.plan).toMatchObject({ due: 6, onTime: 2, late: 1, missing: 3 });
    // Before the merger nothing has passed.
    const before = unwrap(evaluateReporting(p, [], { asOf: isoDate('2025-06-30'), duties: alone }));
    expect(before.rows.filter((x) => x.dutyId === 'R1' && x.passedFrom !== undefined)).toHaveLength(2);
    expect(before.agencies.stc).toMatchObject({ due: 0 });
    expect(before.agencies.skhdt).toMatchObject({ due: 2, missing: 2 });
  });

  it('a dissolution: reports due from the end date are agency_ended and not counted', () => {
    everyZone(() => {
      const before = rows('2025-06-30');
      expect(brief(before, 'R2')).toEqual([
        'ubnd-h1 2025-03-15 missing',
        'ubnd-h1 2025-06-15 missing',
        'ubnd-h1 2025-09-15 agency_ended',
        'ubnd-h1 2025-12-15 agency_ended',
      ]);
      const after = rows('2025-12-31', [
        { agencyId: 'ubnd-h1', dutyId: 'R2', period: 'Quý I/2025', submittedOn: isoDate('2025-03-01') },
      ]);
      expect(after.agencies['ubnd-h1']).toMatchObject({ due: 2, onTime: 1, missing: 1 });
    });
  });

  it('a submission of an agency that is neither named nor a successor is still an issue', () => {
    const p = plan();
    const r = evaluateReporting(
      p,
      [{ agencyId: 'ubnd-h1', dutyId: 'R1', submittedOn: isoDate('2025-03-01') }],
      { asOf: isoDate('2025-12-31') },
    );
    expect(r.ok).toBe(false);
  });
});

describe('milestones held per milestone', () => {
  const reports = [
    { taskId: 'M', agencyId: 'skhdt', period: 'Quý I/2025', completedOn: isoDate('2025-03-20') },
    { taskId: 'M', agencyId: 'stc', period: 'Quý III/2025', completedOn: isoDate('2025-10-10') },
  ];
  const leads = (asOf: string) =>
    evaluatePlan(plan(), { asOf: isoDate(asOf), reports: reports.filter((r) => r.completedOn <= asOf) })
      .assignments.filter((a) => a.role === 'lead')
      .map((a) => [a.agencyId, a.passedFrom, a.milestones?.map((m) => `${m.dueDate} ${m.status}`)]);

  it('each milestone is held by the agency that held the task on its due date', () => {
    everyZone(() => {
      // Before the merger the old department holds both.
      expect(leads('2025-06-30')).toEqual([
        ['skhdt', undefined, ['2025-03-31 done_on_time', '2025-09-30 not_due']],
      ]);
      // On the merger's day Quý III has passed to Sở Tài chính; Quý I, due before, stays.
      expect(leads('2025-07-01')).toEqual([
        ['skhdt', undefined, ['2025-03-31 done_on_time']],
        ['stc', 'skhdt', ['2025-09-30 not_due']],
      ]);
      expect(leads('2025-12-31')).toEqual([
        ['skhdt', undefined, ['2025-03-31 done_on_time']],
        ['stc', 'skhdt', ['2025-09-30 done_late']],
      ]);
    });
  });

  it('compliance over a window spanning the merger counts each milestone and the task once', () => {
    everyZone(() => {
      const e = evaluatePlan(plan(), { asOf: isoDate('2025-12-31'), reports });
      const year = { from: isoDate('2025-01-01'), to: isoDate('2025-12-31') };
      const occ = complianceBetween(e, { ...year, count: 'occurrences' });
      expect(occ.agencies.skhdt).toMatchObject({ due: 1, done: 1, onTime: 1 });
      expect(occ.agencies.stc).toMatchObject({ due: 1, done: 1, onTime: 0 });
      expect(occ.plan).toMatchObject({ due: 2, done: 2, onTime: 1 });
      // As a task, once: under the agency that held its last milestone.
      const tasks = complianceBetween(e, year);
      expect(tasks.agencies.skhdt).toMatchObject({ due: 0 });
      expect(tasks.agencies.stc).toMatchObject({ due: 1, done: 1 });
      expect(e.compliance.agencies.stc).toMatchObject({ due: 1, done: 1 });
      expect(e.compliance.agencies.skhdt).toMatchObject({ due: 0 });
      expect(e.occurrenceCompliance.agencies.skhdt).toMatchObject({ due: 1, onTime: 1 });
      expect(e.occurrenceCompliance.agencies.stc).toMatchObject({ due: 1, onTime: 0 });
    });
  });
});
