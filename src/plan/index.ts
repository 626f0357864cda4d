export type * from './types.js';
export * from './targets/index.js';
