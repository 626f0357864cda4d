/**
 * `occurrences`: every due date of a deadline inside a window.
 *
 * @module
 */
import {
  dayNumberFromYmd,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
  ymdFromDayNumber,
  type IsoDate,
} from '../calendar/isoDate.js';
import { checkDeadline } from './guard.js';
import { milestoneEnd, milestoneStart } from './milestone.js';
import { MONTHS_IN } from './recurrence.js';
import { dueDate, type DueDateOptions } from './dueDate.js';
import type { Deadline, RecurringDeadline } from './types.js';

/**
 * The due dates of a deadline that fall inside `window` (both ends
 * inclusive), sorted and without repeats.
 *
 * - `multi`: each milestone's due date (for a cell with one deadline per
 *   line, the due milestone of each part);
 * - `recurring`: one date per period (week, month, quarter, half-year, year)
 *   within the window and within the rule's own `from`/`until`: the period's
 *   last day, or the named cut-off ("trước ngày 15 của tháng cuối quý" → 15
 *   March, 15 June, …; a day past the month's end, such as 31 in a 30-day
 *   month or 29 February in a common year, falls on the month's last day;
 *   "tuần thứ 2 của tháng" → the 14th). A cut-off in the month after the
 *   period ("trước ngày 10 của tháng đầu quý sau") falls after it: the
 *   periods are those within the rule's `from`/`until`, the dates those
 *   within the window.
 *   Weeks run Monday to Sunday. With `times` n > 1 ("Mỗi tháng 02 kỳ") the
 *   period is cut into n equal runs of days and each run's last day is an
 *   occurrence: for a month, the 15th (14th in February) and the last day;
 * - `date`, `month`, `quarter`, `half`, `year`, `range`, `continuous`: the
 *   due date, if it has one and it is in the window (an open range with
 *   `completeBy`: the end of `completeBy`);
 * - `event`, `unknown`: none.
 *
 * With `{ strictBefore: true }`, a date or cut-off written with "trước" falls
 * the day before ("trước ngày 15 của tháng cuối quý" → 14 March, …; "trước
 * thứ Sáu" → Thursday; "trước 16h00 thứ Sáu" stays on Friday).
 *
 * An invalid window (not `YYYY-MM-DD`, or `from` after `to`) gives none.
 *
 * Throws a `CchcError` (`invalid_type`) when given a value that is not a
 * deadline, and (`invalid_option`) when `strictBefore` is not a boolean.
 *
 * @example
 * ```ts
 * import { parseDeadline, occurrences, assertIsoDate } from 'cchc';
 * const w = { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2018-12-31') };
 * occurrences(parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)'), w);
 * // ['2018-03-15', '2018-06-15', '2018-09-15', '2018-12-15']
 * occurrences(parseDeadline('Quý II và IV năm 2018'), w); // ['2018-06-30', '2018-12-31']
 * occurrences(parseDeadline('trước ngày 05 hàng tháng'), w, { strictBefore: true }).at(0); // '2018-01-04'
 * ```
 */
export function occurrences(
  d: Deadline,
  window: { readonly from: IsoDate; readonly to: IsoDate },
  options?: DueDateOptions,
): readonly IsoDate[] {
  checkDeadline('occurrences', d, options);
  const strict = options?.strictBefore === true;
  if (!isIsoDate(window.from) || !isIsoDate(window.to)) return Object.freeze([]);
  const lo = toDayNumber(window.from);
  const hi = toDayNumber(window.to);
  if (lo > hi) return Object.freeze([]);
  let days: number[];
  switch (d.kind) {
    case 'multi':
      days = d.milestones
        .map((m) => milestoneEnd(m) - (strict && m.kind === 'date' && m.before ? 1 : 0))
        .filter((n) => n >= lo && n <= hi);
      break;
    case 'recurring':
      days = recurring(d, lo, hi, strict);
      break;
    default: {
      const due = dueDate(d, options);
      const n = due === null ? null : toDayNumber(due);
      days = n !== null && n >= lo && n <= hi ? [n] : [];
    }
  }
  days.sort((a, b) => a - b);
  const out: IsoDate[] = [];
  for (let i = 0; i < days.length; i++)
    if (i === 0 || days[i] !== days[i - 1]) out.push(fromDayNumber(days[i] as number));
  return Object.freeze(out);
}

/** Evenly placed ends of `times` runs inside [start, end]. */
function spread(start: number, end: number, times: number, out: number[]): void {
  const len = end - start + 1;
  for (let i = 1; i <= times; i++) out.push(start + Math.floor((len * i) / times) - 1);
}

function recurring(d: RecurringDeadline, windowLo: number, windowHi: number, strict: boolean): number[] {
  const ruleLo = d.from === null ? Number.NEGATIVE_INFINITY : milestoneStart(d.from);
  const ruleHi = d.until === null ? Number.POSITIVE_INFINITY : milestoneEnd(d.until);
  const lo = Math.max(windowLo, ruleLo);
  const hi = Math.min(windowHi, ruleHi);
  const out: number[] = [];
  const cut = d.cutoff;
  // the strict reading of "trước": the day before (a clock time keeps the day)
  const shift =
    strict &&
    cut !== null &&
    (cut.kind === 'day-of-month' || cut.kind === 'day-of-year' || cut.kind === 'weekday') &&
    cut.before &&
    !(cut.kind === 'weekday' && cut.time !== null)
      ? 1
      : 0;
  if (d.every === 'week') {
    if (lo > hi) return out;
    // Monday of the week holding `lo` (weekday 0 = Sunday).
    const monday = lo - ((weekdayOfDayNumber(lo) + 6) % 7);
    for (let w = monday; w <= hi; w += 7) {
      if (cut !== null && cut.kind === 'weekday') out.push(w + ((cut.weekday + 6) % 7) - shift);
      else spread(w, w + 6, d.times, out);
    }
    return out.filter((n) => n >= lo && n <= hi);
  }
  // "ngày 10 của tháng đầu quý sau": each period's date falls in the month after
  // it, so the periods are those of the rule, and only the dates meet the window.
  const next = cut !== null && cut.kind === 'day-of-month' && cut.month === 'next';
  const periodLo = next ? ruleLo : lo;
  const periodHi = next ? ruleHi : hi;
  const dateLo = next ? windowLo : lo;
  const dateHi = next ? windowHi : hi;
  if (dateLo > dateHi) return out;
  const months = MONTHS_IN[d.every];
  // first month of the period holding the first day that can matter
  const startDay = next ? Math.max(periodLo, windowLo - 31 * months) : lo;
  const first = ymdFromDayNumber(startDay);
  let index = first.year * 12 + (first.month - 1);
  index -= index % months;
  for (;;) {
    const y = Math.floor(index / 12);
    const m0 = (index % 12) + 1;
    const start = dayNumberFromYmd(y, m0, 1);
    if (start > dateHi || start > periodHi) break;
    const lastMonth = m0 + months - 1;
    const end = dayNumberFromYmd(y, lastMonth, daysInMonth(y, lastMonth));
    if (end >= periodLo) {
      if (cut === null || cut.kind === 'weekday') spread(start, end, d.times, out);
      else if (cut.kind === 'day-of-month') {
        const at = monthAt(
          y,
          cut.month === 'first'
            ? m0
            : cut.month === 'last'
              ? lastMonth
              : cut.month === 'next'
                ? lastMonth + 1
                : m0 + cut.month - 1,
        );
        out.push(
          dayNumberFromYmd(at.year, at.month, Math.min(cut.day, daysInMonth(at.year, at.month))) - shift,
        );
      } else if (cut.kind === 'week-of-month') {
        const last = daysInMonth(y, m0);
        out.push(dayNumberFromYmd(y, m0, cut.week === 'last' ? last : Math.min(cut.week * 7, last)));
      } else if (cut.kind === 'day-of-year') {
        out.push(dayNumberFromYmd(y, cut.month, Math.min(cut.day, daysInMonth(y, cut.month))) - shift);
      } else {
        out.push(dayNumberFromYmd(y, cut.month, daysInMonth(y, cut.month)));
      }
    }
    index += months;
  }
  return out.filter((n) => n >= dateLo && n <= dateHi);
}

/** Year and month of month number `m` (13 → January of the next year). */
function monthAt(year: number, m: number): { readonly year: number; readonly month: number } {
  return m > 12 ? { year: year + Math.floor((m - 1) / 12), month: ((m - 1) % 12) + 1 } : { year, month: m };
}
