/**
 * Amendments: changes decided on a date, checked in order; the plan in force
 * on a date. (Their patch history is computed on request, by `planHistory`
 * in history.ts, so that loading and evaluating need no immer.)
 *
 * @module
 */
import { isIsoDate, type IsoDate } from '../../calendar/isoDate.js';
import { deepFreeze } from '../../core/freeze.js';
import { CchcError, fail, issue, ok, type Issue, type IssuePath, type Result } from '../../core/result.js';
import { decisionFromJson, decisionToJson } from '../build.js';
import { msg } from '../messages.js';
import { nfcInput } from '../nfcInput.js';
import { amendmentJsonSchema, type AmendmentJson } from '../schema.js';
import type { Deadline } from '../../deadline/types.js';
import type { Amendment, Plan } from '../types.js';
import { fromZodIssues } from '../zodIssues.js';
import type { PlanChange } from './changes.js';
import { runChanges, type ChangeObserver } from './applyChanges.js';
import type { Action } from './resolveChange.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The plan as issued behind each plan that `planAsOf` made. */
const BASES = new WeakMap<Plan, Plan>();

/** The plan as issued (no amendment applied) behind a plan. @internal */
export function issuedPlan(plan: Plan): Plan | undefined {
  return plan.appliedAmendments === 0 ? plan : BASES.get(plan);
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

function toAmendment(a: AmendmentJson): Amendment {
  const out: Mutable<Amendment> = {
    id: a.id,
    decidedOn: a.decidedOn as IsoDate,
    changes: a.changes as readonly PlanChange[],
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
 * Returns the loaded amendments from index `keepFrom` on.
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
  const { flat, owner, offset } = flatten(list);
  const actions: Action[] = [];
  const run = runChanges(
    issued,
    flat,
    (i) => {
      const k = owner[i] ?? 0;
      return [...pathOf(k), 'changes', i - (offset[k] ?? 0)];
    },
    (i, action) => {
      actions[i] = action;
    },
    undefined,
    [],
    true,
  );
  if (!run.ok) issues.push(...run.issues);
  if (issues.length > 0) return fail(issues);
  const out: Amendment[] = [];
  for (let k = keepFrom; k < list.length; k++) out.push(toAmendment(list[k] as AmendmentJson));
  const loaded = deepFreeze(out);
  if (keepFrom === 0) keepResolved(issued, loaded, actions);
  else PENDING.set(loaded, { issued, actions });
  return ok(loaded);
}

/**
 * Every change of an amendment list resolved against the plan as issued, as
 * the check at load saw it (the tasks it builds and where they go): a replay
 * from that plan applies them without resolving (reading deadlines and
 * targets) a second time. Kept under the list's last amendment, and used
 * only for the same amendments (element by element) over the same content.
 */
interface Resolved {
  readonly issued: Plan;
  readonly list: readonly Amendment[];
  readonly actions: readonly Action[];
}
const RESOLVED = new WeakMap<Amendment, Resolved>();
/** What {@link checkAmendments} resolved, until amendPlan has the full list. */
const PENDING = new WeakMap<readonly Amendment[], { issued: Plan; actions: readonly Action[] }>();

function keepResolved(issued: Plan, list: readonly Amendment[], actions: readonly Action[]): void {
  const last = list[list.length - 1];
  if (last !== undefined) RESOLVED.set(last, { issued, list, actions });
}

/** The changes of `plan`'s amendments as resolved at load, when `from` holds the content they were resolved on. */
function resolvedFor(plan: Plan, from: Plan): readonly Action[] | undefined {
  const list = plan.amendments;
  const r = list.length === 0 ? undefined : RESOLVED.get(list[list.length - 1] as Amendment);
  if (r === undefined || r.list.length !== list.length) return undefined;
  const i = r.issued;
  if (
    from.year !== i.year ||
    from.period !== i.period ||
    from.groups !== i.groups ||
    from.agencies !== i.agencies ||
    from.classes !== i.classes ||
    from.targets !== i.targets ||
    from.reporting !== i.reporting
  )
    return undefined;
  for (let k = 0; k < list.length; k++) if (list[k] !== r.list[k]) return undefined;
  return r.actions;
}

/**
 * The changes of a list of amendments in one list, with the amendment each
 * came from and where each amendment's changes start.
 *
 * @internal
 */
export function flatten(list: readonly { readonly changes: readonly unknown[] }[]): {
  readonly flat: PlanChange[];
  readonly owner: number[];
  readonly offset: number[];
} {
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
  return { flat, owner, offset };
}

/**
 * Adds an amendment to a plan: checks it (fields, a real `decidedOn` not
 * before the last amendment's, an unused id, and every change against the
 * plan as the earlier amendments leave it) and returns the plan with it at
 * the end of {@link Plan.amendments}. The content
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
  const amendments: readonly Amendment[] = Object.freeze([...plan.amendments, ...checked.value]);
  const pending = PENDING.get(checked.value);
  if (pending !== undefined) keepResolved(pending.issued, amendments, pending.actions);
  const next: Plan = Object.freeze({ ...plan, amendments });
  if (plan.appliedAmendments > 0) BASES.set(next, issued);
  return ok(next);
}

/** The issue of a plan in force whose plan as issued is unknown. @internal */
export function notIssued(): Issue {
  return issue(
    ['appliedAmendments'],
    'invalid_value',
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
 * same frozen value) when asked for the same amendments, and a date not
 * asked before starts from the latest kept one that includes no later
 * amendment (so dates asked in order replay only the amendments between
 * them; the first date replays every change from the plan as issued, as
 * `loadPlan` or `amendPlan` resolved it when checking it, without reading its
 * deadlines and targets again). Throws a
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
  // Start from the latest plan in force at hand that includes no amendment after the k-th.
  let from = k > plan.appliedAmendments ? plan : issued;
  if (cache !== undefined)
    for (const [j, p] of cache) if (j < k && j > from.appliedAmendments && BASES.get(p) === issued) from = p;
  const start = from.appliedAmendments;
  const next = replay(
    plan,
    from,
    start,
    k,
    { appliedAmendments: k, amendments: plan.amendments },
    start === 0 ? resolvedFor(plan, from) : undefined,
  );
  BASES.set(next, issued);
  remember(plan.amendments, k, next);
  return next;
}

const NO_PATH: IssuePath = Object.freeze(['changes']) as unknown as IssuePath;

/**
 * Applies amendments `start` to `end - 1` of `plan` to `from` (the plan with
 * the first `start` in force), recording their deadline changes; with no
 * `head`, only checks them and returns `from`. Throws a {@link CchcError}
 * if a change fails, which cannot happen to amendments checked on load.
 */
function replay(
  plan: Plan,
  from: Plan,
  start: number,
  end: number,
  head: Partial<Pick<Plan, 'appliedAmendments' | 'amendments'>> | undefined,
  resolved: readonly Action[] | undefined,
): Plan {
  const { flat, offset } = flatten(plan.amendments.slice(start, end));
  const record = deadlineRecorder(plan.amendments, start, offset);
  // The amendments were checked when loaded: no issue is expected, so one path serves every change.
  const r = runChanges(from, flat, () => NO_PATH, record.observe, head, [], head === undefined, resolved);
  if (!r.ok) throw new CchcError(r.issues);
  record.flush();
  return r.value;
}

/**
 * A task deadline an amendment changed, net over its changes (the deadline
 * before its first change and after its last), for a task that stood before
 * it and still stands after it. What evaluation reads extensions from.
 *
 * @internal
 */
export interface DeadlineChange {
  /** The amendment's index in {@link Plan.amendments}. */
  readonly k: number;
  readonly taskId: string;
  readonly from: Deadline;
  readonly to: Deadline;
}

/** Per amendment list: the deadline changes of each amendment replayed so far (undefined: not yet). */
const DEADLINES = new WeakMap<readonly Amendment[], (readonly DeadlineChange[] | undefined)[]>();

/**
 * An observer for {@link runChanges} over amendments `start`, `start + 1`, …
 * (their changes starting at `offsets`), and `flush`, which stores each
 * amendment's deadline changes for the amendment list.
 */
function deadlineRecorder(
  amendments: readonly Amendment[],
  start: number,
  offsets: readonly number[],
): { observe: ChangeObserver; flush(): void } {
  const per: Map<string, { from: Deadline; to: Deadline }>[] = offsets.map(() => new Map());
  const replaced: Set<string>[] = offsets.map(() => new Set());
  let a = 0;
  const observe: ChangeObserver = (i, action, before) => {
    while (a + 1 < offsets.length && i >= (offsets[a + 1] as number)) a++;
    if (action.kind === 'insert') replaced[a]?.add(action.task.id);
    else if (action.kind === 'remove') replaced[a]?.add(action.id);
    else if (action.kind === 'replace' && before !== undefined) {
      const m = per[a] as Map<string, { from: Deadline; to: Deadline }>;
      const seen = m.get(action.task.id);
      if (seen !== undefined) seen.to = action.task.deadline;
      else if (before.deadline.raw !== action.task.deadline.raw)
        m.set(action.task.id, { from: before.deadline, to: action.task.deadline });
    }
  };
  const flush = (): void => {
    let all = DEADLINES.get(amendments);
    if (all === undefined) DEADLINES.set(amendments, (all = []));
    per.forEach((m, j) => {
      const k = start + j;
      const out: DeadlineChange[] = [];
      for (const [taskId, d] of m)
        if (!replaced[j]?.has(taskId) && d.from.raw !== d.to.raw)
          out.push(Object.freeze({ k, taskId, from: d.from, to: d.to }));
      (all as (readonly DeadlineChange[] | undefined)[])[k] = Object.freeze(out);
    });
  };
  return { observe, flush };
}

/**
 * The deadline changes of the amendments a plan in force includes (its first
 * `appliedAmendments`), in order. Read while {@link planAsOf} replays them;
 * replayed once from the plan as issued when some were not (a plan made by
 * amendPlan on a plan in force).
 *
 * @internal
 */
export function deadlineChanges(plan: Plan): readonly DeadlineChange[] {
  const n = plan.appliedAmendments;
  let all = DEADLINES.get(plan.amendments);
  const known = (): boolean => {
    for (let k = 0; k < n; k++) if (all?.[k] === undefined) return false;
    return true;
  };
  if (!known()) {
    const issued = issuedPlan(plan);
    if (issued === undefined) throw new CchcError([notIssued()]);
    replay(plan, issued, 0, n, undefined, resolvedFor(plan, issued));
    all = DEADLINES.get(plan.amendments);
  }
  const out: DeadlineChange[] = [];
  for (let k = 0; k < n; k++) for (const d of all?.[k] ?? []) out.push(d);
  return out;
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
