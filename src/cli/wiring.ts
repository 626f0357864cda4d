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
  getPreset,
  listPresets,
  loadCriteriaSet,
  loadPlan,
  occurrences,
  parseDeadline,
  planJsonSchema,
  rankUnits,
  scoreUnit,
  validateReports,
} from '../index.js';
import type { CliLibrary } from './library.js';

/** The library as the commands see it. */
export const library: CliLibrary = {
  parseDeadline,
  dueDate,
  occurrences,
  formatDeadline,
  loadPlan,
  planJsonSchema,
  evaluatePlan,
  complianceByMonth: (e, options) =>
    complianceByMonth(e, options?.agencyId === undefined ? {} : { agencyId: options.agencyId }),
  validateReports,
  loadCriteriaSet,
  scoreUnit,
  rankUnits,
  criteriaJsonSchema,
  preset: (id) => {
    const r = getPreset(id);
    return r.ok ? r.value : undefined;
  },
  presetIds: () => listPresets().map((p) => p.id),
};
