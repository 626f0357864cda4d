/**
 * Evaluation at any date: task and assignment status, compliance, reporting
 * duty, targets. See docs/status.md.
 *
 * @module
 */
export type * from './types.js';
export { evaluatePlan } from './evaluatePlan.js';
export { validateReports } from './validateReports.js';
export { complianceBetween, complianceByMonth } from './compliance.js';
export type { ComplianceUnit, MonthlyCompliance } from './compliance.js';
export { evaluateReporting } from './evaluateReporting.js';
export type {
  ReportSubmission,
  ReportingStatus,
  ReportingRow,
  ReportingSummary,
  ReportingEvaluation,
} from './evaluateReporting.js';
export { evaluateTargets } from './evaluateTargets.js';
export type { TargetRow } from './evaluateTargets.js';
export { EVALUATE_ISSUE_CODES, type EvaluateIssue, type EvaluateIssueCode } from './messages.js';
