/**
 * The Vietnamese lunar calendar (âm lịch): conversion between solar
 * (Gregorian) dates and lunar dates, leap months included.
 *
 * Computed as the official calendar is — for the meridian UTC+7 from
 * 1 January 1968 (Quyết định 121/CP, 8/8/1967), UTC+8 before — by the
 * astronomical method described by Hồ Ngọc Đức, "Âm lịch Việt Nam"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/), with new moons and
 * solar longitudes from Jean Meeus, *Astronomical Algorithms*. See
 * `./lunar/table.ts` for the rules.
 *
 * @module
 */
import { shownJson, shownValue } from '../core/copyInput.js';
import { CchcError, type Issue, type Result, fail, issue, ok } from '../core/result.js';
import { type IsoDate, fromDayNumber, toDayNumber } from './isoDate.js';
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, lunarTable } from './lunar/table.js';

/**
 * A date in the Vietnamese lunar calendar. `leap` is true in a leap month
 * (tháng nhuận), which repeats the number of the month before it.
 *
 * @example
 * ```ts
 * import type { LunarDate } from 'cchc';
 * const giaoThua: LunarDate = { year: 2025, month: 12, day: 30, leap: false };
 * ```
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/**
 * A lunar date as given to {@link lunarToSolar}: `leap` may be left out
 * (meaning not a leap month).
 *
 * @example
 * ```ts
 * import type { LunarDateInput } from 'cchc';
 * const gioTo: LunarDateInput = { year: 2026, month: 3, day: 10 };
 * ```
 */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}

/**
 * The first lunar year the library converts (1800). Computed by the same
 * rules as later years; the tests check 1900–2100.
 *
 * @example
 * ```ts
 * import { LUNAR_MIN_YEAR, lunarToSolar } from 'cchc';
 * lunarToSolar({ year: LUNAR_MIN_YEAR, month: 1, day: 1 }); // Tết 1800
 * ```
 */
export const LUNAR_MIN_YEAR: number = FIRST_LUNAR_YEAR;

/**
 * The last lunar year the library converts (2199).
 *
 * @example
 * ```ts
 * import { LUNAR_MAX_YEAR, lunarToSolar } from 'cchc';
 * lunarToSolar({ year: LUNAR_MAX_YEAR, month: 12, day: 1 });
 * ```
 */
export const LUNAR_MAX_YEAR: number = LAST_LUNAR_YEAR;

/** Index of the month containing a day number, or -1 outside the table. */
function monthIndexOfDay(day: number): number {
  const t = lunarTable();
  const last = t.years.length; // starts has one more entry
  const first = t.starts[0]!;
  if (day < first || day >= t.starts[last]!) return -1;
  let i = Math.min(last - 1, Math.floor((day - first) / 29.530588853));
  while (t.starts[i]! > day) i -= 1;
  while (t.starts[i + 1]! <= day) i += 1;
  return i;
}

function outOfRange(vi: string, en: string): CchcError {
  return new CchcError([
    issue(
      [],
      'lunar_out_of_range',
      `${vi} nằm ngoài khoảng âm lịch được hỗ trợ (năm âm lịch ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR})`,
      `${en} is outside the supported lunar years ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
    ),
  ]);
}

/**
 * The Vietnamese lunar date of a solar date. Throws a `CchcError`
 * (`lunar_out_of_range`) outside lunar years 1800–2199. Does not depend on
 * the process time zone.
 *
 * @example
 * ```ts
 * import { solarToLunar, assertIsoDate } from 'cchc';
 * solarToLunar(assertIsoDate('2026-02-17')); // { year: 2026, month: 1, day: 1, leap: false } (Tết)
 * solarToLunar(assertIsoDate('2023-03-22')); // { year: 2023, month: 2, day: 1, leap: true }
 * ```
 */
export function solarToLunar(date: IsoDate): LunarDate {
  const day = toDayNumber(date);
  const i = monthIndexOfDay(day);
  if (i < 0) throw outOfRange(`Ngày ${date}`, date);
  const t = lunarTable();
  return Object.freeze({
    year: t.years[i]!,
    month: t.months[i]!,
    day: day - t.starts[i]! + 1,
    leap: t.leaps[i] === 1,
  });
}

/** The table index of a lunar month, or -1 when that month does not exist. */
function monthIndex(year: number, month: number, leap: boolean): number {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) return -1;
  if (!Number.isInteger(month) || month < 1 || month > 12) return -1;
  const t = lunarTable();
  const y = year - LUNAR_MIN_YEAR;
  const from = t.yearStart[y]!;
  const to = t.yearStart[y + 1]!;
  for (let i = from; i < to; i++) {
    if (t.months[i] === month && (t.leaps[i] === 1) === leap) return i;
  }
  return -1;
}

/** The day number of a lunar date, or null when it does not exist (fast path, no strings). */
function lunarDayNumber(l: LunarDateInput): number | null {
  if (l.leap !== undefined && typeof l.leap !== 'boolean') return null;
  const i = monthIndex(l.year, l.month, l.leap === true);
  if (i < 0) return null;
  const t = lunarTable();
  const length = t.starts[i + 1]! - t.starts[i]!;
  if (typeof l.day !== 'number' || !Number.isInteger(l.day) || l.day < 1 || l.day > length) return null;
  return t.starts[i]! + l.day - 1;
}

/** Why a lunar date does not exist (only called when it does not). */
function lunarIssues(l: LunarDateInput): readonly Issue[] {
  const shown = `${shownValue(l.day)}/${shownValue(l.month)}${l.leap === true ? ' nhuận' : ''}/${shownValue(l.year)}`;
  const shownEn = `${shownValue(l.year)}-${shownValue(l.month)}${l.leap === true ? ' (leap)' : ''}-${shownValue(l.day)}`;
  if (typeof l.year !== 'number' || !Number.isInteger(l.year)) {
    return [
      issue(
        ['year'],
        'invalid_lunar_date',
        `Năm âm lịch phải là số nguyên, nhận được ${shownJson(l.year)}`,
        `The lunar year must be a whole number, got ${shownJson(l.year)}`,
      ),
    ];
  }
  if (l.year < LUNAR_MIN_YEAR || l.year > LUNAR_MAX_YEAR) {
    return [
      issue(
        ['year'],
        'lunar_out_of_range',
        `Năm âm lịch ${shownValue(l.year)} nằm ngoài khoảng được hỗ trợ (${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR})`,
        `Lunar year ${shownValue(l.year)} is outside the supported years ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
      ),
    ];
  }
  if (l.leap !== undefined && typeof l.leap !== 'boolean') {
    return [
      issue(
        ['leap'],
        'invalid_lunar_date',
        'Trường leap phải là true hoặc false',
        'leap must be true or false',
      ),
    ];
  }
  const i = monthIndex(l.year, l.month, l.leap === true);
  if (i < 0) {
    return [
      issue(
        l.leap === true ? ['leap'] : ['month'],
        'invalid_lunar_date',
        `Ngày âm lịch ${shown} không tồn tại: năm ${shownValue(l.year)} không có tháng ${shownValue(l.month)}${l.leap === true ? ' nhuận' : ''}`,
        `The lunar date ${shownEn} does not exist: lunar year ${shownValue(l.year)} has no ${l.leap === true ? 'leap ' : ''}month ${shownValue(l.month)}`,
      ),
    ];
  }
  const t = lunarTable();
  const length = t.starts[i + 1]! - t.starts[i]!;
  return [
    issue(
      ['day'],
      'invalid_lunar_date',
      `Ngày âm lịch ${shown} không tồn tại: tháng này có ${length} ngày`,
      `The lunar date ${shownEn} does not exist: that month has ${length} days`,
    ),
  ];
}

/**
 * The solar date of a lunar date, as a {@link Result}: never throws.
 * Fails with `invalid_lunar_date` when the lunar date does not exist (a leap
 * month the year does not have, day 30 of a 29-day month…) and with
 * `lunar_out_of_range` outside lunar years 1800–2199.
 *
 * @example
 * ```ts
 * import { safeLunarToSolar } from 'cchc';
 * safeLunarToSolar({ year: 2023, month: 2, day: 1, leap: true }); // { ok: true, value: '2023-03-22' }
 * safeLunarToSolar({ year: 2024, month: 2, day: 1, leap: true }); // { ok: false, issues: [{ code: 'invalid_lunar_date', … }] }
 * ```
 */
export function safeLunarToSolar(l: LunarDateInput): Result<IsoDate> {
  const f = lunarFields(l);
  if (f === null) return fail([notALunarDate()]);
  const day = lunarDayNumber(f);
  return day === null ? fail(lunarIssues(f)) : ok(fromDayNumber(day));
}

/** The fields of a lunar date read once, or null when `l` is not an object or cannot be read (a Proxy). */
function lunarFields(l: unknown): LunarDateInput | null {
  if (typeof l !== 'object' || l === null) return null;
  try {
    const { year, month, day, leap } = l as LunarDateInput;
    return leap === undefined ? { year, month, day } : { year, month, day, leap };
  } catch {
    return null;
  }
}

function notALunarDate(): Issue {
  return issue(
    [],
    'invalid_lunar_date',
    'Ngày âm lịch phải là một đối tượng { year, month, day, leap? }',
    'A lunar date must be an object { year, month, day, leap? }',
  );
}

/**
 * The solar date of a lunar date. Throws a `CchcError` with code
 * `invalid_lunar_date` when the lunar date does not exist (or
 * `lunar_out_of_range` outside 1800–2199); see {@link safeLunarToSolar}
 * for the non-throwing form.
 *
 * @example
 * ```ts
 * import { lunarToSolar } from 'cchc';
 * lunarToSolar({ year: 2026, month: 1, day: 1 });  // '2026-02-17' (Tết Bính Ngọ)
 * lunarToSolar({ year: 2026, month: 3, day: 10 }); // '2026-04-26' (Giỗ Tổ Hùng Vương)
 * ```
 */
export function lunarToSolar(l: LunarDateInput): IsoDate {
  const r = safeLunarToSolar(l);
  if (!r.ok) throw new CchcError(r.issues);
  return r.value;
}

/**
 * Whether a lunar date exists (month present in that year — leap months
 * included — and day within the month's 29 or 30 days).
 *
 * @example
 * ```ts
 * import { isValidLunarDate } from 'cchc';
 * isValidLunarDate({ year: 2023, month: 2, day: 30, leap: true }); // false (leap month 2 of 2023 has 29 days)
 * isValidLunarDate({ year: 2025, month: 6, day: 1, leap: true });  // true
 * ```
 */
export function isValidLunarDate(l: LunarDateInput): boolean {
  const f = lunarFields(l);
  return f !== null && lunarDayNumber(f) !== null;
}

/**
 * The leap month (tháng nhuận) of a lunar year, or `null` when the year has
 * none. Throws a `CchcError` (`lunar_out_of_range`) outside 1800–2199.
 *
 * @example
 * ```ts
 * import { leapMonthOf } from 'cchc';
 * leapMonthOf(2023); // 2
 * leapMonthOf(2024); // null
 * ```
 */
export function leapMonthOf(year: number): number | null {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR)
    throw outOfRange(`Năm ${shownValue(year)}`, `Year ${shownValue(year)}`);
  const m = lunarTable().leapMonth[year - LUNAR_MIN_YEAR]!;
  return m === 0 ? null : m;
}

/**
 * One month of a lunar year: its number, whether it is leap, its first solar
 * day and its length (29 or 30 days).
 *
 * @example
 * ```ts
 * import { lunarYearMonths, type LunarMonth } from 'cchc';
 * const first: LunarMonth | undefined = lunarYearMonths(2026)[0];
 * // { month: 1, leap: false, start: '2026-02-17', days: 29 or 30 }
 * ```
 */
export interface LunarMonth {
  readonly month: number;
  readonly leap: boolean;
  readonly start: IsoDate;
  readonly days: 29 | 30;
}

/**
 * The months of a lunar year in order, from month 1 (Tết) to month 12,
 * with the leap month in its place: 12 or 13 entries. Throws a `CchcError`
 * (`lunar_out_of_range`) outside 1800–2199.
 *
 * @example
 * ```ts
 * import { lunarYearMonths } from 'cchc';
 * lunarYearMonths(2023).map((m) => (m.leap ? `${m.month}+` : `${m.month}`)).join(' ');
 * // '1 2 2+ 3 4 5 6 7 8 9 10 11 12'
 * ```
 */
export function lunarYearMonths(year: number): readonly LunarMonth[] {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR)
    throw outOfRange(`Năm ${shownValue(year)}`, `Year ${shownValue(year)}`);
  const t = lunarTable();
  const y = year - LUNAR_MIN_YEAR;
  const out: LunarMonth[] = [];
  for (let i = t.yearStart[y]!; i < t.yearStart[y + 1]!; i++) {
    out.push(
      Object.freeze({
        month: t.months[i]!,
        leap: t.leaps[i] === 1,
        start: fromDayNumber(t.starts[i]!),
        days: (t.starts[i + 1]! - t.starts[i]!) as 29 | 30,
      }),
    );
  }
  return Object.freeze(out);
}
