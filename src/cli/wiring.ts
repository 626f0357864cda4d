/**
 * The real library behind the commands.
 *
 * TEMPORARY (while the modules are being written in parallel): functions are
 * looked up on the package namespace so the CLI builds before every module
 * exports them; a missing one answers a clear error. Replaced by static
 * imports once all modules have landed.
 *
 * @module
 */
import * as cchc from '../index.js';
import type { CliLibrary } from './library.js';

const ns = cchc as unknown as Readonly<Record<string, unknown>>;

function pick<K extends keyof CliLibrary>(name: K, exportName: string = name): NonNullable<CliLibrary[K]> {
  const f = ns[exportName];
  if (typeof f === 'function') return f as NonNullable<CliLibrary[K]>;
  return ((..._args: unknown[]) => {
    throw new Error(`cchc: "${exportName}" is not in this build yet`);
  }) as unknown as NonNullable<CliLibrary[K]>;
}

/** The library as the commands see it. */
export const library: CliLibrary = {
  parseDeadline: pick('parseDeadline'),
  dueDate: pick('dueDate'),
  occurrences: pick('occurrences'),
  formatDeadline: pick('formatDeadline'),
  loadPlan: pick('loadPlan'),
  planJsonSchema: pick('planJsonSchema'),
  evaluatePlan: pick('evaluatePlan'),
  validateReports: pick('validateReports'),
  loadCriteriaSet: pick('loadCriteriaSet'),
  scoreUnit: pick('scoreUnit'),
  rankUnits: pick('rankUnits'),
  criteriaJsonSchema: pick('criteriaJsonSchema'),
  preset: (id) => {
    const presets = ns['presets'];
    if (typeof presets === 'object' && presets !== null && id in presets) return (presets as Record<string, never>)[id];
    return undefined;
  },
  presetIds: () => {
    const presets = ns['presets'];
    return typeof presets === 'object' && presets !== null ? Object.keys(presets) : [];
  },
};
