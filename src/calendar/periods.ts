/**
 * Calendar periods — month, quarter (quý), half-year (6 tháng) and year —
 * with their first and last days, computed on calendar days only.
 *
 * @module
 */
import { CchcError } from '../core/result.js';
import { type IsoDate, daysInMonth, formatYmd, toDayNumber, ymd } from './isoDate.js';
import { noSuchPeriod } from './messages.js';

/**
 * The kinds of calendar period: `'month'` (tháng, index 1–12), `'quarter'`
 * (quý, index 1–4), `'half'` (6 tháng, index 1–2) and `'year'` (năm, index 1).
 *
 * @example
 * ```ts
 * import type { PeriodUnit } from 'cchc';
 * const unit: PeriodUnit = 'quarter';
 * ```
 */
export type PeriodUnit = 'month' | 'quarter' | 'half' | 'year';

/**
 * One calendar period: its unit, year, index within the year (1-based) and
 * its first and last days (both inclusive).
 *
 * @example
 * ```ts
 * import { periodOf, assertIsoDate, type Period } from 'cchc';
 * const q: Period = periodOf(assertIsoDate('2018-05-10'), 'quarter');
 * // { unit: 'quarter', year: 2018, index: 2, start: '2018-04-01', end: '2018-06-30' }
 * ```
 */
export interface Period {
  readonly unit: PeriodUnit;
  readonly year: number;
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Months per period of each unit. */
const MONTHS: Readonly<Record<PeriodUnit, number>> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * How many periods of a unit there are in a year: 12 months, 4 quarters,
 * 2 halves, 1 year.
 *
 * @example
 * ```ts
 * import { periodsPerYear } from 'cchc';
 * periodsPerYear('quarter'); // 4
 * ```
 */
export function periodsPerYear(unit: PeriodUnit): number {
  return 12 / MONTHS[unit];
}

function checkPeriod(unit: PeriodUnit, year: number, index: number): void {
  const count = Object.hasOwn(MONTHS, unit) ? periodsPerYear(unit) : 0;
  if (
    count === 0 ||
    !Number.isInteger(year) ||
    year < 1 ||
    year > 9999 ||
    !Number.isInteger(index) ||
    index < 1 ||
    index > count
  ) {
    throw new CchcError([noSuchPeriod(unit, index, year)]);
  }
}

/**
 * The first day of a period. `index` is 1-based (quarter 1–4, month 1–12,
 * half 1–2, year 1). Throws a `CchcError` (`invalid_period`) for a period
 * that does not exist (e.g. quarter 5).
 *
 * @example
 * ```ts
 * import { periodStart } from 'cchc';
 * periodStart('quarter', 2018, 3); // '2018-07-01'
 * periodStart('half', 2018, 2);    // '2018-07-01'
 * ```
 */
export function periodStart(unit: PeriodUnit, year: number, index = 1): IsoDate {
  checkPeriod(unit, year, index);
  return formatYmd(year, (index - 1) * MONTHS[unit] + 1, 1);
}

/**
 * The last day of a period (inclusive). `index` is 1-based. Throws a
 * `CchcError` (`invalid_period`) for a period that does not exist.
 *
 * @example
 * ```ts
 * import { periodEnd } from 'cchc';
 * periodEnd('month', 2024, 2);   // '2024-02-29'
 * periodEnd('quarter', 2018, 4); // '2018-12-31'
 * periodEnd('year', 2018);       // '2018-12-31'
 * ```
 */
export function periodEnd(unit: PeriodUnit, year: number, index = 1): IsoDate {
  checkPeriod(unit, year, index);
  const month = index * MONTHS[unit];
  return formatYmd(year, month, daysInMonth(year, month));
}

/**
 * The period of a unit with the given year and index, as a frozen
 * {@link Period}. Throws a `CchcError` (`invalid_period`) when it does not exist.
 *
 * @example
 * ```ts
 * import { period } from 'cchc';
 * period('half', 2019, 1); // { unit: 'half', year: 2019, index: 1, start: '2019-01-01', end: '2019-06-30' }
 * ```
 */
export function period(unit: PeriodUnit, year: number, index = 1): Period {
  return Object.freeze({
    unit,
    year,
    index,
    start: periodStart(unit, year, index),
    end: periodEnd(unit, year, index),
  });
}

/**
 * The period of a unit that contains a date. Throws a `CchcError`
 * (`invalid_date`) when `date` is not a real date.
 *
 * @example
 * ```ts
 * import { periodOf, assertIsoDate } from 'cchc';
 * periodOf(assertIsoDate('2024-02-29'), 'quarter').end; // '2024-03-31'
 * periodOf(assertIsoDate('2018-12-31'), 'half').index;  // 2
 * ```
 */
export function periodOf(date: IsoDate, unit: PeriodUnit): Period {
  toDayNumber(date); // throws invalid_date for a string that is not a real date
  const { year, month } = ymd(date);
  return period(unit, year, Math.floor((month - 1) / MONTHS[unit]) + 1);
}

/**
 * Every period of a unit that overlaps the dates `from`…`to` (inclusive), in
 * order: the first is the period containing `from`, the last the one
 * containing `to`. Empty when `to` is before `from`.
 *
 * @example
 * ```ts
 * import { eachPeriod, assertIsoDate } from 'cchc';
 * eachPeriod('quarter', assertIsoDate('2018-02-10'), assertIsoDate('2018-08-01')).map((p) => p.index); // [1, 2, 3]
 * ```
 */
export function eachPeriod(unit: PeriodUnit, from: IsoDate, to: IsoDate): readonly Period[] {
  const out: Period[] = [];
  if (toDayNumber(to) < toDayNumber(from)) return Object.freeze(out);
  const first = periodOf(from, unit);
  const last = periodOf(to, unit);
  const per = periodsPerYear(unit);
  let year = first.year;
  let index = first.index;
  for (;;) {
    out.push(period(unit, year, index));
    if (year === last.year && index === last.index) break;
    index += 1;
    if (index > per) {
      index = 1;
      year += 1;
    }
  }
  return Object.freeze(out);
}
