/**
 * Every issue evaluation reports, in one place (Vietnamese for officials,
 * English beside), so tests and users can match codes and texts.
 *
 * @module
 */
import { issue, type Issue, type IssuePath } from '../core/result.js';

/** @internal */
export const reportIssues = {
  notAnObject: (path: IssuePath): Issue =>
    issue(path, 'invalid_report', 'Báo cáo phải là một đối tượng có mã nhiệm vụ (taskId)', 'A report must be an object with a task id (taskId)'),
  unknownTask: (path: IssuePath, id: string): Issue =>
    issue(path, 'unknown_task', `Nhiệm vụ "${id}" không có trong kế hoạch`, `Task "${id}" is not in the plan`),
  unknownAgency: (path: IssuePath, id: string): Issue =>
    issue(path, 'unknown_agency', `"${id}" không có trong danh sách cơ quan (agencies)`, `"${id}" is not in the agency list (agencies)`),
  invalidDate: (path: IssuePath, value: unknown): Issue => {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    return issue(path, 'invalid_date', `${shown} không phải là ngày hợp lệ dạng YYYY-MM-DD`, `${shown} is not an existing date written YYYY-MM-DD`);
  },
  missingDate: (path: IssuePath): Issue =>
    issue(
      path,
      'missing_date',
      'Báo cáo thiếu ngày hoàn thành (completedOn) và ngày báo cáo (reportedOn)',
      'The report has neither a completion date (completedOn) nor a report date (reportedOn)',
    ),
  notText: (path: IssuePath): Issue => issue(path, 'invalid_text', 'Giá trị phải là chuỗi ký tự', 'The value must be a string'),
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
export const optionIssues = {
  asOf: (value: unknown): Issue => {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    return issue(['asOf'], 'invalid_date', `Ngày đánh giá ${shown} không phải là ngày hợp lệ dạng YYYY-MM-DD`, `asOf ${shown} is not an existing date written YYYY-MM-DD`);
  },
  dueSoonDays: (value: unknown): Issue =>
    issue(['dueSoonDays'], 'invalid_number', `dueSoonDays phải là số nguyên không âm, nhận được ${String(value)}`, `dueSoonDays must be a non-negative integer, got ${String(value)}`),
  window: (path: IssuePath, value: unknown): Issue => {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    return issue(path, 'invalid_date', `${shown} không phải là ngày hợp lệ dạng YYYY-MM-DD`, `${shown} is not an existing date written YYYY-MM-DD`);
  },
} as const;
