/**
 * Processing times (thời hạn giải quyết) of administrative procedures as data.
 *
 * The forms come from the processing times (thời hạn giải quyết) published in
 * the procedure listings of the public-service portals (Cổng Dịch vụ công):
 * working days, calendar days, a mix of both, half days, hours, the same day,
 * and two appointments. The appointment rules they feed are those of Nghị định
 * 61/2018/NĐ-CP (amended by Nghị định 107/2021/NĐ-CP) and, for dossiers
 * received from 1 July 2025, Nghị định 118/2025/NĐ-CP.
 *
 * @module
 */

/**
 * A clock time of the office day written `HH:MM` (24-hour), e.g. `'15:00'`.
 *
 * @example
 * ```ts
 * import type { ClockTime } from 'cchc';
 * const cutoff: ClockTime = '15:00';
 * ```
 */
export type ClockTime = string;

/**
 * One step of a processing time counted in one unit.
 *
 * - `working_days` — ngày làm việc: Saturdays, Sundays and days off do not
 *   count. `days` is a positive multiple of 0.5 ("0,5 ngày", "1,5 ngày").
 * - `calendar_days` — ngày (lịch): every day counts; a period ending on a
 *   day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148
 *   khoản 5). `days` is a positive integer.
 * - `working_hours` — giờ làm việc: counted in office hours from the time of
 *   receipt ("trong 04 giờ"). `hours` is positive.
 *
 * @example
 * ```ts
 * import type { ProcessingStep } from 'cchc';
 * const five: ProcessingStep = { kind: 'working_days', days: 5 };
 * const fifteen: ProcessingStep = { kind: 'calendar_days', days: 15 };
 * const four: ProcessingStep = { kind: 'working_hours', hours: 4 };
 * ```
 */
export type ProcessingStep =
  | {
      readonly kind: 'working_days';
      readonly days: number;
      /** Hours the text gives as the equivalent ("02 ngày làm việc quy đổi 16 giờ"). */
      readonly equivalentHours?: number;
    }
  | { readonly kind: 'calendar_days'; readonly days: number }
  | { readonly kind: 'working_hours'; readonly hours: number };

/**
 * A processing time (thời hạn giải quyết) as data.
 *
 * - a single {@link ProcessingStep};
 * - `same_day` — "trong ngày": returned the day it is received; with a
 *   `cutoff` ("sau 15 giờ thì trả trong ngày làm việc tiếp theo") a dossier
 *   received at or after the cut-off is due the next working day;
 * - `mixed` — steps counted one after another in the order written, e.g.
 *   "Không quá 23 ngày (15 ngày và 08 ngày làm việc)" →
 *   `[{calendar_days 15}, {working_days 8}]` with `totalDays: 23`;
 * - `two_appointments` — "Hẹn lần 1 … Hẹn lần 2": two appointments; the
 *   second decides whether the dossier is on time.
 *
 * `raw` keeps the text it was parsed from, when it was parsed.
 *
 * @example
 * ```ts
 * import type { ProcessingTime } from 'cchc';
 * const t: ProcessingTime = {
 *   kind: 'mixed',
 *   steps: [{ kind: 'calendar_days', days: 15 }, { kind: 'working_days', days: 8 }],
 *   totalDays: 23,
 * };
 * ```
 */
export type ProcessingTime =
  | (ProcessingStep & { readonly raw?: string })
  | { readonly kind: 'same_day'; readonly cutoff?: ClockTime; readonly raw?: string }
  | {
      readonly kind: 'mixed';
      readonly steps: readonly ProcessingStep[];
      /** The total the text states, when it states one ("Không quá 23 ngày (…)"). */
      readonly totalDays?: number;
      readonly raw?: string;
    }
  | {
      readonly kind: 'two_appointments';
      readonly first: ProcessingTime;
      readonly second: ProcessingTime;
      readonly raw?: string;
    };

/**
 * Builds a processing time of `days` working days (ngày làm việc).
 *
 * @example
 * ```ts
 * import { workingDays } from 'cchc';
 * workingDays(5);   // { kind: 'working_days', days: 5 }
 * workingDays(0.5); // half a working day
 * ```
 */
export function workingDays(days: number): ProcessingTime {
  return Object.freeze({ kind: 'working_days' as const, days });
}
