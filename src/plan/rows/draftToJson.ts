/**
 * Draft groups and tasks (cell texts) into plan JSON.
 *
 * @internal
 * @module
 */
import type { BudgetJson, GroupJson, TaskJson } from '../schema.js';
import { parseTargets } from '../targets/index.js';
import type { AgencyCells } from './agencyCells.js';
import { fold, yearOfTitle } from './cells.js';
import type { DraftGroup, DraftTask, Layout } from './drafts.js';
import { reformAreaOf } from './reformArea.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Products split on line breaks and bulleted items ("- Báo cáo; - Quyết định"). */
function products(cell: string): string[] {
  return cell
    .split(/\n|;\s*(?=[-+•])/u)
    .map((p) => p.replace(/^[-+•*]\s*/u, '').trim())
    .filter((p) => p !== '');
}

/** Lines of the content that state a target: a bullet line with a target, or any line with a percentage target. */
function targetLines(content: string): string[] {
  return content
    .split('\n')
    .map((line) => ({ bullet: /^\s*[-+•*]/u.test(line), line: line.replace(/^\s*[-+•*]\s*/u, '').trim() }))
    .filter(({ bullet, line }) => {
      const found = line === '' ? [] : parseTargets(line);
      return found.length > 0 && (bullet || found.some((x) => x.unit === '%'));
    })
    .map(({ line }) => line);
}

function taskJson(t: DraftTask, id: string, layout: Layout, agencies: AgencyCells): TaskJson {
  const lead = agencies.read(t.lead, ['rows', t.row, layout.col.lead ?? 0]);
  const support = agencies.read(t.support, ['rows', t.row, layout.col.support ?? 0]);
  const noteLines: string[] = [];
  let source = t.source;
  if (t.note !== '') {
    if (source === '' && /^(?:ns|ngan sach)\b/.test(fold(t.note))) source = t.note;
    else noteLines.push(t.note);
  }
  if (lead.generic.length > 0) noteLines.push(`Chủ trì: ${lead.generic.join('; ')}`);
  if (support.generic.length > 0) noteLines.push(`Phối hợp: ${support.generic.join('; ')}`);
  for (const [k, text] of t.extra) noteLines.push(`${layout.labelOf(k)}: ${text}`);
  const title = t.content.trim() === '' ? (t.number?.written ?? id) : t.content.trim();
  const task: Mutable<TaskJson> = { id, title, lead: [...lead.ids], deadline: t.deadline };
  if (t.number !== null) task.number = t.number.written;
  if (support.ids.length > 0) task.support = [...support.ids];
  const items = products(t.product);
  if (items.length > 0) task.products = items;
  if (t.budget !== '' || source !== '') {
    const budget: BudgetJson = source === '' ? t.budget : { text: t.budget, source };
    task.budget = budget;
  }
  if (noteLines.length > 0) task.note = noteLines.join('\n');
  const targets = targetLines(title);
  if (targets.length > 0) task.targets = targets;
  return task;
}

/**
 * The groups as JSON: ids from the numbers ("I", "I.1", "G1" when none),
 * never repeated; area and year from the title (or the parent group's);
 * task ids `<group>.<number>`, or the position when missing or repeated.
 *
 * @internal
 */
export function groupsToJson(
  groups: readonly DraftGroup[],
  layout: Layout,
  agencies: AgencyCells,
): GroupJson[] {
  const groupIds = new Set<string>();
  const taskIds = new Set<string>();
  const idOf = new Map<DraftGroup, string>();
  return groups.map((g, gi) => {
    const parentId = g.parent === null ? undefined : idOf.get(g.parent);
    let gid =
      parentId !== undefined && g.number !== null
        ? `${parentId}.${g.number.core}`
        : (g.number?.core ?? `G${gi + 1}`);
    for (let n = 2; groupIds.has(gid); n++) gid = `${g.number?.core ?? 'G'}-${n}`;
    groupIds.add(gid);
    idOf.set(g, gid);
    const title = g.title.trim() === '' ? (g.number?.written ?? gid) : g.title.trim();
    const json: Mutable<GroupJson> = { id: gid, title, tasks: [] };
    const area = reformAreaOf(title) ?? (g.parent === null ? undefined : reformAreaOf(g.parent.title));
    if (area !== undefined) json.area = area;
    const year = yearOfTitle(title) ?? (g.parent === null ? undefined : yearOfTitle(g.parent.title));
    if (year !== undefined) json.year = year;
    json.tasks = g.tasks.map((t, ti) => {
      let tid = t.number === null ? `${gid}.${ti + 1}` : `${gid}.${t.number.core}`;
      if (taskIds.has(tid)) tid = `${gid}.${ti + 1}`;
      for (let n = 2; taskIds.has(tid); n++) tid = `${gid}.${ti + 1}-${n}`;
      taskIds.add(tid);
      return taskJson(t, tid, layout, agencies);
    });
    return json;
  });
}
