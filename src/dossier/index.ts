/**
 * One-stop dossiers (hồ sơ thủ tục hành chính): processing times, appointment
 * dates counted in working days, timeliness status and statistics.
 *
 * @module
 */
export type { ClockTime, ProcessingStep, ProcessingTime } from './processingTime.js';
export { workingDays } from './processingTime.js';
export { parseProcessingTime, type ParseProcessingTimeOptions } from './parseProcessingTime.js';
export { formatProcessingTime } from './formatProcessingTime.js';
export { dossierRegime, type DossierRegime, type DossierRegimeId } from './regime.js';
export type { DossierRules, DossierRuleOptions } from './dueRules.js';
export type { Dossier, DossierStatus, DossierStatusInfo } from './types.js';
export {
  dossierDueDate,
  type DossierDue,
  type DossierDueOptions,
  type DossierAppointment,
} from './dueDate.js';
export type { DossierEvalOptions } from './context.js';
export { dossierStatus } from './status.js';
export {
  dossierStats,
  type DossierStats,
  type DossierGroupStats,
  type DossierCounts,
  type DossierRates,
  type DossierGroupBy,
} from './stats.js';
export { validateDossiers, type ValidateDossiersOptions } from './validateDossiers.js';
export type { DossierIssue, DossierIssueCode } from './messages.js';
