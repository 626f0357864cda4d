/**
 * The working-day functions on day numbers (days since 1970-01-01), for
 * modules that already compute on day numbers (e.g. dossier timeliness).
 * Same meanings as the public IsoDate functions in `./workingDays.ts`.
 *
 * @internal
 * @module
 */
import { CchcError } from '../core/result.js';
import { notAnInteger } from './messages.js';
import { STATE_WORK_CALENDAR, type WorkCalendar } from './workCalendar.js';
import { cover, engineFor } from './workEngine.js';

/**
 * Smallest index i ≥ lo with prefix[i + 1] ≥ target (prefix is non-decreasing
 * and prefix[length − 1] ≥ target). Gallops from `lo` first: the answer is
 * usually a few days away.
 */
function search(prefix: Int32Array, lo: number, target: number): number {
  const last = prefix.length - 2;
  let step = Math.max(8, target - prefix[lo + 1]! + 1);
  let hi = lo + step;
  while (hi < last && prefix[hi + 1]! < target) {
    lo = hi + 1;
    step *= 2;
    hi = lo + step;
  }
  if (hi > last) hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prefix[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** @internal Whether a day number is a working day on the calendar. */
export function isWorkingDayNumber(day: number, calendar: WorkCalendar = STATE_WORK_CALENDAR): boolean {
  const e = engineFor(calendar, day);
  return e.off[day - e.base] === 0;
}

/**
 * @internal The day number reached by counting `n` working days from `day`
 * (n > 0: n-th working day after; 0: `day` if working, else the next; n < 0:
 * |n|-th working day before). `n` must be an integer (else a `CchcError`,
 * `invalid_number`).
 */
export function addWorkingDayNumber(
  day: number,
  n: number,
  calendar: WorkCalendar = STATE_WORK_CALENDAR,
): number {
  if (!Number.isInteger(n)) {
    throw new CchcError([notAnInteger('The number of working days', 'Số ngày làm việc', n)]);
  }
  const e = engineFor(calendar, day);
  if (n === 0) {
    if (e.off[day - e.base] === 0) return day;
    n = 1;
  }
  if (n > 0) {
    // Grow the table forward until it holds the target count (base never moves forward).
    while (e.prefix[e.prefix.length - 1]! < e.prefix[day - e.base + 1]! + n) cover(e, e.base + e.off.length);
    return e.base + search(e.prefix, day - e.base + 1, e.prefix[day - e.base + 1]! + n);
  }
  for (;;) {
    const target = e.prefix[day - e.base]! + n + 1; // working days in [base, day) − |n| + 1
    if (target >= 1) return e.base + search(e.prefix, 0, target);
    cover(e, e.base - 1);
  }
}

/** @internal Working days in (from, to]; negative when `to` < `from`. O(1) once covered. */
export function workingDaysBetweenDayNumbers(
  from: number,
  to: number,
  calendar: WorkCalendar = STATE_WORK_CALENDAR,
): number {
  const e = engineFor(calendar, from);
  cover(e, to);
  return e.prefix[to - e.base + 1]! - e.prefix[from - e.base + 1]!;
}
