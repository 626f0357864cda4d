/**
 * Test plans for evaluation, built in one place so a change to the Plan model
 * only needs changing here. Deadlines are parsed from real plan text.
 */
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { parseDeadline } from '../../src/deadline/index.js';
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
  targets?: Plan['targets'];
}

/** A frozen Plan from a compact spec (the shape `loadPlan` returns). */
export function makePlan(spec: PlanSpec): Plan {
  const planYear = spec.year ?? spec.period?.from;
  const plan: Plan = {
    schemaVersion: 1,
    id: 'test-plan',
    title: 'Kế hoạch thử',
    ...(spec.documentDate === undefined ? {} : { document: { number: '1/QĐ-UBND', date: spec.documentDate as IsoDate } }),
    ...(spec.year === undefined ? {} : { year: spec.year }),
    ...(spec.period === undefined ? {} : { period: spec.period }),
    agencies: spec.agencies.map((a) => ({ id: a.id, name: a.id, aliases: [], classes: a.classes ?? [] })),
    classes: (spec.classes ?? []).map((c) => ({ id: c, name: c, aliases: [] })),
    groups: spec.groups.map((g) => ({
      id: g.id,
      title: g.id,
      ...(g.area === undefined ? {} : { area: g.area }),
      ...(g.year === undefined ? {} : { year: g.year }),
      tasks: g.tasks.map((t) => ({
        id: t.id,
        title: t.id,
        lead: t.lead,
        support: t.support ?? [],
        deadline: parseDeadline(t.deadline, { year: g.year ?? planYear }),
        products: [],
        targetText: [],
        targets: [],
      })),
    })),
    targets: spec.targets ?? [],
    reporting: (spec.reporting ?? []).map((r) => ({ id: r.id, from: r.from, deadline: parseDeadline(r.deadline, planYear === undefined ? {} : { year: planYear }) })),
    warnings: [],
  };
  return deepFreeze(plan);
}

/** Shorthand for a branded date in tests. */
export const d = (s: string): IsoDate => s as IsoDate;
