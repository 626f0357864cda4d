/**
 * Properties of amendments on random histories: the plan in force with every
 * amendment equals applyChanges of all their changes; each amendment's
 * inverse patches (planHistory) give back the content before it (and its patches the
 * content after it); toJSON round-trips; diffPlans reproduces the content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/calendar/isoDate.js';
import { unwrap } from '../../../src/core/result.js';
import { dueDate, parseDeadline } from '../../../src/deadline/index.js';
import { evaluatePlan } from '../../../src/evaluate/index.js';
import {
  applyChanges,
  applyPlanPatches,
  diffPlans,
  loadPlan,
  type PlanChange,
  planAsOf,
  planHistory,
  planRecords,
  toJSON,
} from '../../../src/plan/index.js';
import type { AmendmentJson, PlanJson } from '../../../src/plan/schema.js';
import type { Plan } from '../../../src/plan/types.js';

const BASE: PlanJson = {
  schemaVersion: 1,
  id: 'vd',
  title: 'Kế hoạch CCHC năm 2018',
  year: 2018,
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ' },
    { id: 'stp', name: 'Sở Tư pháp' },
    { id: 'stc', name: 'Sở Tài chính' },
  ],
  classes: [],
  targets: [
    { id: 'T1', text: 'Trên 90% hồ sơ giải quyết đúng hạn' },
    { id: 'T2', text: '100% văn bản được rà soát' },
  ],
  reporting: [
    {
      id: 'R1',
      from: ['stp'],
      to: 'Sở Nội vụ',
      deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
    },
    { id: 'R2', from: ['snv'], deadline: 'trước ngày 15/12/2018' },
  ],
  groups: [
    {
      id: 'I',
      title: 'Chỉ đạo, điều hành',
      tasks: [
        { id: 'I.1', title: 'Ban hành kế hoạch', lead: ['snv'], deadline: 'Tháng 12/2017' },
        { id: 'I.2', title: 'Kiểm tra', lead: ['snv'], support: ['stp'], deadline: 'Quý II/2018' },
      ],
    },
    {
      id: 'II',
      title: 'Cải cách thể chế',
      tasks: [
        { id: 'II.1', title: 'Rà soát văn bản', lead: ['stp'], deadline: 'Quý III/2018', note: 'Ghi chú' },
        { id: 'II.2', title: 'Tự kiểm tra', lead: ['stp'], deadline: 'Thường xuyên trong năm 2018' },
      ],
    },
  ],
};
const issued = unwrap(loadPlan(BASE));
const IDS = ['I.1', 'I.2', 'II.1', 'II.2', 'N.1', 'N.2', 'N.3'];
const DEADLINES = [
  'Quý I/2018',
  'Quý III/2018',
  'Tháng 5/2018',
  'Quý II và IV năm 2018',
  'Năm 2018',
  'Khi có yêu cầu',
];
const AGENCIES = ['snv', 'stp', 'stc'];

const change: fc.Arbitrary<PlanChange> = fc.oneof(
  fc.record({ op: fc.constant('removeAgency' as const), agencyId: fc.constantFrom(...AGENCIES, 'sxd') }),
  fc.record({
    op: fc.constant('addAgency' as const),
    agency: fc.constant({ id: 'sxd', name: 'Sở Xây dựng' }),
  }),
  fc.record({ op: fc.constant('removeTarget' as const), targetId: fc.constantFrom('T1', 'T2', 'T3') }),
  fc.record({
    op: fc.constant('addTarget' as const),
    target: fc.record({
      id: fc.constantFrom('T1', 'T3'),
      text: fc.constantFrom('Trên 95% hồ sơ đúng hạn', '100% thủ tục được công khai'),
    }),
  }),
  fc.record({ op: fc.constant('removeReportingDuty' as const), dutyId: fc.constantFrom('R1', 'R2', 'R3') }),
  fc.record({
    op: fc.constant('addReportingDuty' as const),
    duty: fc.record({
      id: fc.constantFrom('R1', 'R3'),
      from: fc.constantFrom<string[]>(['stc'], ['snv', 'stp']),
      deadline: fc.constantFrom(
        'trước ngày 20/6/2018',
        'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
      ),
    }),
  }),
  fc.record({
    op: fc.constant('setDeadline' as const),
    taskId: fc.constantFrom(...IDS),
    deadline: fc.constantFrom(...DEADLINES),
  }),
  fc.record({
    op: fc.constant('assign' as const),
    taskId: fc.constantFrom(...IDS),
    agencyId: fc.constantFrom(...AGENCIES),
    role: fc.constantFrom('lead' as const, 'support' as const),
  }),
  fc.record({
    op: fc.constant('unassign' as const),
    taskId: fc.constantFrom(...IDS),
    agencyId: fc.constantFrom(...AGENCIES),
  }),
  fc.record({
    op: fc.constant('updateTask' as const),
    taskId: fc.constantFrom(...IDS),
    patch: fc.oneof(
      fc.record({ title: fc.constantFrom('Rà soát lại', 'Kiểm tra chuyên đề') }),
      fc.record({ note: fc.constantFrom(null, 'Điều chỉnh') }),
    ),
  }),
  fc.record({ op: fc.constant('removeTask' as const), taskId: fc.constantFrom(...IDS) }),
  fc.record({
    op: fc.constant('addTask' as const),
    groupId: fc.constantFrom('I', 'II'),
    task: fc.record({
      id: fc.constantFrom('N.1', 'N.2', 'N.3'),
      title: fc.constant('Nhiệm vụ bổ sung'),
      lead: fc.constant(['stc'] as string[]),
      deadline: fc.constantFrom(...DEADLINES),
    }),
  }),
);

/** Amendments built from random changes, keeping only those valid where they fall; one a month from February 2018. */
const history = fc
  .array(fc.array(change, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
  .map((lists) => {
    let plan: Plan = issued;
    const amendments: AmendmentJson[] = [];
    lists.forEach((list, k) => {
      const kept: PlanChange[] = [];
      for (const c of list) {
        const r = applyChanges(plan, [c]);
        if (r.ok) {
          plan = r.value;
          kept.push(c);
        }
      }
      const month = String(2 + k).padStart(2, '0');
      amendments.push({
        id: `sd-${k}`,
        decidedOn: `2018-${month}-15`,
        changes: kept as AmendmentJson['changes'],
      });
    });
    return amendments;
  });

describe('amendments: properties', () => {
  it('planAsOf with every amendment in force equals applyChanges of all their changes', () => {
    fc.assert(
      fc.property(history, (amendments) => {
        const plan = unwrap(loadPlan({ ...BASE, amendments }));
        const all = amendments.flatMap((a) => a.changes as PlanChange[]);
        const direct = unwrap(applyChanges(issued, all));
        const inForce = planAsOf(plan, isoDate('2018-12-31'));
        expect(inForce.groups).toEqual(direct.groups);
        expect(inForce.agencies).toEqual(direct.agencies);
        expect(inForce.warnings).toEqual(direct.warnings);
        expect(inForce.appliedAmendments).toBe(amendments.length);
      }),
      { numRuns: 60 },
    );
  });

  it('planAsOf at dates asked in any order (each from the nearest plan in force it kept) equals applyChanges up to that date', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        (amendments, months) => {
          const plan = unwrap(loadPlan({ ...BASE, amendments }));
          for (const m of months) {
            const date = isoDate(`2018-${String(m).padStart(2, '0')}-20`);
            const upTo = amendments
              .filter((a) => a.decidedOn <= date)
              .flatMap((a) => a.changes as PlanChange[]);
            const inForce = planAsOf(plan, date);
            expect(inForce.groups).toEqual(unwrap(applyChanges(issued, upTo)).groups);
            // The same from a plan in force made for another date.
            expect(planAsOf(planAsOf(plan, isoDate('2018-12-31')), date).groups).toEqual(inForce.groups);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("each amendment's inverse patches restore the content before it, and its patches give the content after", () => {
    fc.assert(
      fc.property(history, (amendments) => {
        const plan = unwrap(loadPlan({ ...BASE, amendments }));
        let before = planRecords(issued);
        planHistory(plan).forEach((a) => {
          const after = planRecords(planAsOf(plan, a.decidedOn));
          expect(applyPlanPatches(after, a.inversePatches)).toEqual(before);
          expect(applyPlanPatches(before, a.patches)).toEqual(after);
          before = after;
        });
      }),
      { numRuns: 60 },
    );
  });

  it('extensions read from the changes are the deadline patches of planHistory that move a due date later', () => {
    fc.assert(
      fc.property(history, (amendments) => {
        const plan = unwrap(loadPlan({ ...BASE, amendments }));
        const end = isoDate('2018-12-31');
        const inForce = new Set(planAsOf(plan, end).groups.flatMap((g) => g.tasks.map((t) => t.id)));
        const fromPatches: string[] = [];
        planHistory(plan).forEach((a) => {
          const before = new Map<string, unknown>();
          for (const p of a.inversePatches)
            if (p.path[4] === 'deadline') before.set(String(p.path[3]), p.value);
          for (const p of a.patches) {
            if (p.op !== 'replace' || p.path[4] !== 'deadline') continue;
            const id = String(p.path[3]);
            const group = plan.groups.find((g) => g.id === p.path[1]);
            const year = group?.year ?? 2018;
            const from = dueDate(parseDeadline(String(before.get(id)), { year }));
            const to = dueDate(parseDeadline(String(p.value), { year }));
            if (inForce.has(id) && from !== null && to !== null && to > from)
              fromPatches.push(`${id} ${a.id} ${String(before.get(id))} → ${String(p.value)}`);
          }
        });
        const e = evaluatePlan(plan, { asOf: end });
        const read = e.tasks.flatMap((t) =>
          (t.extensions ?? []).map((x) => `${t.taskId} ${x.amendmentId} ${x.fromText} → ${x.toText}`),
        );
        expect(read.sort()).toEqual(fromPatches.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('toJSON round-trips a plan with amendments, and a plan from planAsOf writes the plan as issued', () => {
    fc.assert(
      fc.property(history, (amendments) => {
        const plan = unwrap(loadPlan({ ...BASE, amendments }));
        expect(unwrap(loadPlan(toJSON(plan)))).toEqual(plan);
        expect(toJSON(planAsOf(plan, isoDate('2018-12-31')))).toEqual(toJSON(plan));
      }),
      { numRuns: 40 },
    );
  });

  it('diffPlans: applyChanges of the diff gives the later content', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 4 }), (amendments, at) => {
        const plan = unwrap(loadPlan({ ...BASE, amendments }));
        const a = planAsOf(plan, amendments[Math.min(at, amendments.length - 1)]?.decidedOn as never);
        const b = planAsOf(plan, isoDate('2018-12-31'));
        const d = diffPlans(a, b);
        expect(d.lines).toHaveLength(d.changes.length);
        expect(planRecords(unwrap(applyChanges(a, d.changes)))).toEqual(planRecords(b));
        expect(diffPlans(b, b).changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
