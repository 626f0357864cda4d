/**
 * `evaluateReporting`: the plan's reporting duty (chế độ báo cáo) — which
 * periodic reports each agency owed by a date, and whether they came on time.
 *
 * @module
 */
import { copyInput, inputIssues, setOwn } from '../core/copyInput.js';
import { fromDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { occurrences } from '../deadline/index.js';
import type { Plan, ReportingDuty } from '../plan/types.js';
import { cover, type Candidate } from './internal/coverage.js';
import { dayOf } from './internal/days.js';
import { holdersOf, type Holders } from './internal/holders.js';
import { periodReader, slotOf } from './internal/period.js';
import { indexPlan } from './internal/planIndex.js';
import { optionIssues, reportCheckIssues, submissionIssues } from './messages.js';

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
 * quá hạn), not sent and not yet due (`not_due`), or not sent and owed by an
 * agency that had ended with no successor by its due date (`agency_ended`:
 * nobody owes it; not counted).
 *
 * @example
 * ```ts
 * import type { ReportingStatus } from 'cchc';
 * const s: ReportingStatus = 'missing';
 * ```
 */
export type ReportingStatus = 'on_time' | 'late' | 'missing' | 'not_due' | 'agency_ended';

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
  /** The agency that owes it: the one that held the duty on `dueDate` (a successor after a merger, split or rename). */
  readonly agencyId: string;
  /** The agency the duty names, when the report passed from it to `agencyId` by a succession. */
  readonly passedFrom?: string;
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
 * When agencies merge, split or are renamed (`Agency.succeededBy`), each
 * owed report is owed by the agency that held the duty on its due date: the
 * named agency before the succession, its successors (followed through their
 * own successions) from its date, the row naming the agency it passed from
 * in `passedFrom`; two agencies merged into one owe one report per due date
 * between them. A submission counts for whoever holds its sender's duty on
 * the day it was sent, so a report sent under a predecessor's name after a
 * merger counts for the successor. A report owed by an agency that ended
 * (`endedOn`) with no successor is `agency_ended` unless it was sent, and is
 * not counted.
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
  // The submissions are users' data: a plain copy first, so no getter, Proxy or cycle is read below.
  const copy = copyInput(submissions, { at: ['submissions'] });
  if (copy.issues.length > 0) return fail(copy.issues);
  if (!Array.isArray(copy.value)) return fail([reportCheckIssues.notAList(['submissions'])]);
  let given: unknown;
  let duties: unknown;
  try {
    if (typeof options !== 'object' || options === null) return fail([optionIssues.asOf(undefined)]);
    given = options.asOf;
    duties = options.duties ?? plan.reporting;
  } catch {
    return fail([inputIssues.unreadable([])]);
  }
  const asOf = dayOf(given);
  if (Number.isNaN(asOf)) return fail([optionIssues.asOf(given)]);
  if (!Array.isArray(duties)) return fail([reportCheckIssues.notAList(['duties'])]);
  return evaluate(plan, copy.value as ReportSubmission[], asOf, duties as readonly ReportingDuty[]);
}

function evaluate(
  plan: Plan,
  submissions: readonly ReportSubmission[],
  asOf: number,
  duties: readonly ReportingDuty[],
): Result<ReportingEvaluation> {
  const index = indexPlan(plan);
  const holders = holdersOf(plan, index);
  const { first, last } = planYears(plan);
  const readPeriod = periodReader();

  // Due dates of each duty in the plan's years, who it names, and who owes each report.
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
    const reporters = index.resolve(duty.from);
    return { duty, dues, reporters, lines: owedBy(holders, reporters, dues) };
  });
  const reportsUnder = (entry: (typeof schedule)[number], a: number): boolean =>
    entry.reporters.includes(a) || entry.lines.has(a);

  const issues: Issue[] = [];
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
    } else d = a === undefined ? -1 : schedule.findIndex((x) => reportsUnder(x, a));
    if (bad) return;
    const entry = schedule[d];
    if (entry === undefined || !reportsUnder(entry, a as number)) {
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
    // It counts for whoever holds its sender's duty on the day it was sent (the sender while it stands).
    const held = holders === null ? [] : holders.at(a as number, day);
    for (const h of held.length === 0 ? [a as number] : held) {
      const line = entry.lines.get(h);
      if (line === undefined) continue;
      // A period naming a report this agency does not owe covers nothing.
      const local = slot < 0 ? -1 : line.slots.indexOf(slot);
      line.candidates.push({ day, report: i, slot: slot >= 0 && local < 0 ? -2 : local });
    }
  });
  if (issues.length > 0) return fail(issues);

  const rows: ReportingRow[] = [];
  const planTally = tally();
  const agencyTallies = new Map<string, ReturnType<typeof tally>>();
  for (const { duty, dues, lines } of schedule) {
    for (const [a, line] of lines) {
      const agencyId = index.agencyIds[a]!;
      const c = cover(line.slots.length, line.candidates);
      let t = agencyTallies.get(agencyId);
      if (t === undefined) agencyTallies.set(agencyId, (t = tally()));
      line.slots.forEach((slot, j) => {
        const due = dues[slot]!;
        const r = c.report[j]!;
        const sent = c.day[j]!;
        const status: ReportingStatus =
          r >= 0
            ? sent <= due
              ? 'on_time'
              : 'late'
            : line.ended[j] === true
              ? 'agency_ended'
              : asOf > due
                ? 'missing'
                : 'not_due';
        const row: { -readonly [K in keyof ReportingRow]: ReportingRow[K] } = {
          dutyId: duty.id,
          agencyId,
          dueDate: fromDayNumber(due),
          status,
          submittedOn: r >= 0 ? fromDayNumber(sent) : null,
          daysLate: status === 'late' ? sent - due : 0,
          daysOverdue: status === 'missing' ? asOf - due : 0,
        };
        const from = line.from[j]!;
        if (from >= 0) row.passedFrom = index.agencyIds[from]!;
        rows.push(Object.freeze(row));
        if (due <= asOf && status !== 'agency_ended')
          for (const x of [planTally, t as ReturnType<typeof tally>]) count(x, status);
      });
    }
  }
  const agencies: Record<string, ReportingSummary> = {};
  for (const [k, v] of agencyTallies) setOwn(agencies, k, summary(v));
  return ok(
    Object.freeze({
      asOf: fromDayNumber(asOf),
      rows: Object.freeze(rows),
      plan: summary(planTally),
      agencies: Object.freeze(agencies),
    }),
  );
}

/** @internal The reports one agency owes under one duty: due slots in order, each with where it came from. */
interface Line {
  /** Indices into the duty's due dates, ascending. */
  readonly slots: number[];
  /** Per slot: the named reporter it passed from, or -1 (the agency is named itself). */
  readonly from: number[];
  /** Per slot: owed by an agency that had ended with no successor by then. */
  readonly ended: boolean[];
  /** Submissions that count for this agency (slot: index into `slots`, -1 none, -2 one it does not owe). */
  readonly candidates: Candidate[];
}

/**
 * @internal Who owes each report of a duty: per named reporter and due date,
 * the agencies that hold the reporter's duty on that date (itself while it
 * stands, its successors after a succession, itself as `ended` once it has
 * ended with no successor). A report two predecessors pass to one successor
 * is owed once.
 */
function owedBy(
  holders: Holders | null,
  reporters: readonly number[],
  dues: readonly number[],
): Map<number, Line> {
  const lines = new Map<number, Line>();
  const add = (h: number, slot: number, from: number, ended: boolean): void => {
    let line = lines.get(h);
    if (line === undefined) lines.set(h, (line = { slots: [], from: [], ended: [], candidates: [] }));
    const at = line.slots.indexOf(slot);
    // Owed in its own name as well as passed on: its own (no `passedFrom`).
    if (at >= 0) {
      if (from < 0) line.from[at] = -1;
      return;
    }
    line.slots.push(slot);
    line.from.push(from);
    line.ended.push(ended);
  };
  for (const a of reporters)
    dues.forEach((due, slot) => {
      const held = holders === null ? null : holders.at(a, due);
      if (held === null) add(a, slot, -1, false);
      else if (held.length === 0) add(a, slot, -1, true);
      else for (const h of held) add(h, slot, h === a ? -1 : a, false);
    });
  // Slots in date order (a successor may get its predecessor's after its own).
  for (const line of lines.values()) {
    const order = line.slots.map((_, j) => j).sort((x, y) => line.slots[x]! - line.slots[y]!);
    const slots = order.map((j) => line.slots[j]!);
    const from = order.map((j) => line.from[j]!);
    const ended = order.map((j) => line.ended[j]!);
    line.slots.splice(0, slots.length, ...slots);
    line.from.splice(0, from.length, ...from);
    line.ended.splice(0, ended.length, ...ended);
  }
  return lines;
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
