/**
 * Writing a loaded plan back to its JSON form.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { agencyToJson, taskToJson } from './build.js';
import { amendmentToJson, issuedPlan } from './update/amend.js';
import type { ClassJson, GroupJson, PlanJson, ReportingJson } from './schema.js';
import type { Plan } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The JSON form of a loaded plan: `loadPlan(toJSON(plan))` gives an equal
 * plan, and every deadline is written back exactly as it was read
 * (`deadline.raw`). Empty optional lists are left out. The result is frozen.
 * A plan from {@link planAsOf} is written as issued, with all its
 * amendments, like the plan it came from.
 *
 * @example
 * ```ts
 * import { loadPlan, toJSON, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const text = JSON.stringify(toJSON(plan), null, 2);
 * ```
 */
export function toJSON(given: Plan): PlanJson {
  // The plan as issued and its whole history; a plan from planAsOf whose issued form is unknown
  // (a copy made outside the library) is written as it stands, with the amendments it does not include.
  const issued = issuedPlan(given);
  const plan = issued ?? given;
  const amendments =
    issued === undefined ? given.amendments.slice(given.appliedAmendments) : given.amendments;
  // Keys in reading order: the plan's own fields, then its lists.
  const head: Partial<Mutable<PlanJson>> = { schemaVersion: 1, id: plan.id, title: plan.title };
  if (plan.issuer !== undefined) head.issuer = plan.issuer;
  if (plan.document !== undefined) {
    head.document =
      plan.document.date === undefined
        ? { number: plan.document.number }
        : { number: plan.document.number, date: plan.document.date };
  }
  if (plan.year !== undefined) head.year = plan.year;
  if (plan.period !== undefined) head.period = { from: plan.period.from, to: plan.period.to };
  const out: Mutable<PlanJson> = {
    ...head,
    schemaVersion: 1,
    id: plan.id,
    title: plan.title,
    agencies: [],
    classes: [],
    groups: [],
  };
  out.agencies = plan.agencies.map(agencyToJson);
  out.classes = plan.classes.map((c) => {
    const j: Mutable<ClassJson> = { id: c.id, name: c.name };
    if (c.aliases.length > 0) j.aliases = [...c.aliases];
    return j;
  });
  out.groups = plan.groups.map((g) => {
    const j: Mutable<GroupJson> = { id: g.id, title: g.title, tasks: g.tasks.map(taskToJson) };
    if (g.area !== undefined) j.area = g.area;
    if (g.year !== undefined) j.year = g.year;
    return j;
  });
  if (plan.targets.length > 0) out.targets = plan.targets.map((t) => ({ id: t.id, text: t.text }));
  if (plan.reporting.length > 0) {
    out.reporting = plan.reporting.map((r) => {
      const j: Mutable<ReportingJson> = { id: r.id, from: [...r.from], deadline: r.deadline.raw };
      if (r.to !== undefined) j.to = r.to;
      if (r.note !== undefined) j.note = r.note;
      return j;
    });
  }
  if (amendments.length > 0) out.amendments = amendments.map(amendmentToJson);
  return deepFreeze(out);
}
