/**
 * Freezing a parsed deadline (internal): the shapes are known, so each part
 * is frozen directly instead of walking keys.
 *
 * @internal
 * @module
 */
import type { Deadline, Milestone } from './types.js';

/** Shared (frozen) empty list of events. */
export const NO_EVENTS: readonly string[] = Object.freeze([]);

function m(x: Milestone | null): void {
  if (x !== null) Object.freeze(x);
}

/** Deep-freezes a deadline built by the parser and returns it. */
export function freezeDeadline(d: Deadline): Deadline {
  switch (d.kind) {
    case 'multi':
      for (const x of d.milestones) Object.freeze(x);
      Object.freeze(d.milestones);
      if (d.parts !== undefined) {
        // parts are one level deep: a part is never a multi with parts
        for (const p of d.parts) freezeDeadline(p);
        Object.freeze(d.parts);
      }
      break;
    case 'range':
      m(d.from);
      m(d.to);
      if (d.completeBy !== undefined) Object.freeze(d.completeBy);
      break;
    case 'continuous':
      m(d.from);
      // "trong năm 2018" runs from and until the same milestone: freeze it once
      if (d.until !== d.from) m(d.until);
      break;
    case 'recurring':
      m(d.from);
      if (d.until !== d.from) m(d.until);
      if (d.cutoff !== null) Object.freeze(d.cutoff);
      if (d.events !== NO_EVENTS) Object.freeze(d.events);
      break;
    case 'event':
      if (d.after !== null) Object.freeze(d.after);
      break;
    default:
      break;
  }
  return Object.freeze(d);
}
