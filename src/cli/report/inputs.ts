/**
 * The shapes the report layer reads. Plans and evaluations are the library's
 * own types; the scoring shapes are structural (any value of that shape fits).
 *
 * @module
 */
import type { Compliance, PlanEvaluation } from '../../evaluate/index.js';
import type { Plan } from '../../plan/index.js';

/** Compliance counts and rates: the library's own type. */
export type ComplianceLike = Compliance;

/** What `evaluatePlan` returns: the library's own type. */
export type EvaluationLike = PlanEvaluation;

/** A loaded plan: the library's own type. */
export type PlanLike = Plan;

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
