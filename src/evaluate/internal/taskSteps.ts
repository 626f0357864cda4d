/**
 * The steps of evaluating one task: who holds it, then its entries for a
 * single due date (or none) or for milestones and occurrences. Internal.
 *
 * @module
 */
import { fromDayNumber } from '../../calendar/isoDate.js';
import type { Task, TaskGroup } from '../../plan/types.js';
import type { AssignmentEvaluation, TaskStatus } from '../types.js';
import { cover, type Candidate, type Coverage } from './coverage.js';
import { assignmentEntry, type EntryFields, taskEntry } from './entries.js';
import { passOn, type Holders } from './holders.js';
import { judge } from './judge.js';
import { slotOf } from './period.js';
import type { EvaluationRun } from './run.js';
import { contextYear, type Schedule } from './schedule.js';
import { slottedEntry } from './slotted.js';
import type { Plan } from '../../plan/types.js';

/** @internal One task being evaluated. */
export interface TaskAt {
  /** Its index in the plan index (and in the report buckets). */
  readonly t: number;
  readonly task: Task;
  readonly group: TaskGroup;
  readonly groupIndex: number;
  readonly schedule: Schedule;
  readonly areaTask: Int32Array | null;
  readonly areaOccurrence: Int32Array | null;
  readonly head: Parameters<typeof taskEntry>[0];
}

/** @internal The assignees of one role: holders, where each came from, and those that ended. */
export interface Assignees {
  readonly held: readonly number[];
  /** Per held assignee: the assignee the plan names when it passed on, else -1 (null: none passed). */
  readonly from: readonly number[] | null;
  readonly ended: readonly number[];
}

const NONE: readonly number[] = [];

/** @internal The day whose holders answer for a task: its due date, or `asOf` when that comes first or there is none. */
export function holderDay(schedule: Schedule, asOf: number): number {
  let due = NaN;
  if (schedule.kind === 'dated' || schedule.kind === 'continuous') due = schedule.due;
  else if (schedule.kind === 'multi' || schedule.kind === 'recurring') {
    const last = schedule.dues[schedule.dues.length - 1];
    if (last !== undefined) due = last;
  }
  return Number.isNaN(due) || due > asOf ? asOf : due;
}

/** @internal The lead or support assignees of a task as held on the task's holder day. */
export function assigneesOf(run: EvaluationRun, ids: readonly string[], day: number): Assignees {
  const named = run.index.resolve(ids);
  if (run.holders === null || named.length === 0) return { held: named, from: null, ended: NONE };
  return passOn(run.holders, named, day);
}

/** @internal The assignee a report counts for on `day` (its holder, when one agency holds it), or `a`. */
function reportAssignee(run: EvaluationRun, a: number, day: number): readonly number[] {
  if (a < 0 || run.holders === null) return [a];
  const hs = run.holders.at(a, day);
  return hs.length === 0 ? [a] : hs;
}

function pushAssignment(
  run: EvaluationRun,
  taskId: string,
  a: number,
  role: 'lead' | 'support',
  e: EntryFields,
  from: number,
): void {
  const entry = assignmentEntry(taskId, run.index.agencyIds[a]!, role, e);
  run.assignments.push(
    from < 0
      ? entry
      : (Object.freeze({ ...entry, passedFrom: run.index.agencyIds[from]! }) as AssignmentEvaluation),
  );
}

const isDone = (s: TaskStatus): boolean => s === 'done_on_time' || s === 'done_late';

type SlottedSchedule = Extract<Schedule, { kind: 'multi' | 'recurring' }>;

/** The slot report `r` names by its `period` among `dues`: -1 when it names none, -2 when it names no slot. */
function reportSlot(
  run: EvaluationRun,
  r: number,
  year: number | undefined,
  dues: readonly number[],
): number {
  const period = run.reports[r]!.period;
  if (period === undefined) return -1;
  const span = run.readPeriod(period, year);
  const slot = span === null ? -2 : slotOf(span, dues);
  return slot < 0 ? -2 : slot;
}

/** Entry fields of a slotted task (or of one agency's part of it) from the coverage of its slots. */
function slotsEntry(run: EvaluationRun, schedule: SlottedSchedule, c: Coverage): EntryFields {
  return slottedEntry(
    schedule,
    c,
    run.asOf,
    run.soon,
    (r) => run.reportCopy(r),
    (r) => run.completedOn(r),
  );
}

/** Records a slotted task's own entry and counts it (as a whole when `multi`, and per slot) once due. */
function countSlottedTask(
  run: EvaluationRun,
  at: TaskAt,
  schedule: SlottedSchedule,
  fields: EntryFields,
): void {
  run.tasks.push(taskEntry(at.head, fields));
  if (schedule.kind === 'multi' && fields.dueDate !== null && fields.dueDate <= run.asOfIso)
    run.byTask.task(at.groupIndex, at.areaTask, fields.status);
  for (const o of fields.milestones ?? fields.occurrences ?? [])
    if (o.dueDate <= run.asOfIso) run.byOccurrence.task(at.groupIndex, at.areaOccurrence, o.status);
}

/** Counts a lead agency's entry of a slotted task: as a whole when `multi` and `whole`, and per slot once due. */
function countSlottedLead(
  run: EvaluationRun,
  a: number,
  schedule: SlottedSchedule,
  entry: EntryFields,
  whole: boolean,
): void {
  run.byTask.seeAgency(a);
  run.byOccurrence.seeAgency(a);
  if (whole && schedule.kind === 'multi' && entry.dueDate !== null && entry.dueDate <= run.asOfIso)
    run.byTask.agency(a, entry.status);
  for (const o of entry.milestones ?? entry.occurrences ?? [])
    if (o.dueDate <= run.asOfIso) run.byOccurrence.agency(a, o.status);
}

/** @internal Entries of a task with one due date, or none: the earliest completion of each agency decides. */
export function evaluateSingle(run: EvaluationRun, at: TaskAt, leads: Assignees, supports: Assignees): void {
  const { read, minDay, minRep, asOf, soon } = run;
  const { t, task, schedule } = at;
  const from = read.start[t]!;
  const to = read.start[t + 1]!;
  const day = run.holders === null ? asOf : holderDay(schedule, asOf);
  let allDay = Infinity;
  let allRep = -1;
  let anyDay = Infinity;
  let anyRep = -1;
  for (let k = from; k < to; k++) {
    const r = read.order[k]!;
    if (read.exists[r] === 0) continue;
    const d = read.day[r]!;
    if (d < anyDay) {
      anyDay = d;
      anyRep = r;
    }
    const reporter = read.agency[r]!;
    if (reporter < 0) {
      if (d < allDay) {
        allDay = d;
        allRep = r;
      }
      continue;
    }
    if (run.holders === null) {
      if (d < minDay[reporter]!) {
        minDay[reporter] = d;
        minRep[reporter] = r;
      }
      continue;
    }
    for (const a of reportAssignee(run, reporter, day)) {
      if (d < minDay[a]!) {
        minDay[a] = d;
        minRep[a] = r;
      }
    }
  }
  const due = schedule.kind === 'dated' || schedule.kind === 'continuous' ? schedule.due : NaN;
  const dueIso = Number.isNaN(due) ? null : fromDayNumber(due);
  const counted = due <= asOf; // NaN (no due date) is never counted
  let taskDay = -Infinity;
  let taskRep = -1;
  const entry = (status: TaskStatus, d: number, r: number): EntryFields => ({
    status,
    dueDate: dueIso,
    daysOverdue: status === 'overdue' ? asOf - due : 0,
    daysLate: status === 'done_late' ? d - due : 0,
    completedOn: isDone(status) ? run.completedOn(r) : null,
  });
  for (let role = 0; role < 2; role++) {
    const who = role === 0 ? leads : supports;
    const agencies = who.held;
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
      if (role === 0) {
        run.byTask.seeAgency(a);
        run.byOccurrence.seeAgency(a);
        if (counted) {
          run.byTask.agency(a, status);
          run.byOccurrence.agency(a, status);
        }
      }
      pushAssignment(run, task.id, a, roleName, entry(status, d, r), who.from?.[i] ?? -1);
    }
    // An agency that ended with no successor keeps its entry: done if its report says so, else `agency_ended`.
    for (const a of who.ended) {
      const d = Math.min(allDay, minDay[a]!);
      const r = d === allDay ? allRep : minRep[a]!;
      const judged = judge(schedule, due, d, asOf, soon);
      pushAssignment(run, task.id, a, roleName, entry(isDone(judged) ? judged : 'agency_ended', d, r), -1);
    }
  }
  if (leads.held.length === 0) {
    taskDay = anyDay;
    taskRep = anyRep;
  }
  for (let k = from; k < to; k++) {
    const reporter = read.agency[read.order[k]!]!;
    if (reporter < 0) continue;
    if (run.holders === null) {
      minDay[reporter] = Infinity;
      minRep[reporter] = -1;
      continue;
    }
    for (const a of reportAssignee(run, reporter, day)) {
      minDay[a] = Infinity;
      minRep[a] = -1;
    }
  }
  let status = judge(schedule, due, taskDay, asOf, soon);
  if (leads.held.length === 0 && leads.ended.length > 0 && !isDone(status)) status = 'agency_ended';
  if (counted) {
    run.byTask.task(at.groupIndex, at.areaTask, status);
    run.byOccurrence.task(at.groupIndex, at.areaOccurrence, status);
  }
  run.tasks.push(taskEntry(at.head, entry(status, taskDay, taskRep)));
}

/** @internal Entries of a `multi` or recurring task from the coverage of its milestones or occurrences. */
export function evaluateSlotted(
  run: EvaluationRun,
  plan: Plan,
  at: TaskAt & { readonly schedule: SlottedSchedule },
  leads: Assignees,
  supports: Assignees,
): void {
  if (run.holders !== null) {
    evaluateSlottedHeld(run, plan, at, leads);
    return;
  }
  const { read, asOf } = run;
  const { t, task, schedule, group } = at;
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
    const c: Candidate = { day: read.day[r]!, report: r, slot: reportSlot(run, r, year, dues) };
    all.push(c);
    const reporter = read.agency[r]!;
    if (reporter < 0) {
      shared.push(c);
      continue;
    }
    for (const a of reportAssignee(run, reporter, asOf)) {
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
  const taskCoverage =
    leads.held.length === 0 ? cover(dues.length, all) : leadCoverage(dues.length, leads.held, coverFor);
  let taskFields = slotsEntry(run, schedule, taskCoverage);
  if (leads.held.length === 0 && leads.ended.length > 0 && !isDone(taskFields.status))
    taskFields = { ...taskFields, status: 'agency_ended' };
  countSlottedTask(run, at, schedule, taskFields);
  for (const [role, who] of [
    ['lead', leads],
    ['support', supports],
  ] as const) {
    who.held.forEach((a, i) => {
      const entry = slotsEntry(run, schedule, coverFor(a));
      pushAssignment(run, task.id, a, role, entry, who.from?.[i] ?? -1);
      if (role === 'lead') countSlottedLead(run, a, schedule, entry, true);
    });
    for (const a of who.ended) {
      const entry = slotsEntry(run, schedule, coverFor(a));
      pushAssignment(
        run,
        task.id,
        a,
        role,
        isDone(entry.status) ? entry : { ...entry, status: 'agency_ended' },
        -1,
      );
    }
  }
}

/** A slot is covered for the task when every lead agency covered it (by the latest of their reports). */
function leadCoverage(slots: number, leads: readonly number[], coverFor: (a: number) => Coverage): Coverage {
  const report = new Int32Array(slots).fill(-1);
  const day = new Float64Array(slots).fill(-Infinity);
  const open = new Uint8Array(slots);
  for (const a of leads) {
    const c = coverFor(a);
    for (let s = 0; s < slots; s++) {
      if (c.report[s] === -1) open[s] = 1;
      else if (c.day[s]! > day[s]!) {
        day[s] = c.day[s]!;
        report[s] = c.report[s]!;
      }
    }
  }
  for (let s = 0; s < slots; s++) {
    if (open[s] === 1) {
      report[s] = -1;
      day[s] = NaN;
    }
  }
  return { report, day };
}

/** @internal The milestones or occurrences one agency holds of a task, in date order. */
interface SlotLine {
  readonly agency: number;
  readonly ended: boolean;
  /** Indices into the task's dues, ascending. */
  readonly slots: number[];
  /** Per slot: the agency the plan names that it passed from, or -1. */
  readonly from: number[];
  readonly candidates: Candidate[];
}

/**
 * @internal Who holds each milestone or occurrence of a task: per named
 * agency and slot, its holders on the slot's due date (or on `asOf`, when
 * that comes first); an agency that had ended with no successor holds its
 * slots as `ended`. One line per agency, in the order met.
 */
function slotLines(
  holders: Holders,
  named: readonly number[],
  dues: readonly number[],
  asOf: number,
): SlotLine[] {
  const lines: SlotLine[] = [];
  const find = (a: number, ended: boolean): SlotLine => {
    let line = lines.find((l) => l.agency === a && l.ended === ended);
    if (line === undefined) lines.push((line = { agency: a, ended, slots: [], from: [], candidates: [] }));
    return line;
  };
  dues.forEach((due, s) => {
    const p = passOn(holders, named, Math.min(due, asOf));
    p.held.forEach((h, i) => {
      const line = find(h, false);
      if (line.slots[line.slots.length - 1] === s) return;
      line.slots.push(s);
      line.from.push(p.from[i] ?? -1);
    });
    for (const a of p.ended) {
      const line = find(a, true);
      if (line.slots[line.slots.length - 1] === s) continue;
      line.slots.push(s);
      line.from.push(-1);
    }
  });
  return lines;
}

/**
 * @internal {@link evaluateSlotted} when agencies change: each milestone or
 * occurrence is held, judged and counted under the agency that held it on
 * its due date. A report naming a `period` counts for whoever held its
 * sender's part on that slot's due date; one without, for whoever held it
 * on the day it was done.
 */
function evaluateSlottedHeld(
  run: EvaluationRun,
  plan: Plan,
  at: TaskAt & { readonly schedule: SlottedSchedule },
  leads: Assignees,
): void {
  const holders = run.holders as Holders;
  const { read, asOf } = run;
  const { t, task, schedule, group } = at;
  const dues = schedule.dues;
  const year = contextYear(plan, group);
  const leadLines = slotLines(holders, run.index.resolve(task.lead), dues, asOf);
  const supportLines = slotLines(holders, run.index.resolve(task.support), dues, asOf);
  const from = read.start[t]!;
  const to = read.start[t + 1]!;
  const shared: Candidate[] = [];
  const all: Candidate[] = [];
  for (let k = from; k < to; k++) {
    const r = read.order[k]!;
    if (read.exists[r] === 0) continue;
    const slot = reportSlot(run, r, year, dues);
    const day = read.day[r]!;
    all.push({ day, report: r, slot });
    const reporter = read.agency[r]!;
    if (reporter < 0) {
      shared.push({ day, report: r, slot });
      continue;
    }
    if (slot === -2) continue;
    const when = slot >= 0 ? Math.min(dues[slot]!, asOf) : Math.min(day, asOf);
    const hs = holders.at(reporter, when);
    for (const h of hs.length === 0 ? [reporter] : hs)
      for (const line of [...leadLines, ...supportLines]) {
        if (line.agency !== h) continue;
        const local = slot < 0 ? -1 : line.slots.indexOf(slot);
        if (slot >= 0 && local < 0) continue;
        line.candidates.push({ day, report: r, slot: local });
      }
  }
  const coverOf = new Map<SlotLine, Coverage>();
  const coverage = (line: SlotLine): Coverage => {
    let c = coverOf.get(line);
    if (c === undefined) {
      const mine: Candidate[] = [];
      for (const x of shared) {
        const local = x.slot < 0 ? x.slot : line.slots.indexOf(x.slot);
        mine.push({ day: x.day, report: x.report, slot: x.slot >= 0 && local < 0 ? -2 : local });
      }
      coverOf.set(line, (c = cover(line.slots.length, mine.concat(line.candidates))));
    }
    return c;
  };
  const sub = (line: SlotLine): typeof schedule => ({
    ...schedule,
    dues: line.slots.map((s) => dues[s]!),
  });
  // The task: a slot is covered when every lead that held it covered it; a slot nobody held, by any report.
  const anyCover = cover(dues.length, all);
  const report = new Int32Array(dues.length).fill(-1);
  const dayOfSlot = new Float64Array(dues.length).fill(-Infinity);
  const open = new Uint8Array(dues.length);
  const heldSlot = new Uint8Array(dues.length);
  for (const line of leadLines) {
    if (line.ended) continue;
    const c = coverage(line);
    line.slots.forEach((s, j) => {
      heldSlot[s] = 1;
      if (c.report[j] === -1) open[s] = 1;
      else if (c.day[j]! > dayOfSlot[s]!) {
        dayOfSlot[s] = c.day[j]!;
        report[s] = c.report[j]!;
      }
    });
  }
  for (let s = 0; s < dues.length; s++) {
    if (heldSlot[s] === 0) {
      report[s] = anyCover.report[s]!;
      dayOfSlot[s] = anyCover.day[s]!;
    } else if (open[s] === 1) {
      report[s] = -1;
      dayOfSlot[s] = NaN;
    }
  }
  let taskFields = slotsEntry(run, schedule, { report, day: dayOfSlot });
  if (leads.held.length === 0 && leads.ended.length > 0 && !isDone(taskFields.status))
    taskFields = { ...taskFields, status: 'agency_ended' };
  countSlottedTask(run, at, schedule, taskFields);
  // The task as a whole counts once, under the leads that held it on its due date.
  const wholeHolders = new Set(leads.held);
  for (const [role, lines] of [
    ['lead', leadLines],
    ['support', supportLines],
  ] as const) {
    for (const line of lines) {
      let entry = slotsEntry(run, sub(line), coverage(line));
      if (line.ended && !isDone(entry.status)) entry = { ...entry, status: 'agency_ended' };
      const passed = line.from.find((x) => x >= 0) ?? -1;
      pushAssignment(run, task.id, line.agency, role, entry, line.ended ? -1 : passed);
      if (role === 'lead' && !line.ended)
        countSlottedLead(run, line.agency, schedule, entry, wholeHolders.has(line.agency));
    }
  }
}
