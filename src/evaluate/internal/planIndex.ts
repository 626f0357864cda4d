/**
 * Integer indices over a plan for fast evaluation: agencies by id, class
 * membership, tasks in appendix order. Internal.
 *
 * @module
 */
import type { Plan, Task, TaskGroup } from '../../plan/types.js';

/** @internal One task with the group it sits in. */
export interface IndexedTask {
  readonly task: Task;
  readonly group: TaskGroup;
  readonly groupIndex: number;
}

/** @internal Integer indices over a plan. */
export interface PlanIndex {
  /** Assignees: the plan's agencies, then the classes that have no member agency. */
  readonly agencyIds: readonly string[];
  readonly agencyIndex: ReadonlyMap<string, number>;
  readonly groupIds: readonly string[];
  readonly tasks: readonly IndexedTask[];
  readonly taskIndex: ReadonlyMap<string, number>;
  /**
   * Assignee indices an id list names (agency ids, and class ids expanded to
   * their member agencies in registry order, or to the class itself when it
   * has none), without repeats. Unknown ids name nobody (`loadPlan` reports
   * them).
   */
  resolve(ids: readonly string[]): readonly number[];
}

/** @internal Builds the indices (linear in agencies + tasks). */
export function indexPlan(plan: Plan): PlanIndex {
  const agencyIds: string[] = [];
  const agencyIndex = new Map<string, number>();
  const members = new Map<string, number[]>();
  plan.agencies.forEach((a, i) => {
    agencyIds.push(a.id);
    agencyIndex.set(a.id, i);
    for (const c of a.classes) {
      let list = members.get(c);
      if (list === undefined) members.set(c, (list = []));
      list.push(i);
    }
  });
  // A class with no member agency stands for itself (as `expandAgencies`
  // does), so that no assignment is lost: "UBND cấp huyện" without a list of
  // districts is one assignee, and reports may name it.
  for (const c of plan.classes) {
    if (members.has(c.id) || agencyIndex.has(c.id)) continue;
    const i = agencyIds.length;
    agencyIds.push(c.id);
    agencyIndex.set(c.id, i);
    members.set(c.id, [i]);
  }
  const tasks: IndexedTask[] = [];
  const taskIndex = new Map<string, number>();
  plan.groups.forEach((group, groupIndex) => {
    for (const task of group.tasks) {
      taskIndex.set(task.id, tasks.length);
      tasks.push({ task, group, groupIndex });
    }
  });
  const cache = new Map<string, readonly number[]>();
  const resolve = (ids: readonly string[]): readonly number[] => {
    if (ids.length === 0) return [];
    const key = ids.length === 1 ? (ids[0] as string) : ids.join('\u0000');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const out: number[] = [];
    const seen = new Set<number>();
    for (const id of ids) {
      const direct = agencyIndex.get(id);
      const list = direct !== undefined ? [direct] : (members.get(id) ?? []);
      for (const i of list) {
        if (!seen.has(i)) {
          seen.add(i);
          out.push(i);
        }
      }
    }
    cache.set(key, out);
    return out;
  };
  return { agencyIds, agencyIndex, groupIds: plan.groups.map((g) => g.id), tasks, taskIndex, resolve };
}
