/**
 * Amendments: changes decided on a date, checked in order, with immer's
 * patches as their audit trail; the plan in force on a date.
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
import { isIsoDate, type IsoDate } from '../../calendar/isoDate.js';
import { deepFreeze } from '../../core/freeze.js';
import { CchcError, fail, issue, ok, type Issue, type IssuePath, type Result } from '../../core/result.js';
import { agencyToJson, decisionFromJson, decisionToJson, taskToJson } from '../build.js';
import { msg, PLAN_ISSUE_CODES } from '../messages.js';
import { nfcInput } from '../nfcInput.js';
import {
  amendmentJsonSchema,
  type AgencyJson,
  type AmendmentJson,
  type ReportingJson,
  type TargetJson,
  type TaskJson,
} from '../schema.js';
import type { Amendment, Plan, PlanPatch, Task } from '../types.js';
import { fromZodIssues } from '../zodIssues.js';
import type { PlanChange } from './changes.js';
import { runChanges } from './applyChanges.js';
import type { Action } from './resolveChange.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A plan's content in JSON form keyed by id: the object an amendment's
 * `patches` and `inversePatches` apply to. Paths read
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
 * import { planRecords, applyPlanPatches, loadPlan, planAsOf, isoDate, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const amended = planAsOf(plan, isoDate('2018-12-31'));
 * const a = plan.amendments[0];
 * // Undo the first amendment on the content it produced:
 * if (a !== undefined) applyPlanPatches(planRecords(planAsOf(plan, a.decidedOn)), a.inversePatches);
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
 * Applies an amendment's patches (or inverse patches) to plan records with
 * immer, and returns the new records; the input is not touched.
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

/** The plan as issued behind each plan that `planAsOf` made. */
const BASES = new WeakMap<Plan, Plan>();

/** The plan as issued (no amendment applied) behind a plan. @internal */
export function issuedPlan(plan: Plan): Plan | undefined {
  return plan.appliedAmendments === 0 ? plan : BASES.get(plan);
}

/** One step of an amendment, recorded while its changes are checked. */
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
  enablePatches();
  const [, patches, inverse] = produceWithPatches(before, (draft: Draft<MutableRecords>) => {
    for (const s of steps) {
      if (s.kind === 'task') {
        const tasks = draft.groups[s.gid]?.tasks;
        if (tasks === undefined) continue;
        const current = tasks[s.tid];
        if (s.after === undefined) delete tasks[s.tid];
        else if (current === undefined || s.prev === undefined) tasks[s.tid] = s.after as Draft<TaskJson>;
        else setFields(current as unknown as Rec<unknown>, s.prev, s.after);
      } else (draft[s.kind] as Rec<unknown>)[s.id] = s.after;
    }
  });
  return [patches as unknown as readonly PlanPatch[], inverse as unknown as readonly PlanPatch[]];
}

/** Header problems of the amendments (dates, order, ids); each path starts with `pathOf(k)`. */
function headerIssues(list: readonly AmendmentJson[], pathOf: (k: number) => IssuePath): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, IssuePath>();
  let last: string | undefined;
  list.forEach((a, k) => {
    const path = pathOf(k);
    const first = ids.get(a.id);
    if (first !== undefined) issues.push(msg.duplicateId([...path, 'id'], 'amendment', a.id, first));
    else ids.set(a.id, [...path, 'id']);
    if (!isIsoDate(a.decidedOn)) issues.push(msg.invalidDate([...path, 'decidedOn'], a.decidedOn));
    else {
      if (last !== undefined && a.decidedOn < last)
        issues.push(msg.amendmentOrder([...path, 'decidedOn'], a.decidedOn, last));
      last = a.decidedOn;
    }
    const d = a.document?.date;
    if (d !== undefined && !isIsoDate(d)) issues.push(msg.invalidDate([...path, 'document', 'date'], d));
  });
  return issues;
}

function toAmendment(
  a: AmendmentJson,
  patches: readonly PlanPatch[],
  inverse: readonly PlanPatch[],
): Amendment {
  const out: Mutable<Amendment> = {
    id: a.id,
    decidedOn: a.decidedOn as IsoDate,
    changes: a.changes as readonly PlanChange[],
    patches,
    inversePatches: inverse,
  };
  if (a.document !== undefined) out.document = decisionFromJson(a.document);
  if (a.note !== undefined) out.note = a.note;
  return out;
}

/** The JSON form of an amendment. @internal */
export function amendmentToJson(a: Amendment): AmendmentJson {
  const out: Mutable<AmendmentJson> = {
    id: a.id,
    decidedOn: a.decidedOn,
    changes: a.changes as AmendmentJson['changes'],
  };
  if (a.document !== undefined) out.document = decisionToJson(a.document);
  if (a.note !== undefined) out.note = a.note;
  return out;
}

/**
 * Checks amendments in order against a plan as issued: each change against
 * the plan as the changes before it leave it (one pass over all of them).
 * Returns the loaded amendments from index `keepFrom` on, with their patches.
 *
 * @internal
 */
export function checkAmendments(
  issued: Plan,
  list: readonly AmendmentJson[],
  pathOf: (k: number) => IssuePath,
  keepFrom = 0,
): Result<readonly Amendment[]> {
  const issues = headerIssues(list, pathOf);
  const flat: PlanChange[] = [];
  const owner: number[] = [];
  const offset: number[] = [];
  list.forEach((a, k) => {
    offset.push(flat.length);
    for (const c of a.changes) {
      flat.push(c as PlanChange);
      owner.push(k);
    }
  });
  // Per kept amendment: the content it touched as it was before it, and its steps.
  const befores: MutableRecords[] = list.map(() => ({
    groups: rec(),
    agencies: rec(),
    targets: rec(),
    reporting: rec(),
  }));
  const steps: Step[][] = list.map(() => []);
  const touched: Set<string>[] = list.map(() => new Set());
  const observe = (i: number, action: Action, before: Task | undefined, gid: string): void => {
    const k = owner[i] ?? 0;
    if (k < keepFrom) return;
    const b = befores[k] as MutableRecords;
    const s = steps[k] as Step[];
    switch (action.kind) {
      case 'replace':
      case 'remove':
      case 'insert': {
        const tid = action.kind === 'remove' ? action.id : action.task.id;
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
        s.push({ kind: 'agencies', id: action.agency.id, after: agencyToJson(action.agency) });
        break;
      case 'target':
        s.push({
          kind: 'targets',
          id: action.target.id,
          after: { id: action.target.id, text: action.target.text },
        });
        break;
      case 'duty':
        s.push({ kind: 'reporting', id: action.duty.id, after: dutyToJson(action.duty) });
        break;
      case 'none':
        break;
    }
  };
  const run = runChanges(
    issued,
    flat,
    (i) => {
      const k = owner[i] ?? 0;
      return [...pathOf(k), 'changes', i - (offset[k] ?? 0)];
    },
    observe,
  );
  if (!run.ok) issues.push(...run.issues);
  if (issues.length > 0) return fail(issues);
  const out: Amendment[] = [];
  for (let k = keepFrom; k < list.length; k++) {
    const [patches, inverse] = patchesOf(befores[k] as MutableRecords, steps[k] as Step[]);
    out.push(toAmendment(list[k] as AmendmentJson, patches, inverse));
  }
  return ok(deepFreeze(out));
}

/**
 * Adds an amendment to a plan: checks it (fields, a real `decidedOn` not
 * before the last amendment's, an unused id, and every change against the
 * plan as the earlier amendments leave it) and returns the plan with it at
 * the end of {@link Plan.amendments}, its patches computed. The content
 * stays as it was: {@link planAsOf} gives the plan with it in force. Issue
 * paths start at the amendment (`changes[0].taskId`).
 *
 * @example
 * ```ts
 * import { amendPlan, loadPlan, planAsOf, isoDate, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const r = amendPlan(plan, {
 *   id: 'gia-han-1', decidedOn: '2018-06-15',
 *   document: { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh Vĩnh Long' },
 *   changes: [{ op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' }],
 * });
 * if (r.ok) planAsOf(r.value, isoDate('2018-07-01')); // II.3 is due at the end of Quý III/2018
 * ```
 */
export function amendPlan(plan: Plan, amendment: AmendmentJson): Result<Plan> {
  const input = nfcInput(amendment);
  const parsed = amendmentJsonSchema.safeParse(input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, input));
  const issued = issuedPlan(plan);
  if (issued === undefined) return fail([notIssued()]);
  const n = plan.amendments.length;
  const earlier = plan.amendments.map(amendmentToJson);
  const checked = checkAmendments(
    issued,
    [...earlier, parsed.data],
    (k) => (k === n ? [] : ['amendments', k]),
    n,
  );
  if (!checked.ok) return checked;
  const next: Plan = Object.freeze({
    ...plan,
    amendments: Object.freeze([...plan.amendments, ...checked.value]),
  });
  if (plan.appliedAmendments > 0) BASES.set(next, issued);
  return ok(next);
}

function notIssued(): Issue {
  return issue(
    ['appliedAmendments'],
    PLAN_ISSUE_CODES.invalidValue,
    'Không tìm thấy kế hoạch gốc của kế hoạch đã sửa đổi này; hãy dùng kế hoạch do loadPlan hoặc planAsOf trả về',
    'The plan as issued behind this amended plan is unknown; use a plan returned by loadPlan or planAsOf',
  );
}

/** How many amendments (from the first) were decided on or before `date`. */
function decidedBy(amendments: readonly Amendment[], date: string): number {
  let lo = 0;
  let hi = amendments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((amendments[mid] as Amendment).decidedOn <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The plan in force on `date`: the plan with every amendment decided on or
 * before `date` applied (in order, as {@link applyChanges} would apply their
 * changes). The result keeps every amendment in {@link Plan.amendments} and
 * says how many it includes in {@link Plan.appliedAmendments}; asking it for
 * another date works too (earlier or later). A plan without amendments, or
 * already in force on that date, is returned as it is; the last few plans
 * in force made from one amendment list are kept and returned again (the
 * same frozen value) when asked for the same amendments. Throws a
 * {@link CchcError} for a date that does not exist.
 *
 * @example
 * ```ts
 * import { planAsOf, loadPlan, isoDate, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const inForce = planAsOf(plan, isoDate('2018-09-30'));
 * inForce.appliedAmendments; // amendments decided on or before 30/9/2018
 * ```
 */
export function planAsOf(plan: Plan, date: IsoDate): Plan {
  if (!isIsoDate(date)) throw new CchcError([msg.invalidDate(['date'], String(date))]);
  const k = decidedBy(plan.amendments, date);
  if (k === plan.appliedAmendments) return plan;
  const issued = issuedPlan(plan);
  if (issued === undefined) throw new CchcError([notIssued()]);
  if (k === 0)
    return issued.amendments === plan.amendments
      ? issued
      : Object.freeze({ ...issued, amendments: plan.amendments, appliedAmendments: 0 });
  const cache = CACHE.get(plan.amendments);
  const hit = cache?.get(k);
  if (hit !== undefined && BASES.get(hit) === issued) return hit;
  const from = k > plan.appliedAmendments ? plan : issued;
  const start = from.appliedAmendments;
  const changes: PlanChange[] = [];
  for (let a = start; a < k; a++) for (const c of (plan.amendments[a] as Amendment).changes) changes.push(c);
  const r = runChanges(from, changes, (i) => ['changes', i], undefined, {
    appliedAmendments: k,
    amendments: plan.amendments,
  });
  if (!r.ok) throw new CchcError(r.issues);
  BASES.set(r.value, issued);
  remember(plan.amendments, k, r.value);
  return r.value;
}

/**
 * The last few plans in force that planAsOf made, per amendment list: a plan
 * is often evaluated more than once at dates with the same amendments in
 * force (a report and its per-agency views, a dashboard). The values are
 * frozen, so sharing them changes no answer.
 */
const CACHE = new WeakMap<readonly Amendment[], Map<number, Plan>>();
const CACHE_SIZE = 4;

function remember(amendments: readonly Amendment[], k: number, plan: Plan): void {
  let m = CACHE.get(amendments);
  if (m === undefined) CACHE.set(amendments, (m = new Map()));
  m.delete(k);
  m.set(k, plan);
  if (m.size > CACHE_SIZE) {
    const oldest = m.keys().next();
    if (oldest.done !== true) m.delete(oldest.value);
  }
}
