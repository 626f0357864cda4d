/**
 * Compliance (tỷ lệ hoàn thành, hoàn thành đúng hạn) counted from an
 * evaluation: at `asOf`, over a period window, and month by month.
 *
 * @module
 */
import { setOwn } from '../core/copyInput.js';
import { CchcError } from '../core/result.js';
import type { IsoDate } from '../calendar/isoDate.js';
import type { ReformArea } from '../plan/types.js';
import { dayOf } from './internal/days.js';
import { countIssue, windowIssue } from './messages.js';
import type {
  AssignmentEvaluation,
  Compliance,
  ComplianceRecords,
  EntryEvaluation,
  PlanEvaluation,
  TaskEvaluation,
} from './types.js';

/**
 * What compliance counts: `'tasks'` — each task once by its entry's due date
 * (recurring tasks are left out, they have no single due date);
 * `'occurrences'` — every due date once: a dated task's, each milestone of a
 * `multi` task, each occurrence of a recurring one.
 *
 * @example
 * ```ts
 * import type { ComplianceUnit } from 'cchc';
 * const u: ComplianceUnit = 'occurrences';
 * ```
 */
export type ComplianceUnit = 'tasks' | 'occurrences';

/** @internal Mutable counts. */
interface Tally {
  due: number;
  done: number;
  onTime: number;
  overdue: number;
}

/** @internal */
function tally(): Tally {
  return { due: 0, done: 0, onTime: 0, overdue: 0 };
}

/** @internal */
function toCompliance(t: Tally): Compliance {
  return Object.freeze({
    due: t.due,
    done: t.done,
    onTime: t.onTime,
    overdue: t.overdue,
    doneRate: t.due === 0 ? null : t.done / t.due,
    onTimeRate: t.due === 0 ? null : t.onTime / t.due,
  });
}

/** @internal Counts the units of `entry` whose due date is in [from, to] into up to three tallies. */
function count(
  entry: EntryEvaluation,
  unit: ComplianceUnit,
  from: string | null,
  to: string,
  a: Tally,
  b?: Tally,
  c?: Tally,
): void {
  const units = entry.occurrences ?? (unit === 'occurrences' ? entry.milestones : undefined);
  if (units === undefined) {
    add(entry.dueDate, entry.status, from, to, a, b, c);
    return;
  }
  if (unit === 'tasks') return; // recurring: counted per occurrence only
  for (const o of units) add(o.dueDate, o.status, from, to, a, b, c);
}

/** @internal */
function add(
  dueDate: string | null,
  status: string,
  from: string | null,
  to: string,
  a: Tally,
  b?: Tally,
  c?: Tally,
): void {
  // ISO dates compare as strings.
  if (dueDate === null || dueDate > to || (from !== null && dueDate < from)) return;
  // A task or assignment whose agency ended with no successor is held by nobody: not counted.
  if (status === 'agency_ended') return;
  bumpTally(a, status);
  if (b !== undefined) bumpTally(b, status);
  if (c !== undefined) bumpTally(c, status);
}

/** @internal */
function bumpTally(t: Tally, status: string): void {
  t.due++;
  if (status === 'done_on_time') {
    t.done++;
    t.onTime++;
  } else if (status === 'done_late') t.done++;
  else if (status === 'overdue') t.overdue++;
}

/**
 * Compliance records of an evaluation, counting entries due in [from, to].
 *
 * @internal
 */
export function complianceOf(
  e: Pick<PlanEvaluation, 'asOf' | 'tasks' | 'assignments'>,
  from: string | null,
  to: string,
  unit: ComplianceUnit,
): ComplianceRecords {
  const plan = tally();
  const groups = new Map<string, Tally>();
  const areas = new Map<ReformArea, Tally>();
  const agencies = new Map<string, Tally>();
  const end = to < e.asOf ? to : e.asOf;
  for (const t of e.tasks) {
    let g = groups.get(t.groupId);
    if (g === undefined) groups.set(t.groupId, (g = tally()));
    let a: Tally | undefined;
    if (t.area !== null) {
      a = areas.get(t.area);
      if (a === undefined) areas.set(t.area, (a = tally()));
    }
    count(t, unit, from, end, plan, g, a);
  }
  // The last milestone of each multi task: with agencies that changed, a lead's entry may hold only some
  // milestones, and as a task it counts under the lead that held the last one.
  const lastMilestone = new Map<string, string>();
  if (unit === 'tasks')
    for (const t of e.tasks) {
      const m = t.milestones;
      if (m !== undefined && m.length > 0) lastMilestone.set(t.taskId, m[m.length - 1]!.dueDate);
    }
  for (const x of e.assignments) {
    if (x.role !== 'lead') continue;
    let a = agencies.get(x.agencyId);
    if (a === undefined) agencies.set(x.agencyId, (a = tally()));
    const m = x.milestones;
    if (unit === 'tasks' && m !== undefined && m.length > 0) {
      const last = lastMilestone.get(x.taskId);
      if (last !== undefined && m[m.length - 1]!.dueDate !== last) continue;
    }
    count(x, unit, from, end, a);
  }
  const record = <K extends string>(m: Map<K, Tally>): Readonly<Record<K, Compliance>> => {
    const out = {} as Record<K, Compliance>;
    for (const [k, v] of m) setOwn(out, k, toCompliance(v));
    return Object.freeze(out);
  };
  return Object.freeze({
    plan: toCompliance(plan),
    groups: record(groups),
    areas: record(areas),
    agencies: record(agencies),
  });
}

/** @internal Checks a window date, throwing a CchcError on a bad one. */
function windowDay(value: unknown, key: string): void {
  if (Number.isNaN(dayOf(value))) throw new CchcError([windowIssue([key], value)]);
}

/** @internal The unit counted, throwing a CchcError on one that is neither 'tasks' nor 'occurrences'. */
function unitOf(count: unknown): ComplianceUnit {
  if (count === undefined) return 'tasks';
  if (count !== 'tasks' && count !== 'occurrences') throw new CchcError([countIssue(count)]);
  return count;
}

/**
 * Compliance over a period window: the same records as
 * `PlanEvaluation.compliance` (plan, groups, areas, agencies), counting only
 * what fell due between `from` and `to` (both inclusive, and never after the
 * evaluation's `asOf`). "Of the tasks due in the second quarter, how many were
 * done on time?" — statuses are those at the evaluation's `asOf`.
 *
 * Throws a {@link CchcError} when `from` or `to` is not an existing ISO date,
 * or `count` is neither `'tasks'` nor `'occurrences'`.
 *
 * @example
 * ```ts
 * import { evaluatePlan, complianceBetween, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const e = evaluatePlan(plan, { asOf: isoDate('2018-12-31') });
 * const q2 = complianceBetween(e, { from: isoDate('2018-04-01'), to: isoDate('2018-06-30') });
 * console.log(q2.plan.onTimeRate, q2.areas.procedures?.due);
 * ```
 */
export function complianceBetween(
  evaluation: PlanEvaluation,
  window: { readonly from: IsoDate; readonly to: IsoDate; readonly count?: ComplianceUnit },
): ComplianceRecords {
  windowDay(window.from, 'from');
  windowDay(window.to, 'to');
  return complianceOf(evaluation, window.from, window.to, unitOf(window.count));
}

/**
 * One month of {@link complianceByMonth}.
 *
 * @example
 * ```ts
 * import type { MonthlyCompliance } from 'cchc';
 * const m: MonthlyCompliance = { month: '2018-03', compliance: { due: 4, done: 3, onTime: 2, overdue: 1, doneRate: 0.75, onTimeRate: 0.5 } };
 * ```
 */
export interface MonthlyCompliance {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly compliance: Compliance;
}

/**
 * Compliance month by month (for charts): for each month from `from` to `to`
 * (default: the first and last month in which something fell due, up to
 * `asOf`), what fell due that month and how it stands at the evaluation's
 * `asOf`. Months with nothing due are listed with zero counts and null rates.
 * With `agencyId`, counts that agency's own lead assignments.
 *
 * Throws a {@link CchcError} when `from` or `to` is not an existing ISO date,
 * or `count` is neither `'tasks'` nor `'occurrences'`.
 *
 * @example
 * ```ts
 * import { evaluatePlan, complianceByMonth, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const e = evaluatePlan(plan, { asOf: isoDate('2018-06-30') });
 * for (const m of complianceByMonth(e, { count: 'occurrences' })) console.log(m.month, m.compliance.due);
 * ```
 */
export function complianceByMonth(
  evaluation: PlanEvaluation,
  options: {
    readonly from?: IsoDate;
    readonly to?: IsoDate;
    readonly count?: ComplianceUnit;
    readonly agencyId?: string;
  } = {},
): readonly MonthlyCompliance[] {
  if (options.from !== undefined) windowDay(options.from, 'from');
  if (options.to !== undefined) windowDay(options.to, 'to');
  const unit = unitOf(options.count);
  const from = options.from ?? null;
  const to = options.to !== undefined && options.to < evaluation.asOf ? options.to : evaluation.asOf;
  const months = new Map<string, Tally>();
  const take = (dueDate: string | null, status: string): void => {
    if (dueDate === null || dueDate > to || (from !== null && dueDate < from)) return;
    const key = dueDate.slice(0, 7);
    let t = months.get(key);
    if (t === undefined) months.set(key, (t = tally()));
    add(dueDate, status, null, to, t);
  };
  const entries: readonly (TaskEvaluation | AssignmentEvaluation)[] =
    options.agencyId === undefined
      ? evaluation.tasks
      : evaluation.assignments.filter((a) => a.role === 'lead' && a.agencyId === options.agencyId);
  for (const e of entries) {
    if (e.occurrences !== undefined) {
      if (unit === 'occurrences') for (const o of e.occurrences) take(o.dueDate, o.status);
    } else if (unit === 'occurrences' && e.milestones !== undefined) {
      for (const o of e.milestones) take(o.dueDate, o.status);
    } else take(e.dueDate, e.status);
  }
  const keys = [...months.keys()].sort();
  const first = from !== null ? from.slice(0, 7) : keys[0];
  const last = options.to !== undefined ? to.slice(0, 7) : keys[keys.length - 1];
  const out: MonthlyCompliance[] = [];
  if (first === undefined || last === undefined) return Object.freeze(out);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
    if (key > last) break;
    out.push(Object.freeze({ month: key, compliance: toCompliance(months.get(key) ?? tally()) }));
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return Object.freeze(out);
}
