/**
 * Single edits of a plan, built on immer: each returns a new frozen plan
 * that shares every untouched part with the old one.
 *
 * @module
 */
import { castDraft, produce } from 'immer';
import { inputIssues } from '../../core/copyInput.js';
import { fail, ok, type Result } from '../../core/result.js';
import { deadlineContext } from '../build.js';
import type { AgencyJson, ReportingJson, TargetJson, TaskJson } from '../schema.js';
import type { Plan } from '../types.js';
import { planWarnings, replaceTaskWarning, sameWarnings } from '../warnings.js';
import type { PlanChange, TaskPatch } from './changes.js';
import { agencyUse, resolveChange, type EditState } from './resolveChange.js';

function stateOf(plan: Plan): EditState {
  return {
    plan,
    context: (g) => deadlineContext(plan, plan.groups[g]?.year),
    groupIndex: (id) => {
      const g = plan.groups.findIndex((x) => x.id === id);
      return g < 0 ? undefined : g;
    },
    task: (id) => {
      for (let g = 0; g < plan.groups.length; g++) {
        const tasks = plan.groups[g]?.tasks ?? [];
        for (let t = 0; t < tasks.length; t++) {
          const task = tasks[t];
          if (task !== undefined && task.id === id) return { g, t, task };
        }
      }
      return undefined;
    },
    isAgencyOrClass: (id) => plan.agencies.some((a) => a.id === id) || plan.classes.some((c) => c.id === id),
    isClass: (id) => plan.classes.some((c) => c.id === id),
    hasTarget: (id) => plan.targets.some((t) => t.id === id),
    hasDuty: (id) => plan.reporting.some((r) => r.id === id),
    agency: (id) => plan.agencies.find((a) => a.id === id),
    target: (id) => plan.targets.find((t) => t.id === id),
    duty: (id) => plan.reporting.find((r) => r.id === id),
    agencyUse: (id) =>
      agencyUse(
        id,
        plan.groups.flatMap((g) => g.tasks),
        plan.reporting,
        plan.agencies,
      ),
  };
}

/** Applies one change with immer. */
function edit(plan: Plan, change: PlanChange): Result<Plan> {
  let r: ReturnType<typeof resolveChange>;
  try {
    r = resolveChange(change, [], stateOf(plan));
  } catch {
    // Only a hostile argument gets here (a Proxy or getter that throws, an id whose toString throws).
    return fail([inputIssues.unreadable([])]);
  }
  if ('issues' in r) return fail(r.issues);
  const a = r.action;
  if (a.kind === 'none') return ok(plan);
  const next = produce(plan, (draft) => {
    switch (a.kind) {
      case 'replace': {
        const group = draft.groups[a.g];
        if (group !== undefined) group.tasks[a.t] = castDraft(a.task);
        break;
      }
      case 'remove':
        draft.groups[a.g]?.tasks.splice(a.t, 1);
        break;
      case 'insert': {
        const tasks = draft.groups[a.g]?.tasks;
        if (tasks === undefined) break;
        if (a.index === undefined) tasks.push(castDraft(a.task));
        else tasks.splice(Math.min(a.index, tasks.length), 0, castDraft(a.task));
        break;
      }
      case 'agency':
        draft.agencies.push(castDraft(a.agency));
        break;
      case 'target':
        draft.targets.push(castDraft(a.target));
        break;
      case 'duty':
        draft.reporting.push(castDraft(a.duty));
        break;
      case 'removeAgency':
        draft.agencies = draft.agencies.filter((x) => x.id !== a.agency.id);
        break;
      case 'removeTarget':
        draft.targets = draft.targets.filter((x) => x.id !== a.target.id);
        break;
      case 'removeDuty':
        draft.reporting = draft.reporting.filter((x) => x.id !== a.duty.id);
        break;
    }
  });
  // Warnings: a replaced task changes at most its own; other edits rescan (O(n), like the edit itself).
  const old = a.kind === 'replace' ? plan.groups[a.g]?.tasks[a.t] : undefined;
  const warnings =
    a.kind === 'replace' && old !== undefined
      ? replaceTaskWarning(plan.warnings, a.g, a.t, a.task)
      : a.kind === 'target'
        ? plan.warnings
        : sameWarnings(plan, planWarnings(next));
  return ok(
    warnings === next.warnings ? next : produce(next, (draft) => void (draft.warnings = castDraft(warnings))),
  );
}

/**
 * Adds a task (JSON form, deadline as text) to a group, at the end or at
 * `index`. Checks the task like `loadPlan` does (fields, known agencies, an
 * unused id).
 *
 * @example
 * ```ts
 * import { addTask } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = addTask(plan, 'I', { id: 'I.6', title: 'Tổ chức Hội nghị sơ kết CCHC', lead: ['snv'], deadline: 'Tháng 7/2018' });
 * ```
 */
export function addTask(plan: Plan, groupId: string, task: TaskJson, index?: number): Result<Plan> {
  return edit(
    plan,
    index === undefined ? { op: 'addTask', groupId, task } : { op: 'addTask', groupId, task, index },
  );
}

/**
 * Replaces fields of a task ({@link TaskPatch}); a new `deadline` text is
 * parsed in the task group's context.
 *
 * @example
 * ```ts
 * import { updateTask } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = updateTask(plan, 'I.1', { title: 'Ban hành Kế hoạch CCHC năm 2018 của tỉnh', note: 'Đã trình UBND tỉnh' });
 * ```
 */
export function updateTask(plan: Plan, taskId: string, patch: TaskPatch): Result<Plan> {
  return edit(plan, { op: 'updateTask', taskId, patch });
}

/**
 * Removes a task.
 *
 * @example
 * ```ts
 * import { removeTask } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = removeTask(plan, 'II.3');
 * ```
 */
export function removeTask(plan: Plan, taskId: string): Result<Plan> {
  return edit(plan, { op: 'removeTask', taskId });
}

/**
 * Adds an agency or class to a task as lead (chủ trì) or support (phối
 * hợp). Assigning one already there returns the same plan.
 *
 * @example
 * ```ts
 * import { assign } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = assign(plan, 'I.1', 'stp', 'support');
 * ```
 */
export function assign(plan: Plan, taskId: string, agencyId: string, role: 'lead' | 'support'): Result<Plan> {
  return edit(plan, { op: 'assign', taskId, agencyId, role });
}

/**
 * Removes an agency or class from a task's lead and/or support list (both
 * when `role` is left out). Removing one not there returns the same plan.
 *
 * @example
 * ```ts
 * import { unassign } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = unassign(plan, 'I.1', 'vp-ubnd');
 * ```
 */
export function unassign(
  plan: Plan,
  taskId: string,
  agencyId: string,
  role?: 'lead' | 'support',
): Result<Plan> {
  return edit(
    plan,
    role === undefined ? { op: 'unassign', taskId, agencyId } : { op: 'unassign', taskId, agencyId, role },
  );
}

/**
 * Sets a task's deadline from text as written, parsed in the context of the
 * task's group year (else the plan's year) and the plan's period.
 * `plan.warnings` is updated (a deadline not understood is listed).
 *
 * @example
 * ```ts
 * import { setDeadline } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = setDeadline(plan, 'I.1', 'Quý II/2018');
 * ```
 */
export function setDeadline(plan: Plan, taskId: string, deadline: string): Result<Plan> {
  return edit(plan, { op: 'setDeadline', taskId, deadline });
}

/**
 * Adds an agency (its id must not be used by another agency or class; its
 * classes must exist).
 *
 * @example
 * ```ts
 * import { addAgency } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = addAgency(plan, { id: 'sxd', name: 'Sở Xây dựng', classes: ['so-nganh'] });
 * ```
 */
export function addAgency(plan: Plan, agency: AgencyJson): Result<Plan> {
  return edit(plan, { op: 'addAgency', agency });
}

/**
/**
 * Removes an agency. Refused (`agency_in_use`) while a task, a reporting
 * duty or another agency's succession still names it: reassign those first.
 *
 * @example
 * ```ts
 * import { removeAgency } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = removeAgency(plan, 'skhdt');
 * if (!r.ok) console.log(r.issues[0]?.code); // 'agency_in_use' while a task names it
 * ```
 */
export function removeAgency(plan: Plan, agencyId: string): Result<Plan> {
  return edit(plan, { op: 'removeAgency', agencyId });
}

/**
 * Removes a target statement (chỉ tiêu) of the plan.
 *
 * @example
 * ```ts
 * import { removeTarget } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = removeTarget(plan, 'T9');
 * ```
 */
export function removeTarget(plan: Plan, targetId: string): Result<Plan> {
  return edit(plan, { op: 'removeTarget', targetId });
}

/**
 * Removes a reporting duty (chế độ báo cáo) of the plan.
 *
 * @example
 * ```ts
 * import { removeReportingDuty } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = removeReportingDuty(plan, 'R2');
 * ```
 */
export function removeReportingDuty(plan: Plan, dutyId: string): Result<Plan> {
  return edit(plan, { op: 'removeReportingDuty', dutyId });
}

/**
 * Adds a target statement (chỉ tiêu) to the plan; its targets are read with `parseTargets`.
 *
 * @example
 * ```ts
 * import { addTarget } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = addTarget(plan, { id: 'T9', text: 'Tỷ lệ hồ sơ trễ hạn dưới 0,90%' });
 * ```
 */
export function addTarget(plan: Plan, target: TargetJson): Result<Plan> {
  return edit(plan, { op: 'addTarget', target });
}

/**
 * Adds a reporting duty (chế độ báo cáo) to the plan; its deadline text is
 * parsed in the plan's year or period.
 *
 * @example
 * ```ts
 * import { addReportingDuty } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = addReportingDuty(plan, { id: 'R2', from: ['so-nganh'], to: 'Sở Nội vụ', deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)' });
 * ```
 */
export function addReportingDuty(plan: Plan, duty: ReportingJson): Result<Plan> {
  return edit(plan, { op: 'addReportingDuty', duty });
}
