/**
 * The status of one entry against one due date, or against none. Internal.
 *
 * @module
 */
import type { TaskStatus } from '../types.js';
import type { Schedule } from './schedule.js';

/** @internal Status of a single-date (or dateless) entry completed on day `done` (Infinity: not done). */
export function judge(schedule: Schedule, due: number, done: number, asOf: number, soon: number): TaskStatus {
  switch (schedule.kind) {
    case 'continuous':
      if (asOf <= due) return 'ongoing';
      return judgeDated(due, done, asOf, soon);
    case 'dated':
      return judgeDated(due, done, asOf, soon);
    case 'ongoing':
      return done !== Infinity ? 'done_on_time' : 'ongoing';
    case 'event':
      return done !== Infinity ? 'done_on_time' : 'awaiting_event';
    default:
      return done !== Infinity ? 'done_on_time' : 'unscheduled';
  }
}

/** @internal Status against one due date (completion day `done`: Infinity or NaN when not done). */
export function judgeDated(due: number, done: number, asOf: number, soon: number): TaskStatus {
  if (done !== Infinity && !Number.isNaN(done)) return done <= due ? 'done_on_time' : 'done_late';
  if (asOf > due) return 'overdue';
  return due - asOf <= soon ? 'due_soon' : 'not_due';
}
