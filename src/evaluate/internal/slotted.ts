/**
 * Entries of `multi` and recurring tasks from the coverage of their
 * milestones or occurrences. Internal.
 *
 * @module
 */
import { fromDayNumber, type IsoDate } from '../../calendar/isoDate.js';
import type { OccurrenceEvaluation, Report } from '../types.js';
import type { EntryFields } from './entries.js';
import type { Coverage } from './coverage.js';
import { judgeDated } from './judge.js';
import type { Schedule } from './schedule.js';

/** @internal Entry fields of a multi or recurring task from the coverage of its slots. */
export function slottedEntry(
  schedule: Extract<Schedule, { kind: 'multi' | 'recurring' }>,
  coverage: Coverage,
  asOf: number,
  soon: number,
  reportCopy: (r: number) => Report,
  completedOn: (r: number) => IsoDate | null,
): EntryFields {
  const dues = schedule.dues;
  const slots: OccurrenceEvaluation[] = [];
  let firstOpen = -1;
  let lastDay = -Infinity;
  let lastRep = -1;
  let worst = 0;
  for (let s = 0; s < dues.length; s++) {
    const due = dues[s]!;
    const r = coverage.report[s]!;
    const d = coverage.day[s]!;
    const status = judgeDated(due, r >= 0 ? d : NaN, asOf, soon);
    if (r < 0 && firstOpen < 0) firstOpen = s;
    if (r >= 0) {
      if (d >= lastDay) {
        lastDay = d;
        lastRep = r;
      }
      worst = Math.max(worst, d - due);
    }
    slots.push(
      Object.freeze({
        dueDate: fromDayNumber(due),
        status,
        daysOverdue: status === 'overdue' ? asOf - due : 0,
        daysLate: status === 'done_late' ? d - due : 0,
        completedOn: r >= 0 ? completedOn(r) : null,
        report: r >= 0 ? reportCopy(r) : null,
      }),
    );
  }
  Object.freeze(slots);
  if (schedule.kind === 'recurring') {
    const dueDate = Number.isNaN(schedule.due) ? null : fromDayNumber(schedule.due);
    return { status: 'ongoing', dueDate, daysOverdue: 0, daysLate: 0, completedOn: null, occurrences: slots };
  }
  if (firstOpen >= 0) {
    const due = dues[firstOpen]!;
    const status = judgeDated(due, NaN, asOf, soon);
    return {
      status,
      dueDate: fromDayNumber(due),
      daysOverdue: status === 'overdue' ? asOf - due : 0,
      daysLate: 0,
      completedOn: null,
      milestones: slots,
    };
  }
  const last = dues[dues.length - 1]!;
  return {
    status: worst > 0 ? 'done_late' : 'done_on_time',
    dueDate: fromDayNumber(last),
    daysOverdue: 0,
    daysLate: worst,
    completedOn: completedOn(lastRep),
    milestones: slots,
  };
}

/** @internal A frozen copy of a report's own fields (the caller's object is left as it is). */
export function copyReport(r: Report): Report {
  const out: { -readonly [K in keyof Report]: Report[K] } = { taskId: r.taskId };
  if (r.agencyId !== undefined) out.agencyId = r.agencyId;
  if (r.completedOn !== undefined) out.completedOn = r.completedOn;
  if (r.reportedOn !== undefined) out.reportedOn = r.reportedOn;
  if (r.note !== undefined) out.note = r.note;
  if (r.period !== undefined) out.period = r.period;
  return Object.freeze(out);
}
