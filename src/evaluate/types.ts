/**
 * The shapes of plan evaluation: reports in, statuses and compliance out.
 * docs/status.md tells how each status is decided.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { DeadlineKind } from '../deadline/types.js';
import type { DecisionRef, ReformArea } from '../plan/types.js';

/**
 * A progress report (báo cáo kết quả) on one task, from one agency or for all
 * of the task's lead agencies (no `agencyId`).
 *
 * - `completedOn`: the day the work was done; `reportedOn`: the day it was
 *   reported. A report exists at a date only once both of its dates have come;
 *   a report with only `reportedOn` counts as completed on that day.
 * - `period`: the milestone or occurrence it covers, for `multi` and recurring
 *   tasks: deadline text ("Quý II/2018", "Tháng 3/2018") or an ISO date equal to
 *   the milestone's or occurrence's due date. Without it, a report covers the
 *   earliest milestone or occurrence still open.
 *
 * @example
 * ```ts
 * import { isoDate, type Report } from 'cchc';
 * const r: Report = { taskId: 'III.5', agencyId: 'snv', completedOn: isoDate('2018-06-20') };
 * const q2: Report = { taskId: 'VII.2', completedOn: isoDate('2018-06-28'), period: 'Quý II/2018' };
 * ```
 */
export interface Report {
  readonly taskId: string;
  readonly agencyId?: string;
  readonly completedOn?: IsoDate;
  readonly reportedOn?: IsoDate;
  readonly note?: string;
  readonly period?: string;
}

/**
 * The status of a task, an assignment, a milestone or an occurrence at a date.
 *
 * | status | Vietnamese | when |
 * | --- | --- | --- |
 * | `not_due` | chưa đến hạn | not done, due later than `dueSoonDays` from `asOf` |
 * | `due_soon` | sắp đến hạn | not done, due within `dueSoonDays` (including `asOf` itself) |
 * | `overdue` | quá hạn | not done, `asOf` is after the due date |
 * | `done_on_time` | hoàn thành đúng hạn | done on or before the due date |
 * | `done_late` | hoàn thành trễ hạn | done after the due date |
 * | `ongoing` | đang thực hiện | continuous (before its end), open range, recurring |
 * | `awaiting_event` | chờ sự kiện | event-triggered ("Khi có văn bản…") |
 * | `unscheduled` | chưa xác định thời hạn | the deadline text was not understood |
 * | `agency_ended` | cơ quan chủ trì đã chấm dứt hoạt động | not done, and every lead agency ended (`endedOn`) with no successor by the day it is judged |
 *
 * @example
 * ```ts
 * import type { TaskStatus } from 'cchc';
 * const late: TaskStatus = 'done_late';
 * ```
 */
export type TaskStatus =
  | 'not_due'
  | 'due_soon'
  | 'overdue'
  | 'done_on_time'
  | 'done_late'
  | 'ongoing'
  | 'awaiting_event'
  | 'unscheduled'
  | 'agency_ended';

/**
 * A deadline extension (gia hạn) in force: an amendment moved a task's
 * dated deadline later. `late` says it was decided after the due date it
 * extends (`decidedOn` > `from`); by default such an extension does not
 * clear the lateness already incurred (see {@link EvaluateOptions.lateExtension}).
 *
 * @example
 * ```ts
 * import type { Extension } from 'cchc';
 * declare const e: Extension;
 * `${e.fromText} → ${e.toText}, theo ${e.document?.number ?? e.amendmentId} (${e.decidedOn})`;
 * ```
 */
export interface Extension {
  /** The due date before the extension. */
  readonly from: IsoDate;
  /** The due date after it. */
  readonly to: IsoDate;
  /** The deadline text before, as written ("Quý II/2018"). */
  readonly fromText: string;
  /** The deadline text after ("Quý III/2018"). */
  readonly toText: string;
  readonly decidedOn: IsoDate;
  /** The id of the amendment that made it. */
  readonly amendmentId: string;
  readonly document?: DecisionRef;
  /** Decided after `from`: the deadline had already passed. */
  readonly late: boolean;
}

/**
 * One milestone of a `multi` task or one occurrence of a recurring task, with
 * the report that covers it (for a task with several lead agencies: the last
 * of their covering reports).
 *
 * @example
 * ```ts
 * import type { OccurrenceEvaluation } from 'cchc';
 * declare const o: OccurrenceEvaluation;
 * if (o.status === 'overdue') console.log(o.dueDate, o.daysOverdue);
 * ```
 */
export interface OccurrenceEvaluation {
  readonly dueDate: IsoDate;
  readonly status: TaskStatus;
  /** Calendar days after `dueDate` when `overdue`, else 0. */
  readonly daysOverdue: number;
  /** Calendar days after `dueDate` it was done when `done_late`, else 0. */
  readonly daysLate: number;
  readonly completedOn: IsoDate | null;
  readonly report: Report | null;
}

/**
 * Fields shared by task and assignment entries.
 *
 * @example
 * ```ts
 * import type { EntryEvaluation } from 'cchc';
 * declare const e: EntryEvaluation;
 * e.status === 'overdue' && e.daysOverdue > 30; // more than a month late
 * ```
 */
export interface EntryEvaluation {
  readonly taskId: string;
  readonly status: TaskStatus;
  /**
   * The date the entry is judged by: the deadline's due date; for `multi` the
   * earliest milestone not yet covered (the last one once all are); for a
   * recurring task the deadline's own due date (null, or the end of a bounded
   * period). Null when there is none.
   */
  readonly dueDate: IsoDate | null;
  /** Calendar days after `dueDate` when `overdue`, else 0. */
  readonly daysOverdue: number;
  /** When `done_late`: calendar days after the due date it was done (for `multi`, the worst milestone); else 0. */
  readonly daysLate: number;
  /** When done: the day it was done (the last lead agency's, the last milestone's); else null. */
  readonly completedOn: IsoDate | null;
  /** Each milestone of a `multi` task. */
  readonly milestones?: readonly OccurrenceEvaluation[];
  /** Each occurrence of a recurring task due on or before `asOf`. */
  readonly occurrences?: readonly OccurrenceEvaluation[];
}

/**
 * One task's status at `asOf`: `{ taskId, status, dueDate, daysOverdue }` and
 * more.
 *
 * @example
 * ```ts
 * import { evaluatePlan, isoDate, type TaskEvaluation } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const overdue: readonly TaskEvaluation[] = evaluatePlan(plan, { asOf: isoDate('2018-06-30') })
 *   .tasks.filter((t) => t.status === 'overdue');
 * ```
 */
export interface TaskEvaluation extends EntryEvaluation {
  readonly groupId: string;
  readonly area: ReformArea | null;
  readonly deadlineKind: DeadlineKind;
  /** The extensions in force at `asOf`, in the order decided (absent when none). */
  readonly extensions?: readonly Extension[];
}

/**
 * One assignment's status: one agency's part (lead — chủ trì, or support —
 * phối hợp) in one task. Classes of agencies are expanded to their members.
 *
 * @example
 * ```ts
 * import type { AssignmentEvaluation } from 'cchc';
 * declare const a: AssignmentEvaluation;
 * if (a.role === 'lead' && a.status === 'overdue') console.log(a.agencyId, a.daysOverdue);
 * ```
 */
export interface AssignmentEvaluation extends EntryEvaluation {
  /** The agency that holds the assignment: the one the plan names, or its successor (`Agency.succeededBy`). */
  readonly agencyId: string;
  readonly role: 'lead' | 'support';
  /** When the assignment passed to a successor: the agency the plan names. */
  readonly passedFrom?: string;
}

/**
 * Compliance counts: of the tasks (or assignments, or occurrences) due on or
 * before `asOf`, how many are done, done on time, overdue; and the rates
 * done/due and onTime/due (null when nothing is due).
 *
 * @example
 * ```ts
 * import type { Compliance } from 'cchc';
 * const c: Compliance = { due: 10, done: 8, onTime: 6, overdue: 2, doneRate: 0.8, onTimeRate: 0.6 };
 * ```
 */
export interface Compliance {
  readonly due: number;
  readonly done: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly doneRate: number | null;
  readonly onTimeRate: number | null;
}

/**
 * Compliance for the plan and per group id, reform area and agency id (an
 * agency's record counts its own lead assignments).
 *
 * @example
 * ```ts
 * import type { ComplianceRecords } from 'cchc';
 * declare const c: ComplianceRecords;
 * c.plan.doneRate; c.areas.procedures?.onTimeRate; c.agencies['snv']?.overdue;
 * ```
 */
export interface ComplianceRecords {
  readonly plan: Compliance;
  readonly groups: Readonly<Record<string, Compliance>>;
  readonly areas: Readonly<Partial<Record<ReformArea, Compliance>>>;
  readonly agencies: Readonly<Record<string, Compliance>>;
}

/**
 * The answer of `evaluatePlan`.
 *
 * - `compliance` counts tasks (and, per agency, lead assignments) by their
 *   entry `dueDate`. Recurring tasks are not counted there:
 *   they are counted per occurrence.
 * - `occurrenceCompliance` counts every due date once: a dated task's, each
 *   milestone of a `multi` task, each occurrence of a recurring task ("how
 *   many monthly issues were due, how many were done on time").
 *
 * @example
 * ```ts
 * import { evaluatePlan, isoDate, type PlanEvaluation } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const e: PlanEvaluation = evaluatePlan(plan, { asOf: isoDate('2018-06-30') });
 * e.compliance.plan.onTimeRate;
 * ```
 */
export interface PlanEvaluation {
  readonly planId: string;
  readonly asOf: IsoDate;
  readonly dueSoonDays: number;
  readonly tasks: readonly TaskEvaluation[];
  readonly assignments: readonly AssignmentEvaluation[];
  readonly compliance: ComplianceRecords;
  readonly occurrenceCompliance: ComplianceRecords;
}

/**
 * Options of `evaluatePlan`.
 *
 * @example
 * ```ts
 * import { isoDate, type EvaluateOptions } from 'cchc';
 * const o: EvaluateOptions = { asOf: isoDate('2018-06-30'), reports: [], dueSoonDays: 14 };
 * ```
 */
export interface EvaluateOptions {
  readonly asOf: IsoDate;
  readonly reports?: readonly Report[];
  /** Days before a due date at which a task becomes `due_soon`; 7 by default. */
  readonly dueSoonDays?: number;
  /**
   * An extension decided after the deadline it extends (`Extension.late`):
   * `'keep-lateness'` (the default) judges the task against the deadline
   * that had passed, so the lateness already incurred stays (done by the new
   * deadline is `done_late`); `'clear-lateness'` judges it against the new
   * deadline as if it had always been the deadline.
   */
  readonly lateExtension?: 'keep-lateness' | 'clear-lateness';
}
