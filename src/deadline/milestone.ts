/**
 * Milestone arithmetic: first and last day of each dated point (internal).
 *
 * @internal
 * @module
 */
import {
  dayNumberFromYmd,
  daysInMonth,
  toDayNumber,
  fromDayNumber,
  type IsoDate,
} from '../calendar/isoDate.js';
import type { Milestone } from './types.js';

/** Day number of the first day a milestone covers. */
export function milestoneStart(m: Milestone): number {
  switch (m.kind) {
    case 'date':
      return toDayNumber(m.date);
    case 'month':
      return dayNumberFromYmd(m.year, m.month, 1);
    case 'quarter':
      return dayNumberFromYmd(m.year, m.quarter * 3 - 2, 1);
    case 'half':
      return dayNumberFromYmd(m.year, m.half === 1 ? 1 : 7, 1);
    case 'year':
      return dayNumberFromYmd(m.year, 1, 1);
  }
}

/** Day number of the last day a milestone covers (its due day). */
export function milestoneEnd(m: Milestone): number {
  switch (m.kind) {
    case 'date':
      return toDayNumber(m.date);
    case 'month':
      return dayNumberFromYmd(m.year, m.month, daysInMonth(m.year, m.month));
    case 'quarter':
      return dayNumberFromYmd(m.year, m.quarter * 3, daysInMonth(m.year, m.quarter * 3));
    case 'half':
      return dayNumberFromYmd(m.year, m.half === 1 ? 6 : 12, m.half === 1 ? 30 : 31);
    case 'year':
      return dayNumberFromYmd(m.year, 12, 31);
  }
}

/** The due date of a milestone as an {@link IsoDate}. */
export function milestoneDue(m: Milestone): IsoDate {
  return m.kind === 'date' ? m.date : fromDayNumber(milestoneEnd(m));
}

/** Orders milestones by due day, then by start (a day before the month ending on it). */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return milestoneEnd(a) - milestoneEnd(b) || milestoneStart(b) - milestoneStart(a);
}

/** Whether two milestones are the same value. */
export function sameMilestone(a: Milestone, b: Milestone): boolean {
  switch (a.kind) {
    case 'date':
      return b.kind === 'date' && a.date === b.date && a.before === b.before;
    case 'month':
      return b.kind === 'month' && a.year === b.year && a.month === b.month;
    case 'quarter':
      return b.kind === 'quarter' && a.year === b.year && a.quarter === b.quarter;
    case 'half':
      return b.kind === 'half' && a.year === b.year && a.half === b.half;
    case 'year':
      return b.kind === 'year' && a.year === b.year;
  }
}
