/**
 * The state one `evaluatePlan` call shares between its steps: the plan's
 * indices, the reports read, the entries made so far and the compliance
 * counters. Internal.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import type { AssignmentEvaluation, Report, TaskEvaluation } from '../types.js';
import type { Holders } from './holders.js';
import type { InForce } from './inForce.js';
import { periodReader } from './period.js';
import type { PlanIndex } from './planIndex.js';
import type { ReadReports } from './readReports.js';
import { copyReport } from './slotted.js';
import { Tallies } from './tallies.js';

/** @internal */
export class EvaluationRun {
  readonly tasks: TaskEvaluation[] = [];
  readonly assignments: AssignmentEvaluation[] = [];
  /** Compliance counted as entries are made: by task (and lead assignment) and by occurrence. */
  readonly byTask: Tallies;
  readonly byOccurrence: Tallies;
  /** Per assignee, while one task is read: its earliest completion day and that report. */
  readonly minDay: Float64Array;
  readonly minRep: Int32Array;
  readonly readPeriod = periodReader();
  readonly #copies = new Map<number, Report>();

  constructor(
    readonly index: PlanIndex,
    readonly reports: readonly Report[],
    readonly read: ReadReports,
    readonly asOf: number,
    readonly asOfIso: IsoDate,
    readonly soon: number,
    readonly inForce: InForce | null,
    readonly holders: Holders | null,
  ) {
    const n = index.agencyIds.length;
    this.byTask = new Tallies(index.groupIds.length, n);
    this.byOccurrence = new Tallies(index.groupIds.length, n);
    this.minDay = new Float64Array(n).fill(Infinity);
    this.minRep = new Int32Array(n).fill(-1);
  }

  /** The day report `r` says the work was done, or null for no report (-1). */
  completedOn(r: number): IsoDate | null {
    if (r < 0) return null;
    const rep = this.reports[r] as Report;
    return (rep.completedOn ?? rep.reportedOn) as IsoDate;
  }

  /** A frozen copy of report `r`, made once. */
  reportCopy(r: number): Report {
    let c = this.#copies.get(r);
    if (c === undefined) this.#copies.set(r, (c = copyReport(this.reports[r] as Report)));
    return c;
  }
}
