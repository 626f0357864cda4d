/**
 * The reading report of `planFromRows`: what it read, and what it could not
 * read, row by row.
 *
 * @module
 */

/**
 * Why an entry is in a {@link PlanReadingReport}:
 * - `empty_deadline`: the task's deadline cell is empty (the source gives none);
 * - `unread_deadline`: the deadline text is not a deadline form the library knows;
 * - `unread_target`: a line that looks like a target (a percentage, "tối thiểu",
 *   "chỉ tiêu"… with a number) from which no target could be read, or a target
 *   statement of the plan with no target in it;
 * - `agency_created`: a name in a lead or support cell that is not in the
 *   registry; an agency was added for it (`unknownAgencies: 'create'`);
 * - `unknown_agency_name`: the same with `unknownAgencies: 'issue'` (the
 *   result then fails with an issue of that code);
 * - `empty_lead`: the task's lead cell is empty though the table has a lead
 *   column (the task loads with no lead: a cell merged over several rows
 *   gives its text to the first row only);
 * - `totals_row`: the table's totals row, kept out of the tasks.
 *
 * @example
 * ```ts
 * import type { PlanReadingCode } from 'cchc';
 * const code: PlanReadingCode = 'empty_deadline';
 * ```
 */
export type PlanReadingCode =
  | 'empty_deadline'
  | 'unread_deadline'
  | 'unread_target'
  | 'agency_created'
  | 'unknown_agency_name'
  | 'empty_lead'
  | 'totals_row';

/**
 * A task whose deadline was not read (it loads with `kind: 'unknown'`).
 * `row` is the index, in the rows given, of the task's first row (the
 * header row and the rows before it count; 0-based, as in issue paths
 * `['rows', row, column]`).
 *
 * @example
 * ```ts
 * import type { UnreadDeadline } from 'cchc';
 * const d: UnreadDeadline = {
 *   row: 4, taskId: '2.c', text: '', code: 'empty_deadline',
 *   reason: 'Không ghi thời hạn', reasonEn: 'No deadline given',
 * };
 * ```
 */
export interface UnreadDeadline {
  /** The task's first row: its index in the rows given. */
  readonly row: number;
  /** The task's id in the plan. */
  readonly taskId: string;
  /** The deadline as written ('' when the cell is empty). */
  readonly text: string;
  /** `empty_deadline` when the cell is empty, `unread_deadline` when its text is not a deadline form the library knows. */
  readonly code: 'empty_deadline' | 'unread_deadline';
  /** Why, in Vietnamese. */
  readonly reason: string;
  /** Why, in English. */
  readonly reasonEn: string;
}

/**
 * A target that was not read: a line of a task that looks like a target,
 * or a target statement of `options.targets` (then `row` and `taskId` are
 * null and `targetId` names it).
 *
 * @example
 * ```ts
 * import type { UnreadTarget } from 'cchc';
 * declare const t: UnreadTarget;
 * console.log(t.row ?? t.targetId, t.text, t.reason);
 * ```
 */
export interface UnreadTarget {
  /** The task's first row (its index in the rows given); null for a target statement of the plan. */
  readonly row: number | null;
  /** The task's id; null for a target statement of the plan. */
  readonly taskId: string | null;
  /** The id of the plan's target statement; null for a line of a task. */
  readonly targetId: string | null;
  /** The line or statement as written. */
  readonly text: string;
  readonly code: 'unread_target';
  /** Why, in Vietnamese. */
  readonly reason: string;
  /** Why, in English. */
  readonly reasonEn: string;
}

/**
 * A name in a lead or support cell that is not in the agency registry,
 * once per task that names it. `column` is the index of the cell,
 * `agencyId` the id of the agency added for it (null with
 * `unknownAgencies: 'issue'`).
 *
 * @example
 * ```ts
 * import type { UnknownAgencyFragment } from 'cchc';
 * declare const a: UnknownAgencyFragment;
 * console.log(`dòng ${a.row + 1}, ${a.field}: "${a.text}" → ${a.agencyId ?? '—'}`);
 * ```
 */
export interface UnknownAgencyFragment {
  /** The task's first row: its index in the rows given. */
  readonly row: number;
  /** The index of the lead or support column. */
  readonly column: number;
  /** Which cell names it. */
  readonly field: 'lead' | 'support';
  /** The task's id. */
  readonly taskId: string;
  /** The name as written (without the punctuation that ends it). */
  readonly text: string;
  /** The id of the agency added for it; null with `unknownAgencies: 'issue'`. */
  readonly agencyId: string | null;
  /** `agency_created` (added, with a warning) or `unknown_agency_name` (an issue). */
  readonly code: 'agency_created' | 'unknown_agency_name';
  /** Why, in Vietnamese. */
  readonly reason: string;
  /** Why, in English. */
  readonly reasonEn: string;
}

/**
 * A row of the table that is no task and no heading, kept in the report
 * with its text: a totals row ("Tổng cộng: 42 nhiệm vụ", "Cộng") that sums
 * the table up.
 *
 * @example
 * ```ts
 * import type { SkippedRow } from 'cchc';
 * declare const s: SkippedRow;
 * console.log(`dòng ${s.row + 1}: "${s.text}" (${s.reason})`);
 * ```
 */
export interface SkippedRow {
  /** Its index in the rows given. */
  readonly row: number;
  /** Its non-empty cells, joined by " | ". */
  readonly text: string;
  readonly code: 'totals_row';
  /** Why, in Vietnamese. */
  readonly reason: string;
  /** Why, in English. */
  readonly reasonEn: string;
}

/**
 * What `planFromRows` read from a table, beside the plan: the header row
 * it used, how many rows, groups and tasks it read, and every deadline,
 * target and agency name it could not read, with the row it stands on and a
 * reason in Vietnamese and English. The lists are in table order.
 *
 * @example
 * ```ts
 * import { planFromRows } from 'cchc';
 * const r = planFromRows(
 *   [['Nội dung', 'Chủ trì', 'Thời gian'], ['Tập huấn nghiệp vụ', 'Sở Nội vụ', '']],
 *   { columns: { content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' }, plan: { id: 'p', title: 'Kế hoạch', year: 2018 } },
 * );
 * if (r.ok) {
 *   r.report.tasks;                     // 1
 *   r.report.unreadDeadlines[0]?.code;  // 'empty_deadline'
 *   r.report.unknownAgencies[0]?.text;  // 'Sở Nội vụ' (no registry given: added as an agency)
 * }
 * ```
 */
export interface PlanReadingReport {
  /** The header row used (index in the rows given), or null when the table has none. */
  readonly headerRow: number | null;
  /** Non-empty rows read after the header. */
  readonly rows: number;
  /** Groups in the plan. */
  readonly groups: number;
  /** Tasks in the plan, sub-tasks included. */
  readonly tasks: number;
  /** Tasks whose deadline was not read (they load with `kind: 'unknown'`). */
  readonly unreadDeadlines: readonly UnreadDeadline[];
  /** Lines that look like targets with none read, and target statements with none. */
  readonly unreadTargets: readonly UnreadTarget[];
  /** Agency names not in the registry, once per task that names them. */
  readonly unknownAgencies: readonly UnknownAgencyFragment[];
  /** Rows that are no task nor heading (a totals row), with their text. */
  readonly skippedRows: readonly SkippedRow[];
  /**
   * Tasks whose lead cell is empty though the table has a lead column: they
   * load with no lead, and no agency answers for them. A lead cell merged
   * over several rows reaches the rows of a spreadsheet or CSV reader as text
   * on its first row only; whether an empty cell is such a merge or a task
   * with no lead the rows do not tell, so the lead is never filled in by
   * guess: `above` is the lead cell of the nearest task above that has one
   * (as written; null when there is none), for the official to confirm.
   */
  readonly emptyLeads: readonly {
    /** The task's first row: its index in the rows given. */
    readonly row: number;
    /** The task's id in the plan. */
    readonly taskId: string;
    /** The lead cell of the nearest task above that has one, as written; null when none. */
    readonly above: string | null;
    readonly code: 'empty_lead';
    /** Why, in Vietnamese. */
    readonly reason: string;
    /** Why, in English. */
    readonly reasonEn: string;
  }[];
}
