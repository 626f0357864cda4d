/**
 * Day-number helpers for evaluation: fast, allocation-free reading of ISO
 * dates and the date spans of milestones. Internal.
 *
 * @module
 */
import { dayNumberFromYmd, isValidYmd } from '../../calendar/isoDate.js';
import type { Milestone } from '../../deadline/types.js';

/**
 * Day number of an ISO date string, or `NaN` when it is not a `YYYY-MM-DD`
 * date that exists (no regex, no allocation: this runs once per report).
 *
 * @internal
 */
export function dayOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    year = year * 10 + c;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (!isValidYmd(year, month, day)) return NaN;
  return dayNumberFromYmd(year, month, day);
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
function monthsSpan(year: number, fromMonth: number, toMonth: number): { readonly start: number; readonly end: number } {
  const start = dayNumberFromYmd(year, fromMonth, 1);
  const end = toMonth === 12 ? dayNumberFromYmd(year + 1, 1, 1) - 1 : dayNumberFromYmd(year, toMonth + 1, 1) - 1;
  return { start, end };
}
