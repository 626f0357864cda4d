/**
 * Many edits at once: copy only what changes, in one pass.
 *
 * @module
 */
import { inputIssues } from '../../core/copyInput.js';
import { deepFreeze } from '../../core/freeze.js';
import { fail, issue, ok, type Issue, type IssuePath, type Result } from '../../core/result.js';
import type { DeadlineContext } from '../../deadline/index.js';
import { deadlineContext, memoDeadlines } from '../build.js';
import type { Agency, Plan, PlanTarget, ReportingDuty, Task, TaskGroup } from '../types.js';
import { planWarnings, sameWarnings } from '../warnings.js';
import type { PlanChange } from './changes.js';
import { agencyUse, resolveChange, type Action, type EditState } from './resolveChange.js';

/**
 * Applies many changes in order and returns the new plan, or every issue
 * found (then nothing is applied). Cost is O(plan size + number of changes):
 * the task lists of the groups that change are copied once, changed tasks
 * are replaced, removals are compacted at the end, and only new objects are
 * frozen — untouched groups and tasks are the same objects as in `plan`.
 * (Inserting at an `index` costs the size of that group.) Use it rather than
 * a loop of single edits for more than a few changes. Never throws on the
 * changes: a list that is not a list is `invalid_type`, a change that cannot
 * be read (a getter or a Proxy that throws) `unreadable`.
 *
 * @example
 * ```ts
 * import { applyChanges, loadPlan, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const r = applyChanges(plan, [
 *   { op: 'setDeadline', taskId: 'I.1', deadline: 'Quý II/2018' },
 *   { op: 'assign', taskId: 'I.1', agencyId: 'stp', role: 'support' },
 * ]);
 * if (r.ok) r.value.groups[0]?.tasks[0]?.deadline.kind; // 'quarter'
 * ```
 */
export function applyChanges(plan: Plan, changes: readonly PlanChange[]): Result<Plan> {
  const notAList: Issue[] = [];
  let given: readonly PlanChange[];
  try {
    given = Array.isArray(changes) ? changes : [];
    if (!Array.isArray(changes))
      notAList.push(
        issue(
          ['changes'],
          'invalid_type',
          'Các thay đổi phải là một danh sách',
          'The changes must be a list',
        ),
      );
  } catch {
    return fail([inputIssues.unreadable(['changes'])]);
  }
  return runChanges(plan, given, (i) => ['changes', i], undefined, undefined, notAList);
}

/**
 * What {@link runChanges} tells its observer about each change it applies:
 * the task before (for a replacement or removal) and the action.
 *
 * @internal
 */
export type ChangeObserver = (i: number, action: Action, before: Task | undefined, groupId: string) => void;

/**
 * {@link applyChanges} with the issue path of each change chosen by the
 * caller, an observer of every action, and fields to set on the result.
 * With `checkOnly`, the changes are checked and `plan` itself is returned
 * (no new plan is built: loading amendments only checks them). `resolved`
 * holds, by change index, actions an earlier run resolved from the same
 * `plan` through the same changes (what its observer saw): they are applied
 * as they are, without resolving their change again.
 *
 * @internal
 */
export function runChanges(
  plan: Plan,
  changes: readonly PlanChange[],
  pathOf: (i: number) => IssuePath,
  observe?: ChangeObserver,
  head?: Partial<Pick<Plan, 'appliedAmendments' | 'amendments'>>,
  first: readonly Issue[] = [],
  checkOnly = false,
  resolved?: readonly (Action | undefined)[],
): Result<Plan> {
  const groups = plan.groups;
  // Working task lists, copied on first change; `null` marks a removed task.
  const lists: ((Task | null)[] | null)[] = groups.map(() => null);
  // Task id → position, packed in one number (g * stride + t) to keep 100,000 entries cheap.
  let stride = 1;
  for (const g of groups) stride = Math.max(stride, g.tasks.length + 1);
  stride += changes.length;
  const where = new Map<string, number>();
  for (let gi = 0; gi < groups.length; gi++) {
    const tasks = groups[gi]?.tasks ?? [];
    for (let ti = 0; ti < tasks.length; ti++) where.set((tasks[ti] as Task).id, gi * stride + ti);
  }
  const groupIds = new Map<string, number>();
  groups.forEach((g, gi) => {
    if (!groupIds.has(g.id)) groupIds.set(g.id, gi);
  });
  const agencyIds = new Set(plan.agencies.map((a) => a.id));
  const classIds = new Set(plan.classes.map((c) => c.id));
  const targetIds = new Set(plan.targets.map((t) => t.id));
  const dutyIds = new Set(plan.reporting.map((r) => r.id));
  let agencies: Agency[] | null = null;
  let targets: PlanTarget[] | null = null;
  let reporting: ReportingDuty[] | null = null;

  const list = (g: number): (Task | null)[] => {
    let l = lists[g];
    if (l === null || l === undefined) {
      l = [...(groups[g]?.tasks ?? [])];
      lists[g] = l;
    }
    return l;
  };
  const taskAt = (g: number, t: number): Task | null | undefined => {
    const l = lists[g];
    return l === null || l === undefined ? groups[g]?.tasks[t] : l[t];
  };
  const contexts: (DeadlineContext | undefined)[] = [];
  const state: EditState = {
    plan,
    context: (g) => (contexts[g] ??= deadlineContext(plan, groups[g]?.year)),
    groupIndex: (id) => groupIds.get(id),
    task: (id) => {
      const at = where.get(id);
      if (at === undefined) return undefined;
      const g = Math.floor(at / stride);
      const t = at - g * stride;
      const task = taskAt(g, t);
      return task === null || task === undefined ? undefined : { g, t, task };
    },
    isAgencyOrClass: (id) => agencyIds.has(id) || classIds.has(id),
    isClass: (id) => classIds.has(id),
    hasTarget: (id) => targetIds.has(id),
    hasDuty: (id) => dutyIds.has(id),
    agency: (id) => (agencyIds.has(id) ? (agencies ?? plan.agencies).find((x) => x.id === id) : undefined),
    target: (id) => (targetIds.has(id) ? (targets ?? plan.targets).find((x) => x.id === id) : undefined),
    duty: (id) => (dutyIds.has(id) ? (reporting ?? plan.reporting).find((x) => x.id === id) : undefined),
    agencyUse: (id) =>
      agencyUse(
        id,
        (function* () {
          for (let g = 0; g < groups.length; g++) {
            const l = lists[g];
            const tasks = l === null || l === undefined ? (groups[g]?.tasks ?? []) : l;
            for (const t of tasks) yield t;
          }
        })(),
        reporting ?? plan.reporting,
        agencies ?? plan.agencies,
      ),
    readDeadline: memoDeadlines(),
  };

  const issues: Issue[] = [...first];
  changes.forEach((change, i) => {
    let r: ReturnType<typeof resolveChange>;
    const known = resolved?.[i];
    try {
      r = known === undefined ? resolveChange(change, pathOf(i), state) : { action: known };
    } catch {
      // Only a hostile change gets here (a getter or a Proxy that throws): it is not read.
      issues.push(inputIssues.unreadable(pathOf(i)));
      return;
    }
    if ('issues' in r) {
      for (const x of r.issues) issues.push(x);
      return;
    }
    if (observe !== undefined) {
      const a = r.action;
      const g = a.kind === 'replace' || a.kind === 'remove' || a.kind === 'insert' ? a.g : -1;
      const before =
        a.kind === 'replace' || a.kind === 'remove' ? (taskAt(a.g, a.t) ?? undefined) : undefined;
      observe(i, a, before, g < 0 ? '' : (groups[g]?.id ?? ''));
    }
    // Applied to the working copies even after an issue, so later changes are checked against
    // the plan as it would be (an added task can be updated); nothing is returned when any failed.
    const a = r.action;
    switch (a.kind) {
      case 'replace':
        list(a.g)[a.t] = a.task;
        break;
      case 'remove':
        list(a.g)[a.t] = null;
        where.delete(a.id);
        break;
      case 'insert': {
        const l = list(a.g);
        if (a.index === undefined) {
          where.set(a.task.id, a.g * stride + l.length);
          l.push(a.task);
        } else {
          // Compact the group, insert, and re-index it.
          const compact = l.filter((t): t is Task => t !== null);
          compact.splice(Math.min(a.index, compact.length), 0, a.task);
          lists[a.g] = compact;
          compact.forEach((t, ti) => {
            where.set(t.id, a.g * stride + ti);
          });
        }
        break;
      }
      case 'agency':
        (agencies ??= [...plan.agencies]).push(a.agency);
        agencyIds.add(a.agency.id);
        break;
      case 'target':
        (targets ??= [...plan.targets]).push(a.target);
        targetIds.add(a.target.id);
        break;
      case 'duty':
        (reporting ??= [...plan.reporting]).push(a.duty);
        dutyIds.add(a.duty.id);
        break;
      case 'removeAgency':
        agencies = (agencies ?? plan.agencies).filter((x) => x.id !== a.agency.id);
        agencyIds.delete(a.agency.id);
        break;
      case 'removeTarget':
        targets = (targets ?? plan.targets).filter((x) => x.id !== a.target.id);
        targetIds.delete(a.target.id);
        break;
      case 'removeDuty':
        reporting = (reporting ?? plan.reporting).filter((x) => x.id !== a.duty.id);
        dutyIds.delete(a.duty.id);
        break;
      case 'none':
        break;
    }
  });
  if (issues.length > 0) return fail(issues);
  if (checkOnly) return ok(plan);

  const nextGroups: TaskGroup[] | readonly TaskGroup[] = lists.some((l) => l !== null)
    ? groups.map((g, gi) => {
        const l = lists[gi];
        if (l === null || l === undefined) return g;
        const tasks: Task[] = [];
        for (const t of l) if (t !== null) tasks.push(freezeTask(t));
        return Object.freeze({ ...g, tasks: Object.freeze(tasks) });
      })
    : groups;
  const next: Omit<Plan, 'warnings'> = {
    ...plan,
    groups: nextGroups,
    agencies: agencies ?? plan.agencies,
    targets: targets ?? plan.targets,
    reporting: reporting ?? plan.reporting,
    ...head,
  };
  return ok(deepFreeze({ ...next, warnings: sameWarnings(plan, planWarnings(next)) }));
}

/**
 * Freezes a task built by an edit: its own lists and itself. Everything else
 * in it is frozen already (deadlines, budgets and targets come frozen from
 * their parsers; untouched tasks are frozen as a whole and returned at once).
 */
function freezeTask(t: Task): Task {
  if (Object.isFrozen(t)) return t;
  Object.freeze(t.lead);
  Object.freeze(t.support);
  Object.freeze(t.products);
  Object.freeze(t.targetText);
  Object.freeze(t.targets);
  return Object.freeze(t);
}
