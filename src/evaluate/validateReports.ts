/**
 * `validateReports`: checks progress reports against a plan before they are
 * evaluated.
 *
 * @module
 */
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { planAsOf } from '../plan/update/amend.js';
import type { Plan } from '../plan/types.js';
import { dayOf } from './internal/days.js';
import { periodReader, slotOf } from './internal/period.js';
import { indexPlan } from './internal/planIndex.js';
import { readReports } from './internal/readReports.js';
import { contextYear, scheduleOf } from './internal/schedule.js';
import { reportCheckIssues } from './messages.js';
import type { Report } from './types.js';

/**
 * Checks reports against a plan and returns them normalised (text in NFC,
 * frozen) — or every problem at once, each with its path
 * (`reports[3].completedOn`), a code, and messages in Vietnamese and English:
 *
 * - `invalid_report` — not an object with a `taskId`;
 * - `unknown_task`, `unknown_agency` — ids not in the plan;
 * - `invalid_date` — a date that does not exist ("2018-02-29") or is not
 *   `YYYY-MM-DD`; `missing_date` — neither `completedOn` nor `reportedOn`;
 * - `agency_not_assigned` — the agency neither leads nor supports the task;
 * - `completed_before_plan` — completed before the plan's document date;
 * - `reported_before_completed` — `reportedOn` earlier than `completedOn`;
 * - `unknown_period` — a `period` that names no milestone of a `multi` task
 *   or no occurrence of a recurring task (checked up to the end of the
 *   plan's year or period).
 *
 * A plan with amendments: each report is checked against the plan in force
 * on its day (`completedOn`, else `reportedOn`), so a report on a task an
 * amendment added, or by an agency it assigned, is checked from the
 * amendment's date.
 *
 * {@link evaluatePlan} needs the first four to hold and throws otherwise;
 * the others it tolerates. Run this first on reports from users. Never
 * throws, whatever the values: reports that are not a list are
 * `invalid_report`; nesting deeper than 64 levels (`too_deep`), a report
 * inside itself (`cycle`), a getter or Proxy that throws (`unreadable`), a
 * BigInt or function (`invalid_type`) are issues; a `plan` that is not a
 * loaded plan gives `invalid_plan`.
 *
 * @example
 * ```ts
 * import { validateReports, evaluatePlan, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * declare const input: import('cchc').Report[];
 * const r = validateReports(plan, input);
 * if (!r.ok) for (const i of r.issues) console.log(i.path.join('.'), i.message);
 * else evaluatePlan(plan, { asOf: isoDate('2018-06-30'), reports: r.value });
 * ```
 */
export function validateReports(plan: Plan, reports: readonly Report[]): Result<readonly Report[]> {
  // A plain copy first: no getter, Proxy, cycle or deep nesting is read below.
  const copy = copyInput(reports, { at: ['reports'] });
  if (!Array.isArray(copy.value))
    return fail(withInputIssues(copy.issues, [reportCheckIssues.notAList(['reports'])]));
  let r: Result<readonly Report[]>;
  try {
    r = check(plan, copy.value as Report[]);
  } catch {
    // Only a value that is not a loaded plan gets here: the reports are a plain copy.
    return fail([...copy.issues, reportCheckIssues.invalidPlan(['plan'])]);
  }
  if (copy.issues.length === 0) return r;
  return fail(withInputIssues(copy.issues, r.ok ? [] : r.issues));
}

function check(plan: Plan, reports: readonly Report[]): Result<readonly Report[]> {
  const normalised = reports.map(normalise);
  const issues: Issue[] = [];
  if (plan.amendments.length === 0) for (const x of checkAgainst(plan, normalised)) issues.push(x);
  else {
    // Each report against the plan in force on its day (the plan as issued when it has no readable date).
    const byVersion = new Map<string, number[]>();
    normalised.forEach((r, i) => {
      const day = r !== null && typeof r === 'object' ? (r.completedOn ?? r.reportedOn) : undefined;
      const inForce = typeof day === 'string' && isIsoDate(day) ? versionDate(plan, day) : '';
      let list = byVersion.get(inForce);
      if (list === undefined) byVersion.set(inForce, (list = []));
      list.push(i);
    });
    for (const [date, at] of byVersion) {
      const version = planAsOf(plan, (date === '' ? '0001-01-01' : date) as IsoDate);
      for (const x of checkAgainst(
        version,
        at.map((i) => normalised[i] as Report),
      )) {
        const k = x.path[1];
        issues.push(
          typeof k === 'number'
            ? { ...x, path: [x.path[0] ?? 'reports', at[k] ?? k, ...x.path.slice(2)] }
            : x,
        );
      }
    }
  }
  if (issues.length > 0) {
    // One report's problems together, reports in order (sort is stable).
    const at = (i: Issue): number => (typeof i.path[1] === 'number' ? i.path[1] : -1);
    return fail([...issues].sort((a, b) => at(a) - at(b)));
  }
  return ok(Object.freeze(normalised));
}

/** The decision date of the last amendment in force on `day`, or '' for the plan as issued. */
function versionDate(plan: Plan, day: string): string {
  let out = '';
  for (const a of plan.amendments) if (a.decidedOn <= day) out = a.decidedOn;
  return out;
}

/** The issues of reports against one version of the plan (paths `['reports', i, …]` in `normalised`). */
function checkAgainst(plan: Plan, normalised: readonly Report[]): Issue[] {
  const index = indexPlan(plan);
  const read = readReports(normalised, index, Infinity);
  const issues: Issue[] = [...read.issues];
  const planDay = dayOf(plan.document?.date);
  const readPeriod = periodReader();
  const horizon = planHorizon(plan);
  const assigned = new Map<number, ReadonlySet<number>>();
  const assignedTo = (t: number): ReadonlySet<number> => {
    let set = assigned.get(t);
    if (set === undefined) {
      const { task } = index.tasks[t]!;
      assigned.set(t, (set = new Set([...index.resolve(task.lead), ...index.resolve(task.support)])));
    }
    return set;
  };
  for (let i = 0; i < normalised.length; i++) {
    // Reports with unreadable fields are already reported; check the others.
    const t = read.task[i]!;
    if (t < 0) continue;
    const r = normalised[i] as Report;
    const { task, group } = index.tasks[t]!;
    const a = read.agency[i]!;
    if (a >= 0 && !assignedTo(t).has(a)) {
      issues.push(reportCheckIssues.notAssigned(['reports', i, 'agencyId'], r.agencyId as string, task.id));
    }
    const done = read.day[i]!;
    const completed = r.completedOn === undefined ? NaN : done;
    if (!Number.isNaN(planDay) && done < planDay) {
      issues.push(
        reportCheckIssues.beforePlan(
          ['reports', i, Number.isNaN(completed) ? 'reportedOn' : 'completedOn'],
          (r.completedOn ?? r.reportedOn) as string,
          plan.document?.date as string,
        ),
      );
    }
    if (r.completedOn !== undefined && r.reportedOn !== undefined && dayOf(r.reportedOn) < completed) {
      issues.push(
        reportCheckIssues.reportedBeforeCompleted(
          ['reports', i, 'reportedOn'],
          r.reportedOn as string,
          r.completedOn as string,
        ),
      );
    }
    if (typeof r.period === 'string') {
      const schedule = scheduleOf(task.deadline, plan, group, Math.max(horizon, done));
      if (schedule.kind === 'multi' || schedule.kind === 'recurring') {
        const span = readPeriod(r.period, contextYear(plan, group));
        if (span === null || slotOf(span, schedule.dues) < 0) {
          issues.push(reportCheckIssues.unknownPeriod(['reports', i, 'period'], r.period, task.id));
        }
      }
    }
  }
  return issues;
}

/** @internal The last day of the plan's year or period (or of the document's year); -Infinity when unknown. */
function planHorizon(plan: Plan): number {
  const year =
    plan.period?.to ??
    plan.year ??
    (plan.document?.date === undefined ? undefined : Number(plan.document.date.slice(0, 4)));
  return year === undefined ? -Infinity : dayOf(`${String(year).padStart(4, '0')}-12-31`);
}

/**
 * @internal A frozen copy of a report's own fields, text in NFC; other values
 * pass through for checking. Built field by field: V8 reads frozen copies made
 * with object spread several times slower, and a million reports go through here.
 */
function normalise(r: Report): Report {
  if (r === null || typeof r !== 'object') return r;
  const text = <T>(v: T): T => (typeof v === 'string' && !isAscii(v) ? (v.normalize('NFC') as T) : v);
  const out: { -readonly [K in keyof Report]: Report[K] } = { taskId: text(r.taskId) };
  if (r.agencyId !== undefined) out.agencyId = text(r.agencyId);
  if (r.completedOn !== undefined) out.completedOn = r.completedOn;
  if (r.reportedOn !== undefined) out.reportedOn = r.reportedOn;
  if (r.note !== undefined) out.note = text(r.note);
  if (r.period !== undefined) out.period = text(r.period);
  return Object.freeze(out);
}

/** @internal True when every character is ASCII (nothing to normalise). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
