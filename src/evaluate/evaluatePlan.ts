/**
 * `evaluatePlan`: every task and assignment of a plan at a date, against the
 * plan in force on that date.
 *
 * @module
 */
import { inputIssues } from '../core/copyInput.js';
import { CchcError } from '../core/result.js';
import type { Deadline } from '../deadline/types.js';
import { planAsOf } from '../plan/update/amend.js';
import type { Plan } from '../plan/types.js';
import { dayOf } from './internal/days.js';
import { holdersOf } from './internal/holders.js';
import { amendmentsInForce, reportsInForce } from './internal/inForce.js';
import { indexPlan } from './internal/planIndex.js';
import { readReports } from './internal/readReports.js';
import { EvaluationRun } from './internal/run.js';
import { scheduleOf } from './internal/schedule.js';
import {
  assigneesOf,
  evaluateSingle,
  evaluateSlotted,
  holderDay,
  type TaskAt,
} from './internal/taskSteps.js';
import { optionIssues } from './messages.js';
import type { EvaluateOptions, PlanEvaluation, Report } from './types.js';

/**
 * Evaluates every task and assignment of a plan at `asOf`, with the reports
 * received so far: status, due date, days overdue or late, and compliance
 * for the plan, each group, reform area and agency. docs/status.md explains
 * each rule.
 *
 * - The plan is judged as in force at `asOf` ({@link planAsOf}): a task an
 *   amendment removed is not evaluated from the amendment's date, one it
 *   added is evaluated from then, and reports on tasks not in force are left
 *   out. A task whose deadline was extended lists its extensions; an
 *   extension decided after the deadline it extends keeps the lateness
 *   already incurred unless `lateExtension: 'clear-lateness'`.
 * - When agencies merged, split or were renamed (`Agency.succeededBy`), each
 *   assignment is held — and counted in compliance — by the agency that held
 *   it on the task's due date (or on `asOf`, when that comes first or there is
 *   no due date); its entry names the agency the plan gave it to in
 *   `passedFrom`. A multi-milestone or recurring task is held milestone by
 *   milestone: each holder's entry lists the milestones it held on their due
 *   dates; each milestone counts once under its holder, the task once under
 *   the holder of its last milestone. Reports of the agency named in the plan count for its
 *   successor. An agency that ended (`endedOn`) with no successor keeps its
 *   entries, as `agency_ended` unless done; a task whose every lead ended
 *   is `agency_ended` and is left out of compliance.
 *
 * Reports are expected to be valid (see {@link validateReports}): a report
 * this function cannot read — an unknown task or agency id, a date that does
 * not exist, no date at all — makes it throw a {@link CchcError} listing every
 * such report; so do an impossible `asOf` or a negative `dueSoonDays`.
 * Plausibility problems that `validateReports` also reports (an agency
 * reporting on a task it was not given, a completion before the plan was
 * issued, a `period` naming no milestone) do not stop evaluation: such a
 * report simply covers nothing it was not assigned.
 *
 * Pure and deterministic; the result is deeply frozen and the same under any
 * time zone.
 *
 * @example
 * ```ts
 * import { loadPlan, unwrap, evaluatePlan, isoDate } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const e = evaluatePlan(plan, {
 *   asOf: isoDate('2018-06-30'),
 *   reports: [{ taskId: 'I.1', agencyId: 'snv', completedOn: isoDate('2017-12-28') }],
 * });
 * for (const t of e.tasks) if (t.status === 'overdue') console.log(t.taskId, t.daysOverdue);
 * console.log(e.compliance.plan.onTimeRate);
 * ```
 */
export function evaluatePlan(plan: Plan, opts: EvaluateOptions): PlanEvaluation {
  const o = readOptions(opts);
  const { asOf, soon } = checkOptions(o);
  const inForcePlan = planAsOf(plan, o.asOf);
  const inForce = amendmentsInForce(inForcePlan, o.lateExtension !== 'clear-lateness');
  const index = indexPlan(inForcePlan);
  let reports: readonly Report[];
  let read: ReturnType<typeof readReports>;
  try {
    reports = reportsInForce(o.reports ?? [], inForce, (id) => index.taskIndex.has(id));
    read = readReports(reports, index, asOf);
  } catch {
    // Only a report that cannot be read gets here (a getter or a Proxy that throws).
    throw new CchcError([inputIssues.unreadable(['reports'])]);
  }
  if (read.issues.length > 0) throw new CchcError(read.issues);
  const run = new EvaluationRun(
    index,
    reports,
    read,
    asOf,
    o.asOf,
    soon,
    inForce,
    holdersOf(inForcePlan, index),
  );
  for (let t = 0; t < index.tasks.length; t++) evaluateTask(run, inForcePlan, t);
  return result(run, inForcePlan);
}

const OPTION_KEYS = ['asOf', 'reports', 'dueSoonDays', 'lateExtension'];

/** The options read once into a plain object, or a CchcError: unreadable (a Proxy, a getter that throws), reports not a list. */
function readOptions(given: EvaluateOptions): EvaluateOptions {
  let o: EvaluateOptions;
  let list: boolean;
  try {
    o = { ...given };
    list = o.reports == null || Array.isArray(o.reports);
  } catch {
    throw new CchcError([inputIssues.unreadable([])]);
  }
  if (!list) throw new CchcError([optionIssues.reports()]);
  // A misspelt option ("report", "dueSoondays") was ignored: the plan judged without the reports.
  const unknown = Object.keys(o).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length > 0) throw new CchcError(unknown.map(optionIssues.unknown));
  return o;
}

/** The options as numbers, or a CchcError naming each bad one. */
function checkOptions(opts: EvaluateOptions): { asOf: number; soon: number } {
  const asOf = dayOf(opts.asOf);
  const soon = opts.dueSoonDays ?? 7;
  const problems = [];
  if (Number.isNaN(asOf)) problems.push(optionIssues.asOf(opts.asOf));
  if (!Number.isInteger(soon) || soon < 0) problems.push(optionIssues.dueSoonDays(soon));
  if (
    opts.lateExtension !== undefined &&
    opts.lateExtension !== 'keep-lateness' &&
    opts.lateExtension !== 'clear-lateness'
  )
    problems.push(optionIssues.lateExtension(opts.lateExtension));
  if (problems.length > 0) throw new CchcError(problems);
  return { asOf, soon };
}

/** One task: its schedule (against the deadline it is judged by), who holds it, then its entries. */
function evaluateTask(run: EvaluationRun, plan: Plan, t: number): void {
  const { task, group, groupIndex } = run.index.tasks[t]!;
  const judgedBy: Deadline = run.inForce?.judgedBy.get(task.id) ?? task.deadline;
  const schedule = scheduleOf(judgedBy, plan, group, run.asOf);
  const at: TaskAt = {
    t,
    task,
    group,
    groupIndex,
    schedule,
    areaTask: run.byTask.seeGroup(groupIndex, group.area ?? null),
    areaOccurrence: run.byOccurrence.seeGroup(groupIndex, group.area ?? null),
    head: {
      taskId: task.id,
      groupId: group.id,
      area: group.area ?? null,
      deadlineKind: task.deadline.kind,
      extensions: run.inForce?.extensions.get(task.id),
    },
  };
  const day = run.holders === null ? run.asOf : holderDay(schedule, run.asOf);
  const leads = assigneesOf(run, task.lead, day);
  const supports = assigneesOf(run, task.support, day);
  if (schedule.kind === 'multi' || schedule.kind === 'recurring')
    evaluateSlotted(run, plan, { ...at, schedule }, leads, supports);
  else evaluateSingle(run, at, leads, supports);
}

/** The frozen evaluation. */
function result(run: EvaluationRun, plan: Plan): PlanEvaluation {
  Object.freeze(run.tasks);
  Object.freeze(run.assignments);
  return Object.freeze({
    planId: plan.id,
    asOf: run.asOfIso,
    dueSoonDays: run.soon,
    tasks: run.tasks,
    assignments: run.assignments,
    compliance: run.byTask.records(run.index.groupIds, run.index.agencyIds),
    occurrenceCompliance: run.byOccurrence.records(run.index.groupIds, run.index.agencyIds),
  });
}
