/**
 * Day-number helpers for evaluation: fast, allocation-free reading of ISO
 * dates and the date spans of milestones. Internal.
 *
 * @module
 */
import { dayNumberFromYmd, dayNumberOrNaN } from '../../calendar/isoDate.js';
import type { Milestone } from '../../deadline/types.js';

/**
 * Day number of an ISO date string, or `NaN` when it is not a `YYYY-MM-DD`
 * date that exists (no regex, no allocation: this runs once per report).
 *
 * @internal
 */
export function dayOf(value: unknown): number {
  return dayNumberOrNaN(value);
}

/**
 * The first and last day (day numbers) of the period a milestone names.
 *
 * @internal
 */
export function milestoneSpan(m: Milestone): { readonly start: number; readonly end: number } {
  switch (m.kind) {
    case 'date': {
      const d = dayOf(m.date);
      return { start: d, end: d };
    }
    case 'month':
      return monthsSpan(m.year, m.month, m.month);
    case 'quarter':
      return monthsSpan(m.year, m.quarter * 3 - 2, m.quarter * 3);
    case 'half':
      return monthsSpan(m.year, m.half * 6 - 5, m.half * 6);
    case 'year':
      return monthsSpan(m.year, 1, 12);
  }
}

/** @internal First day of `fromMonth` to the last day of `toMonth` in `year`. */
function monthsSpan(
  year: number,
  fromMonth: number,
  toMonth: number,
): { readonly start: number; readonly end: number } {
  const start = dayNumberFromYmd(year, fromMonth, 1);
  const end =
    toMonth === 12 ? dayNumberFromYmd(year + 1, 1, 1) - 1 : dayNumberFromYmd(year, toMonth + 1, 1) - 1;
  return { start, end };
}
