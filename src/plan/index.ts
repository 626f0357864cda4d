/**
 * Plans as data: the model and its JSON format, loading and saving, agencies,
 * budgets, building from appendix tables, and immutable updates.
 *
 * @module
 */
export type * from './types.js';
export * from './targets/index.js';
export type {
  PlanJson,
  AgencyJson,
  ClassJson,
  GroupJson,
  TaskJson,
  BudgetJson,
  TargetJson,
  ReportingJson,
  AmendmentJson,
  DecisionDocument,
  SuccessionJson,
} from './schema.js';
export { PLAN_ISSUE_CODES, type PlanIssue, type PlanIssueCode } from './messages.js';
export { planJsonSchema } from './jsonSchema.js';
export { loadPlan } from './loadPlan.js';
export { toJSON } from './toJSON.js';
export { migratePlanJson, PLAN_SCHEMA_VERSION } from './migrate.js';
export { parseBudget } from './budget.js';
export { agencyNameKey } from './agencies/nameKey.js';
export {
  createAgencyRegistry,
  agencyRegistry,
  findAgency,
  expandAgencies,
  type AgencyRegistry,
  type AgencyEntry,
  type ClassEntry,
} from './agencies/registry.js';
export { resolveAgencies, type AgencyResolution } from './agencies/resolve.js';
export { agencyHolders } from './agencies/succession.js';
export { planFromRows } from './rows/planFromRows.js';
export type { PlanFromRowsOptions, PlanFromRowsResult, PlanColumns, ColumnRef } from './rows/options.js';
export type {
  PlanReadingReport,
  SkippedRow,
  PlanReadingCode,
  UnreadDeadline,
  UnreadTarget,
  UnknownAgencyFragment,
} from './rows/report.js';
export { reformAreaOf } from './rows/reformArea.js';
export { VIETNAMESE_ITEM_LETTERS } from './rows/itemNumber.js';
export type { PlanChange, TaskPatch } from './update/changes.js';
export { applyChanges } from './update/applyChanges.js';
export { diffPlans, type PlanDiff, type PlanDiffLine, type DiffOptions } from './update/diff.js';
export { amendPlan, planAsOf } from './update/amend.js';
export {
  planHistory,
  planRecords,
  applyPlanPatches,
  type PlanRecords,
  type AmendmentPatches,
} from './update/history.js';
export {
  addTask,
  updateTask,
  removeTask,
  assign,
  unassign,
  setDeadline,
  addAgency,
  addTarget,
  addReportingDuty,
  removeAgency,
  removeTarget,
  removeReportingDuty,
} from './update/edits.js';
