/**
 * Working-day arithmetic (ngày làm việc) on a {@link WorkCalendar}.
 *
 * Every function takes an optional calendar; the default is
 * {@link STATE_WORK_CALENDAR} (Vietnamese state agencies, Monday–Friday, with
 * the built-in announced schedules). They throw a `CchcError`
 * (`unsupported_year`) for dates outside 2014–2199, the years whose
 * holidays the library computes.
 *
 * @module
 */
import { type IsoDate, toDayNumber } from './isoDate.js';
import { STATE_WORK_CALENDAR, type WorkCalendar } from './workCalendar.js';
import { dateOf, engineFor } from './workEngine.js';
import {
  addWorkingDayNumber,
  isWorkingDayNumber,
  workingDaysBetweenDayNumbers,
} from './workingDayNumbers.js';

/**
 * Whether a date is a working day on the calendar: not a weekly rest day
 * (unless the announced schedule makes it a working day) and not a holiday,
 * compensatory day or announced day off.
 *
 * @example
 * ```ts
 * import { isWorkingDay, isoDate } from 'cchc';
 * isWorkingDay(isoDate('2026-02-16')); // false (Tết)
 * isWorkingDay(isoDate('2026-04-27')); // false (compensatory day for Giỗ Tổ on Sunday 26/4)
 * isWorkingDay(isoDate('2026-08-22')); // true  (a Saturday worked)
 * ```
 */
export function isWorkingDay(date: IsoDate, calendar: WorkCalendar = STATE_WORK_CALENDAR): boolean {
  return isWorkingDayNumber(toDayNumber(date), calendar);
}

/**
 * The working day reached by counting `n` working days from `date`:
 *
 * - `n > 0`: the n-th working day AFTER `date` (`date` itself never counts);
 *   received Friday, 1 working day → Monday.
 * - `n = 0`: `date` if it is a working day, else the next working day.
 * - `n < 0`: the |n|-th working day BEFORE `date`.
 *
 * The result is always a working day. For n ≥ 1,
 * `workingDaysBetween(date, addWorkingDays(date, n)) === n`. Throws a
 * `CchcError`: `invalid_number` when `n` is not a whole number (0.5, NaN,
 * Infinity), `invalid_date` when `date` is not a real date,
 * `unsupported_year` when the count leaves 2014–2199.
 *
 * @example
 * ```ts
 * import { addWorkingDays, isoDate } from 'cchc';
 * addWorkingDays(isoDate('2026-02-13'), 1);  // '2026-02-23' (Tết 14/2–22/2)
 * addWorkingDays(isoDate('2026-02-14'), 0);  // '2026-02-23'
 * addWorkingDays(isoDate('2026-02-23'), -1); // '2026-02-13'
 * ```
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  calendar: WorkCalendar = STATE_WORK_CALENDAR,
): IsoDate {
  const result = addWorkingDayNumber(toDayNumber(date), n, calendar);
  return dateOf(engineFor(calendar, result), result);
}

/**
 * The next working day strictly after `date`.
 *
 * @example
 * ```ts
 * import { nextWorkingDay, isoDate } from 'cchc';
 * nextWorkingDay(isoDate('2026-04-24')); // '2026-04-28' (Sat, Sun, then Mon 27/4 compensatory)
 * ```
 */
export function nextWorkingDay(date: IsoDate, calendar: WorkCalendar = STATE_WORK_CALENDAR): IsoDate {
  return addWorkingDays(date, 1, calendar);
}

/**
 * The last working day strictly before `date`.
 *
 * @example
 * ```ts
 * import { previousWorkingDay, isoDate } from 'cchc';
 * previousWorkingDay(isoDate('2026-02-23')); // '2026-02-13'
 * ```
 */
export function previousWorkingDay(date: IsoDate, calendar: WorkCalendar = STATE_WORK_CALENDAR): IsoDate {
  return addWorkingDays(date, -1, calendar);
}

/**
 * The number of working days after `from` up to and including `to` — the
 * half-open span (from, to]. Negative when `to` is before `from` (minus the
 * working days in (to, from]); 0 when equal. So a result returned on the
 * appointment date is 0 working days late, and on the next working day 1.
 * O(1) after the calendar's table covers the years.
 *
 * @example
 * ```ts
 * import { workingDaysBetween, isoDate } from 'cchc';
 * workingDaysBetween(isoDate('2026-02-13'), isoDate('2026-02-23')); // 1
 * workingDaysBetween(isoDate('2026-02-23'), isoDate('2026-02-13')); // -1
 * workingDaysBetween(isoDate('2026-03-02'), isoDate('2026-03-09')); // 5
 * ```
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkCalendar = STATE_WORK_CALENDAR,
): number {
  return workingDaysBetweenDayNumbers(toDayNumber(from), toDayNumber(to), calendar);
}
