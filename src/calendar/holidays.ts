/**
 * Vietnam's public holidays (ngày nghỉ lễ, Tết) by the Labour Code, with
 * compensatory days and the yearly announced schedules — the same days the
 * working-day functions apply.
 *
 * @module
 */
import { CchcError } from '../core/result.js';
import { toNfc } from '../core/text.js';
import type { HolidayData } from './holidayData.js';
import { parseHolidayData } from './parseHolidayData.js';
import { checkHolidayYear, yearSchedule } from './holidayRules.js';
import { type IsoDate, fromDayNumber } from './isoDate.js';
import { holidayDataOfAnotherYear } from './messages.js';
import { STATE_WORK_CALENDAR, vietnamWorkCalendar, type WorkCalendar } from './workCalendar.js';
import { engineOf, isRestDayOf } from './workEngine.js';

export { HOLIDAYS_MAX_YEAR, HOLIDAYS_MIN_YEAR } from './holidayRules.js';

/**
 * Why a day is off: `'holiday'` — a holiday of the Labour Code;
 * `'compensatory'` — nghỉ bù, the next working day after a holiday that fell
 * on a weekly rest day; `'announced'` — a further day off from an announced
 * schedule ({@link HolidayData}), usually a working day swapped for a
 * Saturday worked.
 *
 * @example
 * ```ts
 * import type { DayOffKind } from 'cchc';
 * const k: DayOffKind = 'compensatory';
 * ```
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'announced';

/**
 * The kind of a day {@link vietnamHolidays} lists: a day off
 * ({@link DayOffKind}: `'holiday'`, `'compensatory'`, `'announced'`) or
 * `'working_weekend'` — a weekly rest day (a Saturday, for state agencies)
 * made a working day by an announced swap (ngày làm bù).
 *
 * @example
 * ```ts
 * import type { HolidayKind } from 'cchc';
 * const k: HolidayKind = 'working_weekend';
 * ```
 */
export type HolidayKind = DayOffKind | 'working_weekend';

/**
 * One day {@link vietnamHolidays} lists: its date, its name in Vietnamese
 * (`name`) and English (`nameEn`), and `kind` — a discriminant: a day off
 * (`'holiday'`, `'compensatory'`, `'announced'`) or a weekend day worked
 * (`'working_weekend'`). Test `kind !== 'working_weekend'` (or
 * {@link isDayOff}) before treating an entry as a day off.
 *
 * @example
 * ```ts
 * import { vietnamHolidays, type Holiday } from 'cchc';
 * const first: Holiday | undefined = vietnamHolidays(2026)[0];
 * // { date: '2026-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day", kind: 'holiday' }
 * ```
 */
export type Holiday = DayOff | WorkingWeekendDay;

/**
 * A day off listed by {@link vietnamHolidays}.
 *
 * @example
 * ```ts
 * import { vietnamHolidays, isDayOff, type DayOff } from 'cchc';
 * const off: DayOff[] = vietnamHolidays(2024).filter(isDayOff);
 * ```
 */
export interface DayOff {
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: DayOffKind;
}

/**
 * A weekly rest day made a working day by an announced swap, listed by
 * {@link vietnamHolidays} (`kind: 'working_weekend'`).
 *
 * @example
 * ```ts
 * import { vietnamHolidays, type WorkingWeekendDay } from 'cchc';
 * const worked = vietnamHolidays(2024).filter((h): h is WorkingWeekendDay => h.kind === 'working_weekend');
 * worked.map((h) => h.date); // ['2024-05-04']
 * ```
 */
export interface WorkingWeekendDay {
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: 'working_weekend';
}

/**
 * Whether a listed day is a day off (not a weekend day worked).
 *
 * @example
 * ```ts
 * import { vietnamHolidays, isDayOff } from 'cchc';
 * vietnamHolidays(2019).filter((h) => !isDayOff(h)).map((h) => h.date); // ['2019-01-05', '2019-05-04']
 * ```
 */
export function isDayOff(h: Holiday): h is DayOff {
  return h.kind !== 'working_weekend';
}

/** Whether the second argument of {@link vietnamHolidays} is a calendar (else holiday data); never throws. */
function isWorkCalendar(x: HolidayData | WorkCalendar): x is WorkCalendar {
  try {
    return typeof x === 'object' && x !== null && Object.hasOwn(x, 'weeklyRestDays');
  } catch {
    return true; // a revoked Proxy: the calendar check names it
  }
}

/**
 * The days of a year in Vietnam that are not what their weekday says, sorted
 * by date and frozen — exactly the days the working-day functions apply
 * ({@link isWorkingDay}, {@link addWorkingDays}) on the same calendar:
 *
 * - the public holidays of Bộ luật Lao động 2019, Điều 112 (2012 Code,
 *   Điều 115, for 2014–2020): Tết Dương lịch 1/1; Tết Âm lịch, 5 days;
 *   Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and (from
 *   2021) one day beside it (`kind: 'holiday'`, also when one falls on a
 *   weekend);
 * - compensatory days (nghỉ bù, Điều 111 khoản 3): a holiday on a weekly rest
 *   day gives the next working day off (`'compensatory'`) — 2023: Giỗ Tổ on
 *   Saturday 29/4 and 30/4 on Sunday give Tuesday 2/5 and Wednesday 3/5;
 * - the announced schedules: their Tết days and day beside 2/9 replace the
 *   defaults, their further days off are listed (`'announced'`) and so are
 *   the weekend days they make working days (`'working_weekend'`) — each on
 *   its own date, so `vietnamHolidays(2018)` lists Monday 31/12/2018 from
 *   the 2019 schedule.
 *
 * The second argument chooses the calendar: none — the state-agency calendar
 * (Saturday–Sunday weekend, the schedules the library ships, 2016–2026; see
 * {@link holidaySchedule}); a {@link HolidayData} — the same with that
 * year's schedule (e.g. one just announced) replacing the shipped one; a
 * {@link WorkCalendar} — that calendar, its rest days and its data. For a
 * year without a schedule the Tết days and the day beside 2/9 are defaults,
 * NOT law (the Prime Minister fixes them each year): Tết = two days before
 * mùng 1 and three after, or one before and four after when mùng 1 is a
 * Tuesday; beside 2/9 = 1/9, or 3/9 when 2/9 is a Monday or a Thursday.
 * Two holidays on the same day give one day off.
 *
 * Throws a `CchcError`: `unsupported_year` outside 2014–2199,
 * `holiday_data_year` when the data's `year` is not `year`, and the errors
 * of {@link vietnamWorkCalendar} for malformed data.
 *
 * @example
 * ```ts
 * import { vietnamHolidays, isoDate, type HolidayData } from 'cchc';
 * vietnamHolidays(2024).filter((h) => h.date >= '2024-04-27' && h.date <= '2024-05-04').map((h) => `${h.date} ${h.kind}`);
 * // ['2024-04-29 announced', '2024-04-30 holiday', '2024-05-01 holiday', '2024-05-04 working_weekend']
 * vietnamHolidays(2018).at(-1)?.date; // '2018-12-31' (swapped day off announced for Tết Dương lịch 2019)
 * const data2027: HolidayData = {
 *   year: 2027,
 *   source: 'Công văn …/VPCP-KGVX', // illustrative data, not an announcement
 *   daysOff: [{ date: isoDate('2027-05-04'), name: 'Nghỉ hoán đổi' }],
 *   workingDays: [{ date: isoDate('2027-05-08'), name: 'Làm bù' }],
 * };
 * vietnamHolidays(2027, data2027).filter((h) => h.kind === 'announced').map((h) => h.date); // ['2027-05-04']
 * ```
 */
export function vietnamHolidays(year: number, extra?: HolidayData | WorkCalendar): readonly Holiday[] {
  let calendar: WorkCalendar;
  if (extra === undefined) calendar = STATE_WORK_CALENDAR;
  else if (isWorkCalendar(extra)) calendar = extra;
  else {
    const data = parseHolidayData(extra);
    if (!data.ok) throw new CchcError(data.issues);
    if (data.value.year !== year) throw new CchcError([holidayDataOfAnotherYear(data.value.year, year)]);
    calendar = vietnamWorkCalendar({ data: [data.value] });
  }
  checkHolidayYear(year);
  const e = engineOf(calendar);
  const isRest = (day: number): boolean => isRestDayOf(e, day);
  const { off, worked } = yearSchedule(e.rules, year, isRest);
  const out: Holiday[] = off.map((h) =>
    Object.freeze({ date: fromDayNumber(h.day), name: toNfc(h.name), nameEn: toNfc(h.nameEn), kind: h.kind }),
  );
  for (const w of worked) {
    if (!isRest(w.day)) continue; // a weekday "worked" changes nothing
    out.push(
      Object.freeze({
        date: fromDayNumber(w.day),
        name: toNfc(w.name),
        nameEn: toNfc(w.nameEn),
        kind: 'working_weekend' as const,
      }),
    );
  }
  // Dates are distinct (a working day is never also off), so the date alone orders them.
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(out);
}

/**
 * What a calendar knows of a year's holidays: `'announced'` — an announced
 * schedule applies (with the document that announced it, `source`, and
 * where it can be read, `sourceUrls`); `'statutory'` — no schedule is known,
 * so the Labour Code's rules and the library's defaults for Tết and the day
 * beside 2/9 apply (see {@link vietnamHolidays}), and a swap announced for
 * that year is not applied until you pass it as data.
 *
 * @example
 * ```ts
 * import { holidaySchedule, type HolidaySchedule } from 'cchc';
 * const s: HolidaySchedule = holidaySchedule(2015); // { year: 2015, status: 'statutory' }
 * ```
 */
export type HolidaySchedule =
  | {
      readonly year: number;
      readonly status: 'announced';
      readonly source: string;
      readonly sourceUrls: readonly string[];
      readonly data: HolidayData;
    }
  | { readonly year: number; readonly status: 'statutory' };

/**
 * Whether a year's holidays on a calendar (default: the state-agency
 * calendar) come from an announced schedule — and which — or from the
 * statutory rules only. The library ships the schedules announced for
 * 2016–2026; 2014, 2015 and 2027 onwards are statutory until you pass the
 * year's schedule as data ({@link HolidayData}). A statutory year may still
 * hold an announced day dated in it by a neighbouring year's schedule.
 *
 * @example
 * ```ts
 * import { holidaySchedule } from 'cchc';
 * const s = holidaySchedule(2019);
 * if (s.status === 'announced') s.source; // 'Công văn 6519/VPCP-KGVX (11/7/2018) của Văn phòng Chính phủ; …'
 * holidaySchedule(2027).status; // 'statutory'
 * ```
 */
export function holidaySchedule(year: number, calendar: WorkCalendar = STATE_WORK_CALENDAR): HolidaySchedule {
  checkHolidayYear(year);
  const data = engineOf(calendar).rules.dataByYear.get(year);
  if (data === undefined) return Object.freeze({ year, status: 'statutory' as const });
  return Object.freeze({
    year,
    status: 'announced' as const,
    source: data.source,
    sourceUrls: data.sourceUrls ?? Object.freeze([]),
    data,
  });
}
