/**
 * What the amendments in force at `asOf` mean for evaluation: each task's
 * extensions, the deadline it is judged against, and the ids of tasks that
 * an amendment removed or added later. Internal.
 *
 * @module
 */
import { dueDate } from '../../deadline/dueDate.js';
import type { Deadline } from '../../deadline/types.js';
import { deadlineChanges, type DeadlineChange } from '../../plan/update/amend.js';
import type { Amendment, Plan } from '../../plan/types.js';
import type { Extension, Report } from '../types.js';
import { dayOf } from './days.js';

/** @internal */
export interface InForce {
  /** Task id → its extensions, in the order decided. */
  readonly extensions: ReadonlyMap<string, readonly Extension[]>;
  /** Task id → the deadline to judge against when it is not the one in force (a late extension that keeps lateness). */
  readonly judgedBy: ReadonlyMap<string, Deadline>;
  /** For a task id not in force: whether the plan has had it (removed by an amendment, or added by a later one). */
  everHad(taskId: string): boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the amendments of one list say whatever the date: every task id the plan has had and lost or gained. */
const CHANGED_IDS = new WeakMap<readonly Amendment[], ReadonlySet<string>>();

/** The extension a deadline change makes (null when it does not move a due date later), once per change. */
const EXTENSIONS = new WeakMap<DeadlineChange, Extension | null>();

/**
 * @internal Reads the amendments that `inForce` includes (its first
 * `appliedAmendments`): every deadline change that moves a dated deadline
 * later is an extension; `late` when decided after the due date it extends.
 */
export function amendmentsInForce(inForce: Plan, keepLateness: boolean): InForce | null {
  if (inForce.amendments.length === 0) return null;
  // Kept per plan in force (a frozen value), like the plans in force planAsOf keeps.
  let cached = READ.get(inForce);
  if (cached === undefined) READ.set(inForce, (cached = {}));
  const key = keepLateness ? 'keep' : 'clear';
  const hit = cached[key];
  if (hit !== undefined) return hit;
  const extensions = new Map<string, Extension[]>();
  const judgedBy = new Map<string, Deadline>();
  for (const d of deadlineChanges(inForce)) {
    let e = EXTENSIONS.get(d);
    if (e === undefined) EXTENSIONS.set(d, (e = extensionOf(inForce.amendments[d.k] as Amendment, d)));
    if (e === null) continue;
    let list = extensions.get(d.taskId);
    if (list === undefined) extensions.set(d.taskId, (list = []));
    list.push(e);
    if (e.late && keepLateness && !judgedBy.has(d.taskId)) judgedBy.set(d.taskId, d.from);
  }
  for (const list of extensions.values()) Object.freeze(list);
  let ids = CHANGED_IDS.get(inForce.amendments);
  if (ids === undefined) CHANGED_IDS.set(inForce.amendments, (ids = changedIds(inForce.amendments)));
  // A task not in force that the plan once had was removed by an amendment, or comes with a later one.
  const gained = ids;
  const out: InForce = { extensions, judgedBy, everHad: (id) => gained.has(id) };
  cached[key] = out;
  return out;
}

const READ = new WeakMap<Plan, { keep?: InForce; clear?: InForce }>();

/** Every task id an amendment of the list removes or adds. */
function changedIds(amendments: readonly Amendment[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of amendments)
    for (const c of a.changes) {
      if (c.op === 'addTask') out.add(c.task.id.normalize('NFC'));
      else if (c.op === 'removeTask') out.add(c.taskId.normalize('NFC'));
    }
  return out;
}

function extensionOf(a: Amendment, d: DeadlineChange): Extension | null {
  const from = dueDate(d.from);
  const to = dueDate(d.to);
  if (from === null || to === null || to <= from) return null;
  return extension(a, from, to, d.from.raw, d.to.raw, dayOf(a.decidedOn) > dayOf(from));
}

function extension(
  a: Amendment,
  from: NonNullable<ReturnType<typeof dueDate>>,
  to: NonNullable<ReturnType<typeof dueDate>>,
  fromText: string,
  toText: string,
  late: boolean,
): Extension {
  const e: Mutable<Extension> = {
    from,
    to,
    fromText,
    toText,
    decidedOn: a.decidedOn,
    amendmentId: a.id,
    late,
  };
  if (a.document !== undefined) e.document = a.document;
  return Object.freeze(e);
}

/** @internal Reports without those on tasks the plan had once but not at `asOf` (removed, or added later). */
export function reportsInForce(
  reports: readonly Report[],
  inForce: InForce | null,
  has: (taskId: string) => boolean,
): readonly Report[] {
  if (inForce === null) return reports;
  let out: Report[] | null = null;
  reports.forEach((r, i) => {
    const raw = r !== null && typeof r === 'object' && typeof r.taskId === 'string' ? r.taskId : null;
    // Most reports name a task in force as written: only the others are normalised and looked up again.
    const id = raw === null || has(raw) ? null : raw.normalize('NFC');
    const gone = id !== null && !has(id) && inForce.everHad(id);
    if (gone && out === null) out = reports.slice(0, i);
    else if (!gone && out !== null) out.push(r);
  });
  return out ?? reports;
}
