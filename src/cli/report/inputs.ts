/**
 * The shapes the report layer reads, written structurally from API.md so the
 * reports can be built and tested from any value of that shape (the library's
 * `Plan`, `PlanEvaluation`, `CriteriaSet` and `UnitScore` all fit).
 *
 * @module
 */
import type { TaskStatus } from '../format/labels.js';

/** Compliance counts and rates (API.md "Progress and status"). */
export interface ComplianceLike {
  readonly due: number;
  readonly done: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly doneRate: number | null;
  readonly onTimeRate: number | null;
}

/** One task's or assignment's judgement at a date. */
export interface EntryLike {
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly dueDate: string | null;
  readonly daysOverdue?: number | null;
}

/** One agency's part in one task. */
export interface AssignmentLike extends EntryLike {
  readonly agencyId: string;
  readonly role: 'lead' | 'support';
}

/** What `evaluatePlan` returns, as far as reports need it. */
export interface EvaluationLike {
  readonly tasks: readonly EntryLike[];
  readonly assignments: readonly AssignmentLike[];
  readonly compliance: {
    readonly plan: ComplianceLike;
    readonly groups: Readonly<Record<string, ComplianceLike>>;
    readonly areas: Readonly<Partial<Record<string, ComplianceLike>>>;
    readonly agencies: Readonly<Record<string, ComplianceLike>>;
  };
}

/** A loaded plan, as far as reports need it. */
export interface PlanLike {
  readonly id: string;
  readonly title: string;
  readonly issuer?: string;
  readonly document?: { readonly number: string; readonly date?: string };
  readonly agencies: readonly { readonly id: string; readonly name: string }[];
  readonly classes: readonly { readonly id: string; readonly name: string }[];
  readonly groups: readonly {
    readonly id: string;
    readonly title: string;
    readonly area?: string;
    readonly tasks: readonly {
      readonly id: string;
      readonly title: string;
      readonly lead: readonly string[];
      readonly deadline: { readonly raw: string };
    }[];
  }[];
}

/** A criteria tree node, as far as reports need it. */
export interface CriteriaNodeLike {
  readonly id: string;
  readonly title: string;
  readonly max: number;
}

/** A criteria set, as far as reports need it: its top-level nodes are the areas. */
export interface CriteriaSetLike {
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly CriteriaNodeLike[];
}

/** A unit's score, as far as reports need it. */
export interface UnitScoreLike {
  readonly total: number;
  readonly max: number;
  readonly index: number;
  readonly nodes: Readonly<Record<string, { readonly points: number; readonly max: number } | undefined>>;
  readonly missing: readonly string[];
  readonly class?: string | { readonly name: string } | null;
}

/** A ranked unit (what `rankUnits` returns). */
export interface RankedLike {
  readonly unitId: string;
  readonly rank: number;
  readonly score: UnitScoreLike;
}
