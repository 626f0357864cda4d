/**
 * The structured form of a deadline read from plan text.
 *
 * The `kind` names, `raw` on every variant and `before` on dates are what
 * programs match on; `dueDate`, `occurrences` and `formatDeadline` give every
 * kind its meaning (the Deadlines guide lists the forms read).
 *
 * @module
 */
import type { IsoDate, Weekday } from '../calendar/isoDate.js';

/**
 * A fixed, dated point in a deadline: a day, or the last day of a month,
 * quarter, half-year or year.
 *
 * @example
 * ```ts
 * import type { Milestone } from 'cchc';
 * const q2: Milestone = { kind: 'quarter', year: 2018, quarter: 2 };
 * ```
 */
export type Milestone =
  | { readonly kind: 'date'; readonly date: IsoDate; readonly before: boolean }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'half'; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: 'year'; readonly year: number };

/**
 * "trước ngày 15/11/2022", "chậm nhất ngày 10-6-2025": due on that date
 * (inclusive). `before` records that the text said "trước" so a strict
 * reading (the day before) is one option away.
 *
 * @example
 * ```ts
 * import { parseDeadline, type DateDeadline } from 'cchc';
 * const d = parseDeadline('trước ngày 15/11/2022') as DateDeadline; // d.date === '2022-11-15', d.before === true
 * ```
 */
export type DateDeadline = Extract<Milestone, { kind: 'date' }> & { readonly raw: string };
/**
 * "Tháng 12/2017": due the last day of the month.
 *
 * @example
 * ```ts
 * import { parseDeadline, type MonthDeadline } from 'cchc';
 * const d = parseDeadline('Tháng 12/2017') as MonthDeadline; // { kind: 'month', year: 2017, month: 12 }
 * ```
 */
export type MonthDeadline = Extract<Milestone, { kind: 'month' }> & { readonly raw: string };
/**
 * "Quý I/2018": due the last day of the quarter.
 *
 * @example
 * ```ts
 * import { parseDeadline, type QuarterDeadline } from 'cchc';
 * const d = parseDeadline('Quý I/2018') as QuarterDeadline; // { kind: 'quarter', year: 2018, quarter: 1 }
 * ```
 */
export type QuarterDeadline = Extract<Milestone, { kind: 'quarter' }> & { readonly raw: string };
/**
 * "6 tháng đầu năm 2018": due the last day of the half-year.
 *
 * @example
 * ```ts
 * import { parseDeadline, type HalfDeadline } from 'cchc';
 * const d = parseDeadline('6 tháng đầu năm 2018') as HalfDeadline; // { kind: 'half', year: 2018, half: 1 }
 * ```
 */
export type HalfDeadline = Extract<Milestone, { kind: 'half' }> & { readonly raw: string };
/**
 * "Năm 2018", "Trong năm 2019": due 31 December.
 *
 * @example
 * ```ts
 * import { parseDeadline, type YearDeadline } from 'cchc';
 * const d = parseDeadline('Trong năm 2019') as YearDeadline; // { kind: 'year', year: 2019 }
 * ```
 */
export type YearDeadline = Extract<Milestone, { kind: 'year' }> & { readonly raw: string };

/**
 * Several fixed milestones: "Quý II và IV năm 2018". Due at the last one.
 *
 * A cell that writes one deadline per sub-task, one per line, where the lines
 * do not read as one deadline together ("Trong quý IV/2017" and "Từ quý
 * IV/2017" for "complete the software" and "connect it"), is a `multi` too:
 * `parts` keeps each line as read, and `milestones` the due milestone of each
 * part that has one.
 *
 * @example
 * ```ts
 * import { parseDeadline, type MultiDeadline } from 'cchc';
 * const d = parseDeadline('Quý II và IV năm 2018') as MultiDeadline; // d.milestones.length === 2
 * const cell = parseDeadline('Trong quý IV/2017\nTừ quý IV/2017') as MultiDeadline;
 * // cell.parts: a quarter (raw 'Trong quý IV/2017') and an open range (raw 'Từ quý IV/2017');
 * // cell.milestones: the fourth quarter of 2017 only (the open range has no due date)
 * ```
 */
export interface MultiDeadline {
  readonly kind: 'multi';
  readonly raw: string;
  /** Sorted by due date, without repeats: at least two, or at least one when `parts` is set. */
  readonly milestones: readonly Milestone[];
  /**
   * One deadline per line, in the order written, each with its line as `raw`,
   * when the cell writes a deadline per sub-task. Two or more; each a dated
   * kind, a `multi` without parts, a `range` or a `continuous` deadline.
   * Absent otherwise.
   */
  readonly parts?: readonly Deadline[];
}

/**
 * A range: "Giai đoạn 2016-2020" (due at the end of `to`); an open range
 * ("Từ năm 2016 và các năm tiếp theo") has `to: null` and no due date.
 *
 * An open range that also names a completion ("Hoàn thành và triển khai từ
 * năm 2017": complete in 2017, then keep it running) has `completeBy`: it is
 * due at the end of `completeBy` and goes on after it.
 *
 * @example
 * ```ts
 * import { parseDeadline, type RangeDeadline } from 'cchc';
 * const d = parseDeadline('Giai đoạn 2016-2020') as RangeDeadline; // from year 2016, to year 2020
 * const r = parseDeadline('Hoàn thành và triển khai từ năm 2017') as RangeDeadline;
 * // { from: year 2017, to: null, completeBy: year 2017 }: due 2017-12-31, ongoing after
 * ```
 */
export interface RangeDeadline {
  readonly kind: 'range';
  readonly raw: string;
  /** Where the range starts. */
  readonly from: Milestone;
  /** Where it ends; `null` for an open range. Never ends before `from` starts. */
  readonly to: Milestone | null;
  /**
   * What must be complete, and by when, on an open range that names a
   * completion ("Hoàn thành … và triển khai từ …"). Only with `to: null`;
   * absent otherwise.
   */
  readonly completeBy?: Milestone;
}

/**
 * "Thường xuyên" (continuous): ongoing through its period, judged at its end.
 *
 * @example
 * ```ts
 * import { parseDeadline, type ContinuousDeadline } from 'cchc';
 * const d = parseDeadline('Thường xuyên', { year: 2018 }) as ContinuousDeadline; // until year 2018
 * ```
 */
export interface ContinuousDeadline {
  readonly kind: 'continuous';
  readonly raw: string;
  readonly from: Milestone | null;
  /** End of the period it runs through; null when neither text nor context names one. */
  readonly until: Milestone | null;
  /** An event named beside it ("khi có quy định mới của pháp luật"), if any. */
  readonly event: string | null;
}

/**
 * How a recurring deadline places each occurrence inside its period.
 *
 * @example
 * ```ts
 * import type { RecurrenceCutoff } from 'cchc';
 * // "trước ngày 15 của tháng cuối quý"
 * const c: RecurrenceCutoff = { kind: 'day-of-month', day: 15, month: 'last', before: true };
 * ```
 */
export type RecurrenceCutoff =
  /**
   * day `day` of the first/last/n-th month of the period ("trước ngày 15 của
   * tháng cuối quý", "trước ngày 05 hàng tháng"), or of the month after the
   * period (`'next'`: "trước ngày 10 của tháng đầu quý sau")
   */
  | {
      readonly kind: 'day-of-month';
      readonly day: number;
      readonly month: 'first' | 'last' | 'next' | number;
      readonly before: boolean;
    }
  /**
   * a week of each month, due its last day: week n is days 7n − 6 to 7n,
   * `'last'` the month's last seven days ("tuần thứ 2 của tháng", "tuần cuối
   * tháng"); monthly rules only
   */
  | { readonly kind: 'week-of-month'; readonly week: 1 | 2 | 3 | 4 | 'last' }
  /** a weekday, optionally with a clock time ("trước 16h00 thứ Sáu hàng tuần") */
  | {
      readonly kind: 'weekday';
      readonly weekday: Weekday;
      readonly time: string | null;
      readonly before: boolean;
    }
  /** a fixed date each year ("trước ngày 15 tháng 6 hằng năm") */
  | { readonly kind: 'day-of-year'; readonly month: number; readonly day: number; readonly before: boolean }
  /** a month each year, due its last day ("Tháng 12 hằng năm") */
  | { readonly kind: 'month-of-year'; readonly month: number };

/**
 * "Định kỳ hàng quý", "Mỗi tháng 02 kỳ", "Hằng tuần": one due date per
 * occurrence (the period's last day unless a cut-off is named).
 *
 * @example
 * ```ts
 * import { parseDeadline, type RecurringDeadline } from 'cchc';
 * const d = parseDeadline('Định kỳ hàng quý') as RecurringDeadline; // d.every === 'quarter'
 * ```
 */
export interface RecurringDeadline {
  readonly kind: 'recurring';
  readonly raw: string;
  readonly every: 'week' | 'month' | 'quarter' | 'half' | 'year';
  /** Occurrences per period ("Mỗi tháng 02 kỳ" → 2); 1 by default. */
  readonly times: number;
  readonly cutoff: RecurrenceCutoff | null;
  /** Bounds of the recurrence, when the text or context gives them. */
  readonly from: Milestone | null;
  readonly until: Milestone | null;
  /** Events named beside it ("đột xuất khi có yêu cầu"). */
  readonly events: readonly string[];
}

/**
 * Triggered by an event or an external schedule: "Khi có văn bản pháp luật
 * mới", "đột xuất khi có yêu cầu", "Theo Kế hoạch". No date.
 *
 * @example
 * ```ts
 * import { parseDeadline, type EventDeadline } from 'cchc';
 * const d = parseDeadline('Khi có văn bản pháp luật mới') as EventDeadline;
 * ```
 */
export interface EventDeadline {
  readonly kind: 'event';
  readonly raw: string;
  /** The event as written, normalised ("khi có văn bản pháp luật mới"). */
  readonly trigger: string;
  /** A time counted from the event ("trong thời hạn 45 ngày làm việc kể từ …"), if any. */
  readonly after: { readonly amount: number; readonly unit: 'days' | 'working-days' | 'months' } | null;
}

/**
 * Text that was not understood, or names an impossible date or period
 * ("Quý V", "30/02/2019"). Never a guess.
 *
 * @example
 * ```ts
 * import { parseDeadline } from 'cchc';
 * parseDeadline('30/02/2019').kind; // 'unknown'
 * ```
 */
export interface UnknownDeadline {
  readonly kind: 'unknown';
  readonly raw: string;
  /**
   * Why: `empty` (no text), `impossible-date` ("30/02/2019", "31/11/2025"),
   * `impossible-period` ("Quý V", "Tháng 13", a range ending before it starts),
   * `no-year` (a date or period with no year in the text nor in the context),
   * `ambiguous` (the text names a part of a period that has no one due day:
   * "Giữa năm 2019", "Đầu quý III", "ngày 20 của tháng cuối kỳ báo cáo" with
   * no period), `unrecognised` (anything else).
   */
  readonly reason:
    | 'empty'
    | 'impossible-date'
    | 'impossible-period'
    | 'no-year'
    | 'ambiguous'
    | 'unrecognised';
}

/**
 * A deadline read from plan text: a discriminated union on `kind`. Every
 * variant keeps the source text in `raw`.
 *
 * @example
 * ```ts
 * import { parseDeadline, dueDate } from 'cchc';
 * const d = parseDeadline('Quý II/2018');
 * if (d.kind === 'quarter') console.log(d.quarter, dueDate(d)); // 2 '2018-06-30'
 * ```
 */
export type Deadline =
  | DateDeadline
  | MonthDeadline
  | QuarterDeadline
  | HalfDeadline
  | YearDeadline
  | MultiDeadline
  | RangeDeadline
  | ContinuousDeadline
  | RecurringDeadline
  | EventDeadline
  | UnknownDeadline;

/**
 * The kinds of {@link Deadline}.
 *
 * @example
 * ```ts
 * import type { DeadlineKind } from 'cchc';
 * const k: DeadlineKind = 'quarter';
 * ```
 */
export type DeadlineKind = Deadline['kind'];
