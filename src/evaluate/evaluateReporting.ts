/**
 * `evaluateReporting`: the plan's reporting duty (chế độ báo cáo) — which
 * periodic reports each agency owed by a date, and whether they came on time.
 *
 * @module
 */
import { fromDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { occurrences } from '../deadline/index.js';
import type { Plan, ReportingDuty } from '../plan/types.js';
import { cover, type Candidate } from './internal/coverage.js';
import { dayOf } from './internal/days.js';
import { periodReader, slotOf } from './internal/period.js';
import { indexPlan } from './internal/planIndex.js';
import { optionIssues, submissionIssues } from './messages.js';

/**
 * A periodic report an agency sent (báo cáo định kỳ đã gửi).
 *
 * - `period`: which report it is — deadline text ("Quý I/2018", "6 tháng đầu
 *   năm 2018", "Năm 2018") naming the period whose report is due inside it,
 *   or the ISO due date itself. Without it, a submission counts for the
 *   earliest report still owed, in the order they were sent.
 * - `dutyId`: which duty of `plan.reporting`; without it, the first duty
 *   the agency reports under.
 *
 * @example
 * ```ts
 * import { isoDate, type ReportSubmission } from 'cchc';
 * const s: ReportSubmission = { agencyId: 'snv', period: 'Quý I/2018', submittedOn: isoDate('2018-03-14') };
 * ```
 */
export interface ReportSubmission {
  readonly agencyId: string;
  readonly submittedOn: IsoDate;
  readonly period?: string;
  readonly dutyId?: string;
}

/**
 * The status of one owed report: sent by its due date (`on_time`, đúng hạn),
 * after it (`late`, trễ hạn), not sent and past due (`missing`, chưa gửi —
 * quá hạn), or not sent and not yet due (`not_due`).
 *
 * @example
 * ```ts
 * import type { ReportingStatus } from 'cchc';
 * const s: ReportingStatus = 'missing';
 * ```
 */
export type ReportingStatus = 'on_time' | 'late' | 'missing' | 'not_due';

/**
 * One report one agency owes under one duty.
 *
 * @example
 * ```ts
 * import type { ReportingRow } from 'cchc';
 * declare const row: ReportingRow;
 * if (row.status === 'late') console.log(row.agencyId, row.dueDate, row.daysLate);
 * ```
 */
export interface ReportingRow {
  readonly dutyId: string;
  readonly agencyId: string;
  readonly dueDate: IsoDate;
  readonly status: ReportingStatus;
  readonly submittedOn: IsoDate | null;
  /** Days after `dueDate` it was sent when `late`, else 0. */
  readonly daysLate: number;
  /** Days after `dueDate` when `missing` at `asOf`, else 0. */
  readonly daysOverdue: number;
}

/**
 * Counts over owed reports due on or before `asOf`. `allOnTime` — every
 * report due so far was sent on time (true when none is due yet) — is the
 * input of the PAR criterion "thực hiện đầy đủ, đúng hạn chế độ báo cáo
 * định kỳ" as provinces write it (e.g. Cà Mau: all on time → 1 point).
 *
 * @example
 * ```ts
 * import type { ReportingSummary } from 'cchc';
 * const s: ReportingSummary = { due: 4, onTime: 3, late: 1, missing: 0, onTimeRate: 0.75, allOnTime: false };
 * ```
 */
export interface ReportingSummary {
  readonly due: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly onTimeRate: number | null;
  readonly allOnTime: boolean;
}

/**
 * The answer of {@link evaluateReporting}.
 *
 * @example
 * ```ts
 * import type { ReportingEvaluation } from 'cchc';
 * declare const r: ReportingEvaluation;
 * r.agencies['snv']?.allOnTime;
 * ```
 */
export interface ReportingEvaluation {
  readonly asOf: IsoDate;
  /** Every owed report in the plan's year or period, by duty, agency, due date. */
  readonly rows: readonly ReportingRow[];
  readonly plan: ReportingSummary;
  readonly agencies: Readonly<Record<string, ReportingSummary>>;
}

/**
 * Turns the plan's reporting schedule into the reports each agency owes —
 * one per due date of each duty's deadline in the plan's year (or period):
 * "Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)" gives 15/3, 15/6,
 * 15/9, 15/12; "chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11" gives those
 * four days — and matches the submissions sent by `asOf` against them:
 * on time, late, missing, or not yet due, per agency and for the plan.
 * Class ids in a duty's `from` expand to their member agencies.
 *
 * Submissions are users' data: an unknown agency or duty, an agency that does
 * not report under the duty, a date that does not exist or a `period` naming
 * no owed report is an issue (with its path), and the answer is `ok: false`.
 *
 * @example
 * ```ts
 * import { evaluateReporting, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = evaluateReporting(plan, [
 *   { agencyId: 'snv', period: 'Quý I/2018', submittedOn: isoDate('2018-03-14') },
 * ], { asOf: isoDate('2018-06-30') });
 * if (r.ok) console.log(r.value.agencies['snv']);
 * ```
 */
export function evaluateReporting(
  plan: Plan,
  submissions: readonly ReportSubmission[],
  options: { readonly asOf: IsoDate; readonly duties?: readonly ReportingDuty[] },
): Result<ReportingEvaluation> {
  const asOf = dayOf(options.asOf);
  if (Number.isNaN(asOf)) return fail([optionIssues.asOf(options.asOf)]);
  const duties = options.duties ?? plan.reporting;
  const index = indexPlan(plan);
  const { first, last } = planYears(plan);
  const readPeriod = periodReader();

  // Due dates of each duty in the plan's years, and who reports under it.
  const schedule = duties.map((duty) => {
    const dues =
      first === undefined || last === undefined
        ? []
        : [
            ...new Set(
              occurrences(duty.deadline, {
                from: `${first}-01-01` as IsoDate,
                to: `${last}-12-31` as IsoDate,
              }).map(dayOf),
            ),
          ]
            .filter((n) => !Number.isNaN(n))
            .sort((a, b) => a - b);
    return { duty, dues, reporters: index.resolve(duty.from) };
  });

  const issues: Issue[] = [];
  const candidates = new Map<string, Candidate[]>();
  submissions.forEach((s, i) => {
    const path = ['submissions', i];
    if (s === null || typeof s !== 'object' || typeof s.agencyId !== 'string') {
      issues.push(submissionIssues.notAnObject(path));
      return;
    }
    const agencyId = s.agencyId.normalize('NFC');
    const a = index.agencyIndex.get(agencyId);
    const day = dayOf(s.submittedOn);
    let bad = false;
    if (a === undefined) {
      issues.push(submissionIssues.unknownAgency([...path, 'agencyId'], s.agencyId));
      bad = true;
    }
    if (Number.isNaN(day)) {
      issues.push(submissionIssues.invalidDate([...path, 'submittedOn'], s.submittedOn));
      bad = true;
    }
    let d: number;
    if (s.dutyId !== undefined) {
      d = schedule.findIndex((x) => x.duty.id === s.dutyId);
      if (d < 0) {
        issues.push(submissionIssues.unknownDuty([...path, 'dutyId'], String(s.dutyId)));
        return;
      }
    } else d = a === undefined ? -1 : schedule.findIndex((x) => x.reporters.includes(a));
    if (bad) return;
    const entry = schedule[d];
    if (entry === undefined || !entry.reporters.includes(a as number)) {
      issues.push(
        submissionIssues.notReporting(
          [...path, 'agencyId'],
          agencyId,
          entry === undefined ? null : entry.duty.id,
        ),
      );
      return;
    }
    let slot = -1;
    if (s.period !== undefined) {
      const span = typeof s.period === 'string' ? readPeriod(s.period, first) : null;
      slot = span === null ? -1 : slotOf(span, entry.dues);
      if (slot < 0) {
        issues.push(submissionIssues.unknownPeriod([...path, 'period'], s.period, entry.duty.id));
        return;
      }
    }
    if (day > asOf) return; // not sent yet at asOf
    const key = `${d}|${a as number}`;
    let list = candidates.get(key);
    if (list === undefined) candidates.set(key, (list = []));
    list.push({ day, report: i, slot });
  });
  if (issues.length > 0) return fail(issues);

  const rows: ReportingRow[] = [];
  const planTally = tally();
  const agencyTallies = new Map<string, ReturnType<typeof tally>>();
  schedule.forEach(({ duty, dues, reporters }, d) => {
    for (const a of reporters) {
      const agencyId = index.agencyIds[a]!;
      const c = cover(dues.length, candidates.get(`${d}|${a}`) ?? []);
      let t = agencyTallies.get(agencyId);
      if (t === undefined) agencyTallies.set(agencyId, (t = tally()));
      dues.forEach((due, s) => {
        const r = c.report[s]!;
        const sent = c.day[s]!;
        const status: ReportingStatus =
          r >= 0 ? (sent <= due ? 'on_time' : 'late') : asOf > due ? 'missing' : 'not_due';
        rows.push(
          Object.freeze({
            dutyId: duty.id,
            agencyId,
            dueDate: fromDayNumber(due),
            status,
            submittedOn: r >= 0 ? fromDayNumber(sent) : null,
            daysLate: status === 'late' ? sent - due : 0,
            daysOverdue: status === 'missing' ? asOf - due : 0,
          }),
        );
        if (due <= asOf) for (const x of [planTally, t as ReturnType<typeof tally>]) count(x, status);
      });
    }
  });
  const agencies: Record<string, ReportingSummary> = {};
  for (const [k, v] of agencyTallies) agencies[k] = summary(v);
  return ok(
    Object.freeze({
      asOf: options.asOf,
      rows: Object.freeze(rows),
      plan: summary(planTally),
      agencies: Object.freeze(agencies),
    }),
  );
}

/** @internal First and last year of the plan (its period, its year, or its document's year). */
function planYears(plan: Plan): { first: number | undefined; last: number | undefined } {
  const docYear = plan.document?.date === undefined ? undefined : Number(plan.document.date.slice(0, 4));
  const first = plan.period?.from ?? plan.year ?? docYear;
  const last = plan.period?.to ?? plan.year ?? docYear;
  return { first, last };
}

/** @internal */
function tally(): { due: number; onTime: number; late: number; missing: number } {
  return { due: 0, onTime: 0, late: 0, missing: 0 };
}

/** @internal */
function count(t: ReturnType<typeof tally>, status: ReportingStatus): void {
  t.due++;
  if (status === 'on_time') t.onTime++;
  else if (status === 'late') t.late++;
  else if (status === 'missing') t.missing++;
}

/** @internal */
function summary(t: ReturnType<typeof tally>): ReportingSummary {
  return Object.freeze({
    due: t.due,
    onTime: t.onTime,
    late: t.late,
    missing: t.missing,
    onTimeRate: t.due === 0 ? null : t.onTime / t.due,
    allOnTime: t.late === 0 && t.missing === 0,
  });
}
