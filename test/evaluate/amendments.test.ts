/**
 * Plans that change, judged at dates before, on and after each decision:
 * an extension, a removal, an addition, a reassignment (amendments), a merger
 * and a dissolution (agencies). The CI runs this folder under four TZ values;
 * the cases also switch TZ inside one process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/isoDate.js';
import { complianceBetween, evaluatePlan } from '../../src/evaluate/index.js';
import type { PlanEvaluation, Report } from '../../src/evaluate/index.js';
import { unwrap } from '../../src/core/result.js';
import { amendPlan, loadPlan, planAsOf } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/types.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** A 2018 plan with one amendment decided on 15/6/2018 (Quyết định 1520/QĐ-UBND, a made-up number). */
function amended(): Plan {
  return unwrap(
    loadPlan({
      schemaVersion: 1,
      id: 'vd-2018',
      title: 'Kế hoạch cải cách hành chính năm 2018',
      year: 2018,
      agencies: [
        { id: 'snv', name: 'Sở Nội vụ' },
        { id: 'stp', name: 'Sở Tư pháp' },
      ],
      classes: [],
      groups: [
        {
          id: 'II',
          title: 'Cải cách thể chế',
          tasks: [
            {
              id: 'II.3',
              title: 'Rà soát văn bản quy phạm pháp luật',
              lead: ['snv'],
              deadline: 'Tháng 7/2018',
            },
            { id: 'II.4', title: 'Kiểm tra công tác CCHC', lead: ['snv'], deadline: 'Tháng 9/2018' },
            { id: 'II.5', title: 'Tập huấn nghiệp vụ', lead: ['snv'], deadline: 'Quý III/2018' },
          ],
        },
      ],
      amendments: [
        {
          id: 'sd-1',
          decidedOn: '2018-06-15',
          document: { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh' },
          changes: [
            { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
            { op: 'removeTask', taskId: 'II.4' },
            {
              op: 'addTask',
              groupId: 'II',
              task: { id: 'II.6', title: 'Số hóa hồ sơ', lead: ['stp'], deadline: 'Tháng 6/2018' },
            },
            { op: 'unassign', taskId: 'II.5', agencyId: 'snv', role: 'lead' },
            { op: 'assign', taskId: 'II.5', agencyId: 'stp', role: 'lead' },
          ],
        },
      ],
    }),
  );
}

const BEFORE = isoDate('2018-06-14');
const ON = isoDate('2018-06-15');
const AFTER = isoDate('2018-08-01');

function task(e: PlanEvaluation, id: string) {
  return e.tasks.find((t) => t.taskId === id);
}

function everyZone(check: () => void): void {
  for (const tz of ZONES) {
    process.env.TZ = tz;
    check();
  }
}

describe('amendments in force at asOf', () => {
  it('an extension: the old deadline before the decision, the new one on and after it', () => {
    everyZone(() => {
      const plan = amended();
      expect(task(evaluatePlan(plan, { asOf: BEFORE }), 'II.3')).toMatchObject({ dueDate: '2018-07-31' });
      expect(task(evaluatePlan(plan, { asOf: BEFORE }), 'II.3')?.extensions).toBeUndefined();
      for (const asOf of [ON, AFTER]) {
        const t = task(evaluatePlan(plan, { asOf }), 'II.3');
        expect(t?.dueDate).toBe('2018-09-30');
        expect(t?.extensions).toEqual([
          {
            from: '2018-07-31',
            to: '2018-09-30',
            fromText: 'Tháng 7/2018',
            toText: 'Quý III/2018',
            decidedOn: '2018-06-15',
            amendmentId: 'sd-1',
            document: { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh' },
            late: false,
          },
        ]);
      }
      // 1/8/2018: overdue under the old deadline, not due under the extended one.
      expect(task(evaluatePlan(plan, { asOf: AFTER }), 'II.3')?.status).toBe('not_due');
    });
  });

  it('a removal: evaluated before the decision, gone on and after it; its reports are left out', () => {
    everyZone(() => {
      const plan = amended();
      const reports: Report[] = [{ taskId: 'II.4', agencyId: 'snv', completedOn: isoDate('2018-06-01') }];
      expect(task(evaluatePlan(plan, { asOf: BEFORE, reports }), 'II.4')?.status).toBe('done_on_time');
      for (const asOf of [ON, AFTER]) {
        const e = evaluatePlan(plan, { asOf, reports });
        expect(task(e, 'II.4')).toBeUndefined();
        expect(e.assignments.some((a) => a.taskId === 'II.4')).toBe(false);
      }
    });
  });

  it('an addition: absent before the decision, evaluated on and after it', () => {
    everyZone(() => {
      const plan = amended();
      expect(task(evaluatePlan(plan, { asOf: BEFORE }), 'II.6')).toBeUndefined();
      expect(task(evaluatePlan(plan, { asOf: ON }), 'II.6')).toMatchObject({
        status: 'not_due',
        dueDate: '2018-06-30',
      });
      expect(task(evaluatePlan(plan, { asOf: AFTER }), 'II.6')).toMatchObject({
        status: 'overdue',
        daysOverdue: 32,
      });
    });
  });

  it('a reassignment: the old lead before the decision, the new lead on and after it', () => {
    everyZone(() => {
      const plan = amended();
      const leads = (asOf: typeof ON) =>
        evaluatePlan(plan, { asOf })
          .assignments.filter((a) => a.taskId === 'II.5' && a.role === 'lead')
          .map((a) => a.agencyId);
      expect(leads(BEFORE)).toEqual(['snv']);
      expect(leads(ON)).toEqual(['stp']);
      expect(leads(AFTER)).toEqual(['stp']);
    });
  });

  it('an extension decided after the deadline keeps the lateness, unless told to clear it', () => {
    const plan = unwrap(
      loadPlan({
        schemaVersion: 1,
        id: 'late',
        title: 'Kế hoạch',
        year: 2018,
        agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
        classes: [],
        groups: [
          {
            id: 'I',
            title: 'Chỉ đạo',
            tasks: [{ id: 'I.1', title: 'Báo cáo', lead: ['snv'], deadline: 'Quý II/2018' }],
          },
        ],
        amendments: [
          {
            id: 'gh',
            decidedOn: '2018-07-10',
            changes: [{ op: 'setDeadline', taskId: 'I.1', deadline: 'Quý III/2018' }],
          },
        ],
      }),
    );
    const reports: Report[] = [{ taskId: 'I.1', completedOn: isoDate('2018-08-20') }];
    everyZone(() => {
      const keep = task(evaluatePlan(plan, { asOf: isoDate('2018-09-01'), reports }), 'I.1');
      expect(keep).toMatchObject({ status: 'done_late', dueDate: '2018-06-30', daysLate: 51 });
      expect(keep?.extensions?.[0]?.late).toBe(true);
      const clear = task(
        evaluatePlan(plan, { asOf: isoDate('2018-09-01'), reports, lateExtension: 'clear-lateness' }),
        'I.1',
      );
      expect(clear).toMatchObject({ status: 'done_on_time', dueDate: '2018-09-30' });
      // Not done yet: still overdue from 30/6 under the default reading.
      expect(task(evaluatePlan(plan, { asOf: isoDate('2018-07-10') }), 'I.1')).toMatchObject({
        status: 'overdue',
        daysOverdue: 10,
      });
    });
  });
});

/** 2025: Sở Kế hoạch và Đầu tư merges into Sở Tài chính on 1/3/2025; a district committee ends on 1/7/2025 (illustrative dates). */
function reorganised(): Plan {
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
          succeededBy: [{ agencyIds: ['stc'], on: '2025-03-01' }],
        },
        { id: 'ubnd-h1', name: 'UBND huyện A', endedOn: '2025-07-01' },
      ],
      classes: [],
      groups: [
        {
          id: 'I',
          title: 'Cải cách thủ tục hành chính',
          tasks: [
            { id: 'I.1', title: 'Rà soát thủ tục đầu tư', lead: ['skhdt'], deadline: 'Tháng 2/2025' },
            { id: 'I.2', title: 'Công bố danh mục thủ tục', lead: ['skhdt'], deadline: 'Tháng 3/2025' },
            { id: 'I.3', title: 'Số hóa hồ sơ', lead: ['ubnd-h1'], deadline: 'Quý III/2025' },
            { id: 'I.4', title: 'Báo cáo tháng 6', lead: ['ubnd-h1'], deadline: 'Tháng 6/2025' },
          ],
        },
      ],
    }),
  );
}

describe('agencies that merge or end', () => {
  it('a merger: the old agency holds what fell due before the merger, the successor from it', () => {
    everyZone(() => {
      const plan = reorganised();
      const holder = (asOf: string, taskId: string) =>
        evaluatePlan(plan, { asOf: isoDate(asOf) }).assignments.find(
          (a) => a.taskId === taskId && a.role === 'lead',
        );
      // I.2 is due 31/3/2025: before 1/3 the merger is not in force; on and after, Sở Tài chính holds it.
      expect(holder('2025-02-28', 'I.2')).toMatchObject({ agencyId: 'skhdt' });
      expect(holder('2025-03-01', 'I.2')).toMatchObject({ agencyId: 'stc', passedFrom: 'skhdt' });
      expect(holder('2025-04-01', 'I.2')).toMatchObject({
        agencyId: 'stc',
        passedFrom: 'skhdt',
        status: 'overdue',
      });
      // I.1 fell due (28/2) before the merger: it stays with Sở Kế hoạch và Đầu tư.
      expect(holder('2025-04-01', 'I.1')).toMatchObject({ agencyId: 'skhdt', status: 'overdue' });
    });
  });

  it('a merger: each assignment counted once over a window, under the agency that held it at its due date', () => {
    const plan = reorganised();
    const e = evaluatePlan(plan, {
      asOf: isoDate('2025-04-30'),
      reports: [{ taskId: 'I.2', agencyId: 'skhdt', completedOn: isoDate('2025-03-20') }],
    });
    const q1 = complianceBetween(e, { from: isoDate('2025-01-01'), to: isoDate('2025-03-31') });
    expect(q1.agencies.skhdt).toMatchObject({ due: 1, done: 0, overdue: 1 });
    // The predecessor's report counts for its successor.
    expect(q1.agencies.stc).toMatchObject({ due: 1, done: 1, onTime: 1 });
    expect(e.compliance.agencies.stc).toMatchObject({ due: 1, done: 1 });
  });

  it('a dissolution: before the end date as usual; from it, agency_ended and never dropped', () => {
    everyZone(() => {
      const plan = reorganised();
      expect(task(evaluatePlan(plan, { asOf: isoDate('2025-06-30') }), 'I.3')?.status).toBe('not_due');
      for (const asOf of ['2025-07-01', '2025-10-01']) {
        const e = evaluatePlan(plan, { asOf: isoDate(asOf) });
        expect(task(e, 'I.3')?.status).toBe('agency_ended');
        expect(e.assignments.find((a) => a.taskId === 'I.3')).toMatchObject({
          agencyId: 'ubnd-h1',
          status: 'agency_ended',
        });
      }
      // I.4 fell due on 30/6, the day before the end: the committee held it and it is overdue.
      expect(task(evaluatePlan(plan, { asOf: isoDate('2025-07-01') }), 'I.4')?.status).toBe('overdue');
    });
  });

  it('a task done before its agency ended stays done', () => {
    const e = evaluatePlan(reorganised(), {
      asOf: isoDate('2025-10-01'),
      reports: [{ taskId: 'I.3', agencyId: 'ubnd-h1', completedOn: isoDate('2025-06-20') }],
    });
    expect(task(e, 'I.3')?.status).toBe('done_on_time');
  });
});

describe('extensions of an amendment added to a plan in force', () => {
  it('reads the earlier amendments it did not replay, and the new one', () => {
    const inForce = planAsOf(amended(), AFTER);
    const next = unwrap(
      amendPlan(inForce, {
        id: 'sd-2',
        decidedOn: '2018-09-01',
        changes: [{ op: 'setDeadline', taskId: 'II.5', deadline: 'Quý IV/2018' }],
      }),
    );
    const e = evaluatePlan(next, { asOf: isoDate('2018-10-01') });
    expect(task(e, 'II.3')?.extensions?.map((x) => [x.amendmentId, x.fromText, x.toText])).toEqual([
      ['sd-1', 'Tháng 7/2018', 'Quý III/2018'],
    ]);
    expect(task(e, 'II.5')?.extensions?.map((x) => [x.amendmentId, x.toText, x.late])).toEqual([
      ['sd-2', 'Quý IV/2018', false],
    ]);
  });
});

describe('planAsOf and evaluatePlan agree', () => {
  it('evaluating the plan in force gives the same tasks', () => {
    const plan = amended();
    for (const asOf of [BEFORE, ON, AFTER]) {
      const a = evaluatePlan(plan, { asOf }).tasks.map((t) => [t.taskId, t.status, t.dueDate]);
      const b = evaluatePlan(planAsOf(plan, asOf), { asOf }).tasks.map((t) => [
        t.taskId,
        t.status,
        t.dueDate,
      ]);
      expect(a).toEqual(b);
    }
  });

  it('rejects an unknown lateExtension', () => {
    expect(() =>
      evaluatePlan(amended(), { asOf: ON, lateExtension: 'x' as unknown as 'keep-lateness' }),
    ).toThrowError(/lateExtension/);
  });
});

describe('validateReports on a plan with amendments', () => {
  it('checks each report against the plan in force on its day', async () => {
    const { validateReports } = await import('../../src/evaluate/index.js');
    const plan = amended();
    // II.6 exists from 15/6/2018; stp leads II.5 from then.
    expect(
      validateReports(plan, [{ taskId: 'II.6', agencyId: 'stp', completedOn: isoDate('2018-06-20') }]).ok,
    ).toBe(true);
    const early = validateReports(plan, [
      { taskId: 'II.4', agencyId: 'snv', completedOn: isoDate('2018-06-01') },
      { taskId: 'II.6', agencyId: 'stp', completedOn: isoDate('2018-06-01') },
      { taskId: 'II.5', agencyId: 'stp', completedOn: isoDate('2018-07-01') },
    ]);
    expect(early.ok).toBe(false);
    if (!early.ok)
      expect(early.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['reports.1.taskId', 'unknown_task'],
      ]);
  });
});

describe('agencyHolders', () => {
  it('follows successions and ends on their dates', async () => {
    const { agencyHolders } = await import('../../src/plan/index.js');
    const plan = reorganised();
    expect(agencyHolders(plan, 'skhdt', isoDate('2025-02-28'))).toEqual(['skhdt']);
    expect(agencyHolders(plan, 'skhdt', isoDate('2025-03-01'))).toEqual(['stc']);
    expect(agencyHolders(plan, 'ubnd-h1', isoDate('2025-06-30'))).toEqual(['ubnd-h1']);
    expect(agencyHolders(plan, 'ubnd-h1', isoDate('2025-07-01'))).toEqual([]);
    expect(agencyHolders(plan, 'nobody', isoDate('2025-07-01'))).toEqual(['nobody']);
  });
});

describe('succession on milestones, splits and chains', () => {
  const plan = unwrap(
    loadPlan({
      schemaVersion: 1,
      id: 'vd-2025-b',
      title: 'Kế hoạch',
      year: 2025,
      agencies: [
        {
          id: 'a',
          name: 'Sở A',
          succeededBy: [{ agencyIds: ['b', 'c'], on: '2025-03-01', document: { number: '1/QĐ-UBND' } }],
        },
        { id: 'b', name: 'Sở B', succeededBy: [{ agencyIds: ['d'], on: '2025-05-01' }] },
        { id: 'c', name: 'Sở C' },
        { id: 'd', name: 'Sở D' },
        { id: 'e', name: 'Sở E', endedOn: '2025-04-01' },
      ],
      classes: [],
      groups: [
        {
          id: 'I',
          title: 'Nhóm',
          tasks: [
            { id: 'm', title: 'Hai mốc', lead: ['a'], support: ['e'], deadline: 'Quý II và IV năm 2025' },
            { id: 'x', title: 'Hai mốc', lead: ['e'], deadline: 'Quý II và IV năm 2025' },
            { id: 's', title: 'Một hạn', lead: ['a'], deadline: 'Tháng 6/2025' },
          ],
        },
      ],
    }),
  );

  it('a split passes to every successor, and a successor’s own succession is followed', () => {
    const e = evaluatePlan(plan, {
      asOf: isoDate('2025-07-01'),
      reports: [{ taskId: 's', agencyId: 'a', completedOn: isoDate('2025-02-01') }],
    });
    const held = (id: string) =>
      e.assignments
        .filter((x) => x.taskId === id && x.role === 'lead')
        .map((x) => [x.agencyId, x.passedFrom, x.status]);
    expect(held('s')).toEqual([
      ['d', 'a', 'done_on_time'],
      ['c', 'a', 'done_on_time'],
    ]);
    expect(held('m').map((x) => x[0])).toEqual(['d', 'c']);
    // The milestone task of an ended lead: agency_ended, and its supporting agency's entry kept too.
    expect(task(e, 'x')?.status).toBe('agency_ended');
    expect(e.assignments.find((x) => x.taskId === 'm' && x.role === 'support')).toMatchObject({
      agencyId: 'e',
      status: 'agency_ended',
    });
  });
});
