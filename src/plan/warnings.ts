/**
 * The warnings a plan carries: what loads but deserves attention.
 *
 * @internal
 * @module
 */
import type { Issue, IssuePath } from '../core/result.js';
import { agencyNameKey } from './agencies/nameKey.js';
import { msg } from './messages.js';
import type { Plan, Task } from './types.js';

/**
 * Classes with no member agency, names of two agencies or classes that read
 * the same, and deadlines left `unknown` (tasks and reporting duties), in
 * plan order.
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
  // Names that read the same (agencyNameKey) for two different ids, in registry order: agencies, then classes.
  const owner = new Map<string, string>();
  const name = (text: string, id: string, path: IssuePath): void => {
    const key = agencyNameKey(text);
    if (key === '') return;
    const first = owner.get(key);
    if (first === undefined) owner.set(key, id);
    else if (first !== id) out.push(msg.ambiguousName(path, text, id, first));
  };
  plan.agencies.forEach((a, i) => {
    name(a.name, a.id, ['agencies', i, 'name']);
    for (const [k, alias] of a.aliases.entries()) name(alias, a.id, ['agencies', i, 'aliases', k]);
  });
  plan.classes.forEach((c, i) => {
    name(c.name, c.id, ['classes', i, 'name']);
    for (const [k, alias] of c.aliases.entries()) name(alias, c.id, ['classes', i, 'aliases', k]);
  });
  plan.groups.forEach((g, gi) => {
    g.tasks.forEach((t, ti) => {
      if (t.deadline.kind === 'unknown')
        out.push(msg.unknownDeadline(['groups', gi, 'tasks', ti, 'deadline'], t.deadline.raw));
    });
  });
  plan.reporting.forEach((r, i) => {
    if (r.deadline.kind === 'unknown')
      out.push(msg.unknownDeadline(['reporting', i, 'deadline'], r.deadline.raw));
  });
  return out;
}

function isTaskPath(path: Issue['path']): boolean {
  return path[0] === 'groups' && path[2] === 'tasks';
}

/**
 * The warnings after one task at (g, t) is replaced by `task` (same
 * position), without scanning the plan: the old array when nothing changed.
 *
 * @internal
 */
export function replaceTaskWarning(
  warnings: readonly Issue[],
  g: number,
  t: number,
  task: Task,
): readonly Issue[] {
  const fresh =
    task.deadline.kind === 'unknown'
      ? msg.unknownDeadline(['groups', g, 'tasks', t, 'deadline'], task.deadline.raw)
      : null;
  const at = warnings.findIndex((w) => isTaskPath(w.path) && w.path[1] === g && w.path[3] === t);
  if (at >= 0) {
    const old = warnings[at];
    if (fresh !== null && old !== undefined && old.message === fresh.message) return warnings;
    const out = [...warnings];
    if (fresh === null) out.splice(at, 1);
    else out[at] = fresh;
    return out;
  }
  if (fresh === null) return warnings;
  // Insert before the first warning that comes after (g, t): a later task, or a reporting duty.
  let i = warnings.findIndex((w) => {
    if (w.path[0] === 'reporting') return true;
    if (!isTaskPath(w.path)) return false;
    const wg = Number(w.path[1]);
    const wt = Number(w.path[3]);
    return wg > g || (wg === g && wt > t);
  });
  if (i < 0) i = warnings.length;
  return [...warnings.slice(0, i), fresh, ...warnings.slice(i)];
}

/** Keeps the old warnings array when nothing in it changed (structural sharing). @internal */
export function sameWarnings(plan: Pick<Plan, 'warnings'>, fresh: readonly Issue[]): readonly Issue[] {
  const old = plan.warnings;
  if (old.length !== fresh.length) return fresh;
  for (let i = 0; i < old.length; i++) {
    const a = old[i];
    const b = fresh[i];
    if (
      a === undefined ||
      b === undefined ||
      a.code !== b.code ||
      a.message !== b.message ||
      a.path.join('\u0000') !== b.path.join('\u0000')
    )
      return fresh;
  }
  return old;
}
