/**
 * Work calendars: which days are working days for an office — weekly rest
 * days, the public holidays with their compensatory days, and the yearly
 * announced schedules.
 *
 * @module
 */
import { CchcError, type Issue } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { type HolidayData, VIETNAM_HOLIDAY_DATA } from './holidayData.js';
import { isIsoDate, type Weekday } from './isoDate.js';
import { badHolidayData, badWorkCalendar, invalidIsoDate } from './messages.js';

/**
 * Whose calendar: `'state'` — state agencies (cơ quan hành chính nhà nước;
 * cán bộ, công chức, viên chức), Monday–Friday week, the announced schedules
 * apply; `'enterprise'` — an employer outside the state, who fixes its own
 * weekly rest day and is only encouraged to follow the announced schedule.
 *
 * @example
 * ```ts
 * import type { WorkProfile } from 'cchc';
 * const p: WorkProfile = 'state';
 * ```
 */
export type WorkProfile = 'state' | 'enterprise';

/**
 * A work calendar: the weekly rest days and the announced yearly schedules
 * (at most one per year) applied on top of the Labour Code's holidays.
 * Plain frozen data — build one with {@link vietnamWorkCalendar}. The
 * working-day functions keep a private per-calendar cache (by object
 * identity), so reuse one calendar object for speed.
 *
 * @example
 * ```ts
 * import { vietnamWorkCalendar, type WorkCalendar } from 'cchc';
 * const cal: WorkCalendar = vietnamWorkCalendar();
 * cal.weeklyRestDays; // [6, 0]
 * ```
 */
export interface WorkCalendar {
  readonly profile: WorkProfile;
  /** Weekly rest days (0 = Sunday … 6 = Saturday). */
  readonly weeklyRestDays: readonly Weekday[];
  /** The announced schedules applied, one per year, sorted by year. */
  readonly data: readonly HolidayData[];
}

/**
 * Options of {@link vietnamWorkCalendar}.
 *
 * - `profile`: `'state'` (default) or `'enterprise'`.
 * - `data`: announced schedules to apply. For `'state'` they are added to
 *   the built-in ones ({@link VIETNAM_HOLIDAY_DATA}); one given for a year the
 *   library already has replaces the built-in one. For `'enterprise'` only
 *   these apply (an employer's own schedule).
 * - `weeklyRestDays`: default Saturday and Sunday for `'state'` (the 40-hour
 *   week of Quyết định 188/1999/QĐ-TTg), Sunday for `'enterprise'` (a common
 *   choice — Bộ luật Lao động 2019, Điều 111 lets the employer fix it).
 * - `builtInData`: `false` to leave out the built-in schedules (rules only).
 *
 * @example
 * ```ts
 * import type { WorkCalendarOptions } from 'cchc';
 * const o: WorkCalendarOptions = { profile: 'enterprise', weeklyRestDays: [0] };
 * ```
 */
export interface WorkCalendarOptions {
  readonly profile?: WorkProfile;
  readonly data?: readonly HolidayData[];
  readonly weeklyRestDays?: readonly Weekday[];
  readonly builtInData?: boolean;
}

function dataIssues(d: HolidayData, path: readonly (string | number)[]): Issue[] {
  const out: Issue[] = [];
  if (!Number.isInteger(d.year)) {
    out.push(badHolidayData([...path, 'year'], 'Năm không hợp lệ', 'Invalid year'));
  }
  if (typeof d.source !== 'string' || d.source.trim() === '') {
    out.push(
      badHolidayData([...path, 'source'], 'Thiếu văn bản nguồn (source)', 'The source document is missing'),
    );
  }
  if (d.sourceUrls !== undefined) {
    if (!Array.isArray(d.sourceUrls)) {
      out.push(
        badHolidayData(
          [...path, 'sourceUrls'],
          'Cần một danh sách địa chỉ web',
          'A list of web addresses is required',
        ),
      );
    } else {
      d.sourceUrls.forEach((u: unknown, i) => {
        if (typeof u !== 'string' || !isWebAddress(u)) {
          out.push(
            badHolidayData(
              [...path, 'sourceUrls', i],
              'Cần một địa chỉ web (http:// hoặc https://)',
              'A web address (http:// or https://) is required',
            ),
          );
        }
      });
    }
  }
  const dates: [readonly (string | number)[], unknown][] = [];
  d.tetDays?.forEach((x, i) => {
    dates.push([[...path, 'tetDays', i], x]);
  });
  if (d.nationalDayAdjacent !== undefined)
    dates.push([[...path, 'nationalDayAdjacent'], d.nationalDayAdjacent]);
  d.daysOff?.forEach((e, i) => {
    dates.push([[...path, 'daysOff', i, 'date'], e.date]);
  });
  d.workingDays?.forEach((e, i) => {
    dates.push([[...path, 'workingDays', i, 'date'], e.date]);
  });
  for (const [p, x] of dates) {
    if (!isIsoDate(x)) out.push(invalidIsoDate(x, p));
    else if (Number.isInteger(d.year) && Math.abs(Number(x.slice(0, 4)) - d.year) > 1) {
      out.push(
        badHolidayData(
          p,
          `Ngày ${x} không thuộc lịch nghỉ năm ${d.year} (chỉ năm trước, năm đó hoặc năm sau)`,
          `${x} does not belong to the schedule of ${d.year} (only the year before, that year or the year after)`,
        ),
      );
    }
  }
  return out;
}

/** @internal Whether text is an http(s) web address (no spaces). */
export function isWebAddress(u: string): boolean {
  if (!(u.startsWith('https://') || u.startsWith('http://')) || u.length < 10) return false;
  for (let i = 0; i < u.length; i++) if (u.charCodeAt(i) <= 0x20) return false;
  return true;
}

/**
 * Builds a frozen {@link WorkCalendar}. The default is the calendar of
 * Vietnamese state agencies: Monday–Friday, the Labour Code's holidays and
 * compensatory days, and the announced schedules the library ships
 * (2016–2026). Throws a `CchcError` when the options are invalid (a weekday
 * outside 0–6, every day a rest day, two schedules for one year, a bad date
 * or a date outside the schedule's year ± 1, a `sourceUrls` entry that is
 * not a web address).
 *
 * @example
 * ```ts
 * import { vietnamWorkCalendar, isWorkingDay, isoDate } from 'cchc';
 * const state = vietnamWorkCalendar();
 * isWorkingDay(isoDate('2026-08-22'), state); // true (Saturday worked in exchange for 31/8)
 * const shop = vietnamWorkCalendar({ profile: 'enterprise' }); // Sunday rest, rules only
 * isWorkingDay(isoDate('2026-08-22'), shop); // true (Saturday)
 * ```
 */
export function vietnamWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const profile = options.profile ?? 'state';
  const issues: Issue[] = [];
  if (profile !== 'state' && profile !== 'enterprise') {
    issues.push(
      badWorkCalendar(['profile'], 'Hồ sơ lịch không hợp lệ', "profile must be 'state' or 'enterprise'"),
    );
  }
  const rest = options.weeklyRestDays ?? (profile === 'state' ? [6, 0] : [0]);
  const restSet = new Set<number>();
  rest.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 0 || w > 6) {
      issues.push(
        badWorkCalendar(
          ['weeklyRestDays', i],
          'Ngày trong tuần phải từ 0 (Chủ nhật) đến 6 (thứ Bảy)',
          'A weekday is 0 (Sunday) to 6 (Saturday)',
        ),
      );
    } else restSet.add(w);
  });
  if (restSet.size === 7) {
    issues.push(
      badWorkCalendar(
        ['weeklyRestDays'],
        'Phải có ít nhất một ngày làm việc trong tuần',
        'At least one weekday must be a working day',
      ),
    );
  }
  const byYear = new Map<number, HolidayData>();
  if (profile === 'state' && options.builtInData !== false) {
    for (const d of Object.values(VIETNAM_HOLIDAY_DATA)) byYear.set(d.year, d);
  }
  const seen = new Set<number>();
  (options.data ?? []).forEach((d, i) => {
    for (const x of dataIssues(d, ['data', i])) issues.push(x);
    if (seen.has(d.year)) {
      issues.push(
        badWorkCalendar(
          ['data', i, 'year'],
          `Có hai lịch nghỉ cho năm ${String(d.year)}`,
          `Two schedules for ${String(d.year)}`,
        ),
      );
    }
    seen.add(d.year);
    byYear.set(d.year, d);
  });
  if (issues.length > 0) throw new CchcError(issues);
  return deepFreeze({
    profile,
    weeklyRestDays: [...restSet].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)) as Weekday[],
    data: [...byYear.values()].sort((a, b) => a.year - b.year),
  });
}

/**
 * The default work calendar: Vietnamese state agencies, Monday–Friday, with
 * the built-in announced schedules. Used when no calendar is given.
 *
 * @example
 * ```ts
 * import { STATE_WORK_CALENDAR, addWorkingDays, assertIsoDate } from 'cchc';
 * addWorkingDays(assertIsoDate('2026-02-13'), 1, STATE_WORK_CALENDAR); // '2026-02-23' (after Tết)
 * ```
 */
export const STATE_WORK_CALENDAR: WorkCalendar = /* @__PURE__ */ vietnamWorkCalendar();
