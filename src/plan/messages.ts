/**
 * Every issue code of the plan module and its messages (Vietnamese first,
 * English beside), in one place so tests and users can match them.
 *
 * @module
 */
import type { IssueCode } from '../core/issues.js';
import { shownJson } from '../core/copyInput.js';
import { formatPath, issue, type Issue, type IssuePath } from '../core/result.js';

/**
 * The issue codes `loadPlan`, `planFromRows` and the plan update functions
 * report. Errors make the result `ok: false`; warnings (marked *warning*)
 * are listed in `plan.warnings` or the `warnings` of a `planFromRows` result.
 *
 * @example
 * ```ts
 * import { loadPlan, PLAN_ISSUE_CODES } from 'cchc';
 * const r = loadPlan({ schemaVersion: 1 });
 * if (!r.ok) r.issues.filter((i) => i.code === 'invalid_type');
 * ```
 */
export const PLAN_ISSUE_CODES = /* @__PURE__ */ Object.freeze({
  /** A required field is missing, or a value has the wrong type. */
  invalidType: 'invalid_type',
  /** A field that the format does not know (typo, or a newer format). */
  unknownField: 'unknown_field',
  /** A value of the right type but not allowed (empty text, unknown area, year out of range). */
  invalidValue: 'invalid_value',
  /** A date that is not a real `YYYY-MM-DD` calendar date. */
  invalidDate: 'invalid_date',
  /** `schemaVersion` is newer than this library reads, or not a version at all. */
  unsupportedVersion: 'unsupported_version',
  /** Both `year` and `period`, or a period that ends before it starts. */
  invalidPeriod: 'invalid_period',
  /** Two agencies, classes, groups, tasks, targets or reporting duties share an id. */
  duplicateId: 'duplicate_id',
  /** A `lead`/`support`/`from` id that is neither an agency nor a class. */
  unknownAgency: 'unknown_agency',
  /** An agency lists a class id that is not in `classes`. */
  unknownClass: 'unknown_class',
  /** *warning*: a class no agency belongs to (it stands for itself when expanded). */
  emptyClass: 'empty_class',
  /** *warning*: two agencies or classes whose names (or aliases) read the same; text naming it matches the first. */
  ambiguousName: 'ambiguous_name',
  /** *warning*: a deadline text that was not understood (the task is kept, `unscheduled`). */
  unknownDeadline: 'unknown_deadline',
  /** An update names a task id that is not in the plan. */
  unknownTask: 'unknown_task',
  /** An update names a group id that is not in the plan. */
  unknownGroup: 'unknown_group',
  /** planFromRows: a column named in `columns` is not in the header row. */
  unknownColumn: 'unknown_column',
  /** planFromRows: no task row was found. */
  noTasks: 'no_tasks',
  /** planFromRows: an agency name not in the registry (error with `unknownAgencies: 'issue'`). */
  unknownAgencyName: 'unknown_agency_name',
  /** *warning* (planFromRows): an agency was created for a name not in the registry. */
  agencyCreated: 'agency_created',
  /** *warning* (planFromRows): text on a group header row kept in the group title. */
  groupCellKept: 'group_cell_kept',
  /** planFromRows: the rows are not an array of rows. */
  invalidRows: 'invalid_rows',
  /** planFromRows: more rows or columns than a worksheet can hold (1,048,576 × 16,384). */
  tableTooLarge: 'table_too_large',
  /** planFromRows: the options are missing or of the wrong type (no `columns.content`). */
  invalidOptions: 'invalid_options',
  /** *warning* (planFromRows): a cell (or row) whose value is not text (an object, a function, `NaN`); it was read as empty. */
  cellNotText: 'cell_not_text',
  /** Objects and arrays nested more than 64 levels deep (no plan is deeper than 7). */
  tooDeep: 'too_deep',
  /** An object or array that contains itself (JavaScript input; JSON cannot). */
  cycle: 'cycle',
  /** A value that cannot be read: a getter or a Proxy that throws (JavaScript input). */
  unreadable: 'unreadable',
  /** More than 2^24 values, a shared object counted once per parent (JavaScript input). */
  tooLarge: 'too_large',
  /** An amendment decided before the one listed ahead of it (amendments are listed in the order decided). */
  amendmentOrder: 'amendment_order',
  /** A succession names the agency itself, or an agency ends before it is succeeded. */
  invalidSuccession: 'invalid_succession',
  /** An agency a change removes is still named by a task, a reporting duty or another agency's succession. */
  agencyInUse: 'agency_in_use',
  /** A change names a target id that is not in the plan. */
  unknownTarget: 'unknown_target',
  /** A change names a reporting duty id that is not in the plan. */
  unknownDuty: 'unknown_duty',
} as const satisfies Record<string, IssueCode>);

/**
 * One of the {@link PLAN_ISSUE_CODES} values.
 *
 * @example
 * ```ts
 * import type { PlanIssueCode } from 'cchc';
 * const code: PlanIssueCode = 'unknown_agency';
 * ```
 */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[keyof typeof PLAN_ISSUE_CODES];

/**
 * An issue from the plan module (`loadPlan`, `applyChanges`, `planFromRows`):
 * its `code` is a {@link PlanIssueCode}.
 *
 * @example
 * ```ts
 * import { loadPlan, type PlanIssue } from 'cchc';
 * const r = loadPlan({});
 * const issues: readonly PlanIssue[] = r.ok ? [] : (r.issues as readonly PlanIssue[]);
 * ```
 */
export type PlanIssue = Issue<PlanIssueCode>;

// The message builders below write their code as a literal, checked against
// the IssueCode union by issue(): a reference to PLAN_ISSUE_CODES would carry
// the whole table into every bundle that builds one message.

const KIND_VI = {
  agency: 'cơ quan',
  class: 'nhóm cơ quan',
  group: 'nhóm nhiệm vụ',
  task: 'nhiệm vụ',
  target: 'chỉ tiêu',
  reporting: 'chế độ báo cáo',
  amendment: 'văn bản sửa đổi',
} as const;

/** @internal */
export type IdKind = keyof typeof KIND_VI;

/**
 * Message builders, one per code. Internal: users match `code`.
 *
 * @internal
 */
export const msg = {
  duplicateId: (path: IssuePath, kind: IdKind, id: string, firstAt?: IssuePath): Issue =>
    issue(
      path,
      'duplicate_id',
      firstAt === undefined
        ? `Mã ${KIND_VI[kind]} "${id}" đã có trong kế hoạch`
        : `Mã ${KIND_VI[kind]} "${id}" bị trùng (đã dùng ở ${formatPath(firstAt)})`,
      firstAt === undefined
        ? `The ${kind} id "${id}" is already in the plan`
        : `Duplicate ${kind} id "${id}" (already used at ${formatPath(firstAt)})`,
    ),
  unknownAgency: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_agency',
      `"${id}" không có trong danh sách cơ quan (agencies)`,
      `"${id}" is not in the agency list (agencies)`,
    ),
  agencyInUse: (
    path: IssuePath,
    id: string,
    usedBy: { readonly kind: 'task' | 'reporting' | 'agency'; readonly id: string },
  ): Issue =>
    issue(
      path,
      'agency_in_use',
      `Không thể bỏ cơ quan "${id}": ${KIND_VI[usedBy.kind]} "${usedBy.id}" vẫn ghi cơ quan này`,
      `Cannot remove agency "${id}": ${usedBy.kind === 'reporting' ? 'reporting duty' : usedBy.kind} "${usedBy.id}" still names it`,
    ),
  unknownTarget: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_target',
      `"${id}" không có trong danh sách chỉ tiêu (targets)`,
      `"${id}" is not in the target list (targets)`,
    ),
  unknownDuty: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_duty',
      `"${id}" không có trong chế độ báo cáo (reporting)`,
      `"${id}" is not in the reporting schedule (reporting)`,
    ),
  unknownClass: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_class',
      `"${id}" không có trong danh sách nhóm cơ quan (classes)`,
      `"${id}" is not in the class list (classes)`,
    ),
  emptyClass: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'empty_class',
      `Nhóm cơ quan "${id}" chưa có cơ quan thành viên nào; khi giao việc, nhóm được tính như một cơ quan`,
      `Class "${id}" has no member agencies; assignments to it count it as one agency`,
    ),
  ambiguousName: (path: IssuePath, name: string, id: string, firstId: string): Issue =>
    issue(
      path,
      'ambiguous_name',
      `Tên "${name}" của "${id}" được đọc giống tên của "${firstId}"; văn bản ghi tên này sẽ được hiểu là "${firstId}"`,
      `The name "${name}" of "${id}" reads the same as a name of "${firstId}"; text with this name is read as "${firstId}"`,
    ),
  unknownDeadline: (path: IssuePath, raw: string): Issue =>
    issue(
      path,
      'unknown_deadline',
      raw.trim() === ''
        ? 'Chưa ghi thời hạn; nhiệm vụ được giữ lại nhưng chưa thể theo dõi tiến độ'
        : `Không đọc được thời hạn "${raw}"; nhiệm vụ được giữ lại nhưng chưa thể theo dõi tiến độ`,
      raw.trim() === ''
        ? 'No deadline given; the task is kept but cannot be tracked'
        : `Deadline "${raw}" was not understood; the task is kept but cannot be tracked`,
    ),
  unsupportedVersion: (path: IssuePath, version: unknown): Issue =>
    issue(
      path,
      'unsupported_version',
      `Phiên bản định dạng ${shownJson(version)} không được hỗ trợ; thư viện này đọc schemaVersion 1`,
      `Format version ${shownJson(version)} is not supported; this library reads schemaVersion 1`,
    ),
  yearAndPeriod: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_period',
      'Chỉ ghi một trong hai: năm (year) hoặc giai đoạn (period)',
      'Give either year or period, not both',
    ),
  periodReversed: (path: IssuePath, from: number, to: number): Issue =>
    issue(
      path,
      'invalid_period',
      `Giai đoạn ${from}–${to} kết thúc trước khi bắt đầu`,
      `Period ${from}–${to} ends before it starts`,
    ),
  invalidDate: (path: IssuePath, value: string): Issue =>
    issue(
      path,
      'invalid_date',
      `"${value}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
      `"${value}" is not a valid YYYY-MM-DD date`,
    ),
  unknownTask: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_task',
      `Không có nhiệm vụ mã "${id}" trong kế hoạch`,
      `No task with id "${id}" in the plan`,
    ),
  unknownGroup: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'unknown_group',
      `Không có nhóm nhiệm vụ mã "${id}" trong kế hoạch`,
      `No group with id "${id}" in the plan`,
    ),
  amendmentOrder: (path: IssuePath, decidedOn: string, previous: string): Issue =>
    issue(
      path,
      'amendment_order',
      `Văn bản sửa đổi ngày ${decidedOn} đứng sau văn bản ngày ${previous}; hãy xếp các văn bản sửa đổi theo ngày quyết định`,
      `An amendment decided on ${decidedOn} is listed after one decided on ${previous}; list amendments in the order decided`,
    ),
  selfSuccession: (path: IssuePath, id: string): Issue =>
    issue(
      path,
      'invalid_succession',
      `Cơ quan "${id}" không thể tự kế thừa chính mình`,
      `Agency "${id}" cannot succeed itself`,
    ),
};
