/**
 * PAR-Index scoring (Chỉ số cải cách hành chính): criteria sets as data,
 * rules as types, exact points, explained results, rankings and bands.
 *
 * @module
 */
export type * from './types.js';
export type { ScoringIssue, ScoringIssueCode } from './messages.js';
export type { ScoreOptions } from './scoreCompiled.js';
export { loadCriteriaSet } from './loadCriteriaSet.js';
export { criteriaSetToJSON } from './criteriaSetToJSON.js';
export { criteriaJsonSchema } from './criteriaJsonSchema.js';
export { diffCriteriaSets, type CriteriaDiff } from './diffCriteriaSets.js';
export { scoreUnit } from './scoreUnit.js';
export { scoreUnits, type ScoreUnitsOptions } from './scoreUnits.js';
export { classOf } from './classOf.js';
export { rankUnits, type RankOptions, type TieBreaker } from './rankUnits.js';
export { summarise, type IndexStats, type PoolSummary, type ScoringSummary } from './summarise.js';
export { compareRuns, type RunChange, type RunComparison } from './compareRuns.js';
export { formatPointsVi, formatIndexVi } from './format.js';
export * from './presets/index.js';
export * from './complianceInputs.js';
export * from './text/index.js';
