export * from './isoDate.js';
