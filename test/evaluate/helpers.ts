/**
 * Test plans for evaluation, built in one place so a change to the Plan model
 * only needs changing here. They go through `loadPlan`, so deadlines are
 * parsed from real plan text exactly as for users.
 */
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { formatPath } from '../../src/core/result.js';
import { loadPlan } from '../../src/plan/index.js';
import type { Plan, ReformArea } from '../../src/plan/types.js';

export interface TaskSpec {
  id: string;
  lead: string[];
  support?: string[];
  deadline: string;
}
export interface GroupSpec {
  id: string;
  area?: ReformArea;
  year?: number;
  tasks: TaskSpec[];
}
export interface PlanSpec {
  year?: number;
  period?: { from: number; to: number };
  documentDate?: string;
  agencies: { id: string; classes?: string[] }[];
  classes?: string[];
  groups: GroupSpec[];
  reporting?: { id: string; from: string[]; deadline: string }[];
  targets?: { id: string; text: string }[];
}

/** A loaded Plan (through `loadPlan`, as users get it) from a compact spec. */
export function makePlan(spec: PlanSpec): Plan {
  const json = {
    schemaVersion: 1,
    id: 'test-plan',
    title: 'Kế hoạch thử',
    ...(spec.documentDate === undefined
      ? {}
      : { document: { number: '1/QĐ-UBND', date: spec.documentDate } }),
    ...(spec.year === undefined ? {} : { year: spec.year }),
    ...(spec.period === undefined ? {} : { period: spec.period }),
    agencies: spec.agencies.map((a) => ({
      id: a.id,
      name: `Cơ quan ${a.id}`,
      ...(a.classes === undefined ? {} : { classes: a.classes }),
    })),
    classes: (spec.classes ?? []).map((c) => ({ id: c, name: `Nhóm ${c}` })),
    groups: spec.groups.map((g) => ({
      id: g.id,
      title: `Nhóm nhiệm vụ ${g.id}`,
      ...(g.area === undefined ? {} : { area: g.area }),
      ...(g.year === undefined ? {} : { year: g.year }),
      tasks: g.tasks.map((t) => ({
        id: t.id,
        title: `Nhiệm vụ ${t.id}`,
        lead: t.lead,
        ...(t.support === undefined ? {} : { support: t.support }),
        deadline: t.deadline,
      })),
    })),
    ...(spec.targets === undefined ? {} : { targets: spec.targets }),
    ...(spec.reporting === undefined ? {} : { reporting: spec.reporting }),
  };
  const r = loadPlan(json);
  if (!r.ok)
    throw new Error(
      `test plan does not load: ${r.issues.map((i) => `${formatPath(i.path)}: ${i.messageEn}`).join('; ')}`,
    );
  return r.value;
}

/** Shorthand for a branded date in tests. */
export const d = (s: string): IsoDate => s as IsoDate;
