/**
 * The boundary between calendar days and JavaScript `Date` instants in
 * Vietnam, and dates written the Vietnamese way (long dates for reports,
 * dd/mm/yyyy as typed), through date-fns and its `vi` locale.
 *
 * The day arithmetic of the library stays on integers (see `isoDate.ts`);
 * only these boundary functions touch `Date`, and none of their answers
 * depends on the process time zone: instants are converted with a fixed
 * UTC+7 offset, and date-fns formats and parses a `Date` built at noon of the
 * calendar day in whatever zone the process has, read back in the same zone.
 *
 * @module
 */
import type { Locale } from 'date-fns';
import { CchcError, fail, ok, type Result } from '../core/result.js';
import {
  type IsoDate,
  fromDayNumber,
  isIsoDate,
  isValidYmd,
  toDayNumber,
  ymd,
  formatYmd,
} from './isoDate.js';
import {
  invalidInstant,
  invalidIsoDate,
  nonexistentDateText,
  unknownOption,
  unreadableDateText,
} from './messages.js';
import { dateFnsVi, format, isValid, parse } from './dateFns.js';

const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC, UTC+7, in milliseconds. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day in Vietnam at an instant: the date on a wall calendar in
 * Hà Nội or Thành phố Hồ Chí Minh when `instant` happened. Vietnam keeps
 * UTC+7 all year (no daylight saving time) — the whole country since 13 June
 * 1975, the North since 1 January 1968 (Quyết định 121/CP of 8/8/1967). The
 * function applies UTC+7 to every instant; before 13 June 1975 the South
 * kept UTC+8, so for an instant between 16:00 and 17:00 UTC of those years
 * the day in Saigon was one later than the answer. Does not depend on the
 * process time zone. Throws a `CchcError` (`invalid_date`) for an invalid
 * `Date` (`new Date(NaN)`), a value that is not a `Date`, or a day outside
 * years 1–9999.
 *
 * @example
 * ```ts
 * import { isoDateInVietnam } from 'cchc';
 * isoDateInVietnam(new Date('2018-06-30T16:59:59Z')); // '2018-06-30' (23:59:59 in Hà Nội)
 * isoDateInVietnam(new Date('2018-06-30T17:00:00Z')); // '2018-07-01' (midnight in Hà Nội)
 * ```
 */
export function isoDateInVietnam(instant: Date): IsoDate {
  if (!(instant instanceof Date) || !isValid(instant)) throw new CchcError([invalidInstant(instant)]);
  return fromDayNumber(Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The instant at which a calendar day begins in Vietnam: 00:00 UTC+7, which
 * is 17:00 UTC of the day before. `isoDateInVietnam(startOfDayInVietnam(d))`
 * is `d`. A new `Date` each call; does not depend on the process time zone.
 * Throws a `CchcError` (`invalid_date`) when `date` is not a real date.
 *
 * @example
 * ```ts
 * import { startOfDayInVietnam, isoDate } from 'cchc';
 * startOfDayInVietnam(isoDate('2018-07-01')).toISOString(); // '2018-06-30T17:00:00.000Z'
 * ```
 */
export function startOfDayInVietnam(date: IsoDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY - VIETNAM_OFFSET_MS);
}

/**
 * How {@link formatDateVi} writes a date: `'long'` — "ngày 30 tháng 6 năm
 * 2018" (the form of administrative documents); `'short'` — "30/06/2018";
 * `'weekday'` — "Thứ Bảy, ngày 30 tháng 6 năm 2018" ("Chủ nhật, …" for a
 * Sunday).
 *
 * @example
 * ```ts
 * import type { DateViStyle } from 'cchc';
 * const style: DateViStyle = 'weekday';
 * ```
 */
export type DateViStyle = 'long' | 'short' | 'weekday';

/**
 * Options of {@link formatDateVi}: `style` (default `'long'`).
 *
 * @example
 * ```ts
 * import type { FormatDateViOptions } from 'cchc';
 * const o: FormatDateViOptions = { style: 'short' };
 * ```
 */
export interface FormatDateViOptions {
  readonly style?: DateViStyle;
}

const PATTERNS: Readonly<Record<DateViStyle, string>> = {
  long: "'ngày' d 'tháng' M 'năm' y",
  short: 'dd/MM/yyyy',
  weekday: "EEEE, 'ngày' d 'tháng' M 'năm' y",
};

let viLocale: Locale | undefined;

/**
 * date-fns's `vi` locale, with Sunday written "Chủ nhật" as Vietnamese
 * administrative text writes it (the locale has "Chủ Nhật"); the other
 * weekdays are the locale's ("Thứ Hai" … "Thứ Bảy").
 */
function locale(): Locale {
  if (viLocale === undefined) {
    const vi = dateFnsVi();
    const day = vi.localize.day;
    viLocale = {
      ...vi,
      localize: {
        ...vi.localize,
        day: (n, options) =>
          n === 0 && (options?.width ?? 'wide') === 'wide' ? 'Chủ nhật' : day(n, options),
      },
    };
  }
  return viLocale;
}

/** A `Date` at local noon of a calendar day, for date-fns (read back in the same zone). */
function localNoon(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  return d;
}

/**
 * A date written the Vietnamese way, with date-fns `format` and the `vi`
 * locale: `'long'` (default) "ngày 30 tháng 6 năm 2018", `'short'`
 * "30/06/2018", `'weekday'` "Thứ Bảy, ngày 30 tháng 6 năm 2018" (Sunday:
 * "Chủ nhật, …"). Does not depend on the process time zone or locale.
 * Throws a `CchcError`: `invalid_date` when `date` is not a real date,
 * `invalid_option` for a style it does not know.
 *
 * @example
 * ```ts
 * import { formatDateVi, isoDate } from 'cchc';
 * formatDateVi(isoDate('2018-06-30'));                       // 'ngày 30 tháng 6 năm 2018'
 * formatDateVi(isoDate('2018-06-30'), { style: 'short' });   // '30/06/2018'
 * formatDateVi(isoDate('2018-06-30'), { style: 'weekday' }); // 'Thứ Bảy, ngày 30 tháng 6 năm 2018'
 * formatDateVi(isoDate('2018-07-01'), { style: 'weekday' }); // 'Chủ nhật, ngày 1 tháng 7 năm 2018'
 * ```
 */
export function formatDateVi(date: IsoDate, options: FormatDateViOptions = {}): string {
  toDayNumber(date); // throws invalid_date for a string that is not a real date
  let style: unknown;
  try {
    style = options?.style ?? 'long';
  } catch {
    style = options; // options behind a Proxy that throws: named as the style it did not give
  }
  if (typeof style !== 'string' || !Object.hasOwn(PATTERNS, style)) {
    throw new CchcError([unknownOption('style', style, Object.keys(PATTERNS))]);
  }
  const { year, month, day } = ymd(date);
  return format(localNoon(year, month, day), PATTERNS[style as DateViStyle], { locale: locale() });
}

/** The form of a dd/mm/yyyy date: 1–2 digits, a separator, 1–2 digits, the same separator, 4 digits. */
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/** The date-fns pattern for each separator. */
const DMY_PATTERNS: Readonly<Record<string, string>> = { '/': 'd/M/yyyy', '-': 'd-M-yyyy', '.': 'd.M.yyyy' };

/** Text shown in a message, cut short. */
function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads a date as people type it: day/month/year — `30/06/2018`,
 * `30/6/2018`, `30-06-2018`, `30.06.2018` — or ISO `2018-06-30`, with date-fns
 * `parse` (strict: the day must exist in that month). Spaces around the text
 * are ignored. Returns a `Result`, never throws: `invalid_date` for text
 * that is not a date in these forms, and for a date that does not exist
 * ("31/11/2025", "29/02/2023") — never rolled over to the next month. Does
 * not depend on the process time zone.
 *
 * @example
 * ```ts
 * import { parseDateVi } from 'cchc';
 * parseDateVi('30/06/2018'); // { ok: true, value: '2018-06-30' }
 * parseDateVi('5.1.2019');   // { ok: true, value: '2019-01-05' }
 * parseDateVi('2018-06-30'); // { ok: true, value: '2018-06-30' }
 * parseDateVi('31/11/2025'); // { ok: false, issues: [{ code: 'invalid_date', … }] }
 * ```
 */
export function parseDateVi(text: unknown): Result<IsoDate> {
  if (typeof text !== 'string') return fail([invalidIsoDate(text)]);
  const t = text.trim();
  if (isIsoDate(t)) return ok(t);
  const m = t.length <= 10 ? DMY.exec(t) : null;
  if (m === null) {
    if (t.length === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
      // Written YYYY-MM-DD but not a real date (2023-02-29).
      const [y, mo, d] = [Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))];
      if (Number.isInteger(y) && Number.isInteger(mo) && Number.isInteger(d))
        return fail([nonexistentDateText(excerpt(t), d, mo, y)]);
    }
    return fail([unreadableDateText(excerpt(t))]);
  }
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  const pattern = DMY_PATTERNS[m[2] as string] as string;
  const parsed = parse(t, pattern, localNoon(2000, 1, 1));
  if (!isValid(parsed) || !isValidYmd(year, month, day)) {
    return fail([nonexistentDateText(t, day, month, year)]);
  }
  const y = parsed.getFullYear();
  const mo = parsed.getMonth() + 1;
  const d = parsed.getDate();
  // date-fns read the same day, month and year as the text says (it never rolls 31/11 over).
  if (y !== year || mo !== month || d !== day) return fail([nonexistentDateText(t, day, month, year)]);
  return ok(formatYmd(y, mo, d));
}
