/**
 * Vietnam's public holidays (ngày nghỉ lễ, Tết) by the Labour Code, with
 * compensatory days and the yearly announced schedule.
 *
 * @module
 */
import { CchcError, issue } from '../core/result.js';
import type { HolidayData } from './holidayData.js';
import { holidayDays } from './holidayRules.js';
import { type IsoDate, type Weekday, fromDayNumber, weekdayOfDayNumber } from './isoDate.js';

export { HOLIDAYS_MAX_YEAR, HOLIDAYS_MIN_YEAR } from './holidayRules.js';

/**
 * Why a day is off: `'holiday'` — a holiday of the Labour Code;
 * `'compensatory'` — nghỉ bù, the next working day after a holiday that fell
 * on a weekly rest day; `'announced'` — a further day off from the year's
 * announced schedule ({@link HolidayData}).
 *
 * @example
 * ```ts
 * import type { HolidayKind } from 'cchc';
 * const k: HolidayKind = 'compensatory';
 * ```
 */
export type HolidayKind = 'holiday' | 'compensatory' | 'announced';

/**
 * One day off: its date, its name in Vietnamese (`name`) and English
 * (`nameEn`), and why it is off (`kind`).
 *
 * @example
 * ```ts
 * import { vietnamHolidays, type Holiday } from 'cchc';
 * const first: Holiday | undefined = vietnamHolidays(2026)[0];
 * // { date: '2026-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day", kind: 'holiday' }
 * ```
 */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: HolidayKind;
}

const SAT_SUN = (day: number): boolean => {
  const w: Weekday = weekdayOfDayNumber(day);
  return w === 0 || w === 6;
};

/**
 * The days off of a year in Vietnam, sorted by date and frozen:
 *
 * - the public holidays of Bộ luật Lao động 2019, Điều 112 (2012 Code,
 *   Điều 115, for 2014–2020): Tết Dương lịch 1/1; Tết Âm lịch, 5 days;
 *   Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and (from
 *   2021) one day beside it;
 * - compensatory days (nghỉ bù, Điều 111 khoản 3): a holiday on a weekly rest
 *   day (Saturday or Sunday here, the Monday–Friday week of state agencies)
 *   gives the next working day off — 2023: Giỗ Tổ on Saturday 29/4 and 30/4 on
 *   Sunday give Tuesday 2/5 and Wednesday 3/5;
 * - with `extra`, the year's announced schedule: its Tết days and day beside
 *   2/9 replace the defaults, and its further days off are added (`kind:
 *   'announced'`). Its swapped working days are not days off and are not
 *   listed (a {@link WorkCalendar} applies them).
 *
 * Without `extra` the Tết days and the day beside 2/9 are defaults, NOT law
 * (the Prime Minister fixes them each year), chosen to give the days
 * announced for 2022–2026: Tết = two days before mùng 1 and three after, or
 * one before and four after when mùng 1 is a Tuesday; beside 2/9 = 1/9, or
 * 3/9 when 2/9 is a Monday or a Thursday.
 * Two holidays on the same day give one day off. Throws a `CchcError`
 * (`unsupported_year`) outside 2014–2199, or (`holiday_data_year`) when
 * `extra.year` is not `year`.
 *
 * @example
 * ```ts
 * import { vietnamHolidays, HOLIDAY_DATA_2026 } from 'cchc';
 * vietnamHolidays(2023).filter((h) => h.kind === 'compensatory' && h.date > '2023-04-01').map((h) => h.date);
 * // ['2023-05-02', '2023-05-03', '2023-09-04']
 * vietnamHolidays(2026, HOLIDAY_DATA_2026).find((h) => h.date === '2026-04-27')?.name; // 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)'
 * ```
 */
export function vietnamHolidays(year: number, extra?: HolidayData): readonly Holiday[] {
  if (extra !== undefined && extra.year !== year) {
    throw new CchcError([
      issue(
        ['year'],
        'holiday_data_year',
        `Lịch nghỉ của năm ${String(extra.year)} không dùng được cho năm ${String(year)}`,
        `The holiday data of ${String(extra.year)} cannot be used for ${String(year)}`,
      ),
    ]);
  }
  const days = holidayDays(year, extra, SAT_SUN, true);
  return Object.freeze(
    days.map((h) =>
      Object.freeze({ date: fromDayNumber(h.day), name: h.name, nameEn: h.nameEn, kind: h.kind }),
    ),
  );
}
