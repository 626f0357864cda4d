import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/calendar/isoDate.js';
import { unwrap } from '../../../src/core/result.js';
import {
  amendPlan,
  applyChanges,
  diffPlans,
  loadPlan,
  planAsOf,
  planRecords,
  toJSON,
} from '../../../src/plan/index.js';
import type { PlanJson } from '../../../src/plan/schema.js';
import type { Plan } from '../../../src/plan/types.js';

const A: PlanJson = {
  schemaVersion: 1,
  id: 'vd',
  title: 'Kế hoạch',
  year: 2018,
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ' },
    { id: 'stp', name: 'Sở Tư pháp' },
  ],
  classes: [],
  groups: [
    {
      id: 'I',
      title: 'Chỉ đạo',
      tasks: [
        {
          id: 'I.1',
          title: 'Kế hoạch',
          lead: ['snv', 'stp'],
          deadline: 'Quý I/2018',
          note: 'Ghi chú',
          budget: '10 tr',
        },
        { id: 'I.2', title: 'Kiểm tra', lead: ['snv'], deadline: 'Quý II/2018' },
      ],
    },
    { id: 'II', title: 'Thể chế', tasks: [] },
  ],
};

describe('diffPlans: every kind of change', () => {
  it('agencies, targets, duties, fields, lead order and a task moved between groups', () => {
    const a = unwrap(loadPlan(A));
    const b = unwrap(
      loadPlan({
        ...A,
        agencies: [...A.agencies, { id: 'stc', name: 'Sở Tài chính' }],
        groups: [
          {
            id: 'I',
            title: 'Chỉ đạo',
            tasks: [
              {
                id: 'I.1',
                title: 'Kế hoạch năm',
                lead: ['stp', 'snv'],
                deadline: 'Quý I/2018',
                budget: { text: '20 tr', source: 'NS tỉnh' },
                products: ['Kế hoạch'],
                targets: ['Trên 80% hồ sơ đúng hạn'],
              },
            ],
          },
          {
            id: 'II',
            title: 'Thể chế',
            tasks: [{ id: 'I.2', title: 'Kiểm tra', lead: ['snv'], deadline: 'Quý II/2018' }],
          },
        ],
        targets: [{ id: 'T1', text: 'Trên 80% hồ sơ đúng hạn' }],
        reporting: [
          { id: 'R1', from: ['snv'], to: 'UBND tỉnh', deadline: 'Định kỳ hàng quý', note: 'Báo cáo' },
        ],
      }),
    );
    const d = diffPlans(a, b, { document: { number: '99/KH-UBND', date: isoDate('2018-05-02') } });
    expect(d.changes.map((c) => c.op)).toEqual([
      'addAgency',
      'removeTask',
      'updateTask',
      'addTask',
      'addTarget',
      'addReportingDuty',
    ]);
    expect(d.lines[2]?.vi).toBe(
      'Nhiệm vụ I.1: sửa cơ quan chủ trì, tên nhiệm vụ, sản phẩm, kinh phí, ghi chú, chỉ tiêu (“Kế hoạch” → “Kế hoạch năm”), theo văn bản số 99/KH-UBND ngày 2/5/2018',
    );
    expect(d.lines[2]?.en).toContain('lead agencies, title, products, budget, note, targets changed');
    expect(d.lines[0]?.vi).toContain('Cơ quan mới: Sở Tài chính (stc)');
    expect(planRecords(unwrap(applyChanges(a, d.changes)))).toEqual(planRecords(b));
  });
});

describe('plans in force without their plan as issued', () => {
  it('a copy made outside the library: planAsOf and amendPlan refuse, toJSON writes it as it stands', () => {
    const plan = unwrap(
      loadPlan({
        ...A,
        amendments: [{ id: 'a', decidedOn: '2018-03-01', changes: [{ op: 'removeTask', taskId: 'I.2' }] }],
      }),
    );
    const inForce = planAsOf(plan, isoDate('2018-12-31'));
    const copy: Plan = { ...inForce };
    expect(() => planAsOf(copy, isoDate('2018-01-01'))).toThrow(/plan as issued/);
    expect(amendPlan(copy, { id: 'b', decidedOn: '2018-04-01', changes: [] }).ok).toBe(false);
    const written = toJSON(copy);
    expect(written.amendments).toBeUndefined();
    expect(written.groups[0]?.tasks.map((t) => t.id)).toEqual(['I.1']);
  });

  it('many dates in turn: each answer is the plan in force then', () => {
    const amendments = [1, 2, 3, 4, 5, 6].map((m) => ({
      id: `a${m}`,
      decidedOn: `2018-0${m}-01`,
      changes: [{ op: 'setDeadline' as const, taskId: 'I.2', deadline: `Tháng ${m + 6}/2018` }],
    }));
    const plan = unwrap(loadPlan({ ...A, amendments }));
    for (const round of [0, 1])
      for (const m of [1, 2, 3, 4, 5, 6]) {
        const p = planAsOf(plan, isoDate(`2018-0${m}-15`));
        expect(p.groups[0]?.tasks[1]?.deadline.raw, `${round}/${m}`).toBe(`Tháng ${m + 6}/2018`);
      }
    const later = unwrap(
      amendPlan(planAsOf(plan, isoDate('2018-06-30')), { id: 'a7', decidedOn: '2018-07-01', changes: [] }),
    );
    expect(later.amendments).toHaveLength(7);
    expect(toJSON(later).amendments).toHaveLength(7);
  });
});
