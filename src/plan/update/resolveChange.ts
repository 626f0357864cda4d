/**
 * Checking one change against the current state of a plan and turning it
 * into a concrete action. Shared by the single edits (applied with immer)
 * and `applyChanges` (applied by copying what changes).
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { issue, type Issue, type IssuePath } from '../../core/result.js';
import { parseDeadline, type DeadlineContext } from '../../deadline/index.js';
import type { Deadline } from '../../deadline/types.js';
import { agencyFromJson, buildTask, deadlineContext } from '../build.js';
import { msg } from '../messages.js';
import { nfcInput } from '../nfcInput.js';
import {
  agencyJsonSchema,
  reportingJsonSchema,
  targetJsonSchema,
  taskJsonSchema,
  taskPatchJsonSchema,
} from '../schema.js';
import { parseBudget } from '../budget.js';
import { parseTargets } from '../targets/index.js';
import type { Agency, Plan, PlanTarget, ReportingDuty, Target, Task } from '../types.js';
import { fromZodIssues } from '../zodIssues.js';
import type { PlanChange, TaskPatch } from './changes.js';

/** @internal */
export interface EditState {
  readonly plan: Pick<Plan, 'year' | 'period'>;
  /** The deadline context of group `g` (its year, else the plan's; the plan's period). */
  context(g: number): DeadlineContext;
  groupIndex(id: string): number | undefined;
  task(id: string): { readonly g: number; readonly t: number; readonly task: Task } | undefined;
  isAgencyOrClass(id: string): boolean;
  isClass(id: string): boolean;
  hasTarget(id: string): boolean;
  hasDuty(id: string): boolean;
  /** The agency, target or reporting duty with this id as the plan stands now. */
  agency(id: string): Agency | undefined;
  target(id: string): PlanTarget | undefined;
  duty(id: string): ReportingDuty | undefined;
  /** What still names an agency (a task's lead or support, a duty's `from`, a succession), or undefined. */
  agencyUse(id: string): { readonly kind: 'task' | 'reporting' | 'agency'; readonly id: string } | undefined;
  /** Reads a deadline text (a memo in bulk edits, since plans repeat the same texts); parseDeadline when absent. */
  readonly readDeadline?: (text: string, ctx: DeadlineContext) => Deadline;
}

/**
 * What still names agency `id`: a task's lead or support, a reporting duty's
 * `from`, another agency's succession. Linear in the plan's size.
 *
 * @internal
 */
export function agencyUse(
  id: string,
  tasks: Iterable<Task | null>,
  reporting: readonly ReportingDuty[],
  agencies: readonly Agency[],
): { readonly kind: 'task' | 'reporting' | 'agency'; readonly id: string } | undefined {
  for (const t of tasks)
    if (t !== null && (t.lead.includes(id) || t.support.includes(id))) return { kind: 'task', id: t.id };
  for (const r of reporting) if (r.from.includes(id)) return { kind: 'reporting', id: r.id };
  for (const a of agencies)
    if (a.id !== id && (a.succeededBy ?? []).some((s) => s.agencyIds.includes(id)))
      return { kind: 'agency', id: a.id };
  return undefined;
}

/** @internal */
export type Action =
  | { readonly kind: 'replace'; readonly g: number; readonly t: number; readonly task: Task }
  | { readonly kind: 'insert'; readonly g: number; readonly index: number | undefined; readonly task: Task }
  | { readonly kind: 'remove'; readonly g: number; readonly t: number; readonly id: string }
  | { readonly kind: 'agency'; readonly agency: Agency }
  | { readonly kind: 'target'; readonly target: PlanTarget }
  | { readonly kind: 'duty'; readonly duty: ReportingDuty }
  | { readonly kind: 'removeAgency'; readonly agency: Agency }
  | { readonly kind: 'removeTarget'; readonly target: PlanTarget }
  | { readonly kind: 'removeDuty'; readonly duty: ReportingDuty }
  | { readonly kind: 'none' };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const patchZod = taskPatchJsonSchema;

// Built on first use, not at import (the Node build loads zod on first use).
let roleZod: z.ZodMiniEnum<{ lead: 'lead'; support: 'support' }> | undefined;
const role = () => (roleZod ??= z.enum(['lead', 'support']));

function zodIssues(
  result: { success: boolean; error?: z.core.$ZodError },
  input: unknown,
  path: IssuePath,
): Issue[] {
  if (result.success || result.error === undefined) return [];
  return fromZodIssues(result.error.issues, input).map((i) =>
    issue([...path, ...i.path], i.code, i.message, i.messageEn),
  );
}

function refIssues(ids: readonly unknown[] | undefined, path: IssuePath, state: EditState): Issue[] {
  const out: Issue[] = [];
  (ids ?? []).forEach((id, k) => {
    if (typeof id === 'string' && !state.isAgencyOrClass(id)) out.push(msg.unknownAgency([...path, k], id));
  });
  return out;
}

const SIMPLE_KEYS: ReadonlySet<string> = new Set(['title', 'number', 'deadline', 'note']);

/** A patch of text fields only, each a non-empty string (or `note: null`; `deadline` may be empty). */
function isSimplePatch(patch: unknown): boolean {
  if (
    patch === null ||
    typeof patch !== 'object' ||
    Array.isArray(patch) ||
    Object.getPrototypeOf(patch) !== Object.prototype
  )
    return false;
  for (const key of Object.keys(patch)) {
    if (!SIMPLE_KEYS.has(key)) return false;
    const v = (patch as Record<string, unknown>)[key];
    if (key === 'note' && v === null) continue;
    if (typeof v !== 'string' || (v === '' && key !== 'deadline')) return false;
  }
  return true;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

/** A task with a patch applied (a new object; the input is not touched). @internal */
export function patchTask(task: Task, patch: TaskPatch, state: EditState, g: number): Task {
  const next: Mutable<Task> = { ...task };
  if (patch.title !== undefined) next.title = nfc(patch.title);
  if (patch.number !== undefined) next.number = nfc(patch.number);
  if (patch.lead !== undefined) next.lead = patch.lead.map(nfc);
  if (patch.support !== undefined) next.support = patch.support.map(nfc);
  if (patch.deadline !== undefined)
    next.deadline = (state.readDeadline ?? parseDeadline)(nfc(patch.deadline), state.context(g));
  if (patch.products !== undefined) next.products = patch.products.map(nfc);
  if (patch.budget === null) delete next.budget;
  else if (patch.budget !== undefined)
    next.budget =
      typeof patch.budget === 'string'
        ? parseBudget(patch.budget)
        : parseBudget(patch.budget.text, patch.budget.source);
  if (patch.note === null) delete next.note;
  else if (patch.note !== undefined) next.note = nfc(patch.note);
  if (patch.targets !== undefined) {
    const texts = patch.targets.map(nfc);
    const targets: Target[] = [];
    for (const t of texts) for (const x of parseTargets(t)) targets.push(x);
    next.targetText = texts;
    next.targets = targets;
  }
  return next;
}

function located(taskId: unknown, path: IssuePath, state: EditState): ReturnType<EditState['task']> | Issue {
  if (typeof taskId !== 'string') return msg.unknownTask([...path, 'taskId'], String(taskId));
  return state.task(nfc(taskId)) ?? msg.unknownTask([...path, 'taskId'], taskId);
}

/**
 * Checks one change and turns it into an action, or returns its issues
 * (paths start with `path`).
 *
 * @internal
 */
export function resolveChange(
  change: PlanChange,
  path: IssuePath,
  state: EditState,
): { action: Action } | { issues: Issue[] } {
  switch (change.op) {
    case 'addTask': {
      const input = nfcInput(change.task);
      const parsed = taskJsonSchema.safeParse(input);
      const issues = zodIssues(parsed, input, [...path, 'task']);
      const g = state.groupIndex(nfc(String(change.groupId)));
      if (g === undefined) issues.push(msg.unknownGroup([...path, 'groupId'], String(change.groupId)));
      if (!parsed.success || g === undefined) return { issues };
      const t = parsed.data;
      if (state.task(t.id) !== undefined) issues.push(msg.duplicateId([...path, 'task', 'id'], 'task', t.id));
      for (const x of refIssues(t.lead, [...path, 'task', 'lead'], state)) issues.push(x);
      for (const x of refIssues(t.support, [...path, 'task', 'support'], state)) issues.push(x);
      if (change.index !== undefined && (!Number.isInteger(change.index) || change.index < 0)) {
        issues.push(
          issue(
            [...path, 'index'],
            'invalid_value',
            'Vị trí phải là số nguyên ≥ 0',
            'The index must be an integer ≥ 0',
          ),
        );
      }
      if (issues.length > 0) return { issues };
      return { action: { kind: 'insert', g, index: change.index, task: buildTask(t, state.context(g)) } };
    }
    case 'updateTask': {
      const at = located(change.taskId, path, state);
      // The common patch (only text fields, all well formed) skips the schema: it is the hot path of bulk edits.
      const simple = isSimplePatch(change.patch);
      const input = simple ? change.patch : nfcInput(change.patch);
      const parsed = simple ? { success: true as const } : patchZod.safeParse(input);
      const issues = zodIssues(parsed, input, [...path, 'patch']);
      if (at === undefined) return { issues };
      if ('code' in at) return { issues: [at, ...issues] };
      if (!parsed.success) return { issues };
      for (const x of refIssues(change.patch.lead, [...path, 'patch', 'lead'], state)) issues.push(x);
      for (const x of refIssues(change.patch.support, [...path, 'patch', 'support'], state)) issues.push(x);
      if (issues.length > 0) return { issues };
      return {
        action: { kind: 'replace', g: at.g, t: at.t, task: patchTask(at.task, change.patch, state, at.g) },
      };
    }
    case 'removeTask': {
      const at = located(change.taskId, path, state);
      if (at === undefined || 'code' in at) return { issues: at === undefined ? [] : [at] };
      return { action: { kind: 'remove', g: at.g, t: at.t, id: at.task.id } };
    }
    case 'assign':
    case 'unassign': {
      const at = located(change.taskId, path, state);
      const issues: Issue[] = at !== undefined && 'code' in at ? [at] : [];
      const agencyId = typeof change.agencyId === 'string' ? nfc(change.agencyId) : '';
      if (change.op === 'assign' && !state.isAgencyOrClass(agencyId))
        issues.push(msg.unknownAgency([...path, 'agencyId'], String(change.agencyId)));
      const r =
        (change.role === undefined && change.op === 'unassign') ||
        change.role === 'lead' ||
        change.role === 'support'
          ? undefined
          : role().safeParse(change.role);
      if (r !== undefined && !r.success)
        for (const x of zodIssues(r, change.role, [...path, 'role'])) issues.push(x);
      if (issues.length > 0 || at === undefined || 'code' in at) return { issues };
      const task = at.task;
      const next: Mutable<Task> = { ...task };
      if (change.op === 'assign') {
        const list = change.role === 'lead' ? task.lead : task.support;
        if (list.includes(agencyId)) return { action: { kind: 'none' } };
        if (change.role === 'lead') next.lead = [...task.lead, agencyId];
        else next.support = [...task.support, agencyId];
      } else {
        const inLead = change.role !== 'support' && task.lead.includes(agencyId);
        const inSupport = change.role !== 'lead' && task.support.includes(agencyId);
        if (!inLead && !inSupport) return { action: { kind: 'none' } };
        if (inLead) next.lead = task.lead.filter((a) => a !== agencyId);
        if (inSupport) next.support = task.support.filter((a) => a !== agencyId);
      }
      return { action: { kind: 'replace', g: at.g, t: at.t, task: next } };
    }
    case 'setDeadline': {
      const at = located(change.taskId, path, state);
      if (typeof change.deadline !== 'string') {
        const bad = issue(
          [...path, 'deadline'],
          'invalid_type',
          'Sai kiểu: cần chuỗi ký tự',
          'Wrong type: expected string',
        );
        return { issues: at !== undefined && 'code' in at ? [at, bad] : [bad] };
      }
      if (at === undefined || 'code' in at) return { issues: at === undefined ? [] : [at] };
      const deadline = (state.readDeadline ?? parseDeadline)(nfc(change.deadline), state.context(at.g));
      return { action: { kind: 'replace', g: at.g, t: at.t, task: { ...at.task, deadline } } };
    }
    case 'addAgency': {
      const input = nfcInput(change.agency);
      const parsed = agencyJsonSchema.safeParse(input);
      const issues = zodIssues(parsed, input, [...path, 'agency']);
      if (!parsed.success) return { issues };
      const a = parsed.data;
      if (state.isAgencyOrClass(a.id))
        issues.push(msg.duplicateId([...path, 'agency', 'id'], 'agency', a.id));
      (a.classes ?? []).forEach((c, k) => {
        if (!state.isClass(c)) issues.push(msg.unknownClass([...path, 'agency', 'classes', k], c));
      });
      if (issues.length > 0) return { issues };
      return {
        action: {
          kind: 'agency',
          agency: agencyFromJson(a),
        },
      };
    }
    case 'addTarget': {
      const input = nfcInput(change.target);
      const parsed = targetJsonSchema.safeParse(input);
      const issues = zodIssues(parsed, input, [...path, 'target']);
      if (!parsed.success) return { issues };
      if (state.hasTarget(parsed.data.id))
        return { issues: [msg.duplicateId([...path, 'target', 'id'], 'target', parsed.data.id)] };
      return {
        action: { kind: 'target', target: { ...parsed.data, targets: parseTargets(parsed.data.text) } },
      };
    }
    case 'addReportingDuty': {
      const input = nfcInput(change.duty);
      const parsed = reportingJsonSchema.safeParse(input);
      const issues = zodIssues(parsed, input, [...path, 'duty']);
      if (!parsed.success) return { issues };
      const r = parsed.data;
      if (state.hasDuty(r.id)) issues.push(msg.duplicateId([...path, 'duty', 'id'], 'reporting', r.id));
      for (const x of refIssues(r.from, [...path, 'duty', 'from'], state)) issues.push(x);
      if (issues.length > 0) return { issues };
      const duty: Mutable<ReportingDuty> = {
        id: r.id,
        from: r.from,
        deadline: parseDeadline(r.deadline, deadlineContext(state.plan, undefined)),
      };
      if (r.to !== undefined) duty.to = r.to;
      if (r.note !== undefined) duty.note = r.note;
      return { action: { kind: 'duty', duty } };
    }
    case 'removeAgency': {
      const id = typeof change.agencyId === 'string' ? nfc(change.agencyId) : '';
      const agency = state.agency(id);
      if (agency === undefined)
        return { issues: [msg.unknownAgency([...path, 'agencyId'], String(change.agencyId))] };
      const use = state.agencyUse(id);
      if (use !== undefined) return { issues: [msg.agencyInUse([...path, 'agencyId'], id, use)] };
      return { action: { kind: 'removeAgency', agency } };
    }
    case 'removeTarget': {
      const id = typeof change.targetId === 'string' ? nfc(change.targetId) : '';
      const target = state.target(id);
      if (target === undefined)
        return { issues: [msg.unknownTarget([...path, 'targetId'], String(change.targetId))] };
      return { action: { kind: 'removeTarget', target } };
    }
    case 'removeReportingDuty': {
      const id = typeof change.dutyId === 'string' ? nfc(change.dutyId) : '';
      const duty = state.duty(id);
      if (duty === undefined)
        return { issues: [msg.unknownDuty([...path, 'dutyId'], String(change.dutyId))] };
      return { action: { kind: 'removeDuty', duty } };
    }
    default: {
      const op: unknown = (change as { op?: unknown }).op;
      return {
        issues: [
          issue(
            [...path, 'op'],
            'invalid_value',
            `Thao tác "${String(op)}" không được hỗ trợ`,
            `Unknown change "${String(op)}"`,
          ),
        ],
      };
    }
  }
}
