/**
 * The one place the dossier module meets the calendar module: a memoised
 * "is this day number a working day?" over a `WorkCalendar`.
 *
 * @internal
 * @module
 */
import { fromDayNumber } from '../calendar/isoDate.js';
import { isWorkingDay, type WorkCalendar } from '../calendar/index.js';
import type { IsWorkingDayNumber } from './workdays.js';

/**
 * @internal A working-day predicate on day numbers for a calendar (the
 * default Vietnamese state-agency calendar when none is given), memoised for
 * the life of the returned function only.
 */
export function workingDayPredicate(calendar?: WorkCalendar): IsWorkingDayNumber {
  const memo = new Map<number, boolean>();
  return (dn: number): boolean => {
    let v = memo.get(dn);
    if (v === undefined) {
      v = calendar === undefined ? isWorkingDay(fromDayNumber(dn)) : isWorkingDay(fromDayNumber(dn), calendar);
      memo.set(dn, v);
    }
    return v;
  };
}
