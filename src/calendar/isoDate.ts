/**
 * Calendar dates as ISO strings and the day arithmetic on them.
 *
 * Every computation here works on civil (proleptic Gregorian) calendar days
 * as integers — never through `Date` in the process time zone — so results
 * are the same under any `TZ`.
 *
 * @module
 */
import { CchcError, type Result, ok, fail } from '../core/result.js';
import { dayNumberOutOfRange, invalidIsoDate, noSuchDate, notAnInteger } from './messages.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` that is known to exist (validated).
 * A branded string: plain strings must go through {@link parseIsoDate},
 * {@link isIsoDate} or {@link assertIsoDate} first.
 *
 * @example
 * ```ts
 * import { assertIsoDate, type IsoDate } from 'cchc';
 * const d: IsoDate = assertIsoDate('2018-06-30');
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };

/**
 * The day of the week of a date: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai)
 * … 6 = Saturday (thứ Bảy).
 *
 * @example
 * ```ts
 * import { dayOfWeek, assertIsoDate, type Weekday } from 'cchc';
 * const w: Weekday = dayOfWeek(assertIsoDate('2026-02-17')); // 2 (Tuesday)
 * ```
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { isLeapYear } from 'cchc';
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'cchc';
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/**
 * Whether year, month and day name a date that exists (year 1–9999).
 *
 * @example
 * ```ts
 * import { isValidYmd } from 'cchc';
 * isValidYmd(2024, 2, 29); // true
 * isValidYmd(2023, 2, 29); // false
 * ```
 */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Whether a value is an existing calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'cchc';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2023-2-1');   // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (m === null) return false;
  return isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Validates a `YYYY-MM-DD` string. Returns a {@link Result}; never throws.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'cchc';
 * parseIsoDate('2018-06-30');  // { ok: true, value: '2018-06-30' }
 * parseIsoDate('2023-02-29');  // { ok: false, issues: [{ code: 'invalid_date', … }] }
 * ```
 */
export function parseIsoDate(value: unknown): Result<IsoDate> {
  if (isIsoDate(value)) return ok(value);
  return fail([invalidIsoDate(value)]);
}

/**
 * Returns the value as an {@link IsoDate} or throws a {@link CchcError}
 * (`invalid_date`) when it is not an existing `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { assertIsoDate } from 'cchc';
 * const d = assertIsoDate('2018-12-31');
 * // assertIsoDate('2019-02-29') throws CchcError
 * ```
 */
export function assertIsoDate(value: unknown): IsoDate {
  const r = parseIsoDate(value);
  if (!r.ok) throw new CchcError(r.issues);
  return r.value;
}

/**
 * An {@link IsoDate}, checked: from a `YYYY-MM-DD` string, or from year,
 * month (1–12) and day. Throws a {@link CchcError} (`invalid_date`) when the
 * date does not exist — never returns a string that is not a real date.
 * Use it in code and examples instead of casting (`'…' as IsoDate`).
 *
 * @example
 * ```ts
 * import { isoDate } from 'cchc';
 * isoDate('2018-06-30'); // '2018-06-30'
 * isoDate(2018, 6, 30);  // '2018-06-30'
 * // isoDate('2019-02-29') and isoDate(2024, 13, 1) throw CchcError (invalid_date)
 * ```
 */
export function isoDate(text: string): IsoDate;
export function isoDate(year: number, month: number, day: number): IsoDate;
export function isoDate(yearOrText: number | string, month?: number, day?: number): IsoDate {
  if (typeof yearOrText === 'string' && month === undefined && day === undefined) {
    return assertIsoDate(yearOrText);
  }
  if (typeof yearOrText !== 'number' || !isValidYmd(yearOrText, month as number, day as number)) {
    throw new CchcError([noSuchDate(yearOrText, month, day)]);
  }
  return formatYmd(yearOrText, month as number, day as number);
}

/** @internal Formats without validation (callers guarantee validity). */
export function formatYmd(year: number, month: number, day: number): IsoDate {
  const y = year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}

/**
 * Splits a date into its year, month (1–12) and day.
 *
 * @example
 * ```ts
 * import { ymd, assertIsoDate } from 'cchc';
 * ymd(assertIsoDate('2018-06-30')); // { year: 2018, month: 6, day: 30 }
 * ```
 */
export function ymd(date: IsoDate): { readonly year: number; readonly month: number; readonly day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * The day number of a civil date: days since 1970-01-01 (which is day 0).
 * Pure integer arithmetic (H. Hinnant's `days_from_civil`), independent of
 * the process time zone.
 *
 * @example
 * ```ts
 * import { dayNumberFromYmd } from 'cchc';
 * dayNumberFromYmd(1970, 1, 1); // 0
 * dayNumberFromYmd(2000, 3, 1); // 11017
 * ```
 */
export function dayNumberFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (inverse of {@link dayNumberFromYmd}).
 *
 * @example
 * ```ts
 * import { ymdFromDayNumber } from 'cchc';
 * ymdFromDayNumber(0); // { year: 1970, month: 1, day: 1 }
 * ```
 */
export function ymdFromDayNumber(n: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * The day number (days since 1970-01-01) of an {@link IsoDate}.
 *
 * Every date function of the library goes through it, so a string that is
 * not an existing `YYYY-MM-DD` date (e.g. `'2018-02-30'` cast to `IsoDate`)
 * throws a {@link CchcError} (`invalid_date`) instead of rolling over.
 *
 * @example
 * ```ts
 * import { toDayNumber, assertIsoDate } from 'cchc';
 * toDayNumber(assertIsoDate('1970-01-02')); // 1
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throwInvalidDate(date);
  return n;
}

/**
 * The day number of a value when it is an existing date written
 * `YYYY-MM-DD`, else `NaN`. Reads character codes — no regex, no allocation —
 * because it runs once per report, dossier and date argument on hot paths.
 *
 * @internal
 */
export function dayNumberOrNaN(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const c0 = value.charCodeAt(0) - 48;
  const c1 = value.charCodeAt(1) - 48;
  const c2 = value.charCodeAt(2) - 48;
  const c3 = value.charCodeAt(3) - 48;
  const c5 = value.charCodeAt(5) - 48;
  const c6 = value.charCodeAt(6) - 48;
  const c8 = value.charCodeAt(8) - 48;
  const c9 = value.charCodeAt(9) - 48;
  if (
    c0 >>> 0 > 9 ||
    c1 >>> 0 > 9 ||
    c2 >>> 0 > 9 ||
    c3 >>> 0 > 9 ||
    c5 >>> 0 > 9 ||
    c6 >>> 0 > 9 ||
    c8 >>> 0 > 9 ||
    c9 >>> 0 > 9
  ) {
    return NaN;
  }
  const year = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const month = c5 * 10 + c6;
  const day = c8 * 10 + c9;
  if (year < 1 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month)))
    return NaN;
  return dayNumberFromYmd(year, month, day);
}

/** @internal Cold path of {@link toDayNumber}. */
function throwInvalidDate(value: unknown): never {
  throw new CchcError([invalidIsoDate(value)]);
}

/** Day numbers of 0001-01-01 and 9999-12-31, the dates an {@link IsoDate} can hold. */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;

/**
 * The {@link IsoDate} of a day number (days since 1970-01-01). Throws a
 * {@link CchcError}: `invalid_number` when `n` is not a whole number (NaN,
 * Infinity, 0.5), `invalid_date` when it lies outside 0001-01-01 …
 * 9999-12-31.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'cchc';
 * fromDayNumber(0);     // '1970-01-01'
 * fromDayNumber(19722); // '2023-12-31'
 * ```
 */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new CchcError([notAnInteger('The day number', 'Ngày số', n)]);
  if (n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER) throw new CchcError([dayNumberOutOfRange(n)]);
  const { year, month, day } = ymdFromDayNumber(n);
  return formatYmd(year, month, day);
}

/**
 * Adds (or with a negative `n`, subtracts) calendar days. Throws a
 * {@link CchcError}: `invalid_date` when `date` is not a real date or the
 * result falls outside years 1–9999, `invalid_number` when `n` is not a
 * whole number.
 *
 * @example
 * ```ts
 * import { addDays, isoDate } from 'cchc';
 * addDays(isoDate('2024-02-28'), 1); // '2024-02-29'
 * addDays(isoDate('2018-12-31'), 1); // '2019-01-01'
 * ```
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  const day = toDayNumber(date);
  if (!Number.isInteger(n)) throw new CchcError([notAnInteger('The number of days', 'Số ngày', n)]);
  return fromDayNumber(day + n);
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * import { daysBetween, assertIsoDate } from 'cchc';
 * daysBetween(assertIsoDate('2018-06-30'), assertIsoDate('2018-07-15')); // 15
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The day of the week of a date (0 = Sunday … 6 = Saturday).
 *
 * @example
 * ```ts
 * import { dayOfWeek, assertIsoDate } from 'cchc';
 * dayOfWeek(assertIsoDate('1970-01-01')); // 4 (Thursday)
 * ```
 */
export function dayOfWeek(date: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** @internal Weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): Weekday {
  return ((((n + 4) % 7) + 7) % 7) as Weekday;
}

/**
 * Compares two dates: negative when `a` is earlier, 0 when equal, positive
 * when later. ISO strings compare correctly as strings; this is the
 * `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * import { compareIsoDates, assertIsoDate } from 'cchc';
 * ['2018-12-31', '2018-01-01'].map(assertIsoDate).sort(compareIsoDates); // ['2018-01-01', '2018-12-31']
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The last day of a month (1–12) of a year (1–9999). Throws a
 * {@link CchcError} (`invalid_date`) for a month or year that does not exist.
 *
 * @example
 * ```ts
 * import { lastDayOfMonth } from 'cchc';
 * lastDayOfMonth(2024, 2); // '2024-02-29'
 * // lastDayOfMonth(2024, 13) throws CchcError (invalid_date)
 * ```
 */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  if (!isValidYmd(year, month, 1)) throw new CchcError([noSuchDate(year, month, '…')]);
  return formatYmd(year, month, daysInMonth(year, month));
}
