import { describe, expectTypeOf, it } from 'vitest';
import type { Issue, Result } from '../../src/core/result.js';
import type { Deadline } from '../../src/deadline/types.js';
import {
  applyChanges,
  loadPlan,
  planFromRows,
  resolveAgencies,
  toJSON,
  type PlanChange,
  type PlanFromRowsResult,
  type PlanJson,
  type TaskJson,
} from '../../src/plan/index.js';
import type { Budget, Plan, ReportingDuty, Target, Task } from '../../src/plan/types.js';

describe('plan types', () => {
  it('loadPlan, toJSON and applyChanges have the contract types', () => {
    expectTypeOf(loadPlan).returns.toEqualTypeOf<Result<Plan>>();
    expectTypeOf(toJSON).parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf(toJSON).returns.toEqualTypeOf<PlanJson>();
    expectTypeOf(applyChanges).returns.toEqualTypeOf<Result<Plan>>();
    expectTypeOf<PlanFromRowsResult>().toMatchTypeOf<Result<PlanJson>>();
    expectTypeOf(planFromRows).returns.toEqualTypeOf<PlanFromRowsResult>();
    expectTypeOf(resolveAgencies).returns.toHaveProperty('unmatched').toEqualTypeOf<readonly string[]>();
  });

  it('the loaded model is readonly and typed', () => {
    expectTypeOf<Task['deadline']>().toEqualTypeOf<Deadline>();
    expectTypeOf<Task['products']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Task['targets']>().toEqualTypeOf<readonly Target[]>();
    expectTypeOf<Task['budget']>().toEqualTypeOf<Budget | undefined>();
    expectTypeOf<Plan['reporting']>().toEqualTypeOf<readonly ReportingDuty[]>();
    expectTypeOf<Plan['warnings']>().toEqualTypeOf<readonly Issue[]>();
    const plan = {} as Plan;
    // @ts-expect-error a loaded plan cannot be assigned to
    plan.title = 'x';
    // @ts-expect-error nor its lists pushed to
    plan.groups[0]?.tasks.push({} as Task);
  });

  it('PlanJson takes the documented example and refuses unknown shapes', () => {
    const json: PlanJson = {
      schemaVersion: 1,
      id: 'vinh-long-2018',
      title: 'Kế hoạch cải cách hành chính năm 2018 của tỉnh Vĩnh Long',
      issuer: 'UBND tỉnh Vĩnh Long',
      document: { number: '2701/QĐ-UBND', date: '2017-12-20' },
      year: 2018,
      agencies: [{ id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] }],
      classes: [{ id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' }],
      groups: [
        {
          id: 'I',
          title: 'Công tác chỉ đạo, điều hành',
          area: 'direction',
          year: 2016,
          tasks: [
            {
              id: 'I.1',
              title: 'Ban hành Kế hoạch',
              lead: ['snv'],
              support: ['vp-ubnd'],
              deadline: 'Tháng 12/2017',
              products: ['Kế hoạch'],
            },
          ],
        },
      ],
      targets: [{ id: 'T1', text: 'Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn' }],
    };
    expectTypeOf(json.schemaVersion).toEqualTypeOf<1>();
    // @ts-expect-error a deadline is text as written, not a number
    const bad: TaskJson['deadline'] = 5;
    void bad;
  });

  it('PlanChange narrows on op', () => {
    const c = {} as PlanChange;
    if (c.op === 'setDeadline') expectTypeOf(c.deadline).toEqualTypeOf<string>();
    if (c.op === 'assign') expectTypeOf(c.role).toEqualTypeOf<'lead' | 'support'>();
  });
});
