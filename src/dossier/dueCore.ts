/**
 * The appointment-date arithmetic on day numbers and minutes (no strings),
 * so bulk statistics can call it.
 *
 * Counting (docs/dossiers.md explains each rule and its source):
 * - days: the day of receipt is not counted; a dossier received after office
 *   hours or on a day off is deemed received on the next working day
 *   (`offHours`); working days skip days off; a period in calendar days that
 *   ends on a day off ends on the next working day (Bộ luật Dân sự 2015,
 *   Điều 148 khoản 5);
 * - hours: counted in office hours from the time of receipt;
 * - same day: the day of receipt, or the next working day when received at
 *   or after the cut-off, after office hours or on a day off.
 *
 * @internal
 * @module
 */
import type { ProcessingStep, ProcessingTime } from './processingTime.js';
import type { ResolvedRules } from './dueRules.js';
import type { WorkDays } from './calendarBridge.js';
import { clockMinutes } from './clock.js';

/** @internal A point in time: a day and minutes after midnight. */
export interface Instant {
  readonly day: number;
  /** Minutes after midnight; -1 when the time of receipt is unknown. */
  readonly min: number;
  /** Whether the minute is meaningful (the last step was counted in hours). */
  readonly timed: boolean;
}

/** @internal Returned (not thrown) when a processing time in hours meets an unknown time of receipt. */
export const NEEDS_TIME = 'needs_time' as const;

/** Office minutes from an instant: returns the instant `minutes` of office time later. */
function addOfficeMinutes(rules: ResolvedRules, wd: WorkDays, from: Instant, minutes: number): Instant {
  let day = from.day;
  let m = from.min;
  let left = minutes;
  if (!wd.isWorking(day)) {
    day = wd.next(day);
    m = 0;
  }
  // day by day: every working day holds minutesPerDay > 0 office minutes, so this ends
  for (;;) {
    for (const [s, e] of rules.office) {
      if (m >= e) continue;
      const start = Math.max(m, s);
      const avail = e - start;
      if (left <= avail) return { day, min: start + left, timed: true };
      left -= avail;
      m = e;
    }
    day = wd.next(day);
    m = 0;
  }
}

function stepDays(step: ProcessingStep): number {
  return step.kind === 'working_hours' ? 0 : step.days;
}

/** One step from `at`; `last` says whether a calendar-day end rolls to a working day. */
function applyStep(
  step: ProcessingStep,
  at: Instant,
  rules: ResolvedRules,
  wd: WorkDays,
  last: boolean,
): Instant | typeof NEEDS_TIME {
  switch (step.kind) {
    case 'working_hours':
      if (at.min < 0) return NEEDS_TIME;
      return addOfficeMinutes(rules, wd, at, Math.round(step.hours * 60));
    case 'working_days': {
      const whole = Number.isInteger(step.days);
      if (!whole && rules.halfDaysFromTime) {
        if (at.min < 0) return NEEDS_TIME;
        return addOfficeMinutes(rules, wd, at, Math.round(step.days * rules.minutesPerDay));
      }
      return { day: wd.add(at.day, Math.ceil(step.days)), min: rules.officeEnd, timed: false };
    }
    case 'calendar_days': {
      let day = at.day + step.days;
      // Bộ luật Dân sự 2015, Điều 148 khoản 5: a period whose last day is a
      // day off ends at the end of the next working day.
      if (last && !wd.isWorking(day)) day = wd.next(day);
      return { day, min: rules.officeEnd, timed: false };
    }
  }
}

/**
 * @internal The deemed day of receipt for counting in days: the day itself
 * when received on a working day before the cut-off; otherwise the next
 * working day (`offHours: 'next_working_day'`) or the day itself.
 */
export function deemedReceipt(rules: ResolvedRules, wd: WorkDays, day: number, min: number): number {
  if (!rules.offHoursNext) return day;
  if (!wd.isWorking(day) || min >= rules.receiptCutoff) return wd.next(day);
  return day;
}

function appointment(
  t: ProcessingTime,
  receivedDay: number,
  receivedMin: number,
  start: Instant | null,
  rules: ResolvedRules,
  wd: WorkDays,
  out: Instant[],
): Instant | typeof NEEDS_TIME {
  const timeKnown = receivedMin >= 0;
  // where day counting starts: the deemed receipt (or a previous appointment)
  const dayStart: Instant = start ?? {
    day: deemedReceipt(rules, wd, receivedDay, timeKnown ? receivedMin : 0),
    min: timeKnown ? receivedMin : -1,
    timed: false,
  };
  // where hour counting starts: the moment of receipt itself
  const hourStart: Instant = start ?? { day: receivedDay, min: timeKnown ? receivedMin : -1, timed: false };
  switch (t.kind) {
    case 'same_day': {
      const cutoff =
        rules.sameDayCutoff >= 0
          ? rules.sameDayCutoff
          : t.cutoff !== undefined
            ? clockMinutes(t.cutoff)
            : rules.receiptCutoff;
      const from = start?.day ?? receivedDay;
      const late = start === null && timeKnown && receivedMin >= cutoff;
      const day = !wd.isWorking(from) || late ? wd.next(from) : from;
      const r: Instant = { day, min: rules.officeEnd, timed: false };
      out.push(r);
      return r;
    }
    case 'two_appointments': {
      const first = appointment(t.first, receivedDay, receivedMin, start, rules, wd, out);
      if (first === NEEDS_TIME) return NEEDS_TIME;
      return appointment(
        t.second,
        receivedDay,
        receivedMin,
        rules.secondFromFirst ? first : start,
        rules,
        wd,
        out,
      );
    }
    case 'mixed':
    case 'working_days':
    case 'calendar_days':
    case 'working_hours': {
      const steps: readonly ProcessingStep[] = t.kind === 'mixed' ? t.steps : [t];
      let at: Instant | null = null;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i] as ProcessingStep;
        const base: Instant =
          at ??
          (step.kind === 'working_hours' || (!Number.isInteger(stepDays(step)) && rules.halfDaysFromTime)
            ? hourStart
            : dayStart);
        const next = applyStep(step, base, rules, wd, i === steps.length - 1);
        if (next === NEEDS_TIME) return NEEDS_TIME;
        at = next;
      }
      const r = at ?? dayStart;
      out.push(r);
      return r;
    }
  }
}

/**
 * @internal Every appointment of a processing time, the last being the one
 * that decides timeliness; or NEEDS_TIME. `receivedMin` is -1 when the time
 * of receipt is unknown.
 */
export function computeAppointments(
  t: ProcessingTime,
  receivedDay: number,
  receivedMin: number,
  rules: ResolvedRules,
  wd: WorkDays,
): readonly Instant[] | typeof NEEDS_TIME {
  const out: Instant[] = [];
  const r = appointment(t, receivedDay, receivedMin, null, rules, wd, out);
  return r === NEEDS_TIME ? NEEDS_TIME : out;
}
