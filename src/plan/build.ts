/**
 * Turning validated plan JSON into the loaded model, and back.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { parseDeadline, type DeadlineContext } from '../deadline/index.js';
import { parseBudget } from './budget.js';
import type {
  AgencyJson,
  BudgetJson,
  DecisionDocument,
  GroupJson,
  PlanJson,
  ReportingJson,
  SuccessionJson,
  TaskJson,
} from './schema.js';
import { parseTargets } from './targets/index.js';
import type { Deadline } from '../deadline/types.js';
import type {
  Agency,
  AgencyClass,
  Budget,
  DecisionRef,
  Succession,
  Plan,
  PlanTarget,
  ReportingDuty,
  Target,
  Task,
  TaskGroup,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The deadline context of a group: its year, else the plan's, and the plan's period. @internal */
export function deadlineContext(
  plan: Pick<Plan, 'year' | 'period'>,
  groupYear: number | undefined,
): DeadlineContext {
  const ctx: { year?: number; period?: { from: number; to: number } } = {};
  const year = groupYear ?? plan.year;
  if (year !== undefined) ctx.year = year;
  if (plan.period !== undefined) ctx.period = { from: plan.period.from, to: plan.period.to };
  return ctx;
}

function readBudget(b: BudgetJson): Budget {
  return typeof b === 'string' ? parseBudget(b) : parseBudget(b.text, b.source);
}

/** Reads a deadline; `loadPlan` passes a memo, since plans repeat the same texts. @internal */
export type ReadDeadline = (text: string, ctx: DeadlineContext) => Deadline;

/**
 * A deadline reader that remembers what it read (deadlines are frozen
 * values, so sharing one between tasks is safe). For one load only.
 *
 * @internal
 */
export function memoDeadlines(): ReadDeadline {
  const seen = new Map<string, Deadline>();
  return (text, ctx) => {
    const key = `${ctx.year ?? ''}|${ctx.period?.from ?? ''}-${ctx.period?.to ?? ''}|${text}`;
    let d = seen.get(key);
    if (d === undefined) {
      d = parseDeadline(text, ctx);
      seen.set(key, d);
    }
    return d;
  };
}

/** @internal */
export function buildTask(t: TaskJson, ctx: DeadlineContext, read: ReadDeadline = parseDeadline): Task {
  const targetText = t.targets ?? [];
  const targets: Target[] = [];
  for (const text of targetText) for (const x of parseTargets(text)) targets.push(x);
  const task: Mutable<Task> = {
    id: t.id,
    title: t.title,
    lead: [...t.lead],
    support: [...(t.support ?? [])],
    deadline: read(t.deadline, ctx),
    products: [...(t.products ?? [])],
    targetText: [...targetText],
    targets,
  };
  if (t.number !== undefined) task.number = t.number;
  if (t.budget !== undefined) task.budget = readBudget(t.budget);
  if (t.note !== undefined) task.note = t.note;
  return task;
}

/** @internal */
export function buildGroup(
  g: GroupJson,
  plan: Pick<Plan, 'year' | 'period'>,
  read: ReadDeadline = parseDeadline,
): TaskGroup {
  const ctx = deadlineContext(plan, g.year);
  const group: Mutable<TaskGroup> = {
    id: g.id,
    title: g.title,
    tasks: g.tasks.map((t) => buildTask(t, ctx, read)),
  };
  if (g.area !== undefined) group.area = g.area;
  if (g.year !== undefined) group.year = g.year;
  return group;
}

function buildReporting(r: ReportingJson, ctx: DeadlineContext): ReportingDuty {
  const duty: Mutable<ReportingDuty> = {
    id: r.id,
    from: [...r.from],
    deadline: parseDeadline(r.deadline, ctx),
  };
  if (r.to !== undefined) duty.to = r.to;
  if (r.note !== undefined) duty.note = r.note;
  return duty;
}

/** Builds the (not yet frozen, no warnings) model from validated JSON. @internal */
export function buildPlan(json: PlanJson): Omit<Plan, 'warnings'> {
  const head: Mutable<Pick<Plan, 'year' | 'period'>> = {};
  if (json.year !== undefined) head.year = json.year;
  if (json.period !== undefined) head.period = { from: json.period.from, to: json.period.to };
  const agencies: Agency[] = json.agencies.map(agencyFromJson);
  const classes: AgencyClass[] = json.classes.map((c) => ({
    id: c.id,
    name: c.name,
    aliases: [...(c.aliases ?? [])],
  }));
  const targets: PlanTarget[] = (json.targets ?? []).map((t) => ({
    id: t.id,
    text: t.text,
    targets: parseTargets(t.text),
  }));
  const planCtx = deadlineContext(head, undefined);
  const read = memoDeadlines();
  const plan: Mutable<Omit<Plan, 'warnings'>> = {
    schemaVersion: 1,
    id: json.id,
    title: json.title,
    agencies,
    classes,
    groups: json.groups.map((g) => buildGroup(g, head, read)),
    targets,
    reporting: (json.reporting ?? []).map((r) => buildReporting(r, planCtx)),
    amendments: [],
    appliedAmendments: 0,
  };
  if (json.issuer !== undefined) plan.issuer = json.issuer;
  if (json.document !== undefined) {
    plan.document =
      json.document.date === undefined
        ? { number: json.document.number }
        : { number: json.document.number, date: json.document.date as IsoDate };
  }
  if (head.year !== undefined) plan.year = head.year;
  if (head.period !== undefined) plan.period = head.period;
  return plan;
}

/** An agency of the model from validated JSON (dates already checked). @internal */
export function agencyFromJson(a: AgencyJson): Agency {
  const out: Mutable<Agency> = {
    id: a.id,
    name: a.name,
    aliases: [...(a.aliases ?? [])],
    classes: [...(a.classes ?? [])],
  };
  if (a.succeededBy !== undefined && a.succeededBy.length > 0)
    out.succeededBy = a.succeededBy
      .map((s) => {
        const x: Mutable<Succession> = { agencyIds: [...s.agencyIds], on: s.on as IsoDate };
        if (s.document !== undefined) x.document = decisionFromJson(s.document);
        return x;
      })
      .sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
  if (a.endedOn !== undefined) out.endedOn = a.endedOn as IsoDate;
  return out;
}

/** A decision reference of the model from validated JSON. @internal */
export function decisionFromJson(d: DecisionDocument): DecisionRef {
  const out: Mutable<DecisionRef> = { number: d.number };
  if (d.date !== undefined) out.date = d.date as IsoDate;
  if (d.issuer !== undefined) out.issuer = d.issuer;
  return out;
}

/** The JSON form of a decision reference. @internal */
export function decisionToJson(d: DecisionRef): DecisionDocument {
  const out: Mutable<DecisionDocument> = { number: d.number };
  if (d.date !== undefined) out.date = d.date;
  if (d.issuer !== undefined) out.issuer = d.issuer;
  return out;
}

/** The JSON form of an agency. @internal */
export function agencyToJson(a: Agency): AgencyJson {
  const j: Mutable<AgencyJson> = { id: a.id, name: a.name };
  if (a.aliases.length > 0) j.aliases = [...a.aliases];
  if (a.classes.length > 0) j.classes = [...a.classes];
  if (a.succeededBy !== undefined && a.succeededBy.length > 0)
    j.succeededBy = a.succeededBy.map((s) => {
      const x: Mutable<SuccessionJson> = { agencyIds: [...s.agencyIds], on: s.on };
      if (s.document !== undefined) x.document = decisionToJson(s.document);
      return x;
    });
  if (a.endedOn !== undefined) j.endedOn = a.endedOn;
  return j;
}

function budgetToJson(b: NonNullable<Task['budget']>): BudgetJson {
  return b.source === undefined ? b.text : { text: b.text, source: b.source };
}

/** @internal */
export function taskToJson(t: Task): TaskJson {
  const out: Mutable<TaskJson> = { id: t.id, title: t.title, lead: [...t.lead], deadline: t.deadline.raw };
  if (t.number !== undefined) out.number = t.number;
  if (t.support.length > 0) out.support = [...t.support];
  if (t.products.length > 0) out.products = [...t.products];
  if (t.budget !== undefined) out.budget = budgetToJson(t.budget);
  if (t.note !== undefined) out.note = t.note;
  if (t.targetText.length > 0) out.targets = [...t.targetText];
  return out;
}
