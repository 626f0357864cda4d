export * from './isoDate.js';
export * from './periods.js';
export * from './lunar.js';
