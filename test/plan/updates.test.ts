import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import {
  addAgency,
  addReportingDuty,
  addTarget,
  addTask,
  applyChanges,
  assign,
  loadPlan,
  removeAgency,
  removeReportingDuty,
  removeTarget,
  removeTask,
  setDeadline,
  toJSON,
  unassign,
  updateTask,
  type PlanChange,
} from '../../src/plan/index.js';
import { unwrap } from '../../src/core/result.js';
import type { Plan } from '../../src/plan/types.js';
import { vinhLongExcerpt } from './fixtures/vinhLongExcerpt.js';

const base: Plan = unwrap(loadPlan(vinhLongExcerpt));
const snapshot = JSON.stringify(base);

/** The immer single edit for a change. */
function single(plan: Plan, c: PlanChange): ReturnType<typeof setDeadline> {
  switch (c.op) {
    case 'setDeadline':
      return setDeadline(plan, c.taskId, c.deadline);
    case 'assign':
      return assign(plan, c.taskId, c.agencyId, c.role);
    case 'unassign':
      return unassign(plan, c.taskId, c.agencyId, c.role);
    case 'removeTask':
      return removeTask(plan, c.taskId);
    case 'addTask':
      return addTask(plan, c.groupId, c.task, c.index);
    case 'updateTask':
      return updateTask(plan, c.taskId, c.patch);
    case 'addAgency':
      return addAgency(plan, c.agency);
    case 'addTarget':
      return addTarget(plan, c.target);
    case 'addReportingDuty':
      return addReportingDuty(plan, c.duty);
    case 'removeAgency':
      return removeAgency(plan, c.agencyId);
    case 'removeTarget':
      return removeTarget(plan, c.targetId);
    case 'removeReportingDuty':
      return removeReportingDuty(plan, c.dutyId);
  }
}

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}

describe('single edits (immer)', () => {
  it('setDeadline re-parses in context, shares untouched parts, freezes, leaves the input alone', () => {
    const next = unwrap(setDeadline(base, 'II.2', 'Quý III'));
    expect(next.groups[1]?.tasks[0]?.deadline).toMatchObject({
      kind: 'quarter',
      year: 2018,
      quarter: 3,
      raw: 'Quý III',
    });
    expect(next.groups[0]).toBe(base.groups[0]);
    expect(next.groups[1]?.tasks[1]).toBe(base.groups[1]?.tasks[1]);
    expect(next.agencies).toBe(base.agencies);
    expect(next.warnings).toBe(base.warnings);
    expect(isDeepFrozen(next)).toBe(true);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('setDeadline to text not understood updates the warnings', () => {
    const next = unwrap(setDeadline(base, 'I.2', 'Quý V/2018'));
    expect(next.warnings.map((w) => `${formatPath(w.path)} ${w.code}`)).toEqual([
      'classes[1] empty_class',
      'groups[0].tasks[1].deadline unknown_deadline',
    ]);
    expect(isDeepFrozen(next)).toBe(true);
  });

  it('addTask, updateTask, removeTask, assign, unassign, addAgency, addTarget, addReportingDuty', () => {
    let p = unwrap(addAgency(base, { id: 'sxd', name: 'Sở Xây dựng', classes: ['so-nganh'] }));
    p = unwrap(
      addTask(
        p,
        'I',
        { id: 'I.6', title: 'Tổ chức Hội nghị sơ kết CCHC', lead: ['sxd'], deadline: 'Tháng 7/2018' },
        0,
      ),
    );
    expect(p.groups[0]?.tasks.map((t) => t.id)).toEqual(['I.6', 'I.1', 'I.2', 'I.4']);
    expect(p.groups[0]?.tasks[0]?.deadline).toMatchObject({ kind: 'month', year: 2018, month: 7 });
    p = unwrap(
      updateTask(p, 'I.6', { title: 'Hội nghị sơ kết 6 tháng', note: 'Ghép với giao ban', budget: '40 tr' }),
    );
    expect(p.groups[0]?.tasks[0]).toMatchObject({
      title: 'Hội nghị sơ kết 6 tháng',
      note: 'Ghép với giao ban',
      budget: { amountVnd: 40_000_000 },
    });
    p = unwrap(updateTask(p, 'I.6', { note: null }));
    expect(p.groups[0]?.tasks[0]).not.toHaveProperty('note');
    p = unwrap(assign(p, 'I.6', 'snv', 'support'));
    expect(unwrap(assign(p, 'I.6', 'snv', 'support'))).toBe(p);
    p = unwrap(unassign(p, 'I.6', 'sxd'));
    expect(p.groups[0]?.tasks[0]).toMatchObject({ lead: [], support: ['snv'] });
    p = unwrap(removeTask(p, 'I.1'));
    p = unwrap(addTarget(p, { id: 'T2', text: 'Tỷ lệ hồ sơ trễ hạn dưới 0,90%' }));
    expect(p.targets[1]?.targets[0]).toMatchObject({ comparator: '<', value: 0.9, unit: '%' });
    p = unwrap(
      addReportingDuty(p, {
        id: 'R2',
        from: ['ubnd-huyen'],
        deadline: 'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11',
      }),
    );
    expect(p.reporting[1]?.deadline).toMatchObject({ kind: 'multi' });
    expect(p.groups[0]?.tasks.map((t) => t.id)).toEqual(['I.6', 'I.2', 'I.4']);
    expect(isDeepFrozen(p)).toBe(true);
    expect(unwrap(loadPlan(toJSON(p)))).toEqual(p);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('answers bad edits with issues, never throws', () => {
    const codes = (r: ReturnType<typeof addTask>): string[] =>
      r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}`);
    expect(codes(setDeadline(base, 'X.9', 'Quý I'))).toEqual(['taskId unknown_task']);
    expect(codes(assign(base, 'I.1', 'so-tu-phap', 'lead'))).toEqual(['agencyId unknown_agency']);
    expect(codes(addTask(base, 'IX', { id: 'IX.1', title: 't', lead: [], deadline: '' }))).toEqual([
      'groupId unknown_group',
    ]);
    expect(codes(addTask(base, 'I', { id: 'I.1', title: 't', lead: ['nobody'], deadline: '' }))).toEqual([
      'task.id duplicate_id',
      'task.lead[0] unknown_agency',
    ]);
    expect(codes(updateTask(base, 'I.1', { title: '', colour: 'red' } as never)).sort()).toEqual([
      'patch.colour unknown_field',
      'patch.title invalid_value',
    ]);
    expect(codes(addAgency(base, { id: 'so-nganh', name: 'Trùng', classes: ['khong-co'] }))).toEqual([
      'agency.id duplicate_id',
      'agency.classes[0] unknown_class',
    ]);
    expect(codes(assign(base, 'I.1', 'snv', 'boss' as never))).toEqual(['role invalid_value']);
  });
});

describe('applyChanges (bulk)', () => {
  const changes: PlanChange[] = [
    { op: 'setDeadline', taskId: 'I.1', deadline: 'Quý II/2018' },
    { op: 'assign', taskId: 'I.1', agencyId: 'stp', role: 'support' },
    {
      op: 'addTask',
      groupId: 'I',
      task: { id: 'I.9', title: 'Sơ kết', lead: ['snv'], deadline: 'Tháng 6/2018' },
    },
    { op: 'updateTask', taskId: 'I.9', patch: { deadline: 'Tháng 7/2018' } },
    { op: 'removeTask', taskId: 'I.2' },
  ];

  it('gives the same plan as the single edits in sequence, sharing untouched groups', () => {
    const bulk = unwrap(applyChanges(base, changes));
    let single = base;
    single = unwrap(setDeadline(single, 'I.1', 'Quý II/2018'));
    single = unwrap(assign(single, 'I.1', 'stp', 'support'));
    single = unwrap(
      addTask(single, 'I', { id: 'I.9', title: 'Sơ kết', lead: ['snv'], deadline: 'Tháng 6/2018' }),
    );
    single = unwrap(updateTask(single, 'I.9', { deadline: 'Tháng 7/2018' }));
    single = unwrap(removeTask(single, 'I.2'));
    expect(bulk).toEqual(single);
    expect(bulk.groups[1]).toBe(base.groups[1]);
    expect(bulk.groups[0]?.tasks[1]).toBe(base.groups[0]?.tasks[2]);
    expect(isDeepFrozen(bulk)).toBe(true);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('applies nothing when any change is bad, and reports them all', () => {
    const r = applyChanges(base, [
      ...changes,
      { op: 'setDeadline', taskId: 'I.2', deadline: 'Quý I' },
      { op: 'assign', taskId: 'II.2', agencyId: 'x', role: 'lead' },
    ]);
    expect(r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'changes[5].taskId unknown_task',
      'changes[6].agencyId unknown_agency',
    ]);
  });

  it('checks later changes against the earlier ones even after an issue', () => {
    const r = applyChanges(base, [
      { op: 'setDeadline', taskId: 'X.1', deadline: 'Quý I' },
      {
        op: 'addTask',
        groupId: 'I',
        task: { id: 'I.9', title: 'Sơ kết', lead: ['snv'], deadline: 'Tháng 6/2018' },
      },
      { op: 'updateTask', taskId: 'I.9', patch: { title: 'Sơ kết 6 tháng' } },
    ]);
    expect(r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'changes[0].taskId unknown_task',
    ]);
  });

  it('returns the same parts for no changes', () => {
    const same = unwrap(applyChanges(base, []));
    expect(same.groups).toBe(base.groups);
  });

  it('equals the immer single edits applied one by one, for random change lists (property)', () => {
    const taskIds = ['I.1', 'I.2', 'I.4', 'II.2', 'V.8', 'N.1', 'N.2'];
    const change: fc.Arbitrary<PlanChange> = fc.oneof(
      fc.record({
        op: fc.constant('setDeadline' as const),
        taskId: fc.constantFrom(...taskIds),
        deadline: fc.constantFrom('Quý I', 'Tháng 13/2018', 'Năm 2018', 'Thường xuyên'),
      }),
      fc.record({
        op: fc.constant('assign' as const),
        taskId: fc.constantFrom(...taskIds),
        agencyId: fc.constantFrom('snv', 'stp', 'so-nganh'),
        role: fc.constantFrom('lead' as const, 'support' as const),
      }),
      fc.record({
        op: fc.constant('unassign' as const),
        taskId: fc.constantFrom(...taskIds),
        agencyId: fc.constantFrom('snv', 'vp-ubnd'),
      }),
      fc.record({ op: fc.constant('removeTask' as const), taskId: fc.constantFrom(...taskIds) }),
      fc
        .record({
          op: fc.constant('addTask' as const),
          groupId: fc.constantFrom('I', 'II'),
          id: fc.constantFrom('N.1', 'N.2'),
          index: fc.option(fc.nat(4), { nil: undefined }),
        })
        .map((c): PlanChange => {
          const task = { id: c.id, title: 'Mới', lead: ['snv'], deadline: 'Quý IV' };
          return c.index === undefined
            ? { op: c.op, groupId: c.groupId, task }
            : { op: c.op, groupId: c.groupId, task, index: c.index };
        }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (list) => {
        let folded: Plan | null = base;
        for (const c of list) {
          if (folded === null) break;
          const r = single(folded, c);
          folded = r.ok ? r.value : null;
        }
        const bulk = applyChanges(base, list);
        expect(bulk.ok).toBe(folded !== null);
        if (bulk.ok) {
          expect(bulk.value).toEqual(folded);
          expect(isDeepFrozen(bulk.value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
