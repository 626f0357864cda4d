/**
 * Reading scoring rules from a decision's own words, and writing them back:
 * `parseRule`, `formatRule`, `criteriaFromRows`, `criteriaToRows`.
 *
 * @module
 */
export { parseRule, type ParseRuleOptions, type ParseRuleResult } from './parseRule.js';
export { formatRule, type FormatRuleOptions } from './formatRule.js';
export {
  criteriaFromRows,
  type CriteriaColumns,
  type CriteriaFromRowsOptions,
  type CriteriaFromRowsResult,
  type CriteriaReadingReport,
  type LeafReading,
} from './criteriaFromRows.js';
export { criteriaToRows, guessCriteriaColumns, CRITERIA_TABLE_HEADERS } from './criteriaToRows.js';
