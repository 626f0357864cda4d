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
  /** Whether the plan has had a task with this id, as issued or added by any amendment. */
  everHad(taskId: string): boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One extension an amendment made, read once per amendment list. */
interface ExtensionEvent {
  /** Index of the amendment that made it. */
  readonly k: number;
  readonly taskId: string;
  readonly extension: Extension;
  /** The deadline it extends (what a late extension that keeps lateness judges against). */
  readonly fromDeadline: Deadline;
}

/** What the amendments of one list say, whatever the date: their extensions in order, and every task id the plan has had. */
interface Timeline {
  readonly events: readonly ExtensionEvent[];
  readonly everHad: (taskId: string) => boolean;
}

const TIMELINES = new WeakMap<readonly Amendment[], Timeline>();

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
  let timeline = TIMELINES.get(inForce.amendments);
  if (timeline === undefined) TIMELINES.set(inForce.amendments, (timeline = readTimeline(issued, inForce)));
  const extensions = new Map<string, Extension[]>();
  const judgedBy = new Map<string, Deadline>();
  for (const e of timeline.events) {
    if (e.k >= inForce.appliedAmendments) break;
    let list = extensions.get(e.taskId);
    if (list === undefined) extensions.set(e.taskId, (list = []));
    list.push(e.extension);
    if (e.extension.late && keepLateness && !judgedBy.has(e.taskId)) judgedBy.set(e.taskId, e.fromDeadline);
  }
  for (const list of extensions.values()) Object.freeze(list);
  const out: InForce = { extensions, judgedBy, everHad: timeline.everHad };
  cached[key] = out;
  return out;
}

const READ = new WeakMap<Plan, { keep?: InForce; clear?: InForce }>();

/**
 * Every extension of an amendment list, from its changes: per amendment, a
 * task whose deadline text it changed (net: the text before its first
 * change and after its last), that stood before it and still stands after it
 * in the same place, and whose due date moved later.
 */
function readTimeline(issued: Plan, plan: Plan): Timeline {
  const read = memoDeadlines();
  const groups = new Map(plan.groups.map((g) => [g.id, g] as const));
  for (const g of issued.groups) if (!groups.has(g.id)) groups.set(g.id, g);
  const parse = (text: string, groupId: string): Deadline =>
    read(text, deadlineContext(plan, groups.get(groupId)?.year));
  // Where each issued task stands (group and deadline text); amendments' own tasks join it as they come.
  const issuedAt = new Map<string, { readonly groupId: string; readonly text: string }>();
  for (const g of issued.groups)
    for (const t of g.tasks) issuedAt.set(t.id, { groupId: g.id, text: t.deadline.raw });
  const added = new Set<string>();
  // The tasks as amendments leave them, when they differ from the issued plan (null: removed).
  const now = new Map<string, { readonly groupId: string; readonly text: string } | null>();
  const current = (id: string): { readonly groupId: string; readonly text: string } | null => {
    const x = now.get(id);
    return x !== undefined ? x : (issuedAt.get(id) ?? null);
  };
  const events: ExtensionEvent[] = [];
  plan.amendments.forEach((a, k) => {
    const firstText = new Map<string, string | null>();
    const replaced = new Set<string>();
    for (const c of a.changes) {
      if (c.op === 'addTask') {
        const id = nfc(c.task.id);
        added.add(id);
        replaced.add(id);
        now.set(id, { groupId: nfc(c.groupId), text: nfc(c.task.deadline) });
      } else if (c.op === 'removeTask') {
        const id = nfc(c.taskId);
        replaced.add(id);
        now.set(id, null);
      } else if (c.op === 'setDeadline' || c.op === 'updateTask') {
        const text = c.op === 'setDeadline' ? c.deadline : c.patch.deadline;
        if (typeof text !== 'string') continue;
        const id = nfc(c.taskId);
        const at = current(id);
        if (at === null) continue;
        if (!firstText.has(id)) firstText.set(id, at.text);
        now.set(id, { groupId: at.groupId, text: nfc(text) });
      }
    }
    for (const [taskId, fromText] of firstText) {
      const at = current(taskId);
      if (fromText === null || at === null || replaced.has(taskId) || at.text === fromText) continue;
      const fromDeadline = parse(fromText, at.groupId);
      const from = dueDate(fromDeadline);
      const to = dueDate(parse(at.text, at.groupId));
      if (from === null || to === null || to <= from) continue;
      const late = dayOf(a.decidedOn) > dayOf(from);
      events.push({ k, taskId, fromDeadline, extension: extension(a, from, to, fromText, at.text, late) });
    }
  });
  return { events, everHad: (id) => issuedAt.has(id) || added.has(id) };
}

function nfc(s: string): string {
  return s.normalize('NFC');
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
