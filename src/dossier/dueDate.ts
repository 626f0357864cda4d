/**
 * The appointment date (ngày hẹn trả) of a dossier.
 *
 * @module
 */
import { copyInput } from '../core/copyInput.js';
import { CchcError, fail, ok, type Issue, type Result } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { fromDayNumber, parseIsoDate, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/index.js';
import { clockMinutes, formatClock } from './clock.js';
import { checkProcessingTime } from './checkProcessingTime.js';
import { computeAppointments, deemedReceipt, NEEDS_TIME } from './dueCore.js';
import { resolveRules, ruleOptionIssues, type DossierRuleOptions } from './dueRules.js';
import { dossierIssues } from './messages.js';
import { workDays } from './calendarBridge.js';
import { dossierRegime, type DossierRegimeId } from './regime.js';
import type { ClockTime, ProcessingTime } from './processingTime.js';

/**
 * Options of {@link dossierDueDate}: the time of receipt and the counting
 * rules ({@link DossierRuleOptions}).
 *
 * @example
 * ```ts
 * import type { DossierDueOptions } from 'cchc';
 * const o: DossierDueOptions = { receivedAt: '16:45', receiptCutoff: '16:30' };
 * ```
 */
export interface DossierDueOptions extends DossierRuleOptions {
  /** The time the dossier was received (`HH:MM`), when known. */
  readonly receivedAt?: ClockTime;
}

/**
 * One appointment: a date, and a time when the processing time is counted in
 * hours.
 *
 * @example
 * ```ts
 * import { assertIsoDate, type DossierAppointment } from 'cchc';
 * const a: DossierAppointment = { dueOn: assertIsoDate('2026-03-03'), dueAt: '10:00' };
 * ```
 */
export interface DossierAppointment {
  readonly dueOn: IsoDate;
  readonly dueAt?: ClockTime;
}

/**
 * The answer of {@link dossierDueDate}.
 *
 * @example
 * ```ts
 * import { dossierDueDate, unwrap, assertIsoDate } from 'cchc';
 * const due = unwrap(dossierDueDate(assertIsoDate('2026-02-13'), 5));
 * due.dueOn;     // '2026-02-27'
 * due.countFrom; // '2026-02-13' (received on a working day, in office hours)
 * due.regime;    // 'nd118-2025'
 * ```
 */
export interface DossierDue {
  /** The appointment date that decides timeliness (the last appointment). */
  readonly dueOn: IsoDate;
  /** Its time, when counted in hours. */
  readonly dueAt?: ClockTime;
  /** The day the dossier is deemed received for counting days (the next working day when received after hours or on a day off). */
  readonly countFrom: IsoDate;
  /** Every appointment in order (two for "Hẹn lần 1 … Hẹn lần 2"). */
  readonly appointments: readonly DossierAppointment[];
  /** The rule set chosen by the date of receipt. */
  readonly regime: DossierRegimeId;
}

/**
 * The appointment date (ngày hẹn trả) of a dossier received on `receivedOn`
 * with a processing time — a {@link ProcessingTime}, its text ("Không quá 05
 * ngày làm việc"), or a number of working days — counted on a Vietnamese
 * working calendar (the state-agency calendar by default).
 *
 * Rules (docs/dossiers.md gives their sources): the day of receipt is not
 * counted; received after office hours or on a day off, the dossier is
 * deemed received on the next working day; a period in calendar days ending
 * on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148
 * khoản 5); hours count office hours from the time of receipt. The rule set
 * is chosen by the date of receipt (Nghị định 61/2018/NĐ-CP until 30/6/2025,
 * Nghị định 118/2025/NĐ-CP from 1/7/2025); where practice differs the rule is
 * an option ({@link DossierRules}), settable per regime.
 *
 * Returns issues (never throws) for a date that does not exist, an invalid
 * processing time, bad options, or a time in hours without `receivedAt`.
 *
 * @example
 * ```ts
 * import { dossierDueDate, assertIsoDate } from 'cchc';
 * // Received Friday 13/02/2026, 5 working days; Tết holidays 14–22/02/2026.
 * const r = dossierDueDate(assertIsoDate('2026-02-13'), 5);
 * if (r.ok) r.value.dueOn; // '2026-02-27'
 * // Received after office hours: counted from the next working day.
 * dossierDueDate(assertIsoDate('2026-02-12'), 'Không quá 05 ngày làm việc', undefined, { receivedAt: '17:30' });
 * ```
 */
export function dossierDueDate(
  receivedOn: IsoDate | string,
  time: ProcessingTime | number | string,
  calendar?: WorkCalendar,
  options: DossierDueOptions = {},
): Result<DossierDue> {
  const issues: Issue[] = [];
  const date = parseIsoDate(receivedOn);
  if (!date.ok) for (const x of date.issues.map((i) => ({ ...i, path: ['receivedOn'] }))) issues.push(x);
  // Users' data: plain copies first, so no getter, Proxy or cycle is read below.
  const timeCopy = copyInput(time, { at: ['processingTime'] });
  const optionsCopy = copyInput(options);
  for (const x of timeCopy.issues) issues.push(x);
  for (const x of optionsCopy.issues) issues.push(x);
  if (issues.length > 0) return fail(issues);
  const opts = optionsCopy.value as DossierDueOptions;
  for (const x of ruleOptionIssues(opts, ['receivedAt'])) issues.push(x);
  if (issues.length > 0) return fail(issues);
  const t = checkProcessingTime(timeCopy.value, ['processingTime'], issues);
  let receivedMin = -1;
  if (opts.receivedAt !== undefined) {
    receivedMin = clockMinutes(opts.receivedAt);
    if (receivedMin < 0) issues.push(dossierIssues.invalidTime(['receivedAt'], opts.receivedAt));
  }
  if (!date.ok || t === null || issues.length > 0) return fail(issues);
  const regime = dossierRegime(date.value).id;
  const rules = resolveRules(opts, regime);
  if (!rules.ok) return fail(rules.issues);
  const day = toDayNumber(date.value);
  try {
    const wd = workDays(calendar);
    const appts = computeAppointments(t, day, receivedMin, rules.value, wd);
    if (appts === NEEDS_TIME) return fail([dossierIssues.receivedTimeRequired(['receivedAt'])]);
    const appointments = appts.map((a) =>
      a.timed ? { dueOn: fromDayNumber(a.day), dueAt: formatClock(a.min) } : { dueOn: fromDayNumber(a.day) },
    );
    const last = appointments[appointments.length - 1] as DossierAppointment;
    const countFrom = fromDayNumber(deemedReceipt(rules.value, wd, day, Math.max(0, receivedMin)));
    return ok(deepFreeze({ ...last, countFrom, appointments, regime }));
  } catch (e) {
    // the calendar knows holidays for a range of years only (unsupported_year)
    if (e instanceof CchcError) return fail(e.issues);
    throw e;
  }
}
