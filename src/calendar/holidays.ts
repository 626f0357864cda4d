/**
 * Vietnam's public holidays (ngày nghỉ lễ, Tết) by the Labour Code, with
 * compensatory days and the yearly announced schedule.
 *
 * @module
 */
import { CchcError, issue } from '../core/result.js';
import type { HolidayData } from './holidayData.js';
import {
  type IsoDate,
  type Weekday,
  dayNumberFromYmd,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
} from './isoDate.js';
import { lunarToSolar, solarToLunar, LUNAR_MAX_YEAR } from './lunar.js';

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

/**
 * The first year whose holidays the library computes: 2014, the first Tết
 * under Bộ luật Lao động 2012 (in force from 1 May 2013). Earlier years had
 * other rules (Tết 4 days) that the library does not model.
 *
 * @example
 * ```ts
 * import { HOLIDAYS_MIN_YEAR } from 'cchc';
 * HOLIDAYS_MIN_YEAR; // 2014
 * ```
 */
export const HOLIDAYS_MIN_YEAR = 2014;

/**
 * The last year whose holidays the library computes (the lunar calendar's
 * last year, 2199).
 *
 * @example
 * ```ts
 * import { HOLIDAYS_MAX_YEAR } from 'cchc';
 * HOLIDAYS_MAX_YEAR; // 2199
 * ```
 */
export const HOLIDAYS_MAX_YEAR: number = LUNAR_MAX_YEAR;

/** @internal Throws unless the year's holidays can be computed. */
export function checkHolidayYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAYS_MIN_YEAR || year > HOLIDAYS_MAX_YEAR) {
    throw new CchcError([
      issue(
        [],
        'unsupported_year',
        `Chưa hỗ trợ ngày nghỉ lễ của năm ${String(year)} (hỗ trợ ${HOLIDAYS_MIN_YEAR}–${HOLIDAYS_MAX_YEAR})`,
        `Holidays of ${String(year)} are not supported (supported: ${HOLIDAYS_MIN_YEAR}–${HOLIDAYS_MAX_YEAR})`,
      ),
    ]);
  }
}

/** A day off as day number, internal form. */
interface Off {
  readonly day: number;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: HolidayKind;
}

/** Label of a Tết day relative to mùng 1. */
function tetName(day: number, tet: number): { name: string; nameEn: string } {
  const offset = day - tet;
  if (offset >= 0) {
    return { name: `Tết Âm lịch (mùng ${offset + 1})`, nameEn: `Lunar New Year (Tết, day ${offset + 1})` };
  }
  const l = solarToLunar(fromDayNumber(day));
  return {
    name: `Tết Âm lịch (${l.day} tháng Chạp)`,
    nameEn: `Lunar New Year (Tết, ${l.day} of the 12th lunar month)`,
  };
}

/**
 * The default day beside 2/9 when no announced schedule fixes it: the day
 * before (1/9), except when 2/9 is a Thursday (then Friday 3/9, joining the
 * weekend) or a Monday (then Tuesday 3/9; the day before would be a Sunday
 * and bring a compensatory Tuesday anyway). 2025 and 2026 (Tuesday,
 * Wednesday) were announced with 1/9, as this rule gives.
 */
function defaultNationalDayAdjacent(year: number): number {
  const sep2 = dayNumberFromYmd(year, 9, 2);
  const w = weekdayOfDayNumber(sep2);
  return w === 4 || w === 1 ? sep2 + 1 : sep2 - 1;
}

/**
 * The days off of a year as internal records, sorted. `restDays[w]` is true
 * for a weekly rest day. `announced` adds the data's further days off.
 *
 * @internal
 */
export function holidayDays(
  year: number,
  data: HolidayData | undefined,
  isRestDay: (day: number) => boolean,
  announced: boolean,
): readonly Off[] {
  checkHolidayYear(year);
  const legal: Off[] = [];
  const add = (day: number, name: string, nameEn: string): void => {
    legal.push({ day, name, nameEn, kind: 'holiday' });
  };
  // Bộ luật Lao động 2019, Điều 112 khoản 1 (from 2021); Bộ luật Lao động 2012,
  // Điều 115 khoản 1 (2014–2020: the same days, but Quốc khánh only 2/9).
  add(dayNumberFromYmd(year, 1, 1), 'Tết Dương lịch', "New Year's Day");
  const tet = toDayNumber(lunarToSolar({ year, month: 1, day: 1 }));
  const tetDays = data?.tetDays?.map(toDayNumber) ?? [tet - 1, tet, tet + 1, tet + 2, tet + 3];
  for (const day of tetDays) {
    const n = tetName(day, tet);
    add(day, n.name, n.nameEn);
  }
  add(
    toDayNumber(lunarToSolar({ year, month: 3, day: 10 })),
    'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    'Hung Kings Commemoration Day (10th day of the 3rd lunar month)',
  );
  add(dayNumberFromYmd(year, 4, 30), 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)');
  add(dayNumberFromYmd(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)', "International Workers' Day (1 May)");
  add(dayNumberFromYmd(year, 9, 2), 'Quốc khánh (2/9)', 'National Day (2 September)');
  if (year >= 2021) {
    const adjacent =
      data?.nationalDayAdjacent === undefined ? defaultNationalDayAdjacent(year) : toDayNumber(data.nationalDayAdjacent);
    add(adjacent, 'Quốc khánh (ngày liền kề 2/9)', 'National Day (the day beside 2 September)');
  }
  legal.sort((a, b) => a.day - b.day);

  // Bộ luật Lao động 2019, Điều 111 khoản 3 (the 2012 Code, Điều 115, had the same rule):
  // a holiday on a weekly rest day gives the next working day off. Each such
  // holiday day gives one compensatory day, the first day after it that is
  // neither a rest day, nor a holiday, nor already a compensatory day.
  const taken = new Set(legal.map((h) => h.day));
  const out: Off[] = [...legal];
  const seen = new Set<number>();
  for (const h of legal) {
    if (seen.has(h.day)) continue; // two holidays on one day give one day off
    seen.add(h.day);
    if (!isRestDay(h.day)) continue;
    let c = h.day + 1;
    while (isRestDay(c) || taken.has(c)) c += 1;
    taken.add(c);
    out.push({ day: c, name: `Nghỉ bù ${h.name}`, nameEn: `Compensatory day off for ${h.nameEn}`, kind: 'compensatory' });
  }
  if (announced && data?.daysOff !== undefined) {
    for (const e of data.daysOff) {
      const day = toDayNumber(e.date);
      if (taken.has(day)) continue;
      taken.add(day);
      out.push({ day, name: e.name, nameEn: e.nameEn ?? e.name, kind: 'announced' });
    }
  }
  const order: Record<HolidayKind, number> = { holiday: 0, compensatory: 1, announced: 2 };
  return out.sort((a, b) => a.day - b.day || order[a.kind] - order[b.kind]);
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
 * (the Prime Minister fixes them each year): Tết = the last day of the lunar
 * year and mùng 1–4 (as announced for 2026; 2025 was two days before and
 * three after); beside 2/9 = 1/9, or 3/9 when 2/9 is a Monday or a Thursday.
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
    days.map((h) => Object.freeze({ date: fromDayNumber(h.day), name: h.name, nameEn: h.nameEn, kind: h.kind })),
  );
}
