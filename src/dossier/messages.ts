/**
 * Every issue the dossier module reports, in one place (Vietnamese for
 * officials, English beside), so tests and users can match codes.
 *
 * @internal
 * @module
 */
import { shownJson } from '../core/copyInput.js';
import { issue as coreIssue, type Issue, type IssuePath } from '../core/result.js';

/**
 * The codes of the dossier module's issues (`parseProcessingTime`,
 * `validateDossiers`, `dossierDueDate`, `dossierStatus`).
 *
 * @example
 * ```ts
 * import type { DossierIssueCode } from 'cchc';
 * const code: DossierIssueCode = 'processing_time_unrecognised';
 * ```
 */
export type DossierIssueCode =
  | 'dossier_conflicting_return'
  | 'dossier_date_before_receipt'
  | 'dossier_due_missing'
  | 'dossier_duplicate_id'
  | 'dossier_missing_id'
  | 'dossier_missing_received'
  | 'invalid_office_hours'
  | 'invalid_option'
  | 'invalid_time'
  | 'invalid_type'
  | 'processing_time_alternatives'
  | 'processing_time_appointment_missing'
  | 'processing_time_empty'
  | 'processing_time_invalid_amount'
  | 'processing_time_total_mismatch'
  | 'processing_time_unit_unsupported'
  | 'processing_time_unrecognised'
  | 'received_time_required'
  | 'unknown_field';

/**
 * An issue from the dossier module: its `code` is a {@link DossierIssueCode}.
 *
 * @example
 * ```ts
 * import { parseProcessingTime, type DossierIssue } from 'cchc';
 * const r = parseProcessingTime('');
 * const issues: readonly DossierIssue[] = r.ok ? [] : (r.issues as readonly DossierIssue[]);
 * ```
 */
export type DossierIssue = Issue<DossierIssueCode>;

const issue = (path: IssuePath, code: DossierIssueCode, vi: string, en: string): DossierIssue =>
  coreIssue(path, code, vi, en);

/** @internal */
export const dossierIssues = {
  emptyText: (path: IssuePath): Issue =>
    issue(path, 'processing_time_empty', 'Thời hạn giải quyết để trống', 'The processing time is empty'),
  unrecognised: (path: IssuePath, text: string): Issue =>
    issue(
      path,
      'processing_time_unrecognised',
      `Không đọc được thời hạn giải quyết "${text}"`,
      `Cannot read the processing time "${text}"`,
    ),
  unsupportedUnit: (path: IssuePath, unit: string, text: string): Issue =>
    issue(
      path,
      'processing_time_unit_unsupported',
      `Đơn vị "${unit}" trong "${text}" chưa được hỗ trợ (chỉ ngày làm việc, ngày, giờ, trong ngày)`,
      `The unit "${unit}" in "${text}" is not supported (only working days, days, hours, same day)`,
    ),
  alternatives: (path: IssuePath, text: string): Issue =>
    issue(
      path,
      'processing_time_alternatives',
      `"${text}" nêu nhiều thời hạn cho các trường hợp khác nhau; hãy chọn một`,
      `"${text}" gives several processing times for different cases; choose one`,
    ),
  totalMismatch: (path: IssuePath, total: number, sum: number, text: string): Issue =>
    issue(
      path,
      'processing_time_total_mismatch',
      `Tổng ${total} ngày trong "${text}" khác tổng các phần (${sum} ngày)`,
      `The total of ${total} days in "${text}" differs from the sum of its parts (${sum} days)`,
    ),
  invalidAmount: (path: IssuePath, amount: number, unit: string): Issue =>
    issue(
      path,
      'processing_time_invalid_amount',
      `Thời hạn ${amount} ${unit} không hợp lệ (phải lớn hơn 0, ngày làm việc theo bội 0,5, ngày lịch là số nguyên, tối đa 3650)`,
      `The processing time ${amount} ${unit} is invalid (must be above 0; working days in steps of 0.5; calendar days whole; at most 3650)`,
    ),
  appointmentMissing: (path: IssuePath, text: string): Issue =>
    issue(
      path,
      'processing_time_appointment_missing',
      `"${text}" có "Hẹn lần 1" nhưng không có "Hẹn lần 2" (hoặc ngược lại)`,
      `"${text}" has one of "Hẹn lần 1" / "Hẹn lần 2" without the other`,
    ),
  invalidTime: (path: IssuePath, value: unknown): Issue =>
    issue(
      path,
      'invalid_time',
      `${shownJson(value)} không phải là giờ hợp lệ dạng HH:MM`,
      `${shownJson(value)} is not a clock time written HH:MM`,
    ),
  invalidOfficeHours: (path: IssuePath): Issue =>
    issue(
      path,
      'invalid_office_hours',
      'Giờ làm việc phải là các khoảng HH:MM tăng dần, không chồng nhau',
      'Office hours must be increasing, non-overlapping HH:MM intervals',
    ),
  invalidOption: (path: IssuePath, value: unknown, allowed: readonly string[]): Issue =>
    issue(
      path,
      'invalid_option',
      `${shownJson(value)} không phải là giá trị hợp lệ (${allowed.map((a) => `'${a}'`).join(', ')})`,
      `${shownJson(value)} is not one of ${allowed.map((a) => `'${a}'`).join(', ')}`,
    ),
  notOptions: (path: IssuePath): Issue =>
    issue(path, 'invalid_type', 'Các tùy chọn phải là một đối tượng', 'The options must be an object'),
  receivedTimeRequired: (path: IssuePath): Issue =>
    issue(
      path,
      'received_time_required',
      'Thời hạn tính theo giờ cần giờ tiếp nhận hồ sơ (receivedAt)',
      'A processing time in hours needs the time the dossier was received (receivedAt)',
    ),
  notAnObject: (path: IssuePath): Issue =>
    issue(path, 'invalid_type', 'Hồ sơ phải là một đối tượng', 'A dossier must be an object'),
  notAnArray: (path: IssuePath): Issue =>
    issue(path, 'invalid_type', 'Danh sách hồ sơ phải là một mảng', 'The dossiers must be an array'),
  missingId: (path: IssuePath): Issue =>
    issue(path, 'dossier_missing_id', 'Hồ sơ thiếu mã (id)', 'The dossier has no id'),
  missingReceived: (path: IssuePath): Issue =>
    issue(
      path,
      'dossier_missing_received',
      'Hồ sơ thiếu ngày tiếp nhận (receivedOn)',
      'The dossier has no date of receipt (receivedOn)',
    ),
  duplicateId: (path: IssuePath, id: string): Issue =>
    issue(path, 'dossier_duplicate_id', `Mã hồ sơ "${id}" bị trùng`, `The dossier id "${id}" is repeated`),
  invalidText: (path: IssuePath, field: string): Issue =>
    issue(path, 'invalid_type', `Trường ${field} phải là chuỗi`, `The field ${field} must be a string`),
  unknownField: (path: IssuePath, field: string): Issue =>
    issue(
      path,
      'unknown_field',
      `Trường "${field}" không được hỗ trợ`,
      `The field "${field}" is not supported`,
    ),
  dueMissing: (path: IssuePath): Issue =>
    issue(
      path,
      'dossier_due_missing',
      'Hồ sơ cần ngày hẹn trả (dueOn) hoặc thời hạn giải quyết (processingTime)',
      'A dossier needs an appointment date (dueOn) or a processing time (processingTime)',
    ),
  dateBeforeReceipt: (path: IssuePath, field: string): Issue =>
    issue(
      path,
      'dossier_date_before_receipt',
      `Ngày ${field} trước ngày tiếp nhận hồ sơ`,
      `The ${field} date is before the date the dossier was received`,
    ),
  bothReturnDates: (path: IssuePath): Issue =>
    issue(
      path,
      'dossier_conflicting_return',
      'returnedOn và completedOn khác nhau; chỉ ghi một ngày trả kết quả',
      'returnedOn and completedOn differ; give one return date',
    ),
  invalidWorkingDays: (path: IssuePath, n: unknown): Issue =>
    issue(
      path,
      'processing_time_invalid_amount',
      `Số ngày làm việc ${String(n)} không hợp lệ (lớn hơn 0, bội 0,5, tối đa 3650)`,
      `${String(n)} working days is invalid (above 0, steps of 0.5, at most 3650)`,
    ),
} as const;
