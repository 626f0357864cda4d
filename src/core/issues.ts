/**
 * Every issue code the library (and the `cchc` command) can report, in one
 * union, so that a misspelt code is a type error where it is written and
 * where it is matched.
 *
 * @module
 */

/**
 * The code of an {@link Issue}: one of these strings, stable across versions
 * (a code is added, never renamed). The same code means the same kind of
 * problem in every module (`invalid_date` from `parseIsoDate`, `loadPlan` or
 * `validateReports`); the module constants (`PLAN_ISSUE_CODES`,
 * `CALENDAR_ISSUE_CODES`, `EVALUATE_ISSUE_CODES`) and types
 * (`PlanIssueCode`, `ScoringIssueCode`, `DossierIssueCode`, …) name each
 * module's part of it.
 *
 * @example
 * ```ts
 * import { parseIsoDate, type IssueCode } from 'cchc';
 * const r = parseIsoDate('2023-02-29');
 * const code: IssueCode | undefined = r.ok ? undefined : r.issues[0]?.code; // 'invalid_date'
 * ```
 */
export type IssueCode =
  // calendar: dates, lunar dates, holiday data, work calendars
  | 'invalid_date'
  | 'invalid_number'
  | 'invalid_period'
  | 'unsupported_year'
  | 'holiday_data_year'
  | 'invalid_holiday_data'
  | 'unknown_field'
  | 'invalid_work_calendar'
  | 'invalid_option'
  | 'invalid_lunar_date'
  | 'lunar_out_of_range'
  // plans: loadPlan, planFromRows, applyChanges, agencies
  | 'invalid_type'
  | 'invalid_value'
  | 'unsupported_version'
  | 'duplicate_id'
  | 'unknown_agency'
  | 'unknown_class'
  | 'empty_class'
  | 'ambiguous_name'
  | 'unknown_deadline'
  | 'unknown_task'
  | 'unknown_group'
  | 'unknown_column'
  | 'no_tasks'
  | 'unknown_agency_name'
  | 'agency_created'
  | 'group_cell_kept'
  | 'invalid_rows'
  | 'table_too_large'
  | 'invalid_options'
  | 'cell_not_text'
  // evaluation: reports and submissions
  | 'invalid_report'
  | 'invalid_submission'
  | 'unknown_duty'
  | 'unknown_target'
  | 'missing_date'
  | 'invalid_text'
  | 'agency_not_assigned'
  | 'agency_not_reporting'
  | 'completed_before_plan'
  | 'reported_before_completed'
  | 'unknown_period'
  // dossiers: processing times and dossiers
  | 'dossier_conflicting_return'
  | 'dossier_date_before_receipt'
  | 'dossier_due_missing'
  | 'dossier_duplicate_id'
  | 'dossier_missing_id'
  | 'dossier_missing_received'
  | 'invalid_office_hours'
  | 'invalid_time'
  | 'processing_time_alternatives'
  | 'processing_time_appointment_missing'
  | 'processing_time_empty'
  | 'processing_time_invalid_amount'
  | 'processing_time_total_mismatch'
  | 'processing_time_unit_unsupported'
  | 'processing_time_unrecognised'
  | 'received_time_required'
  // scoring: criteria sets, inputs, rules read from text, presets
  | 'unknown_rule_kind'
  | 'max_not_sum'
  | 'node_shape'
  | 'too_many_decimals'
  | 'tier_bound'
  | 'tiers_out_of_order'
  | 'tier_points_decrease'
  | 'tier_empty'
  | 'tiers_overlap'
  | 'tiers_gap'
  | 'duplicate_level'
  | 'points_above_max'
  | 'level_above_max'
  | 'bands_overlap'
  | 'bands_gap'
  | 'count_mismatch'
  | 'invalid_scale'
  | 'duplicate_condition'
  | 'floor_above_max'
  | 'unknown_input'
  | 'not_a_leaf'
  | 'invalid_input'
  | 'input_above_max'
  | 'input_out_of_range'
  | 'empty_ratio'
  | 'survey_self_score'
  | 'unknown_unit'
  | 'tiers_not_monotone'
  | 'invalid_max'
  | 'no_nodes'
  | 'missing_max'
  | 'missing_title'
  | 'number_out_of_place'
  | 'rule_unread'
  | 'rule_manual'
  | 'rule_missing'
  | 'rule_below_max'
  | 'rule_text_on_parent'
  | 'row_outside_node'
  | 'evidence_missing'
  | 'evidence_partial'
  | 'adjustment_capped'
  | 'unknown_preset'
  | 'unknown_source'
  | 'unknown_area'
  | 'source_missing'
  // the `cchc` command: files, and its own input formats
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_unwritable'
  | 'binary_file'
  | 'invalid_json'
  | 'invalid_inputs'
  | 'invalid_reports'
  | 'no_units'
  | 'output_unwritable'
  | 'file_exists'
  | 'unknown_kind'
  | 'unknown_criteria'
  | 'unknown_leaf'
  | 'kind_mismatch'
  | 'duplicate_leaf'
  | 'conditions_mismatch'
  | 'parameter_missing'
  | 'unknown_report'
  | 'not_utf8'
  | 'invalid_unit'
  | 'duplicate_unit'
  | 'xlsx_unavailable'
  | 'unknown_sheet'
  | 'columns_not_found';
