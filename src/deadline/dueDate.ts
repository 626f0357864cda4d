/**
 * `dueDate`: the one date a deadline is judged at.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { milestoneDue } from './milestone.js';
import type { Deadline, Milestone } from './types.js';

/**
 * The date a deadline is due (inclusive), or null when it has none.
 *
 * - `date`: that date ("trước ngày 15/11/2022" → 2022-11-15);
 * - `month`, `quarter`, `half`, `year`: the last day of the period;
 * - `multi`: the last milestone's due date;
 * - `range`: the end of its last period; null for an open range;
 * - `continuous`, `recurring`: the end of the period they run through
 *   (`until`), null when unbounded;
 * - `event`, `unknown`: null.
 *
 * A {@link Milestone} (one item of a `multi`, or a bound of a range) is
 * accepted too: its due date.
 *
 * @example
 * ```ts
 * import { parseDeadline, dueDate } from 'cchc';
 * dueDate(parseDeadline('Quý II/2018'));                 // '2018-06-30'
 * dueDate(parseDeadline('Giai đoạn 2016-2020'));         // '2020-12-31'
 * dueDate(parseDeadline('Thường xuyên', { year: 2018 })); // '2018-12-31'
 * dueDate(parseDeadline('Khi có văn bản pháp luật mới')); // null
 * dueDate({ kind: 'half', year: 2018, half: 1 });         // '2018-06-30'
 * ```
 */
export function dueDate(d: Deadline | Milestone): IsoDate | null {
  switch (d.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return milestoneDue(d);
    case 'multi': {
      const last = d.milestones[d.milestones.length - 1];
      return last === undefined ? null : milestoneDue(last);
    }
    case 'range':
      return d.to === null ? null : milestoneDue(d.to);
    case 'continuous':
    case 'recurring':
      return d.until === null ? null : milestoneDue(d.until);
    case 'event':
    case 'unknown':
      return null;
  }
}
