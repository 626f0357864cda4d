/**
 * Deadlines as written in Vietnamese plans: reading, due dates, occurrences
 * and canonical text.
 *
 * @module
 */
export type * from './types.js';
export { parseDeadline, type DeadlineContext } from './parseDeadline.js';
export { dueDate, type DueDateOptions } from './dueDate.js';
export { occurrences } from './occurrences.js';
export { formatDeadline } from './formatDeadline.js';
export { deadlineSchema, milestoneSchema } from './schema.js';
export { UNKNOWN_DEADLINE_REASONS } from './messages.js';
