/**
 * The synthetic plan the `update` and `amend` measures share: 100,000 tasks
 * in 10 groups of 10,000, each led by `snv` with the class `so-nganh` in
 * support, deadlines taken in turn from a list.
 */
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
