/**
 * The patch history of a plan's amendments (immer patches and inverse
 * patches), computed when asked for: loading, amending and evaluating a plan
 * never import this module, so immer stays out of their bundles.
 *
 * @module
 */
import {
  applyPatches,
  enablePatches,
  produceWithPatches,
  type Draft,
  type Objectish,
  type Patch,
} from 'immer';
import type { IsoDate } from '../../calendar/isoDate.js';
import { deepFreeze } from '../../core/freeze.js';
import { CchcError } from '../../core/result.js';
import { agencyToJson, taskToJson } from '../build.js';
import type { AgencyJson, ReportingJson, TargetJson, TaskJson } from '../schema.js';
import type { Amendment, DecisionRef, Plan, PlanPatch, Task } from '../types.js';
import { flatten, issuedPlan, notIssued } from './amend.js';
import { runChanges } from './applyChanges.js';
import type { Action } from './resolveChange.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A plan's content in JSON form keyed by id: the object the `patches` and
 * `inversePatches` of {@link planHistory} apply to. Paths read
 * `['groups', groupId, 'tasks', taskId, field]`, `['agencies', id]`,
 * `['targets', id]`, `['reporting', id]`.
 *
 * @example
 * ```ts
 * import { planRecords, loadPlan, unwrap } from 'cchc';
 * declare const json: unknown;
 * const r = planRecords(unwrap(loadPlan(json)));
 * r.groups['II']?.tasks['II.3']?.deadline; // 'Quý II/2018'
 * ```
 */
export interface PlanRecords {
  readonly groups: Readonly<Record<string, { readonly tasks: Readonly<Record<string, TaskJson>> }>>;
  readonly agencies: Readonly<Record<string, AgencyJson>>;
  readonly targets: Readonly<Record<string, TargetJson>>;
  readonly reporting: Readonly<Record<string, ReportingJson>>;
}

/**
 * One amendment's entry in a plan's history ({@link planHistory}): which
 * decision, and what it did to the plan's content as immer patches.
 *
 * @example
 * ```ts
 * import { planHistory, type AmendmentPatches } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const h: readonly AmendmentPatches[] = planHistory(plan);
 * for (const a of h) for (const p of a.patches) console.log(a.id, p.op, p.path.join('/'), p.value);
 * // gia-han-1 replace groups/II/tasks/II.3/deadline Quý III/2018
 * ```
 */
export interface AmendmentPatches {
  /** The amendment's id. */
  readonly id: string;
  /** The day it was decided. */
  readonly decidedOn: IsoDate;
  readonly document?: DecisionRef;
  readonly note?: string;
  /** What its changes did to the plan's content (net, per field), as immer reports them. */
  readonly patches: readonly PlanPatch[];
  /** What undoes them: applied to the content after the amendment, they give the content before it. */
  readonly inversePatches: readonly PlanPatch[];
}

type Rec<T> = Record<string, T>;
interface MutableRecords {
  groups: Rec<{ tasks: Rec<TaskJson> }>;
  agencies: Rec<AgencyJson>;
  targets: Rec<TargetJson>;
  reporting: Rec<ReportingJson>;
}

function rec<T>(): Rec<T> {
  return {};
}

/**
 * The content of a plan (as it stands, with the amendments it already
 * includes) keyed by id, in JSON form. Linear in the plan's size; frozen.
 *
 * @example
 * ```ts
 * import { planRecords, planHistory, applyPlanPatches, loadPlan, planAsOf, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const first = planHistory(plan)[0];
 * // Undo the first amendment on the content it produced:
 * if (first !== undefined) applyPlanPatches(planRecords(planAsOf(plan, first.decidedOn)), first.inversePatches);
 * ```
 */
export function planRecords(plan: Plan): PlanRecords {
  const out: MutableRecords = { groups: rec(), agencies: rec(), targets: rec(), reporting: rec() };
  for (const g of plan.groups) {
    const tasks = rec<TaskJson>();
    for (const t of g.tasks) tasks[t.id] = taskToJson(t);
    out.groups[g.id] = { tasks };
  }
  for (const a of plan.agencies) out.agencies[a.id] = agencyToJson(a);
  for (const t of plan.targets) out.targets[t.id] = { id: t.id, text: t.text };
  for (const r of plan.reporting) out.reporting[r.id] = dutyToJson(r);
  return deepFreeze(out);
}

function dutyToJson(r: Plan['reporting'][number]): ReportingJson {
  const j: Mutable<ReportingJson> = { id: r.id, from: [...r.from], deadline: r.deadline.raw };
  if (r.to !== undefined) j.to = r.to;
  if (r.note !== undefined) j.note = r.note;
  return j;
}

/**
 * Applies patches (or inverse patches) of {@link planHistory} to plan
 * records with immer, and returns the new records; the input is not touched.
 *
 * @example
 * ```ts
 * import { applyPlanPatches, planRecords, loadPlan, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const next = applyPlanPatches(planRecords(plan), [
 *   { op: 'replace', path: ['groups', 'II', 'tasks', 'II.3', 'deadline'], value: 'Quý III/2018' },
 * ]);
 * ```
 */
export function applyPlanPatches(records: PlanRecords, patches: readonly PlanPatch[]): PlanRecords {
  enablePatches();
  return applyPatches(records as unknown as Objectish, patches as unknown as readonly Patch[]) as PlanRecords;
}

/** One step of an amendment, recorded while its changes are re-applied. */
type Step =
  | {
      readonly kind: 'task';
      readonly gid: string;
      readonly tid: string;
      /** The task as it stood just before this step (what the draft holds). */
      readonly prev: TaskJson | undefined;
      readonly after: TaskJson | undefined;
    }
  | { readonly kind: 'agencies' | 'targets' | 'reporting'; readonly id: string; readonly after: unknown };

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => sameJson((a as Rec<unknown>)[k], (b as Rec<unknown>)[k]))
    );
  }
  return false;
}

/**
 * Sets on a draft task only the fields that differ from `prev` (what the
 * draft holds), so the patches name fields. Compares the plain objects, not
 * the draft: reading a draft goes through its proxy.
 */
function setFields(draft: Rec<unknown>, prev: TaskJson, after: TaskJson): void {
  const p = prev as Rec<unknown>;
  const a = after as Rec<unknown>;
  for (const k in p) if (!(k in a)) delete draft[k];
  for (const k in a) if (!sameJson(p[k], a[k])) draft[k] = a[k];
}

/** The patches of one amendment, from its steps and the content they touched before it. */
function patchesOf(
  before: MutableRecords,
  steps: readonly Step[],
): [readonly PlanPatch[], readonly PlanPatch[]] {
  const [, patches, inverse] = produceWithPatches(before, (draft: Draft<MutableRecords>) => {
    for (const s of steps) {
      if (s.kind === 'task') {
        const tasks = draft.groups[s.gid]?.tasks;
        if (tasks === undefined) continue;
        const current = tasks[s.tid];
        if (s.after === undefined) delete tasks[s.tid];
        else if (current === undefined || s.prev === undefined) tasks[s.tid] = s.after as Draft<TaskJson>;
        else setFields(current as unknown as Rec<unknown>, s.prev, s.after);
      } else if (s.after === undefined) delete (draft[s.kind] as Rec<unknown>)[s.id];
      else (draft[s.kind] as Rec<unknown>)[s.id] = s.after;
    }
  });
  return [patches as unknown as readonly PlanPatch[], inverse as unknown as readonly PlanPatch[]];
}

/** Histories made, per amendment list (a plan and every plan in force made from it share one). */
const HISTORIES = new WeakMap<readonly Amendment[], readonly AmendmentPatches[]>();
const NONE: readonly AmendmentPatches[] = Object.freeze([]);

/**
 * The audit trail of a plan's amendments: for each amendment of
 * {@link Plan.amendments}, in order, its decision and what it did to the
 * plan's content as immer patches — `patches` (what changed, net per field)
 * and `inversePatches` (what it was before: undo). Both apply to
 * {@link PlanRecords} with {@link applyPlanPatches}: the patches of
 * amendment k turn `planRecords(planAsOf(plan, <the day before it>))` into
 * the records with it in force, and the inverse patches turn them back.
 *
 * Computed when asked (one pass over every change, linear in the number of
 * changes and the tasks they touch), not by {@link loadPlan}; kept for the
 * plan's amendment list, so a plan and the plans in force made from it with
 * {@link planAsOf} share one frozen answer. Throws a {@link CchcError} for a
 * plan in force whose plan as issued is unknown (one not made by
 * `loadPlan`, `amendPlan` or `planAsOf`).
 *
 * @example
 * ```ts
 * import { planHistory, planRecords, applyPlanPatches, planAsOf, loadPlan, isoDate, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * for (const a of planHistory(plan)) {
 *   console.log(a.id, a.decidedOn, a.document?.number);
 *   for (const p of a.patches) console.log(' ', p.op, p.path.join('/'), p.value);
 *   // sd-1 2018-06-15 1520/QĐ-UBND
 *   //   replace groups/II/tasks/II.3/deadline Quý III/2018
 * }
 * // Undo the last amendment in force at the end of 2018:
 * const inForce = planAsOf(plan, isoDate('2018-12-31'));
 * const last = planHistory(plan)[inForce.appliedAmendments - 1];
 * if (last !== undefined) applyPlanPatches(planRecords(inForce), last.inversePatches);
 * ```
 */
export function planHistory(plan: Plan): readonly AmendmentPatches[] {
  const list = plan.amendments;
  if (list.length === 0) return NONE;
  const hit = HISTORIES.get(list);
  if (hit !== undefined) return hit;
  const issued = issuedPlan(plan);
  if (issued === undefined) throw new CchcError([notIssued()]);
  enablePatches();
  const { flat, owner } = flatten(list);
  // Per amendment: the content it touched as it was before it, and its steps.
  const befores: MutableRecords[] = list.map(() => ({
    groups: rec(),
    agencies: rec(),
    targets: rec(),
    reporting: rec(),
  }));
  const steps: Step[][] = list.map(() => []);
  const touched: Set<string>[] = list.map(() => new Set());
  // Agencies, targets and duties an amendment touched: a removal first met keeps what it removes as the content before.
  const other = (
    k: number,
    kind: 'agencies' | 'targets' | 'reporting',
    id: string,
    removed: unknown,
    after: unknown,
  ): void => {
    const seen = touched[k] as Set<string>;
    const key = `${kind}\u0000${id}`;
    if (!seen.has(key)) {
      seen.add(key);
      if (removed !== undefined) ((befores[k] as MutableRecords)[kind] as Rec<unknown>)[id] = removed;
    }
    (steps[k] as Step[]).push({ kind, id, after });
  };
  const observe = (i: number, action: Action, before: Task | undefined, gid: string): void => {
    const k = owner[i] ?? 0;
    const s = steps[k] as Step[];
    switch (action.kind) {
      case 'replace':
      case 'remove':
      case 'insert': {
        const tid = action.kind === 'remove' ? action.id : action.task.id;
        const b = befores[k] as MutableRecords;
        const tasks = (b.groups[gid] ??= { tasks: rec() }).tasks;
        const seen = touched[k] as Set<string>;
        const prev = before === undefined ? undefined : taskToJson(before);
        if (!seen.has(tid)) {
          seen.add(tid);
          if (prev !== undefined) tasks[tid] = prev;
        }
        s.push({
          kind: 'task',
          gid,
          tid,
          prev,
          after: action.kind === 'remove' ? undefined : taskToJson(action.task),
        });
        break;
      }
      case 'agency':
        other(k, 'agencies', action.agency.id, undefined, agencyToJson(action.agency));
        break;
      case 'target':
        other(k, 'targets', action.target.id, undefined, { id: action.target.id, text: action.target.text });
        break;
      case 'duty':
        other(k, 'reporting', action.duty.id, undefined, dutyToJson(action.duty));
        break;
      case 'removeAgency':
        other(k, 'agencies', action.agency.id, agencyToJson(action.agency), undefined);
        break;
      case 'removeTarget':
        other(k, 'targets', action.target.id, { id: action.target.id, text: action.target.text }, undefined);
        break;
      case 'removeDuty':
        other(k, 'reporting', action.duty.id, dutyToJson(action.duty), undefined);
        break;
      case 'none':
        break;
    }
  };
  const run = runChanges(
    issued,
    flat,
    (i) => ['amendments', owner[i] ?? 0, 'changes'],
    observe,
    undefined,
    [],
    true,
  );
  // Loaded amendments were checked; only a plan built by hand gets here.
  if (!run.ok) throw new CchcError(run.issues);
  const out: AmendmentPatches[] = list.map((a, k) => {
    const [patches, inversePatches] = patchesOf(befores[k] as MutableRecords, steps[k] as Step[]);
    const entry: Mutable<AmendmentPatches> = { id: a.id, decidedOn: a.decidedOn, patches, inversePatches };
    if (a.document !== undefined) entry.document = a.document;
    if (a.note !== undefined) entry.note = a.note;
    return entry;
  });
  const frozen = deepFreeze(out);
  HISTORIES.set(list, frozen);
  return frozen;
}
