/**
 * `cchc` — Vietnam's public administration reform (cải cách hành chính) plans,
 * deadlines, compliance and PAR-Index scoring as pure, typed functions.
 *
 * Data flows one way: text & JSON → load / parse → immutable values →
 * evaluate → score → rank / report.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './deadline/index.js';
export * from './plan/index.js';
export * from './evaluate/index.js';
export * from './dossier/index.js';
export * from './scoring/index.js';
