/**
 * The changes between two versions of a plan, as `PlanChange`s and as lines
 * a person reads.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import { agencyToJson, taskToJson } from '../build.js';
import type { TaskJson } from '../schema.js';
import type { Amendment, DecisionRef, Plan, Task } from '../types.js';
import type { PlanChange, TaskPatch } from './changes.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One change between two versions of a plan, in Vietnamese and English.
 *
 * @example
 * ```ts
 * import type { PlanDiffLine } from 'cchc';
 * const l: PlanDiffLine = {
 *   taskId: 'II.3',
 *   vi: 'Nhiệm vụ II.3: thời hạn Quý II/2018 → Quý III/2018, theo Quyết định số 1520/QĐ-UBND ngày 15/6/2018',
 *   en: 'Task II.3: deadline Quý II/2018 → Quý III/2018, by decision No. 1520/QĐ-UBND of 15/6/2018',
 *   change: { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
 * };
 * ```
 */
export interface PlanDiffLine {
  /** The task it is about, when it is about one. */
  readonly taskId?: string;
  readonly vi: string;
  readonly en: string;
  /** The change the line says. */
  readonly change: PlanChange;
  /** The decision behind it, when known. */
  readonly document?: DecisionRef;
}

/**
 * What {@link diffPlans} returns: the changes, in an order that
 * {@link applyChanges} applies to `a` to give `b`'s content, and one line per
 * change.
 *
 * @example
 * ```ts
 * import { diffPlans, type PlanDiff } from 'cchc';
 * declare const a: import('cchc').Plan;
 * declare const b: import('cchc').Plan;
 * const d: PlanDiff = diffPlans(a, b);
 * for (const l of d.lines) console.log(l.vi);
 * ```
 */
export interface PlanDiff {
  readonly changes: readonly PlanChange[];
  readonly lines: readonly PlanDiffLine[];
}

/**
 * Options of {@link diffPlans}.
 *
 * @example
 * ```ts
 * import type { DiffOptions } from 'cchc';
 * const o: DiffOptions = { document: { number: '1520/QĐ-UBND' } };
 * ```
 */
export interface DiffOptions {
  /** The decision to name on every line whose own amendment is not known. */
  readonly document?: DecisionRef;
}

const FIELD_VI: Readonly<Record<string, string>> = {
  title: 'tên nhiệm vụ',
  number: 'số thứ tự',
  products: 'sản phẩm',
  budget: 'kinh phí',
  note: 'ghi chú',
  targets: 'chỉ tiêu',
  lead: 'cơ quan chủ trì',
  support: 'cơ quan phối hợp',
};
const FIELD_EN: Readonly<Record<string, string>> = {
  title: 'title',
  number: 'item number',
  products: 'products',
  budget: 'budget',
  note: 'note',
  targets: 'targets',
  lead: 'lead agencies',
  support: 'supporting agencies',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** ", theo Quyết định số …" in Vietnamese and English, or nothing. */
function byDecision(d: DecisionRef | undefined): [string, string] {
  if (d === undefined) return ['', ''];
  const decision = /\/QĐ/u.test(d.number);
  const date = d.date === undefined ? ['', ''] : [` ngày ${dmy(d.date)}`, ` of ${dmy(d.date)}`];
  return [
    `, theo ${decision ? 'Quyết định' : 'văn bản'} số ${d.number}${date[0]}`,
    `, by ${decision ? 'decision' : 'document'} No. ${d.number}${date[1]}`,
  ];
}

/**
 * For versions of one plan (`b` has more amendments in force than `a`, and
 * its history starts with the amendments `a` includes): task id → the last amendment between them that touched it.
 */
function amendmentsBetween(a: Plan, b: Plan): Map<string, Amendment> {
  const out = new Map<string, Amendment>();
  // b's history must continue a's: the same amendments (by id) up to what a includes.
  for (let k = 0; k < a.appliedAmendments; k++) if (a.amendments[k]?.id !== b.amendments[k]?.id) return out;
  for (let k = a.appliedAmendments; k < b.appliedAmendments; k++) {
    const am = b.amendments[k];
    if (am === undefined) continue;
    for (const c of am.changes) {
      const id = c.op === 'addTask' ? c.task.id : 'taskId' in c ? c.taskId : undefined;
      if (id !== undefined) out.set(id, am);
    }
  }
  return out;
}

/**
 * The changes that turn plan `a`'s content into plan `b`'s, as
 * {@link PlanChange}s (`applyChanges(a, changes)` gives `b`'s tasks,
 * agencies, targets and reporting duties), each with a line in Vietnamese
 * and English: "Nhiệm vụ II.3: thời hạn Quý II/2018 → Quý III/2018, theo
 * Quyết định số 1520/QĐ-UBND ngày 15/6/2018". Tasks are matched by id; a
 * task that moved to another group is removed and added. When `b` is `a`
 * with more amendments in force (`b`'s amendments start with those `a`
 * includes, as with {@link planAsOf} of one plan at two dates), each line
 * names the decision of the amendment that made it; otherwise
 * `options.document`, when given. Agencies, targets and reporting duties
 * that are gone are removed (`removeAgency`, last, once no task names them;
 * `removeTarget`, `removeReportingDuty`); a target or duty that reads
 * differently is removed and added again. What no `PlanChange` can say — an
 * agency whose name, classes or successions changed, a group or class
 * changed — is left out.
 *
 * @example
 * ```ts
 * import { diffPlans, planAsOf, loadPlan, isoDate, unwrap } from 'cchc';
 * declare const json: unknown;
 * const plan = unwrap(loadPlan(json));
 * const d = diffPlans(plan, planAsOf(plan, isoDate('2018-12-31')));
 * for (const l of d.lines) console.log(l.vi);
 * // Nhiệm vụ II.3: thời hạn Quý II/2018 → Quý III/2018, theo Quyết định số 1520/QĐ-UBND ngày 15/6/2018
 * ```
 */
export function diffPlans(a: Plan, b: Plan, options: DiffOptions = {}): PlanDiff {
  const byTask = amendmentsBetween(a, b);
  const names = new Map<string, string>();
  for (const x of [...a.agencies, ...a.classes, ...b.agencies, ...b.classes]) names.set(x.id, x.name);
  const nameOf = (id: string): string => {
    const n = names.get(id);
    return n === undefined || n === id ? id : `${n} (${id})`;
  };
  const changes: PlanChange[] = [];
  const lines: PlanDiffLine[] = [];
  const push = (change: PlanChange, vi: string, en: string, taskId?: string): void => {
    const doc = (taskId === undefined ? undefined : byTask.get(taskId)?.document) ?? options.document;
    const [dv, de] = byDecision(doc);
    const line: Mutable<PlanDiffLine> = { vi: `${vi}${dv}`, en: `${en}${de}`, change };
    if (taskId !== undefined) line.taskId = taskId;
    if (doc !== undefined) line.document = doc;
    changes.push(change);
    lines.push(line);
  };

  const before = new Map<string, { task: Task; groupId: string }>();
  for (const g of a.groups) for (const t of g.tasks) before.set(t.id, { task: t, groupId: g.id });
  const after = new Map<string, { task: Task; groupId: string }>();
  for (const g of b.groups) for (const t of g.tasks) after.set(t.id, { task: t, groupId: g.id });

  const oldAgencies = new Set(a.agencies.map((x) => x.id));
  for (const x of b.agencies) {
    if (oldAgencies.has(x.id)) continue;
    push(
      { op: 'addAgency', agency: agencyToJson(x) },
      `Cơ quan mới: ${x.name} (${x.id})`,
      `New agency: ${x.name} (${x.id})`,
    );
  }
  for (const [id, was] of before) {
    const now = after.get(id);
    if (now !== undefined && now.groupId === was.groupId) continue;
    push(
      { op: 'removeTask', taskId: id },
      `Nhiệm vụ ${id}: bãi bỏ — “${was.task.title}”`,
      `Task ${id}: removed — “${was.task.title}”`,
      id,
    );
  }
  for (const [id, now] of after) {
    const was = before.get(id);
    if (was === undefined || was.groupId !== now.groupId) continue;
    taskChanges(was.task, now.task, nameOf, push);
  }
  for (const g of b.groups) {
    g.tasks.forEach((t, i) => {
      const was = before.get(t.id);
      if (was !== undefined && was.groupId === g.id) return;
      const task: TaskJson = taskToJson(t);
      const change: PlanChange =
        i === g.tasks.length - 1
          ? { op: 'addTask', groupId: g.id, task }
          : { op: 'addTask', groupId: g.id, task, index: i };
      push(
        change,
        `Nhiệm vụ ${t.id}: bổ sung vào nhóm ${g.id} — “${t.title}”, thời hạn ${t.deadline.raw || '(không ghi)'}`,
        `Task ${t.id}: added to group ${g.id} — “${t.title}”, deadline ${t.deadline.raw || '(none)'}`,
        t.id,
      );
    });
  }
  // Targets and reporting duties: one removed, or changed (removed, then added as it now reads).
  const newTargets = new Map(b.targets.map((t) => [t.id, t.text] as const));
  const oldTargets = new Map(a.targets.map((t) => [t.id, t.text] as const));
  for (const t of a.targets) {
    if (newTargets.get(t.id) === t.text) continue;
    push(
      { op: 'removeTarget', targetId: t.id },
      `Chỉ tiêu ${t.id}: bãi bỏ — ${t.text}`,
      `Target ${t.id}: removed — ${t.text}`,
    );
  }
  for (const t of b.targets) {
    if (oldTargets.get(t.id) === t.text) continue;
    push(
      { op: 'addTarget', target: { id: t.id, text: t.text } },
      `Chỉ tiêu mới ${t.id}: ${t.text}`,
      `New target ${t.id}: ${t.text}`,
    );
  }
  const newDuties = new Map(b.reporting.map((r) => [r.id, r] as const));
  const oldDuties = new Map(a.reporting.map((r) => [r.id, r] as const));
  for (const r of a.reporting) {
    const now = newDuties.get(r.id);
    if (now !== undefined && same(dutyJson(r), dutyJson(now))) continue;
    push(
      { op: 'removeReportingDuty', dutyId: r.id },
      `Chế độ báo cáo ${r.id}: bãi bỏ — ${r.deadline.raw}`,
      `Reporting duty ${r.id}: removed — ${r.deadline.raw}`,
    );
  }
  for (const r of b.reporting) {
    const was = oldDuties.get(r.id);
    if (was !== undefined && same(dutyJson(was), dutyJson(r))) continue;
    push(
      { op: 'addReportingDuty', duty: dutyJson(r) },
      `Chế độ báo cáo mới ${r.id}: ${r.deadline.raw}`,
      `New reporting duty ${r.id}: ${r.deadline.raw}`,
    );
  }
  // Agencies last: by then no task or duty of the new version names one that goes.
  const newAgencies = new Set(b.agencies.map((x) => x.id));
  for (const x of a.agencies) {
    if (newAgencies.has(x.id)) continue;
    push(
      { op: 'removeAgency', agencyId: x.id },
      `Cơ quan ${x.name} (${x.id}): bỏ khỏi kế hoạch`,
      `Agency ${x.name} (${x.id}): removed from the plan`,
    );
  }
  return deepFreeze({ changes, lines });
}

function dutyJson(r: Plan['reporting'][number]): Extract<PlanChange, { op: 'addReportingDuty' }>['duty'] {
  const duty: Mutable<Extract<PlanChange, { op: 'addReportingDuty' }>['duty']> = {
    id: r.id,
    from: [...r.from],
    deadline: r.deadline.raw,
  };
  if (r.to !== undefined) duty.to = r.to;
  if (r.note !== undefined) duty.note = r.note;
  return duty;
}

function taskChanges(
  was: Task,
  now: Task,
  nameOf: (id: string) => string,
  push: (change: PlanChange, vi: string, en: string, taskId?: string) => void,
): void {
  const id = now.id;
  if (was.deadline.raw !== now.deadline.raw) {
    const from = was.deadline.raw || '(không ghi)';
    const fromEn = was.deadline.raw || '(none)';
    push(
      { op: 'setDeadline', taskId: id, deadline: now.deadline.raw },
      `Nhiệm vụ ${id}: thời hạn ${from} → ${now.deadline.raw || '(không ghi)'}`,
      `Task ${id}: deadline ${fromEn} → ${now.deadline.raw || '(none)'}`,
      id,
    );
  }
  const patch: Mutable<TaskPatch> = {};
  for (const role of ['lead', 'support'] as const) {
    const old = was[role];
    const next = now[role];
    if (same(old, next)) continue;
    const vi = role === 'lead' ? 'chủ trì' : 'phối hợp';
    const en = role === 'lead' ? 'lead' : 'support';
    const removed = old.filter((x) => !next.includes(x));
    const added = next.filter((x) => !old.includes(x));
    const kept = old.filter((x) => next.includes(x));
    // Plain removals and additions at the end say it; anything else (an order change) is a patch.
    if (same([...kept, ...added], next)) {
      for (const x of removed)
        push(
          { op: 'unassign', taskId: id, agencyId: x, role },
          `Nhiệm vụ ${id}: thôi giao ${vi} ${nameOf(x)}`,
          `Task ${id}: ${nameOf(x)} no longer ${en}`,
          id,
        );
      for (const x of added)
        push(
          { op: 'assign', taskId: id, agencyId: x, role },
          `Nhiệm vụ ${id}: giao ${vi} ${nameOf(x)}`,
          `Task ${id}: ${nameOf(x)} assigned as ${en}`,
          id,
        );
    } else patch[role] = [...next];
  }
  const wj = taskToJson(was);
  const nj = taskToJson(now);
  for (const k of ['title', 'number', 'products', 'budget', 'note', 'targets'] as const) {
    if (same(wj[k], nj[k])) continue;
    const v = nj[k];
    if (k === 'note' || k === 'budget') (patch as Record<string, unknown>)[k] = v === undefined ? null : v;
    else if (k === 'products' || k === 'targets') patch[k] = (v as readonly string[] | undefined) ?? [];
    else if (typeof v === 'string') patch[k] = v;
  }
  const fields = Object.keys(patch);
  if (fields.length === 0) return;
  const titleVi = patch.title === undefined ? '' : ` (“${was.title}” → “${now.title}”)`;
  push(
    { op: 'updateTask', taskId: id, patch },
    `Nhiệm vụ ${id}: sửa ${fields.map((f) => FIELD_VI[f] ?? f).join(', ')}${titleVi}`,
    `Task ${id}: ${fields.map((f) => FIELD_EN[f] ?? f).join(', ')} changed${titleVi}`,
    id,
  );
}
