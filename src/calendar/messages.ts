/**
 * Every issue the calendar module reports, in one place (Vietnamese for
 * officials, English beside), so tests and users can match codes and texts.
 *
 * @module
 */
import type { IssueCode } from '../core/issues.js';
import { issue, type Issue, type IssuePath } from '../core/result.js';

/**
 * The codes of the issues the calendar functions report (in a `Result`, or
 * in the `CchcError` they throw).
 *
 * @example
 * ```ts
 * import { parseDateVi, CALENDAR_ISSUE_CODES } from 'cchc';
 * const r = parseDateVi('31/11/2025');
 * if (!r.ok) r.issues[0]?.code === CALENDAR_ISSUE_CODES.invalidDate; // true
 * ```
 */
export const CALENDAR_ISSUE_CODES = /* @__PURE__ */ Object.freeze({
  /** A date that does not exist or is not written in a form the function reads. */
  invalidDate: 'invalid_date',
  /** A count of days (or a day number) that is not a whole number. */
  invalidNumber: 'invalid_number',
  /** A period that does not exist (quarter 5, month 13). */
  invalidPeriod: 'invalid_period',
  /** A year whose holidays the library does not compute (before 2014, after 2199). */
  unsupportedYear: 'unsupported_year',
  /** Holiday data of one year used for another. */
  holidayDataYear: 'holiday_data_year',
  /** A yearly holiday schedule that is not well formed. */
  invalidHolidayData: 'invalid_holiday_data',
  /** A field a holiday schedule does not have. */
  unknownField: 'unknown_field',
  /** Work-calendar options that make no calendar (weekday 8, every day a rest day). */
  invalidWorkCalendar: 'invalid_work_calendar',
  /** An option value a function does not know (a `formatDateVi` style). */
  invalidOption: 'invalid_option',
  /** A lunar date that does not exist (a leap month the year lacks, a day 30 of a short month). */
  invalidLunarDate: 'invalid_lunar_date',
  /** A lunar year outside 1800–2199. */
  lunarOutOfRange: 'lunar_out_of_range',
} as const satisfies Record<string, IssueCode>);

/**
 * One of the {@link CALENDAR_ISSUE_CODES} values.
 *
 * @example
 * ```ts
 * import type { CalendarIssueCode } from 'cchc';
 * const code: CalendarIssueCode = 'invalid_date';
 * ```
 */
export type CalendarIssueCode = (typeof CALENDAR_ISSUE_CODES)[keyof typeof CALENDAR_ISSUE_CODES];

// The message builders below write their code as a literal, checked against
// the IssueCode union by issue(): a reference to CALENDAR_ISSUE_CODES would
// carry the whole table into every bundle that builds one message.

/**
 * An issue from the calendar module: its `code` is a {@link CalendarIssueCode}.
 *
 * @example
 * ```ts
 * import { parseDateVi, type CalendarIssue } from 'cchc';
 * const r = parseDateVi('31/11/2025');
 * const issues: readonly CalendarIssue[] = r.ok ? [] : (r.issues as readonly CalendarIssue[]);
 * ```
 */
export type CalendarIssue = Issue<CalendarIssueCode>;

/** A value shown in a message: strings quoted, the rest as JavaScript prints them. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value !== null && typeof value === 'object') {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return '{…}'; // a revoked Proxy
    }
  }
  return String(value);
}

/** @internal `value` is not an existing date written `YYYY-MM-DD`. */
export function invalidIsoDate(value: unknown, path: IssuePath = []): Issue {
  const s = shown(value);
  return issue(
    path,
    'invalid_date',
    `${s} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
    `${s} is not an existing date written YYYY-MM-DD`,
  );
}

/** @internal year, month and day name no date. */
export function noSuchDate(year: unknown, month: unknown, day: unknown): Issue {
  return issue(
    [],
    'invalid_date',
    `Ngày ${String(day)}/${String(month)}/${String(year)} không tồn tại (năm 1–9999)`,
    `The date ${String(year)}-${String(month)}-${String(day)} does not exist (years 1–9999)`,
  );
}

/** @internal A day number outside 0001-01-01 … 9999-12-31. */
export function dayNumberOutOfRange(n: number): Issue {
  return issue(
    [],
    'invalid_date',
    `Ngày số ${String(n)} nằm ngoài khoảng 01/01/0001 – 31/12/9999`,
    `Day number ${String(n)} is outside 0001-01-01 … 9999-12-31`,
  );
}

/** @internal `what` must be a whole number. */
export function notAnInteger(what: string, whatVi: string, value: unknown): Issue {
  const s = shown(value);
  return issue(
    [],
    'invalid_number',
    `${whatVi} phải là số nguyên, nhận được ${s}`,
    `${what} must be a whole number, got ${s}`,
  );
}

/** @internal A date read from text that is not a date (dd/mm/yyyy or YYYY-MM-DD). */
export function unreadableDateText(text: string): Issue {
  return issue(
    [],
    'invalid_date',
    `"${text}" không phải là ngày dạng ngày/tháng/năm (30/06/2018) hoặc YYYY-MM-DD`,
    `"${text}" is not a date written day/month/year (30/06/2018) or YYYY-MM-DD`,
  );
}

/** @internal A date read from text that does not exist (31/11/2025). */
export function nonexistentDateText(text: string, day: number, month: number, year: number): Issue {
  return issue(
    [],
    'invalid_date',
    `"${text}": ngày ${day}/${month}/${year} không tồn tại`,
    `"${text}": ${year}-${month}-${day} does not exist`,
  );
}

/** @internal A `Date` that holds no instant (`new Date(NaN)`) or is not a `Date`. */
export function invalidInstant(value: unknown): Issue {
  return issue(
    [],
    'invalid_date',
    `${shown(value)} không phải là một thời điểm hợp lệ (Date)`,
    `${shown(value)} is not a valid instant (Date)`,
  );
}

/** @internal A period that does not exist. */
export function noSuchPeriod(unit: unknown, index: unknown, year: unknown): Issue {
  return issue(
    [],
    'invalid_period',
    `Kỳ không tồn tại: ${String(unit)} ${String(index)} năm ${String(year)}`,
    `No such period: ${String(unit)} ${String(index)} of ${String(year)}`,
  );
}

/** @internal Holidays of a year the library does not compute. */
export function unsupportedYear(year: unknown, min: number, max: number): Issue {
  return issue(
    [],
    'unsupported_year',
    `Chưa hỗ trợ ngày nghỉ lễ của năm ${String(year)} (hỗ trợ ${min}–${max})`,
    `Holidays of ${String(year)} are not supported (supported: ${min}–${max})`,
  );
}

/** @internal Holiday data of `dataYear` used for `year`. */
export function holidayDataOfAnotherYear(dataYear: unknown, year: unknown): Issue {
  return issue(
    ['year'],
    'holiday_data_year',
    `Lịch nghỉ của năm ${String(dataYear)} không dùng được cho năm ${String(year)}`,
    `The holiday data of ${String(dataYear)} cannot be used for ${String(year)}`,
  );
}

/** @internal A holiday schedule that is not well formed; `vi`/`en` say why. */
export function badHolidayData(path: IssuePath, vi: string, en: string): Issue {
  return issue(path, 'invalid_holiday_data', vi, en);
}

/** @internal A field a holiday schedule does not have. */
export function unknownHolidayField(path: IssuePath, key: string): Issue {
  return issue(path, 'unknown_field', `Trường "${key}" không được hỗ trợ`, `Unknown field "${key}"`);
}

/** @internal Work-calendar options that make no calendar; `vi`/`en` say why. */
export function badWorkCalendar(path: IssuePath, vi: string, en: string): Issue {
  return issue(path, 'invalid_work_calendar', vi, en);
}

/** @internal An option value a function does not know. */
export function unknownOption(name: string, value: unknown, allowed: readonly string[]): Issue {
  const list = allowed.map((a) => `'${a}'`).join(', ');
  return issue(
    [name],
    'invalid_option',
    `${name} phải là một trong ${list}, nhận được ${shown(value)}`,
    `${name} must be one of ${list}, got ${shown(value)}`,
  );
}
