/**
 * What the amendments in force at `asOf` mean for evaluation: each task's
 * extensions, the deadline it is judged against, and the ids of tasks that
 * an amendment removed or added later. Internal.
 *
 * @module
 */
import { dueDate } from '../../deadline/dueDate.js';
import type { Deadline } from '../../deadline/types.js';
import { deadlineContext, memoDeadlines } from '../../plan/build.js';
import type { Amendment, Plan } from '../../plan/types.js';
import type { Extension, Report } from '../types.js';
import { dayOf } from './days.js';

/** @internal */
export interface InForce {
  /** Task id → its extensions, in the order decided. */
  readonly extensions: ReadonlyMap<string, readonly Extension[]>;
  /** Task id → the deadline to judge against when it is not the one in force (a late extension that keeps lateness). */
  readonly judgedBy: ReadonlyMap<string, Deadline>;
  /** Every task id the plan has had, as issued or added by any amendment. */
  readonly everTasks: ReadonlySet<string>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * @internal Reads the amendments that `inForce` includes (its first
 * `appliedAmendments`): every deadline change that moves a dated deadline
 * later is an extension; `late` when decided after the due date it extends.
 */
export function amendmentsInForce(issued: Plan, inForce: Plan, keepLateness: boolean): InForce | null {
  if (inForce.amendments.length === 0) return null;
  // Kept per plan in force (a frozen value), like the plans in force planAsOf keeps.
  let cached = READ.get(inForce);
  if (cached === undefined) READ.set(inForce, (cached = {}));
  const key = keepLateness ? 'keep' : 'clear';
  const hit = cached[key];
  if (hit !== undefined) return hit;
  const out = readAmendments(issued, inForce, keepLateness);
  cached[key] = out;
  return out;
}

const READ = new WeakMap<Plan, { keep?: InForce; clear?: InForce }>();

function readAmendments(issued: Plan, inForce: Plan, keepLateness: boolean): InForce {
  const read = memoDeadlines();
  const groups = new Map(inForce.groups.map((g) => [g.id, g] as const));
  const parse = (text: string, groupId: string): Deadline =>
    read(text.normalize('NFC'), deadlineContext(inForce, groups.get(groupId)?.year));
  const extensions = new Map<string, Extension[]>();
  const judgedBy = new Map<string, Deadline>();
  const everTasks = new Set<string>();
  for (const g of issued.groups) for (const t of g.tasks) everTasks.add(t.id);
  inForce.amendments.forEach((a, k) => {
    for (const c of a.changes) if (c.op === 'addTask') everTasks.add(c.task.id);
    if (k >= inForce.appliedAmendments) return;
    const before = new Map<string, unknown>();
    for (const p of a.inversePatches) if (isDeadlinePath(p.path)) before.set(String(p.path[3]), p.value);
    for (const p of a.patches) {
      if (p.op !== 'replace' || !isDeadlinePath(p.path)) continue;
      const taskId = String(p.path[3]);
      const fromText = before.get(taskId);
      if (typeof fromText !== 'string' || typeof p.value !== 'string') continue;
      const groupId = String(p.path[1]);
      const fromDeadline = parse(fromText, groupId);
      const from = dueDate(fromDeadline);
      const to = dueDate(parse(p.value, groupId));
      if (from === null || to === null || to <= from) continue;
      const late = dayOf(a.decidedOn) > dayOf(from);
      const e = extension(a, from, to, fromText, p.value, late);
      let list = extensions.get(taskId);
      if (list === undefined) extensions.set(taskId, (list = []));
      list.push(e);
      if (late && keepLateness && !judgedBy.has(taskId)) judgedBy.set(taskId, fromDeadline);
    }
  });
  for (const list of extensions.values()) Object.freeze(list);
  return { extensions, judgedBy, everTasks };
}

function isDeadlinePath(path: readonly (string | number)[]): boolean {
  return path.length === 5 && path[0] === 'groups' && path[2] === 'tasks' && path[4] === 'deadline';
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
    const gone = id !== null && !has(id) && inForce.everTasks.has(id);
    if (gone && out === null) out = reports.slice(0, i);
    else if (!gone && out !== null) out.push(r);
  });
  return out ?? reports;
}
