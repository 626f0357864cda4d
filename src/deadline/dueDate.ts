/**
 * `dueDate`: the one date a deadline is judged at.
 *
 * @module
 */
import { addDays, type IsoDate } from '../calendar/isoDate.js';
import { checkDeadline } from './guard.js';
import { milestoneDue } from './milestone.js';
import type { Deadline, Milestone } from './types.js';

/**
 * How to read "trước": by default "trước ngày 15/11/2022" is due on 15/11
 * (inclusive, as most offices read it); with `strictBefore: true` it is due
 * the day before (14/11).
 *
 * @example
 * ```ts
 * import { parseDeadline, dueDate, type DueDateOptions } from 'cchc';
 * const strict: DueDateOptions = { strictBefore: true };
 * dueDate(parseDeadline('trước ngày 15/11/2022'), strict); // '2022-11-14'
 * ```
 */
export interface DueDateOptions {
  /** Read "trước ngày D" as due on D − 1 (default false: due on D). */
  readonly strictBefore?: boolean | undefined;
}

/** @internal The due date of a milestone under the options. */
export function milestoneDueWith(m: Milestone, options: DueDateOptions | undefined): IsoDate {
  const due = milestoneDue(m);
  return m.kind === 'date' && m.before && options?.strictBefore === true ? addDays(due, -1) : due;
}

/**
 * The date a deadline is due (inclusive), or null when it has none.
 *
 * - `date`: that date ("trước ngày 15/11/2022" → 2022-11-15);
 * - `month`, `quarter`, `half`, `year`: the last day of the period;
 * - `multi`: the last milestone's due date (for a cell with one deadline per
 *   line, the latest due date of its parts);
 * - `range`: the end of its last period; for an open range, the end of
 *   `completeBy` ("Hoàn thành và triển khai từ năm 2017" → 2017-12-31), else
 *   null;
 * - `continuous`, `recurring`: the end of the period they run through
 *   (`until`), null when unbounded;
 * - `event`, `unknown`: null.
 *
 * A {@link Milestone} (one item of a `multi`, or a bound of a range) is
 * accepted too: its due date. With `{ strictBefore: true }` a date written
 * "trước ngày D" is due on D − 1.
 *
 * Throws a `CchcError` (`invalid_type`) when given a value that is not a
 * deadline, and (`invalid_option`) when `strictBefore` is not a boolean.
 *
 * @example
 * ```ts
 * import { parseDeadline, dueDate } from 'cchc';
 * dueDate(parseDeadline('Quý II/2018'));                 // '2018-06-30'
 * dueDate(parseDeadline('Giai đoạn 2016-2020'));         // '2020-12-31'
 * dueDate(parseDeadline('Thường xuyên', { year: 2018 })); // '2018-12-31'
 * dueDate(parseDeadline('Khi có văn bản pháp luật mới')); // null
 * dueDate({ kind: 'half', year: 2018, half: 1 });         // '2018-06-30'
 * dueDate(parseDeadline('trước ngày 15/11/2022'), { strictBefore: true }); // '2022-11-14'
 * ```
 */
export function dueDate(d: Deadline | Milestone, options?: DueDateOptions): IsoDate | null {
  checkDeadline('dueDate', d, options);
  switch (d.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return milestoneDueWith(d, options);
    case 'multi': {
      const last = d.milestones[d.milestones.length - 1];
      return last === undefined ? null : milestoneDueWith(last, options);
    }
    case 'range': {
      const end = d.to ?? d.completeBy ?? null;
      return end === null ? null : milestoneDueWith(end, options);
    }
    case 'continuous':
    case 'recurring':
      return d.until === null ? null : milestoneDueWith(d.until, options);
    case 'event':
    case 'unknown':
      return null;
  }
}
