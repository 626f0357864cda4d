/**
 * The per-calendar working-day table behind the working-day functions: one
 * flag per day and a prefix count of working days, over a contiguous span of
 * whole years that grows on demand. Kept in a WeakMap keyed by the calendar
 * object: results are exactly those of computing from the rules each time —
 * the cache only saves the work.
 *
 * @internal
 * @module
 */
import {
  checkHolidayYear,
  HOLIDAYS_MAX_YEAR,
  HOLIDAYS_MIN_YEAR,
  type ScheduleRules,
  scheduleRules,
  yearSchedule,
} from './holidayRules.js';
import {
  type IsoDate,
  dayNumberFromYmd,
  fromDayNumber,
  weekdayOfDayNumber,
  ymdFromDayNumber,
} from './isoDate.js';
import { copyInput } from '../core/copyInput.js';
import { CchcError } from '../core/result.js';
import { built } from './builtCalendars.js';
import { badWorkCalendar } from './messages.js';
import { vietnamWorkCalendar, type WorkCalendar, type WorkCalendarOptions } from './workCalendar.js';

/**
 * A calendar safe to read: one {@link vietnamWorkCalendar} built as it is;
 * any other value (a calendar written by hand, or not a calendar) checked
 * and rebuilt from its own fields — a `CchcError` when it makes no calendar
 * (every day a rest day, a weekday 7, data that is not a schedule).
 */
function checkedCalendar(cal: unknown): WorkCalendar {
  if (typeof cal === 'object' && cal !== null && built.has(cal)) return cal as WorkCalendar;
  const copy = copyInput(cal);
  if (copy.issues.length > 0) throw new CchcError(copy.issues);
  const c = copy.value;
  if (!isRecord(c)) {
    throw new CchcError([
      badWorkCalendar(
        [],
        'Lịch làm việc phải là một đối tượng { profile, weeklyRestDays, data }',
        'A work calendar must be an object { profile, weeklyRestDays, data }',
      ),
    ]);
  }
  const fields: Record<string, unknown> = { builtInData: false };
  for (const key of Object.keys(c)) fields[key] = c[key];
  if (fields['weeklyRestDays'] === undefined) fields['weeklyRestDays'] = null; // required of a calendar
  return vietnamWorkCalendar(fields as WorkCalendarOptions);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** @internal */
export interface Engine {
  /** Day number of 1 January of `firstYear`. */
  base: number;
  firstYear: number;
  lastYear: number;
  /** 1 = not a working day, for days base … base + off.length − 1. */
  off: Uint8Array;
  /** prefix[i] = working days in [base, base + i). Length off.length + 1. */
  prefix: Int32Array;
  /** The IsoDate of each day, formatted on first use (saves formatting on the hot path). */
  names: (IsoDate | undefined)[];
  readonly rest: readonly boolean[];
  /** The calendar's announced schedules, arranged by year. */
  readonly rules: ScheduleRules;
}

const engines = new WeakMap<WorkCalendar, Engine>();

function create(given: WorkCalendar): Engine {
  // A calendar written by hand is checked first: every day a rest day would never end a count.
  const cal = checkedCalendar(given);
  const rest = [false, false, false, false, false, false, false];
  for (const w of cal.weeklyRestDays) rest[w] = true;
  return {
    base: 0,
    firstYear: 0,
    lastYear: -1,
    off: new Uint8Array(0),
    prefix: new Int32Array(1),
    names: [],
    rest,
    rules: scheduleRules(cal.data),
  };
}

/** The engine of a calendar (created on first use, without covering any year). @internal */
export function engineOf(cal: WorkCalendar): Engine {
  let e = typeof cal === 'object' && cal !== null ? engines.get(cal) : undefined;
  if (e === undefined) {
    e = create(cal);
    engines.set(cal, e);
  }
  return e;
}

/** Whether a day number is one of the engine's weekly rest days. @internal */
export function isRestDayOf(e: Engine, day: number): boolean {
  return e.rest[weekdayOfDayNumber(day)] === true;
}

/** Fills the off-flags of one year into `off` (whose index 0 is day `base`). */
function fillYear(e: Engine, year: number, off: Uint8Array, base: number): void {
  const start = dayNumberFromYmd(year, 1, 1);
  const end = dayNumberFromYmd(year + 1, 1, 1);
  let w = weekdayOfDayNumber(start);
  for (let day = start; day < end; day++) {
    off[day - base] = e.rest[w] === true ? 1 : 0;
    w = w === 6 ? 0 : ((w + 1) as typeof w);
  }
  const { off: daysOff, worked } = yearSchedule(e.rules, year, (day) => isRestDayOf(e, day));
  for (const h of daysOff) off[h.day - base] = 1;
  for (const w of worked) off[w.day - base] = 0;
}

/** Grows the table to cover `year` (whole years, doubling the span). */
function grow(e: Engine, year: number): void {
  checkHolidayYear(year);
  let first: number;
  let last: number;
  if (e.lastYear < e.firstYear) {
    first = year - 1;
    last = year + 1;
  } else {
    const span = e.lastYear - e.firstYear + 1;
    first = Math.min(e.firstYear, year < e.firstYear ? Math.min(year, e.firstYear - span) : e.firstYear);
    last = Math.max(e.lastYear, year > e.lastYear ? Math.max(year, e.lastYear + span) : e.lastYear);
  }
  first = Math.max(first, HOLIDAYS_MIN_YEAR);
  last = Math.min(last, HOLIDAYS_MAX_YEAR);
  const base = dayNumberFromYmd(first, 1, 1);
  const len = dayNumberFromYmd(last + 1, 1, 1) - base;
  const off = new Uint8Array(len);
  for (let y = first; y <= last; y++) {
    if (y >= e.firstYear && y <= e.lastYear) continue;
    fillYear(e, y, off, base);
  }
  if (e.lastYear >= e.firstYear) off.set(e.off, e.base - base);
  const prefix = new Int32Array(len + 1);
  for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i]! + (off[i] === 1 ? 0 : 1);
  e.base = base;
  e.firstYear = first;
  e.lastYear = last;
  e.off = off;
  e.prefix = prefix;
  e.names = new Array<IsoDate | undefined>(len);
}

/** The IsoDate of a day the engine covers, cached. @internal */
export function dateOf(e: Engine, day: number): IsoDate {
  const i = day - e.base;
  let s = e.names[i];
  if (s === undefined) {
    s = fromDayNumber(day);
    e.names[i] = s;
  }
  return s;
}

/** The engine of a calendar, covering at least `day`. @internal */
export function engineFor(cal: WorkCalendar, day: number): Engine {
  const e = engineOf(cal);
  if (day < e.base || day >= e.base + e.off.length) grow(e, ymdFromDayNumber(day).year);
  return e;
}

/** Makes sure the engine covers `day`. @internal */
export function cover(e: Engine, day: number): void {
  if (day < e.base || day >= e.base + e.off.length) grow(e, ymdFromDayNumber(day).year);
}
