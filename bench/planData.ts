/**
 * The synthetic plan the `update` and `amend` measures share: 100,000 tasks
 * in 10 groups of 10,000, each led by `snv` with the class `so-nganh` in
 * support, deadlines taken in turn from a list.
 */
import type { PlanChange } from '../src/plan/index.js';
import type { PlanJson, TaskJson } from '../src/plan/schema.js';

export const GROUPS = 10;
export const PER_GROUP = 10_000;
/** Agency ids the changes use: four agencies and their class. */
export const AGENCIES: readonly string[] = ['snv', 'stp', 'stc', 'vp', 'so-nganh'];

/** The plan JSON (year 2018); task `G<g>.<t>` has deadline `deadlines[(g + t) % deadlines.length]`. */
export function benchPlanJson(deadlines: readonly string[]): PlanJson {
  const groups = [];
  for (let g = 0; g < GROUPS; g++) {
    const tasks: TaskJson[] = [];
    for (let t = 0; t < PER_GROUP; t++) {
      tasks.push({
        id: `G${g}.${t}`,
        title: `Nhiệm vụ ${g}.${t}`,
        lead: ['snv'],
        support: ['so-nganh'],
        deadline: deadlines[(g + t) % deadlines.length] ?? '',
      });
    }
    groups.push({ id: `G${g}`, title: `Nhóm ${g}`, tasks });
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Kế hoạch',
    year: 2018,
    agencies: AGENCIES.slice(0, 4).map((id) => ({ id, name: id, classes: ['so-nganh'] })),
    classes: [{ id: 'so-nganh', name: 'Các sở' }],
    groups,
  };
}

/**
 * One random change of a task of the bench plan: a new deadline, an
 * assignment, a field edit (`title`, `note`) or a removal, in proportions
 * 3 : 3 : 3 : 1. Null when the draw names a task already in `removed`; a
 * removal adds its task there.
 */
export function randomTaskChange(
  rand: () => number,
  removed: Set<string>,
  deadlines: readonly string[],
  patch: { readonly title: string; readonly note: string },
): PlanChange | null {
  const taskId = `G${Math.floor(rand() * GROUPS)}.${Math.floor(rand() * PER_GROUP)}`;
  if (removed.has(taskId)) return null;
  const x = rand();
  if (x < 0.3)
    return { op: 'setDeadline', taskId, deadline: deadlines[Math.floor(rand() * deadlines.length)] ?? '' };
  if (x < 0.6)
    return {
      op: 'assign',
      taskId,
      agencyId: AGENCIES[Math.floor(rand() * AGENCIES.length)] ?? 'snv',
      role: rand() < 0.5 ? 'lead' : 'support',
    };
  if (x < 0.9) return { op: 'updateTask', taskId, patch };
  removed.add(taskId);
  return { op: 'removeTask', taskId };
}
