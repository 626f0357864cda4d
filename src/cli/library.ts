/**
 * The library functions the commands use, as one interface: the commands take
 * it as a parameter (tests may pass their own), and `library` below wires the
 * real ones from the package.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Result } from '../core/result.js';
import type { Deadline } from '../deadline/types.js';
import type { MonthlyCompliance } from '../evaluate/compliance.js';
import type { EvaluateOptions, PlanEvaluation, Report } from '../evaluate/types.js';
import type { Plan } from '../plan/types.js';
import type { CriteriaSet, RankedUnit, ScoreInput, UnitScore } from '../scoring/types.js';

/** What the commands need from the library. */
export interface CliLibrary {
  readonly parseDeadline: (text: string, context?: { year?: number }) => Deadline;
  readonly dueDate: (d: Deadline) => IsoDate | null;
  readonly occurrences: (d: Deadline, window: { from: IsoDate; to: IsoDate }) => readonly IsoDate[];
  readonly formatDeadline: (d: Deadline) => string;
  readonly loadPlan: (json: unknown) => Result<Plan>;
  readonly planJsonSchema: () => object;
  readonly evaluatePlan: (plan: Plan, opts: EvaluateOptions) => PlanEvaluation;
  /** What fell due each month and how it stands at the evaluation's date. */
  readonly complianceByMonth: (
    evaluation: PlanEvaluation,
    options?: { readonly agencyId?: string },
  ) => readonly MonthlyCompliance[];
  /** Validates progress reports against a plan (each item may be anything read from JSON). */
  readonly validateReports: (plan: Plan, reports: readonly Report[]) => Result<readonly Report[]>;
  readonly loadCriteriaSet: (json: unknown) => Result<CriteriaSet>;
  readonly scoreUnit: (set: CriteriaSet, inputs: Readonly<Record<string, ScoreInput>>) => Result<UnitScore>;
  readonly rankUnits: (scores: readonly { unitId: string; score: UnitScore }[]) => readonly RankedUnit[];
  readonly criteriaJsonSchema: () => object;
  /** A built-in criteria set by id, or undefined. */
  readonly preset: (id: string) => CriteriaSet | undefined;
  readonly presetIds: () => readonly string[];
}
