/**
 * Every issue evaluation reports, in one place (Vietnamese for officials,
 * English beside), so tests and users can match codes and texts.
 *
 * @module
 */
import type { IssueCode } from '../core/issues.js';
import { shownValue } from '../core/copyInput.js';
import { issue, type Issue, type IssuePath } from '../core/result.js';
import { msg } from '../plan/messages.js';

/**
 * The codes of the issues that `validateReports`, `evaluatePlan` (in its
 * `CchcError`), `evaluateReporting` and `evaluateTargets` report.
 *
 * @example
 * ```ts
 * import { validateReports, EVALUATE_ISSUE_CODES } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = validateReports(plan, []);
 * if (!r.ok) r.issues.filter((i) => i.code === EVALUATE_ISSUE_CODES.unknownTask);
 * ```
 */
export const EVALUATE_ISSUE_CODES = /* @__PURE__ */ Object.freeze({
  /** A report that is not an object with a `taskId`. */
  invalidReport: 'invalid_report',
  /** A submission that is not an object with an `agencyId`. */
  invalidSubmission: 'invalid_submission',
  /** A task id that is not in the plan. */
  unknownTask: 'unknown_task',
  /** An agency id that is not in the plan's agency list. */
  unknownAgency: 'unknown_agency',
  /** A reporting duty id that is not in the plan. */
  unknownDuty: 'unknown_duty',
  /** A target id that is not a row of the plan's targets. */
  unknownTarget: 'unknown_target',
  /** Two actual values for one target (its id written in two Unicode forms). */
  duplicateId: 'duplicate_id',
  /** A date that does not exist or is not written `YYYY-MM-DD`. */
  invalidDate: 'invalid_date',
  /** A report with neither `completedOn` nor `reportedOn`. */
  missingDate: 'missing_date',
  /** A value that must be text and is not. */
  invalidText: 'invalid_text',
  /** A value that must be a (finite, or non-negative integer) number and is not. */
  invalidNumber: 'invalid_number',
  /** A report from an agency that neither leads nor supports the task. */
  agencyNotAssigned: 'agency_not_assigned',
  /** A submission from an agency that does not report under the duty. */
  agencyNotReporting: 'agency_not_reporting',
  /** A completion before the plan's document date. */
  completedBeforePlan: 'completed_before_plan',
  /** `reportedOn` earlier than `completedOn`. */
  reportedBeforeCompleted: 'reported_before_completed',
  /** A `period` naming no milestone, occurrence or owed report. */
  unknownPeriod: 'unknown_period',
  /** `validateReports`: the plan is not a plan returned by `loadPlan`. */
  invalidPlan: 'invalid_plan',
  /** Report objects and arrays nested more than 64 levels deep. */
  tooDeep: 'too_deep',
  /** A report that contains itself (JavaScript input; JSON cannot). */
  cycle: 'cycle',
  /** A value that cannot be read: a getter or a Proxy that throws (JavaScript input). */
  unreadable: 'unreadable',
  /** A value that is not JSON: a BigInt, a Symbol, a function, a `Date` or other class instance. */
  invalidType: 'invalid_type',
  /** More than 2^24 values, a shared object counted once per parent (JavaScript input). */
  tooLarge: 'too_large',
  /** An option a function does not have (a misspelt `report` for `reports` was ignored). */
  unknownField: 'unknown_field',
} as const satisfies Record<string, IssueCode>);

/**
 * One of the {@link EVALUATE_ISSUE_CODES} values.
 *
 * @example
 * ```ts
 * import type { EvaluateIssueCode } from 'cchc';
 * const code: EvaluateIssueCode = 'unknown_task';
 * ```
 */
export type EvaluateIssueCode = (typeof EVALUATE_ISSUE_CODES)[keyof typeof EVALUATE_ISSUE_CODES];

/**
 * An issue from the evaluate module (`validateReports`, `evaluatePlan`):
 * its `code` is an {@link EvaluateIssueCode}.
 *
 * @example
 * ```ts
 * import type { EvaluateIssue } from 'cchc';
 * const i: EvaluateIssue = { path: ['reports', 0, 'task'], code: 'unknown_task', message: '…', messageEn: '…' };
 * ```
 */
export type EvaluateIssue = Issue<EvaluateIssueCode>;

// The message builders below write their code as a literal, checked against
// the IssueCode union by issue(): a reference to EVALUATE_ISSUE_CODES would
// carry the whole table into every bundle that builds one message.

/** @internal Shows a value in a message: strings quoted, others as written. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : shownValue(value);
}

/** @internal */
export const reportIssues = {
  notAnObject: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_report',
      'Báo cáo phải là một đối tượng có mã nhiệm vụ (taskId)',
      'A report must be an object with a task id (taskId)',
    ),
  unknownTask: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_task',
      `Nhiệm vụ "${id}" không có trong kế hoạch`,
      `Task "${id}" is not in the plan`,
    ),
  /** The plan's own message: the same words for an agency id a report or a plan names. */
  unknownAgency: (path: IssuePath, id: string): Issue => msg.unknownAgency(path, id),
  invalidDate: (path: IssuePath, value: unknown): Issue =>
    issue(
      path,
      'invalid_date',
      `${shown(value)} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
      `${shown(value)} is not an existing date written YYYY-MM-DD`,
    ),
  missingDate: (path: IssuePath): Issue =>
    issue(
      path,
      'missing_date',
      'Báo cáo thiếu ngày hoàn thành (completedOn) và ngày báo cáo (reportedOn)',
      'The report has neither a completion date (completedOn) nor a report date (reportedOn)',
    ),
  notText: (path: IssuePath): Issue =>
    issue(path, 'invalid_text', 'Giá trị phải là chuỗi ký tự', 'The value must be a string'),
} as const;

/** The further checks of `validateReports`. @internal */
export const reportCheckIssues = {
  notAList: (path: IssuePath): Issue =>
    issue(path, 'invalid_report', 'Các báo cáo phải là một danh sách', 'The reports must be a list'),
  invalidPlan: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_plan',
      'Kế hoạch không hợp lệ: hãy dùng kế hoạch do loadPlan trả về',
      'Not a plan: pass the plan loadPlan returned',
    ),
  notAssigned: (path: IssuePath, agency: string, task: string): Issue =>
    issue(
      path,
      'agency_not_assigned',
      `Cơ quan "${agency}" không được giao chủ trì hay phối hợp nhiệm vụ "${task}"`,
      `Agency "${agency}" neither leads nor supports task "${task}"`,
    ),
  beforePlan: (path: IssuePath, date: string, planDate: string): Issue =>
    issue(
      path,
      'completed_before_plan',
      `Ngày hoàn thành ${date} trước ngày ban hành kế hoạch ${planDate}`,
      `Completion date ${date} is before the plan's document date ${planDate}`,
    ),
  reportedBeforeCompleted: (path: IssuePath, reported: string, completed: string): Issue =>
    issue(
      path,
      'reported_before_completed',
      `Ngày báo cáo ${reported} trước ngày hoàn thành ${completed}`,
      `Report date ${reported} is before completion date ${completed}`,
    ),
  unknownPeriod: (path: IssuePath, period: string, task: string): Issue =>
    issue(
      path,
      'unknown_period',
      `Kỳ "${period}" không khớp mốc thời hạn nào của nhiệm vụ "${task}"`,
      `Period "${period}" names no milestone or occurrence of task "${task}"`,
    ),
} as const;

/** @internal */
export const submissionIssues = {
  notAnObject: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_submission',
      'Báo cáo đã gửi phải có mã cơ quan (agencyId)',
      'A submission must have an agency id (agencyId)',
    ),
  // Wrappers, not the functions themselves: an object that reads reportIssues' properties
  // would be kept in bundles that never use it.
  unknownAgency: (path: IssuePath, id: string): Issue => reportIssues.unknownAgency(path, id),
  invalidDate: (path: IssuePath, value: unknown): Issue => reportIssues.invalidDate(path, value),
  unknownDuty: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_duty',
      `Chế độ báo cáo "${id}" không có trong kế hoạch`,
      `Reporting duty "${id}" is not in the plan`,
    ),
  notReporting: (path: IssuePath, agency: string, duty: string | null): Issue =>
    issue(
      path,
      'agency_not_reporting',
      `Cơ quan "${agency}" không thuộc đối tượng phải báo cáo${duty === null ? '' : ` theo "${duty}"`}`,
      `Agency "${agency}" does not report${duty === null ? '' : ` under "${duty}"`}`,
    ),
  unknownPeriod: (path: IssuePath, period: unknown, duty: string): Issue =>
    issue(
      path,
      'unknown_period',
      `Kỳ ${shown(period)} không khớp kỳ báo cáo nào của "${duty}"`,
      `Period ${shown(period)} names no report owed under "${duty}"`,
    ),
} as const;

/** @internal */
export const targetIssues = {
  unknownTarget: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_target',
      `Chỉ tiêu "${id}" không có trong kế hoạch`,
      `Target "${id}" is not in the plan`,
    ),
  notANumber: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'invalid_number',
      `Giá trị thực tế của chỉ tiêu "${id}" phải là một số`,
      `The actual value of target "${id}" must be a number`,
    ),
  notARecord: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_type',
      'Giá trị thực tế phải là một đối tượng { mã chỉ tiêu: số }',
      'The actual values must be an object { target id: number }',
    ),
  twice: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'duplicate_id',
      `Chỉ tiêu "${id}" có hai giá trị thực tế (mã viết ở hai dạng Unicode)`,
      `Target "${id}" has two actual values (its id written in two Unicode forms)`,
    ),
} as const;

/** @internal */
export const optionIssues = {
  asOf: (value: unknown): Issue =>
    issue(
      ['asOf'],
      'invalid_date',
      `Ngày đánh giá ${shown(value)} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
      `asOf ${shown(value)} is not an existing date written YYYY-MM-DD`,
    ),
  dueSoonDays: (value: unknown): Issue =>
    issue(
      ['dueSoonDays'],
      'invalid_number',
      `dueSoonDays phải là số nguyên không âm, nhận được ${shown(value)}`,
      `dueSoonDays must be a non-negative integer, got ${shown(value)}`,
    ),
  /** evaluatePlan's `reports`: not reportCheckIssues.notAList, which would bring validateReports' messages into its bundle. */
  unknown: (key: string): Issue =>
    issue([key], 'unknown_field', `Tùy chọn "${key}" không được hỗ trợ`, `Unknown option "${key}"`),
  reports: (): Issue =>
    issue(['reports'], 'invalid_report', 'Các báo cáo phải là một danh sách', 'The reports must be a list'),
  lateExtension: (value: unknown): Issue =>
    issue(
      ['lateExtension'],
      'invalid_text',
      `lateExtension phải là 'keep-lateness' hoặc 'clear-lateness', nhận được ${shown(value)}`,
      `lateExtension must be 'keep-lateness' or 'clear-lateness', got ${shown(value)}`,
    ),
} as const;

/** A compliance `count` that is neither 'tasks' nor 'occurrences' (a misspelt one counted tasks). @internal */
export const countIssue = (value: unknown): Issue =>
  issue(
    ['count'],
    'invalid_text',
    `count phải là 'tasks' hoặc 'occurrences', nhận được ${shown(value)}`,
    `count must be 'tasks' or 'occurrences', got ${shown(value)}`,
  );

/** A compliance window date that does not exist. @internal */
export const windowIssue = (path: IssuePath, value: unknown): Issue =>
  issue(
    path,
    'invalid_date',
    `${shown(value)} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
    `${shown(value)} is not an existing date written YYYY-MM-DD`,
  );
