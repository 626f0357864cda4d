/**
 * How a task's deadline is judged: one due date, several milestones, a
 * recurrence, or no date. Internal.
 *
 * @module
 */
import { dayNumberFromYmd, fromDayNumber } from '../../calendar/isoDate.js';
import { dueDate, occurrences } from '../../deadline/index.js';
import type { Deadline, RecurringDeadline } from '../../deadline/types.js';
import type { Plan, TaskGroup } from '../../plan/types.js';
import { dayOf, milestoneSpan } from './days.js';

/** @internal */
export type Schedule =
  /** One due date (date, month, quarter, half, year, closed range). */
  | { readonly kind: 'dated'; readonly due: number }
  /** Continuous with a known end: ongoing until `due`, judged as dated after it. */
  | { readonly kind: 'continuous'; readonly due: number }
  /** Fixed milestones, ascending, at least one. */
  | { readonly kind: 'multi'; readonly dues: readonly number[] }
  /** Occurrences due on or before `asOf`, ascending; `due` is the deadline's own due date (NaN: none). */
  | { readonly kind: 'recurring'; readonly due: number; readonly dues: readonly number[] }
  /** No date: ongoing (open range, continuous without an end), event, unknown. */
  | { readonly kind: 'ongoing' | 'event' | 'unknown' };

/**
 * The year a task's deadline text is read in: its group's year, else the
 * plan's year, else the first year of the plan's period.
 *
 * @internal
 */
export function contextYear(plan: Plan, group: TaskGroup | undefined): number | undefined {
  return group?.year ?? plan.year ?? plan.period?.from;
}

/**
 * The first day a recurrence can have an occurrence: the start of its own
 * `from` bound, else 1 January of the context year, else the plan's document
 * date; NaN when none is known (no occurrences are listed then).
 *
 * @internal
 */
function recurrenceStart(d: RecurringDeadline, plan: Plan, group: TaskGroup | undefined): number {
  if (d.from !== null) return milestoneSpan(d.from).start;
  const y = contextYear(plan, group);
  if (y !== undefined) return dayNumberFromYmd(y, 1, 1);
  return dayOf(plan.document?.date);
}

/**
 * The last day a recurrence can have an occurrence: the end of its own
 * `until` bound, else 31 December of the group's year, the plan's year or the
 * last year of its period (a plan for 2018 asks nothing of 2019); Infinity
 * when none is known.
 *
 * @internal
 */
function recurrenceEnd(d: RecurringDeadline, plan: Plan, group: TaskGroup | undefined): number {
  if (d.until !== null) return milestoneSpan(d.until).end;
  const y = group?.year ?? plan.year ?? plan.period?.to;
  return y === undefined ? Infinity : dayNumberFromYmd(y, 12, 31);
}

/** @internal Resolves a task's deadline for evaluation at `asOf` (a day number). */
export function scheduleOf(
  deadline: Deadline,
  plan: Plan,
  group: TaskGroup | undefined,
  asOf: number,
): Schedule {
  switch (deadline.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
    case 'range': {
      const due = dayOf(dueDate(deadline));
      return Number.isNaN(due) ? { kind: 'ongoing' } : { kind: 'dated', due };
    }
    case 'continuous': {
      const due = dayOf(dueDate(deadline));
      return Number.isNaN(due) ? { kind: 'ongoing' } : { kind: 'continuous', due };
    }
    case 'multi': {
      const dues = [...new Set(deadline.milestones.map((m) => milestoneSpan(m).end))]
        .filter((n) => !Number.isNaN(n))
        .sort((a, b) => a - b);
      return dues.length === 0 ? { kind: 'unknown' } : { kind: 'multi', dues };
    }
    case 'recurring': {
      const due = dayOf(dueDate(deadline));
      const start = recurrenceStart(deadline, plan, group);
      let dues: number[] = [];
      if (!Number.isNaN(start) && start <= asOf) {
        const end = Math.min(asOf, recurrenceEnd(deadline, plan, group));
        if (start <= end) {
          const window = { from: fromDayNumber(start), to: fromDayNumber(end) };
          dues = [...new Set(occurrences(deadline, window).map(dayOf))]
            .filter((n) => !Number.isNaN(n) && n >= start && n <= end)
            .sort((a, b) => a - b);
        }
      }
      return { kind: 'recurring', due, dues };
    }
    case 'event':
      return { kind: 'event' };
    case 'unknown':
      return { kind: 'unknown' };
  }
}
