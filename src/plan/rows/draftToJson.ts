/**
 * Draft groups and tasks (cell texts) into plan JSON, with the reading
 * report's entries.
 *
 * @internal
 * @module
 */
import { parseDeadline, type Deadline, type DeadlineContext } from '../../deadline/index.js';
import { deadlineContext } from '../build.js';
import type { BudgetJson, GroupJson, TaskJson } from '../schema.js';
import { parseTargets } from '../targets/index.js';
import type { AgencyCells, CellAgencies } from './agencyCells.js';
import { fold, joinText, yearOfTitle } from './cells.js';
import type { DraftGroup, DraftTask, Layout } from './drafts.js';
import { contentItems, listLines, splitProducts, targetLines } from './lists.js';
import { reasons } from './messages.js';
import { reformAreaOf } from './reformArea.js';
import { splitRoles } from './roles.js';
import type { PlanReadingReport, UnknownAgencyFragment, UnreadDeadline, UnreadTarget } from './report.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What reading the drafts adds to the reading report. @internal */
export interface Collected {
  tasks: number;
  readonly unreadDeadlines: UnreadDeadline[];
  readonly unreadTargets: UnreadTarget[];
  readonly unknownAgencies: UnknownAgencyFragment[];
  readonly emptyLeads: Mutable<PlanReadingReport['emptyLeads'][number]>[];
  /** The lead cell of the last task that had one, as written. */
  lastLead: string | null;
}

/** Ids made unique with "-2", "-3"…, counting on from the last suffix a base was given (no rescans). */
class IdSet {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  has(id: string): boolean {
    return this.used.has(id);
  }
  take(base: string): string {
    let id = base;
    for (let n = this.next.get(base) ?? 2; this.used.has(id); n++) {
      id = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}

/** A number without the number of the item it stands under: "1.2" under "1" is "2", "I.3" under "I" is "3". */
function below(core: string, parent: string | undefined): string {
  return parent !== undefined && core.length > parent.length + 1 && core.startsWith(`${parent}.`)
    ? core.slice(parent.length + 1)
    : core;
}

/** Deadline phrases are short: a cell is split into a deadline and a target only within its first words. */
const MAX_DEADLINE_WORDS = 12;
const MAX_SPLIT_LENGTH = 400;

/**
 * Reads each deadline text once per context (plans repeat the same texts).
 */
function deadlineReader(): (text: string, ctx: DeadlineContext) => Deadline {
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

/**
 * The JSON of the groups and their tasks.
 *
 * - Group ids come from the numbers ("I", "II"); an Arabic or lettered
 *   heading under another takes its parent's id as prefix ("I.1"); "G1"…
 *   when a group has no number; ids never repeat. Area and year come from
 *   the title, or else from the parent group.
 * - Task ids are `<group>.<number>`, or the position in the group when the
 *   number is missing or repeated; a sub-task's id is its parent task's id
 *   and its number or position ("I.2.a", "I.2.1"); the one task of a group
 *   made for a top-level row with cells has the group's id.
 * - A task whose deadline cell has two or more lines, each a deadline, and
 *   whose content has as many lines (after an optional lead-in ending with
 *   ":") is split into sub-tasks `<id>.1`, `<id>.2`… pairing each line with
 *   its deadline.
 *
 * @internal
 */
export function groupsToJson(
  groups: readonly DraftGroup[],
  layout: Layout,
  agencies: AgencyCells,
  plan: { readonly year?: number; readonly period?: { readonly from: number; readonly to: number } },
  out: Collected,
): GroupJson[] {
  const groupIds = new IdSet();
  const taskIds = new IdSet();
  const jsonOf = new Map<DraftGroup, GroupJson>();
  const taskIdOf = new Map<DraftTask, string>();
  const children = new Map<DraftTask, number>();
  const read = deadlineReader();
  return groups.map((g, gi) => {
    const parent = g.parent === null ? undefined : jsonOf.get(g.parent);
    const core = g.number?.core;
    const nested = parent !== undefined && (g.number?.kind === 'arabic' || g.number?.kind === 'letter');
    const gid = groupIds.take(
      nested ? `${parent.id}.${below(core ?? '', g.parent?.number?.core)}` : (core ?? `G${gi + 1}`),
    );
    const title = g.title.trim() === '' ? (g.number?.written ?? gid) : g.title.trim();
    const json: Mutable<GroupJson> = { id: gid, title, tasks: [] };
    const area = reformAreaOf(title) ?? parent?.area;
    if (area !== undefined) json.area = area;
    const year = yearOfTitle(title) ?? parent?.year;
    if (year !== undefined) json.year = year;
    jsonOf.set(g, json);
    const ctx = deadlineContext(plan, year);
    const tasks: TaskJson[] = [];
    g.tasks.forEach((t, ti) => {
      let base: string;
      if (t.parent !== null) {
        const n = (children.get(t.parent) ?? 0) + 1;
        children.set(t.parent, n);
        base = `${taskIdOf.get(t.parent) ?? gid}.${t.number?.core ?? n}`;
      } else if (g.single && ti === 0) base = gid;
      else base = t.number === null ? `${gid}.${ti + 1}` : `${gid}.${below(t.number.core, core)}`;
      if (taskIds.has(base)) base = `${gid}.${ti + 1}`;
      const tid = taskIds.take(base);
      taskIdOf.set(t, tid);
      for (const made of taskJson(t, tid, layout, agencies, ctx, read, out)) {
        // Sub-tasks from a split take their ids here, so that they never repeat one either.
        const id = made.id === tid ? tid : taskIds.take(made.id);
        tasks.push(made.id === id ? made : { ...made, id });
      }
    });
    json.tasks = tasks;
    out.tasks += tasks.length;
    return json;
  });
}

/** The deadline cell split into a deadline and the target written after it ("Trong năm 2018 ít nhất một lĩnh vực…"). */
function deadlineAndTarget(
  text: string,
  ctx: DeadlineContext,
  read: (text: string, ctx: DeadlineContext) => Deadline,
): { readonly deadline: string; readonly target: string } | null {
  if (text.length > MAX_SPLIT_LENGTH) return null;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  for (let n = Math.min(words.length - 1, MAX_DEADLINE_WORDS); n >= 1; n--) {
    const deadline = words.slice(0, n).join(' ');
    if (read(deadline, ctx).kind === 'unknown') continue;
    const target = words.slice(n).join(' ');
    if (parseTargets(target).length > 0) return { deadline, target };
  }
  return null;
}

function agencyEntries(
  cell: CellAgencies,
  t: DraftTask,
  field: 'lead' | 'support',
  column: number,
  taskId: string,
  out: Collected,
): void {
  for (const u of cell.unknown) {
    const ended = u.ended ?? null;
    const why =
      u.id === null ? reasons.unknownAgencyName(ended, u.maybe) : reasons.agencyCreated(u.id, ended, u.maybe);
    out.unknownAgencies.push({
      row: t.row,
      column,
      field,
      taskId,
      text: u.text,
      agencyId: u.id,
      code: u.id === null ? 'unknown_agency_name' : 'agency_created',
      ...why,
    });
  }
}

function taskJson(
  t: DraftTask,
  id: string,
  layout: Layout,
  agencies: AgencyCells,
  ctx: DeadlineContext,
  read: (text: string, ctx: DeadlineContext) => Deadline,
  out: Collected,
): TaskJson[] {
  const leadCol = layout.col.lead ?? 0;
  const supportCol = layout.col.support ?? 0;
  // "Sở Tư pháp chủ trì, phối hợp với các sở, ngành" in one cell: both roles
  const roles = splitRoles(t.lead);
  const lead = agencies.read(roles?.lead ?? t.lead, ['rows', t.row, leadCol]);
  const fromLead = roles !== null && roles.support !== '' && t.support === '';
  const support = agencies.read(roles === null ? t.support : joinText(roles.support, t.support, '; '), [
    'rows',
    t.row,
    fromLead ? leadCol : supportCol,
  ]);
  agencyEntries(lead, t, 'lead', leadCol, id, out);
  const leadText = (roles?.lead ?? t.lead).trim();
  let emptyLead: { taskId: string } | null = null;
  if (layout.col.lead !== undefined) {
    if (leadText !== '') out.lastLead = leadText;
    else if (lead.ids.length === 0) {
      const entry = {
        row: t.row,
        taskId: id,
        above: out.lastLead,
        code: 'empty_lead' as const,
        ...reasons.emptyLead,
      };
      out.emptyLeads.push(entry);
      emptyLead = entry;
    }
  }
  agencyEntries(support, t, 'support', fromLead ? leadCol : supportCol, id, out);
  const noteLines: string[] = [];
  let source = t.source;
  if (t.note !== '') {
    if (source === '' && /^(?:ns|ngan sach)\b/.test(fold(t.note.slice(0, 40)))) source = t.note;
    else noteLines.push(t.note);
  }
  if (lead.generic.length > 0) noteLines.push(`Chủ trì: ${lead.generic.join('; ')}`);
  if (support.generic.length > 0) noteLines.push(`Phối hợp: ${support.generic.join('; ')}`);
  for (const [k, text] of t.extra) noteLines.push(`${layout.labelOf(k)}: ${text}`);
  const content = listLines(t.content.trim());
  const base: Mutable<TaskJson> = {
    id,
    title: content === '' ? (t.number?.written ?? id) : content,
    lead: [...lead.ids],
    deadline: t.deadline,
  };
  if (t.number !== null) base.number = t.number.written;
  if (support.ids.length > 0) base.support = [...support.ids];
  const products = splitProducts(t.product);
  if (products.length > 0) base.products = products;
  if (t.budget !== '' || source !== '') {
    const budget: BudgetJson = source === '' ? t.budget : { text: t.budget, source };
    base.budget = budget;
  }
  if (noteLines.length > 0) base.note = noteLines.join('\n');

  const finish = (task: Mutable<TaskJson>, extraTargets: readonly string[]): TaskJson => {
    const lines = targetLines(task.title);
    const targets = [...extraTargets, ...lines.filter((l) => l.read).map((l) => l.line)];
    if (targets.length > 0) task.targets = targets;
    for (const l of lines)
      if (l.unread)
        out.unreadTargets.push({
          row: t.row,
          taskId: task.id,
          targetId: null,
          text: l.line,
          code: 'unread_target',
          ...reasons.unreadTargetLine,
        });
    if (read(task.deadline, ctx).kind === 'unknown')
      out.unreadDeadlines.push({
        row: t.row,
        taskId: task.id,
        text: task.deadline,
        ...(task.deadline.trim() === ''
          ? { code: 'empty_deadline' as const, ...reasons.emptyDeadline }
          : { code: 'unread_deadline' as const, ...reasons.unreadDeadline }),
      });
    return task;
  };

  // Several deadlines, one per line of the content: sub-tasks.
  const deadlines = t.deadline
    .split('\n')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  if (deadlines.length >= 2 && deadlines.every((d) => read(d, ctx).kind !== 'unknown')) {
    const split = contentItems(content, deadlines.length);
    if (split !== null) {
      if (emptyLead !== null) emptyLead.taskId = `${id}.1`;
      const ownProducts = products.length === deadlines.length;
      return split.items.map((item, k) => {
        const sub: Mutable<TaskJson> = {
          ...base,
          id: `${id}.${k + 1}`,
          title: split.head === '' ? item : `${split.head}\n${item}`,
          deadline: deadlines[k] ?? '',
        };
        if (ownProducts) sub.products = [products[k] ?? ''];
        if (k > 0 && base.budget !== undefined) {
          delete sub.budget;
          sub.note = [...noteLines, `Kinh phí: chung với ${id}.1`].join('\n');
        }
        return finish(sub, []);
      });
    }
  }
  // A deadline followed by a target in the same cell: both kept.
  if (t.deadline !== '' && read(t.deadline, ctx).kind === 'unknown') {
    const both = deadlineAndTarget(t.deadline, ctx, read);
    if (both !== null) {
      base.deadline = both.deadline;
      return [finish(base, [both.target])];
    }
  }
  return [finish(base, [])];
}
