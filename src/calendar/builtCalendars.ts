/**
 * The calendars `vietnamWorkCalendar` built: checked already, so the
 * working-day functions read them as they are (any other calendar is
 * checked and rebuilt first).
 *
 * @internal
 * @module
 */

/** @internal */
export const built = new WeakSet<object>();
