import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import type { Result } from '../../src/core/result.js';
import {
  evaluatePlan,
  evaluateReporting,
  evaluateTargets,
  validateReports,
  type AssignmentEvaluation,
  type Compliance,
  type PlanEvaluation,
  type Report,
  type ReportingEvaluation,
  type TargetRow,
  type TaskEvaluation,
  type TaskStatus,
} from '../../src/evaluate/index.js';
import type { Plan } from '../../src/plan/types.js';

declare const plan: Plan;
declare const asOf: IsoDate;

describe('evaluation types', () => {
  it("returns readonly values of the contract's shapes", () => {
    const e = evaluatePlan(plan, { asOf });
    expectTypeOf(e).toEqualTypeOf<PlanEvaluation>();
    expectTypeOf(e.tasks).toEqualTypeOf<readonly TaskEvaluation[]>();
    expectTypeOf(e.assignments).toEqualTypeOf<readonly AssignmentEvaluation[]>();
    expectTypeOf(e.compliance.plan).toEqualTypeOf<Compliance>();
    expectTypeOf(e.tasks[0]!.status).toEqualTypeOf<TaskStatus>();
    expectTypeOf(e.assignments[0]!.role).toEqualTypeOf<'lead' | 'support'>();
    expectTypeOf(e.tasks[0]!.dueDate).toEqualTypeOf<IsoDate | null>();
    expectTypeOf(e.compliance.plan.doneRate).toEqualTypeOf<number | null>();
    // @ts-expect-error entries are readonly
    e.tasks[0]!.status = 'overdue';
    // @ts-expect-error the list is readonly
    e.tasks.push(e.tasks[0]!);
  });

  it("answers users' data with a Result", () => {
    expectTypeOf(validateReports(plan, [])).toEqualTypeOf<Result<readonly Report[]>>();
    expectTypeOf(evaluateReporting(plan, [], { asOf })).toEqualTypeOf<Result<ReportingEvaluation>>();
    expectTypeOf(evaluateTargets(plan, {})).toEqualTypeOf<Result<readonly TargetRow[]>>();
  });

  it('takes only ISO dates where dates are meant', () => {
    // @ts-expect-error a plain string is not an IsoDate
    evaluatePlan(plan, { asOf: '2018-06-30' });
    // @ts-expect-error reports need a taskId
    evaluatePlan(plan, { asOf, reports: [{ completedOn: asOf }] });
  });
});
