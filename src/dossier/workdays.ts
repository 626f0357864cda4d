/**
 * Working-day counting on day numbers, over a predicate that says whether a
 * day is a working day. The predicate comes from the calendar module's
 * `WorkCalendar` (holidays, compensatory days, swapped Saturdays); this file
 * only counts.
 *
 * @internal
 * @module
 */

/** @internal Says whether a day (days since 1970-01-01) is a working day. */
export type IsWorkingDayNumber = (dayNumber: number) => boolean;

/** @internal A longest run of days off to look through before giving up (guards bad calendars). */
const MAX_RUN = 366;

/** @internal The first working day strictly after `dn`. */
export function nextWorking(isWorking: IsWorkingDayNumber, dn: number): number {
  for (let d = dn + 1, k = 0; k < MAX_RUN; d++, k++) if (isWorking(d)) return d;
  return dn + 1;
}

/** @internal The n-th working day strictly after `dn` (n ≥ 1); `dn` itself never counts. */
export function addWorking(isWorking: IsWorkingDayNumber, dn: number, n: number): number {
  let d = dn;
  for (let k = 0; k < n; k++) d = nextWorking(isWorking, d);
  return d;
}

/** @internal Working days in (from, to] — 0 when `to` ≤ `from`. */
export function workingBetween(isWorking: IsWorkingDayNumber, from: number, to: number): number {
  let count = 0;
  for (let d = from + 1; d <= to; d++) if (isWorking(d)) count++;
  return count;
}
