export * from './result.js';
export { foldKey, foldVi, toNfc } from './text.js';
