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

describe('diffPlans: what is gone', () => {
  it('removes agencies, targets and reporting duties, and says so in Vietnamese and English', () => {
    const a = unwrap(
      loadPlan({
        ...A,
        agencies: [...A.agencies, { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư' }],
        targets: [
          { id: 'T1', text: 'Trên 80% hồ sơ đúng hạn' },
          { id: 'T2', text: '100% văn bản được rà soát' },
        ],
        reporting: [
          { id: 'R1', from: ['skhdt'], deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)' },
          { id: 'R2', from: ['snv'], deadline: 'trước ngày 15/12/2018' },
        ],
      }),
    );
    const b = unwrap(
      loadPlan({
        ...A,
        targets: [{ id: 'T1', text: 'Trên 90% hồ sơ đúng hạn' }],
        reporting: [{ id: 'R2', from: ['snv'], deadline: 'trước ngày 15/12/2018' }],
      }),
    );
    const d = diffPlans(a, b, { document: { number: '12/QĐ-UBND', date: isoDate('2018-07-01') } });
    expect(d.changes).toEqual([
      { op: 'removeTarget', targetId: 'T1' },
      { op: 'removeTarget', targetId: 'T2' },
      { op: 'addTarget', target: { id: 'T1', text: 'Trên 90% hồ sơ đúng hạn' } },
      { op: 'removeReportingDuty', dutyId: 'R1' },
      { op: 'removeAgency', agencyId: 'skhdt' },
    ]);
    expect(d.lines.map((l) => l.vi)).toEqual([
      'Chỉ tiêu T1: bãi bỏ — Trên 80% hồ sơ đúng hạn, theo Quyết định số 12/QĐ-UBND ngày 1/7/2018',
      'Chỉ tiêu T2: bãi bỏ — 100% văn bản được rà soát, theo Quyết định số 12/QĐ-UBND ngày 1/7/2018',
      'Chỉ tiêu mới T1: Trên 90% hồ sơ đúng hạn, theo Quyết định số 12/QĐ-UBND ngày 1/7/2018',
      'Chế độ báo cáo R1: bãi bỏ — Định kỳ hàng quý (trước ngày 15 của tháng cuối quý), theo Quyết định số 12/QĐ-UBND ngày 1/7/2018',
      'Cơ quan Sở Kế hoạch và Đầu tư (skhdt): bỏ khỏi kế hoạch, theo Quyết định số 12/QĐ-UBND ngày 1/7/2018',
    ]);
    expect(d.lines[4]?.en).toBe(
      'Agency Sở Kế hoạch và Đầu tư (skhdt): removed from the plan, by decision No. 12/QĐ-UBND of 1/7/2018',
    );
    expect(d.lines[3]?.en).toContain('Reporting duty R1: removed');
    expect(planRecords(unwrap(applyChanges(a, d.changes)))).toEqual(planRecords(b));
    expect(toJSON(unwrap(applyChanges(a, d.changes)))).toEqual(toJSON(b));
  });

  it('removeAgency is refused while a task, a duty or a succession names the agency, in applyChanges and loadPlan', () => {
    const a = unwrap(
      loadPlan({
        ...A,
        agencies: [
          ...A.agencies,
          {
            id: 'skhdt',
            name: 'Sở Kế hoạch và Đầu tư',
            succeededBy: [{ agencyIds: ['stp'], on: '2025-03-01' }],
          },
        ],
        reporting: [{ id: 'R1', from: ['skhdt'], deadline: 'trước ngày 15/12/2018' }],
      }),
    );
    const codes = (r: ReturnType<typeof applyChanges>) =>
      r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code, i.messageEn]);
    expect(codes(applyChanges(a, [{ op: 'removeAgency', agencyId: 'snv' }]))).toEqual([
      ['changes.0.agencyId', 'agency_in_use', 'Cannot remove agency "snv": task "I.1" still names it'],
    ]);
    expect(codes(applyChanges(a, [{ op: 'removeAgency', agencyId: 'skhdt' }]))).toEqual([
      [
        'changes.0.agencyId',
        'agency_in_use',
        'Cannot remove agency "skhdt": reporting duty "R1" still names it',
      ],
    ]);
    expect(
      codes(
        applyChanges(a, [
          { op: 'removeReportingDuty', dutyId: 'R1' },
          { op: 'removeAgency', agencyId: 'stp' },
        ]),
      ),
    ).toEqual([['changes.1.agencyId', 'agency_in_use', expect.stringContaining('still names it')]]);
    expect(
      applyChanges(a, [
        { op: 'removeReportingDuty', dutyId: 'R1' },
        { op: 'removeAgency', agencyId: 'skhdt' },
      ]).ok,
    ).toBe(true);
    expect(
      codes(
        applyChanges(a, [
          { op: 'removeTarget', targetId: 'T9' },
          { op: 'removeReportingDuty', dutyId: 'R9' },
          { op: 'removeAgency', agencyId: 'x' },
        ]),
      ).map((x) => x[1]),
    ).toEqual(['unknown_target', 'unknown_duty', 'unknown_agency']);
    const r = loadPlan({
      ...toJSON(a),
      amendments: [
        { id: 'sd', decidedOn: '2018-06-01', changes: [{ op: 'removeAgency', agencyId: 'skhdt' }] },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['amendments.0.changes.0.agencyId', 'agency_in_use'],
    ]);
    // Once nothing names it, an amendment may remove it; the plan in force then has no such agency.
    const ok = unwrap(
      loadPlan({
        ...toJSON(a),
        amendments: [
          {
            id: 'sd',
            decidedOn: '2018-06-01',
            changes: [
              { op: 'removeReportingDuty', dutyId: 'R1' },
              { op: 'removeAgency', agencyId: 'skhdt' },
            ],
          },
        ],
      }),
    );
    expect(planAsOf(ok, isoDate('2018-05-31')).agencies.map((x) => x.id)).toContain('skhdt');
    expect(planAsOf(ok, isoDate('2018-06-01')).agencies.map((x) => x.id)).not.toContain('skhdt');
  });
});
