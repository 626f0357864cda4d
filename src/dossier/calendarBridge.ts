/**
 * The one place the dossier module meets the calendar module: working-day
 * arithmetic on day numbers over a `WorkCalendar` (the Vietnamese
 * state-agency calendar by default). The dossier module counts nothing about
 * holidays itself.
 *
 * @internal
 * @module
 */
import type { WorkCalendar } from '../calendar/index.js';
import { STATE_WORK_CALENDAR } from '../calendar/workCalendar.js';
import {
  addWorkingDayNumber,
  isWorkingDayNumber,
  workingDaysBetweenDayNumbers,
} from '../calendar/workingDayNumbers.js';

/** @internal Working-day arithmetic on day numbers (days since 1970-01-01) for one calendar. */
export interface WorkDays {
  /** Whether the day is a working day. */
  isWorking(day: number): boolean;
  /** The first working day strictly after `day`. */
  next(day: number): number;
  /** The n-th working day strictly after `day` (n ≥ 1). */
  add(day: number, n: number): number;
  /** Working days in (from, to]; 0 when `to` ≤ `from`. */
  between(from: number, to: number): number;
}

/**
 * @internal Binds the calendar module's day-number functions to a calendar.
 * They throw a `CchcError` (`unsupported_year`) outside the years whose
 * holidays the calendar computes.
 */
export function workDays(calendar: WorkCalendar = STATE_WORK_CALENDAR): WorkDays {
  return {
    isWorking: (day) => isWorkingDayNumber(day, calendar),
    next: (day) => addWorkingDayNumber(day, 1, calendar),
    add: (day, n) => addWorkingDayNumber(day, n, calendar),
    between: (from, to) => (to > from ? workingDaysBetweenDayNumbers(from, to, calendar) : 0),
  };
}
