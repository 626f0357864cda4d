export * from './isoDate.js';
export * from './periods.js';
