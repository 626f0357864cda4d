/**
 * One-stop dossiers (hồ sơ thủ tục hành chính): processing times, appointment
 * dates counted in working days, timeliness status and statistics.
 *
 * @module
 */
export type { ClockTime, ProcessingStep, ProcessingTime } from './processingTime.js';
export { workingDays } from './processingTime.js';
export { parseProcessingTime, type ParseProcessingTimeOptions } from './parseProcessingTime.js';
export { dossierRegime, type DossierRegime, type DossierRegimeId } from './regime.js';
export type { DossierRules, DossierRuleOptions } from './dueRules.js';
