/**
 * Work calendars: which days are working days for an office — weekly rest
 * days, the public holidays with their compensatory days, and the yearly
 * announced schedules.
 *
 * @module
 */
import { copyInput } from '../core/copyInput.js';
import { built } from './builtCalendars.js';
import { CchcError, type Issue } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { type HolidayData, VIETNAM_HOLIDAY_DATA } from './holidayData.js';
import type { Weekday } from './isoDate.js';
import { badWorkCalendar, unknownHolidayField } from './messages.js';
import { parseHolidayData } from './parseHolidayData.js';

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

/** @internal Whether text is an http(s) web address (no spaces). */
export { isWebAddress } from './webAddress.js';

const OPTION_KEYS = new Set(['profile', 'data', 'weeklyRestDays', 'builtInData']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An own property (a key `constructor` is just data). */
function own(x: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(x, key) ? x[key] : undefined;
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
  // A plain copy first: no getter, Proxy or cycle of the caller's options is read below.
  const copy = copyInput(options);
  if (copy.issues.length > 0) throw new CchcError(copy.issues);
  const o = copy.value;
  if (!isRecord(o)) {
    throw new CchcError([
      badWorkCalendar(
        [],
        'Các tùy chọn lịch phải là một đối tượng',
        'The calendar options must be an object',
      ),
    ]);
  }
  const issues: Issue[] = [];
  for (const key of Object.keys(o)) if (!OPTION_KEYS.has(key)) issues.push(unknownHolidayField([key], key));
  const profile = own(o, 'profile') === undefined ? 'state' : own(o, 'profile');
  if (profile !== 'state' && profile !== 'enterprise') {
    issues.push(
      badWorkCalendar(['profile'], 'Hồ sơ lịch không hợp lệ', "profile must be 'state' or 'enterprise'"),
    );
  }
  const givenRest = own(o, 'weeklyRestDays');
  const rest = givenRest === undefined ? (profile === 'enterprise' ? [0] : [6, 0]) : givenRest;
  const restSet = new Set<number>();
  if (!Array.isArray(rest)) {
    issues.push(
      badWorkCalendar(
        ['weeklyRestDays'],
        'Cần một danh sách ngày trong tuần (0 = Chủ nhật … 6 = thứ Bảy)',
        'A list of weekdays (0 = Sunday … 6 = Saturday) is required',
      ),
    );
  } else {
    rest.forEach((w: unknown, i) => {
      if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 6) {
        issues.push(
          badWorkCalendar(
            ['weeklyRestDays', i],
            'Ngày trong tuần phải từ 0 (Chủ nhật) đến 6 (thứ Bảy)',
            'A weekday is 0 (Sunday) to 6 (Saturday)',
          ),
        );
      } else restSet.add(w);
    });
  }
  if (restSet.size === 7) {
    issues.push(
      badWorkCalendar(
        ['weeklyRestDays'],
        'Phải có ít nhất một ngày làm việc trong tuần',
        'At least one weekday must be a working day',
      ),
    );
  }
  const builtIn = own(o, 'builtInData');
  if (builtIn !== undefined && typeof builtIn !== 'boolean') {
    issues.push(badWorkCalendar(['builtInData'], 'Cần true hoặc false', 'true or false is required'));
  }
  const byYear = new Map<number, HolidayData>();
  if (profile === 'state' && builtIn !== false) {
    for (const d of Object.values(VIETNAM_HOLIDAY_DATA)) byYear.set(d.year, d);
  }
  const givenData = own(o, 'data');
  const data = givenData === undefined ? [] : givenData;
  if (!Array.isArray(data)) {
    issues.push(
      badWorkCalendar(['data'], 'Cần một danh sách lịch nghỉ', 'A list of holiday schedules is required'),
    );
  } else {
    const seen = new Set<number>();
    data.forEach((raw: unknown, i) => {
      const r = parseHolidayData(raw);
      if (!r.ok) for (const x of r.issues) issues.push({ ...x, path: ['data', i, ...x.path] });
      const year = isRecord(raw) ? own(raw, 'year') : undefined;
      if (typeof year !== 'number' || !Number.isInteger(year)) return;
      if (seen.has(year)) {
        issues.push(
          badWorkCalendar(
            ['data', i, 'year'],
            `Có hai lịch nghỉ cho năm ${String(year)}`,
            `Two schedules for ${String(year)}`,
          ),
        );
      }
      seen.add(year);
      if (r.ok) byYear.set(year, r.value);
    });
  }
  if (issues.length > 0) throw new CchcError(issues);
  const calendar: WorkCalendar = deepFreeze({
    profile: profile as WorkProfile,
    weeklyRestDays: [...restSet].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)) as Weekday[],
    data: [...byYear.values()].sort((a, b) => a.year - b.year),
  });
  built.add(calendar);
  return calendar;
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
