/**
 * The warnings a plan carries: what loads but deserves attention.
 *
 * @internal
 * @module
 */
import type { Issue } from '../core/result.js';
import { msg } from './messages.js';
import type { Plan } from './types.js';

/**
 * Classes with no member agency, and deadlines left `unknown` (tasks and
 * reporting duties), in plan order.
 *
 * @internal
 */
export function planWarnings(plan: Omit<Plan, 'warnings'>): Issue[] {
  const out: Issue[] = [];
  const populated = new Set<string>();
  for (const a of plan.agencies) for (const c of a.classes) populated.add(c);
  plan.classes.forEach((c, i) => {
    if (!populated.has(c.id)) out.push(msg.emptyClass(['classes', i], c.id));
  });
  plan.groups.forEach((g, gi) => {
    g.tasks.forEach((t, ti) => {
      if (t.deadline.kind === 'unknown') out.push(msg.unknownDeadline(['groups', gi, 'tasks', ti, 'deadline'], t.deadline.raw));
    });
  });
  plan.reporting.forEach((r, i) => {
    if (r.deadline.kind === 'unknown') out.push(msg.unknownDeadline(['reporting', i, 'deadline'], r.deadline.raw));
  });
  return out;
}
