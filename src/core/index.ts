export * from './result.js';
export type { IssueCode } from './issues.js';
export { foldKey, foldVi, toNfc } from './publicText.js';
