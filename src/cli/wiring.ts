/**
 * The real library behind the commands.
 *
 * @module
 */
import {
  complianceByMonth,
  criteriaJsonSchema,
  dueDate,
  evaluatePlan,
  formatDeadline,
  loadCriteriaSet,
  loadPlan,
  occurrences,
  parseDeadline,
  planJsonSchema,
  rankUnits,
  scoreUnit,
  validateReports,
} from '../index.js';
import * as scoring from '../scoring/index.js';
import type { CriteriaSet } from '../scoring/types.js';
import type { CliLibrary } from './library.js';

/**
 * Built-in criteria sets (presets), when the scoring module ships them: any
 * loaded `CriteriaSet` exported from it (a record of sets, or sets one by one)
 * is found by its `id`.
 */
function builtInPresets(): ReadonlyMap<string, CriteriaSet> {
  const found = new Map<string, CriteriaSet>();
  const consider = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    const s = v as Partial<CriteriaSet>;
    if (s.schemaVersion === 1 && typeof s.id === 'string' && Array.isArray(s.nodes) && Array.isArray(s.leafIds)) found.set(s.id, v as CriteriaSet);
  };
  for (const v of Object.values(scoring as Readonly<Record<string, unknown>>)) {
    consider(v);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) for (const inner of Object.values(v)) consider(inner);
  }
  return found;
}

const presets = builtInPresets();

/** The library as the commands see it. */
export const library: CliLibrary = {
  parseDeadline,
  dueDate,
  occurrences,
  formatDeadline,
  loadPlan,
  planJsonSchema,
  evaluatePlan,
  complianceByMonth: (e) => complianceByMonth(e),
  validateReports,
  loadCriteriaSet,
  scoreUnit,
  rankUnits,
  criteriaJsonSchema,
  preset: (id) => presets.get(id),
  presetIds: () => [...presets.keys()].sort(),
};
