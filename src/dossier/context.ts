/**
 * What status and statistics share: the calendar predicate, the rules per
 * regime, and the appointment date of a dossier (given, or counted).
 *
 * @internal
 * @module
 */
import { copyInput, inputIssues } from '../core/copyInput.js';
import { CchcError } from '../core/result.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/index.js';
import { clockMinutes } from './clock.js';
import { computeAppointments, deemedReceipt, NEEDS_TIME } from './dueCore.js';
import { resolveRules, ruleOptionIssues, type DossierRuleOptions, type ResolvedRules } from './dueRules.js';
import { dossierIssues } from './messages.js';
import { workDays, type WorkDays } from './calendarBridge.js';
import { dossierRegime } from './regime.js';
import type { Dossier } from './types.js';

/**
 * Options shared by {@link dossierStatus} and {@link dossierStats}: the
 * working calendar (the Vietnamese state-agency calendar by default) and the
 * counting rules used when a dossier has no `dueOn`.
 *
 * @example
 * ```ts
 * import type { DossierEvalOptions } from 'cchc';
 * const o: DossierEvalOptions = { offHours: 'same_day' };
 * ```
 */
export interface DossierEvalOptions extends DossierRuleOptions {
  readonly calendar?: WorkCalendar;
}

/** @internal */
export interface DossierContext {
  readonly wd: WorkDays;
  /** The appointment date of a dossier: `dueOn`, or counted from its processing time. */
  dueOf(d: Dossier): IsoDate;
}

/** @internal Throws CchcError on bad options (a programmer error here). */
export function dossierContext(given: DossierEvalOptions = {}): DossierContext {
  // The calendar as given (its working-day table is kept by identity); the rules as a plain copy.
  let calendar: WorkCalendar | undefined;
  let rules: Record<string, unknown>;
  try {
    if (typeof given !== 'object' || given === null || Array.isArray(given))
      throw new CchcError([dossierIssues.notOptions([])]);
    ({ calendar, ...rules } = given);
  } catch (e) {
    throw e instanceof CchcError ? e : new CchcError([inputIssues.unreadable([])]);
  }
  const copy = copyInput(rules);
  if (copy.issues.length > 0) throw new CchcError(copy.issues);
  const problems = ruleOptionIssues(copy.value, []);
  if (problems.length > 0) throw new CchcError(problems);
  const options = copy.value as DossierRuleOptions;
  const wd = workDays(calendar);
  const nd61 = resolveRules(options, 'nd61-2018');
  const nd118 = resolveRules(options, 'nd118-2025');
  if (!nd61.ok) throw new CchcError(nd61.issues);
  if (!nd118.ok) throw new CchcError(nd118.issues);
  const rulesFor = (d: Dossier): ResolvedRules =>
    dossierRegime(d.receivedOn).id === 'nd61-2018' ? nd61.value : nd118.value;
  // Whole working days without a time of receipt — the common case — depend
  // only on the day of receipt and the number of days: memoised per context.
  const simple = new Map<number, IsoDate>();
  return {
    wd,
    dueOf(d: Dossier): IsoDate {
      if (d.dueOn !== undefined) return d.dueOn;
      const t = d.processingTime;
      if (t === undefined) throw new CchcError([dossierIssues.dueMissing([d.id])]);
      if (t.kind === 'working_days' && d.receivedAt === undefined && Number.isInteger(t.days)) {
        const day = toDayNumber(d.receivedOn);
        const key = day * 4096 + t.days; // days ≤ 3650 (validated)
        let due = simple.get(key);
        if (due === undefined) {
          due = fromDayNumber(wd.add(deemedReceipt(rulesFor(d), wd, day, 0), t.days));
          simple.set(key, due);
        }
        return due;
      }
      const min = d.receivedAt === undefined ? -1 : clockMinutes(d.receivedAt);
      const appts = computeAppointments(t, toDayNumber(d.receivedOn), min, rulesFor(d), wd);
      if (appts === NEEDS_TIME)
        throw new CchcError([dossierIssues.receivedTimeRequired([d.id, 'receivedAt'])]);
      const last = appts[appts.length - 1];
      if (last === undefined) throw new CchcError([dossierIssues.dueMissing([d.id])]);
      return fromDayNumber(last.day);
    },
  };
}
