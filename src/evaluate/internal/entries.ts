/**
 * Building frozen entries field by field. Internal.
 *
 * Entries are written as literals with every field named, never with object
 * spread: V8 reads frozen objects made by spread several times slower (the
 * results of a province hold a million of them).
 *
 * @module
 */
import type { ReformArea } from '../../plan/types.js';
import type { AssignmentEvaluation, EntryEvaluation, Extension, TaskEvaluation } from '../types.js';
import type { DeadlineKind } from '../../deadline/types.js';

/** @internal The fields every entry has, plus the optional lists. */
export type EntryFields = Omit<EntryEvaluation, 'taskId'>;

/** @internal Writable form of an entry while it is built. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

/** @internal A frozen task entry. */
export function taskEntry(
  head: {
    readonly taskId: string;
    readonly groupId: string;
    readonly area: ReformArea | null;
    readonly deadlineKind: DeadlineKind;
    readonly extensions?: readonly Extension[] | undefined;
  },
  e: EntryFields,
): TaskEvaluation {
  const out: Building<TaskEvaluation> = {
    taskId: head.taskId,
    groupId: head.groupId,
    area: head.area,
    deadlineKind: head.deadlineKind,
    status: e.status,
    dueDate: e.dueDate,
    daysOverdue: e.daysOverdue,
    daysLate: e.daysLate,
    completedOn: e.completedOn,
  };
  if (e.milestones !== undefined) out.milestones = e.milestones;
  if (e.occurrences !== undefined) out.occurrences = e.occurrences;
  if (head.extensions !== undefined) out.extensions = head.extensions;
  return Object.freeze(out);
}

/** @internal A frozen assignment entry. */
export function assignmentEntry(
  taskId: string,
  agencyId: string,
  role: 'lead' | 'support',
  e: EntryFields,
): AssignmentEvaluation {
  const out: Building<AssignmentEvaluation> = {
    taskId,
    status: e.status,
    dueDate: e.dueDate,
    daysOverdue: e.daysOverdue,
    daysLate: e.daysLate,
    completedOn: e.completedOn,
    agencyId,
    role,
  };
  if (e.milestones !== undefined) out.milestones = e.milestones;
  if (e.occurrences !== undefined) out.occurrences = e.occurrences;
  return Object.freeze(out);
}
