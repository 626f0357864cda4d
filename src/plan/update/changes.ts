/**
 * The edits a plan accepts, as data (for `applyChanges`) and as the
 * arguments of the single-edit functions.
 *
 * @module
 */
import type { AgencyJson, BudgetJson, ReportingJson, TargetJson, TaskJson } from '../schema.js';

/**
 * Fields of a task to replace; a field left out is kept. `note: null` and
 * `budget: null` remove them. `deadline` is text as written (re-parsed in
 * the task group's context).
 *
 * @example
 * ```ts
 * import type { TaskPatch } from 'cchc';
 * const patch: TaskPatch = { title: 'Ban hành Kế hoạch kiểm tra CCHC năm 2018', deadline: 'Quý I/2018', note: null };
 * ```
 */
export interface TaskPatch {
  readonly title?: string;
  readonly number?: string;
  readonly lead?: readonly string[];
  readonly support?: readonly string[];
  readonly deadline?: string;
  readonly products?: readonly string[];
  readonly budget?: BudgetJson | null;
  readonly note?: string | null;
  readonly targets?: readonly string[];
}

/**
 * One edit of a plan, for {@link applyChanges}. Each has a single-edit
 * function of the same name (`addTask`, `updateTask`, …). `removeAgency`
 * refuses an agency still named by a task, a reporting duty or another
 * agency's succession (`agency_in_use`); remove or reassign those first.
 *
 * @example
 * ```ts
 * import type { PlanChange } from 'cchc';
 * const changes: PlanChange[] = [
 *   { op: 'setDeadline', taskId: 'I.1', deadline: 'Quý II/2018' },
 *   { op: 'assign', taskId: 'I.1', agencyId: 'stp', role: 'support' },
 *   { op: 'removeTask', taskId: 'II.3' },
 *   { op: 'removeReportingDuty', dutyId: 'R2' },
 * ];
 * ```
 */
export type PlanChange =
  | { readonly op: 'addTask'; readonly groupId: string; readonly task: TaskJson; readonly index?: number }
  | { readonly op: 'updateTask'; readonly taskId: string; readonly patch: TaskPatch }
  | { readonly op: 'removeTask'; readonly taskId: string }
  | {
      readonly op: 'assign';
      readonly taskId: string;
      readonly agencyId: string;
      readonly role: 'lead' | 'support';
    }
  | {
      readonly op: 'unassign';
      readonly taskId: string;
      readonly agencyId: string;
      readonly role?: 'lead' | 'support';
    }
  | { readonly op: 'setDeadline'; readonly taskId: string; readonly deadline: string }
  | { readonly op: 'addAgency'; readonly agency: AgencyJson }
  | { readonly op: 'addTarget'; readonly target: TargetJson }
  | { readonly op: 'addReportingDuty'; readonly duty: ReportingJson }
  | { readonly op: 'removeAgency'; readonly agencyId: string }
  | { readonly op: 'removeTarget'; readonly targetId: string }
  | { readonly op: 'removeReportingDuty'; readonly dutyId: string };
