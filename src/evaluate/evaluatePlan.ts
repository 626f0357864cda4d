/**
 * `evaluatePlan`: every task and assignment of a plan at a date.
 *
 * @module
 */
import { fromDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { CchcError } from '../core/result.js';
import type { Plan } from '../plan/types.js';
import { cover, type Candidate, type Coverage } from './internal/coverage.js';
import { dayOf } from './internal/days.js';
import { periodReader, slotOf } from './internal/period.js';
import { indexPlan } from './internal/planIndex.js';
import { readReports } from './internal/readReports.js';
import { assignmentEntry, taskEntry as makeTaskEntry } from './internal/entries.js';
import { judge } from './internal/judge.js';
import { contextYear, scheduleOf } from './internal/schedule.js';
import { copyReport, slottedEntry } from './internal/slotted.js';
import { Tallies } from './internal/tallies.js';
import { optionIssues } from './messages.js';
import type {
  AssignmentEvaluation,
  EvaluateOptions,
  PlanEvaluation,
  Report,
  TaskEvaluation,
} from './types.js';

/**
 * Evaluates every task and assignment of a plan at `asOf`, with the reports
 * received so far: status, due date, days overdue or late, and compliance
 * for the plan, each group, reform area and agency. API.md ("Progress and
 * status") fixes the meanings; docs/status.md explains each rule.
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
  const asOf = dayOf(opts.asOf);
  const soon = opts.dueSoonDays ?? 7;
  const optionProblems = [];
  if (Number.isNaN(asOf)) optionProblems.push(optionIssues.asOf(opts.asOf));
  if (!Number.isInteger(soon) || soon < 0) optionProblems.push(optionIssues.dueSoonDays(soon));
  if (optionProblems.length > 0) throw new CchcError(optionProblems);

  const index = indexPlan(plan);
  const reports = opts.reports ?? [];
  const read = readReports(reports, index, asOf);
  if (read.issues.length > 0) throw new CchcError(read.issues);

  const completedOn = (r: number): IsoDate | null => {
    if (r < 0) return null;
    const rep = reports[r] as Report;
    return (rep.completedOn ?? rep.reportedOn) as IsoDate;
  };
  const copies = new Map<number, Report>();
  const reportCopy = (r: number): Report => {
    let c = copies.get(r);
    if (c === undefined) copies.set(r, (c = copyReport(reports[r] as Report)));
    return c;
  };
  const readPeriod = periodReader();
  const tasks: TaskEvaluation[] = [];
  const assignments: AssignmentEvaluation[] = [];
  const nAgencies = index.agencyIds.length;
  const minDay = new Float64Array(nAgencies).fill(Infinity);
  const minRep = new Int32Array(nAgencies).fill(-1);
  // Compliance is counted as entries are made: by task (API.md) and by occurrence.
  const byTask = new Tallies(index.groupIds.length, nAgencies);
  const byOccurrence = new Tallies(index.groupIds.length, nAgencies);
  const asOfIso = opts.asOf;

  for (let t = 0; t < index.tasks.length; t++) {
    const { task, group, groupIndex } = index.tasks[t]!;
    const areaTask = byTask.seeGroup(groupIndex, group.area ?? null);
    const areaOccurrence = byOccurrence.seeGroup(groupIndex, group.area ?? null);
    const schedule = scheduleOf(task.deadline, plan, group, asOf);
    const leads = index.resolve(task.lead);
    const supports = index.resolve(task.support);
    const taskBase = {
      taskId: task.id,
      groupId: group.id,
      area: group.area ?? null,
      deadlineKind: task.deadline.kind,
    };

    if (schedule.kind === 'multi' || schedule.kind === 'recurring') {
      const dues = schedule.dues;
      const year = contextYear(plan, group);
      const from = read.start[t]!;
      const to = read.start[t + 1]!;
      const shared: Candidate[] = [];
      const own = new Map<number, Candidate[]>();
      const all: Candidate[] = [];
      for (let k = from; k < to; k++) {
        const r = read.order[k]!;
        if (read.exists[r] === 0) continue;
        const period = (reports[r] as Report).period;
        let slot = -1;
        if (period !== undefined) {
          const span = readPeriod(period, year);
          slot = span === null ? -2 : slotOf(span, dues);
          if (slot < 0) slot = -2;
        }
        const c: Candidate = { day: read.day[r]!, report: r, slot };
        all.push(c);
        const a = read.agency[r]!;
        if (a < 0) shared.push(c);
        else {
          let list = own.get(a);
          if (list === undefined) own.set(a, (list = []));
          list.push(c);
        }
      }
      const coverages = new Map<number, Coverage>();
      const coverFor = (a: number): Coverage => {
        let c = coverages.get(a);
        if (c === undefined) {
          const mine = own.get(a);
          coverages.set(a, (c = cover(dues.length, mine === undefined ? shared : shared.concat(mine))));
        }
        return c;
      };
      // Task level: a slot is covered when every lead agency covered it.
      let taskCoverage: Coverage;
      if (leads.length === 0) taskCoverage = cover(dues.length, all);
      else {
        const report = new Int32Array(dues.length).fill(-1);
        const day = new Float64Array(dues.length).fill(-Infinity);
        const open = new Uint8Array(dues.length);
        for (const a of leads) {
          const c = coverFor(a);
          for (let s = 0; s < dues.length; s++) {
            if (c.report[s] === -1) open[s] = 1;
            else if (c.day[s]! > day[s]!) {
              day[s] = c.day[s]!;
              report[s] = c.report[s]!;
            }
          }
        }
        for (let s = 0; s < dues.length; s++) {
          if (open[s] === 1) {
            report[s] = -1;
            day[s] = NaN;
          }
        }
        taskCoverage = { report, day };
      }
      const taskEntry = slottedEntry(schedule, taskCoverage, asOf, soon, reportCopy, completedOn);
      tasks.push(makeTaskEntry(taskBase, taskEntry));
      if (schedule.kind === 'multi' && taskEntry.dueDate !== null && taskEntry.dueDate <= asOfIso) {
        byTask.task(groupIndex, areaTask, taskEntry.status);
      }
      for (const o of taskEntry.milestones ?? taskEntry.occurrences ?? []) {
        if (o.dueDate <= asOfIso) byOccurrence.task(groupIndex, areaOccurrence, o.status);
      }
      for (const [role, agencies] of [
        ['lead', leads],
        ['support', supports],
      ] as const) {
        for (const a of agencies) {
          const entry = slottedEntry(schedule, coverFor(a), asOf, soon, reportCopy, completedOn);
          assignments.push(assignmentEntry(task.id, index.agencyIds[a]!, role, entry));
          if (role === 'support') continue;
          byTask.seeAgency(a);
          byOccurrence.seeAgency(a);
          if (schedule.kind === 'multi' && entry.dueDate !== null && entry.dueDate <= asOfIso)
            byTask.agency(a, entry.status);
          for (const o of entry.milestones ?? entry.occurrences ?? []) {
            if (o.dueDate <= asOfIso) byOccurrence.agency(a, o.status);
          }
        }
      }
      continue;
    }

    // One due date, or none: the earliest completion of each agency decides.
    const from = read.start[t]!;
    const to = read.start[t + 1]!;
    let allDay = Infinity;
    let allRep = -1;
    let anyDay = Infinity;
    let anyRep = -1;
    for (let k = from; k < to; k++) {
      const r = read.order[k]!;
      if (read.exists[r] === 0) continue;
      const d = read.day[r]!;
      const a = read.agency[r]!;
      if (d < anyDay) {
        anyDay = d;
        anyRep = r;
      }
      if (a < 0) {
        if (d < allDay) {
          allDay = d;
          allRep = r;
        }
      } else if (d < minDay[a]!) {
        minDay[a] = d;
        minRep[a] = r;
      }
    }
    const due = schedule.kind === 'dated' || schedule.kind === 'continuous' ? schedule.due : NaN;
    const dueIso = Number.isNaN(due) ? null : fromDayNumber(due);
    const counted = due <= asOf; // NaN (no due date) is never counted
    let taskDay = -Infinity;
    let taskRep = -1;
    for (let role = 0; role < 2; role++) {
      const agencies = role === 0 ? leads : supports;
      const roleName = role === 0 ? 'lead' : 'support';
      for (let i = 0; i < agencies.length; i++) {
        const a = agencies[i]!;
        let d = allDay;
        let r = allRep;
        if (minDay[a]! < d) {
          d = minDay[a]!;
          r = minRep[a]!;
        }
        if (role === 0 && d > taskDay) {
          taskDay = d;
          taskRep = r;
        }
        const status = judge(schedule, due, d, asOf, soon);
        const isDone = status === 'done_on_time' || status === 'done_late';
        if (role === 0) {
          byTask.seeAgency(a);
          byOccurrence.seeAgency(a);
          if (counted) {
            byTask.agency(a, status);
            byOccurrence.agency(a, status);
          }
        }
        assignments.push(
          Object.freeze({
            taskId: task.id,
            status,
            dueDate: dueIso,
            daysOverdue: status === 'overdue' ? asOf - due : 0,
            daysLate: status === 'done_late' ? d - due : 0,
            completedOn: isDone ? completedOn(r) : null,
            agencyId: index.agencyIds[a]!,
            role: roleName,
          }) as AssignmentEvaluation,
        );
      }
    }
    if (leads.length === 0) {
      taskDay = anyDay;
      taskRep = anyRep;
    }
    for (let k = from; k < to; k++) {
      const a = read.agency[read.order[k]!]!;
      if (a >= 0) {
        minDay[a] = Infinity;
        minRep[a] = -1;
      }
    }
    const status = judge(schedule, due, taskDay, asOf, soon);
    const isDone = status === 'done_on_time' || status === 'done_late';
    if (counted) {
      byTask.task(groupIndex, areaTask, status);
      byOccurrence.task(groupIndex, areaOccurrence, status);
    }
    tasks.push(
      makeTaskEntry(taskBase, {
        status,
        dueDate: dueIso,
        daysOverdue: status === 'overdue' ? asOf - due : 0,
        daysLate: status === 'done_late' ? taskDay - due : 0,
        completedOn: isDone ? completedOn(taskRep) : null,
      }),
    );
  }

  Object.freeze(tasks);
  Object.freeze(assignments);
  return Object.freeze({
    planId: plan.id,
    asOf: asOfIso,
    dueSoonDays: soon,
    tasks,
    assignments,
    compliance: byTask.records(index.groupIds, index.agencyIds),
    occurrenceCompliance: byOccurrence.records(index.groupIds, index.agencyIds),
  });
}
