/**
 * Milestone arithmetic: first and last day of each dated point (internal).
 *
 * @internal
 * @module
 */
import {
  dayNumberFromYmd,
  daysInMonth,
  toDayNumber,
  fromDayNumber,
  type IsoDate,
} from '../calendar/isoDate.js';
import { CchcError, issue } from '../core/result.js';
import type { Deadline, Milestone } from './types.js';

/** Day number of the first day a milestone covers. */
export function milestoneStart(m: Milestone): number {
  if (m.kind === 'date') toDayNumber(m.date);
  else checkPeriod(m);
  return startDay(m);
}

/** Day number of the last day a milestone covers (its due day). */
export function milestoneEnd(m: Milestone): number {
  if (m.kind === 'date') toDayNumber(m.date);
  else checkPeriod(m);
  return endDay(m);
}

/**
 * {@link milestoneStart} of a milestone known to be real (the parser's own,
 * built from checked parts), without the checks: the parser needs none of
 * the error reporting, and its bundle stays small.
 */
export function startDay(m: Milestone): number {
  switch (m.kind) {
    case 'date':
      return dateDay(m.date);
    case 'month':
      return dayNumberFromYmd(m.year, m.month, 1);
    case 'quarter':
      return dayNumberFromYmd(m.year, m.quarter * 3 - 2, 1);
    case 'half':
      return dayNumberFromYmd(m.year, m.half === 1 ? 1 : 7, 1);
    case 'year':
      return dayNumberFromYmd(m.year, 1, 1);
  }
}

/** {@link milestoneEnd} of a milestone known to be real, without the checks (see {@link startDay}). */
export function endDay(m: Milestone): number {
  switch (m.kind) {
    case 'date':
      return dateDay(m.date);
    case 'month':
      return dayNumberFromYmd(m.year, m.month, daysInMonth(m.year, m.month));
    case 'quarter':
      return dayNumberFromYmd(m.year, m.quarter * 3, daysInMonth(m.year, m.quarter * 3));
    case 'half':
      return dayNumberFromYmd(m.year, m.half === 1 ? 6 : 12, m.half === 1 ? 30 : 31);
    case 'year':
      return dayNumberFromYmd(m.year, 12, 31);
  }
}

/** The day number of a real date "yyyy-mm-dd". */
function dateDay(date: string): number {
  return dayNumberFromYmd(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * The due date of a milestone as an {@link IsoDate}. A milestone built by hand
 * that names no real day (`{ kind: 'month', year: 2018, month: 13 }`, a date
 * string that is not a date) throws a CchcError (`invalid_date`) here and in
 * {@link milestoneStart} / {@link milestoneEnd}, rather than rolling over into
 * another year or handing the string back.
 */
export function milestoneDue(m: Milestone): IsoDate {
  if (m.kind !== 'date') return fromDayNumber(milestoneEnd(m));
  toDayNumber(m.date); // throws invalid_date for a string that is not a date
  return m.date;
}

/** Throws invalid_date unless a month, quarter, half or year milestone names a real period. */
function checkPeriod(m: Exclude<Milestone, { kind: 'date' }>): void {
  if (isRealPeriod(m)) return;
  const shown = JSON.stringify(m, (_, v: unknown) => (typeof v === 'number' ? String(v) : v));
  throw new CchcError([
    issue([], 'invalid_date', `Mốc thời hạn không có thật: ${shown}`, `No such milestone: ${shown}`),
  ]);
}

/** Whether a month, quarter, half or year milestone names a real period of years 1–9999. */
function isRealPeriod(m: Exclude<Milestone, { kind: 'date' }>): boolean {
  if (!Number.isInteger(m.year) || m.year < 1 || m.year > 9999) return false;
  switch (m.kind) {
    case 'month':
      return Number.isInteger(m.month) && m.month >= 1 && m.month <= 12;
    case 'quarter':
      return m.quarter === 1 || m.quarter === 2 || m.quarter === 3 || m.quarter === 4;
    case 'half':
      return m.half === 1 || m.half === 2;
    case 'year':
      return true;
  }
}

/** Orders real milestones by due day, then by start (a day before the month ending on it). */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return endDay(a) - endDay(b) || startDay(b) - startDay(a);
}

/** Whether two milestones are the same value. */
export function sameMilestone(a: Milestone, b: Milestone): boolean {
  switch (a.kind) {
    case 'date':
      return b.kind === 'date' && a.date === b.date && a.before === b.before;
    case 'month':
      return b.kind === 'month' && a.year === b.year && a.month === b.month;
    case 'quarter':
      return b.kind === 'quarter' && a.year === b.year && a.quarter === b.quarter;
    case 'half':
      return b.kind === 'half' && a.year === b.year && a.half === b.half;
    case 'year':
      return b.kind === 'year' && a.year === b.year;
  }
}

/** Sorts real milestones by due day (in place) and returns them without repeats. */
export function sortedUnique(ms: Milestone[]): Milestone[] {
  // insertion sort, stable: lists here are a few milestones long, where it beats sort() with a comparator
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Milestone;
    let j = i;
    for (; j > 0 && compareMilestones(ms[j - 1] as Milestone, m) > 0; j--) ms[j] = ms[j - 1] as Milestone;
    ms[j] = m;
  }
  const unique: Milestone[] = [];
  for (const m of ms) {
    const last = unique.length > 0 ? unique[unique.length - 1] : undefined;
    if (last === undefined || !sameMilestone(m, last)) unique.push(m);
  }
  return unique;
}

/** The kinds a part of a per-line `multi` may have. */
export const PART_KINDS: ReadonlySet<Deadline['kind']> = new Set([
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'multi',
  'range',
  'continuous',
]);

/**
 * The due milestones of the parts of a per-line `multi`, sorted and without
 * repeats: a dated part itself, a multi's milestones, a range's end (or its
 * `completeBy`), a continuous part's `until`. Parts without one add nothing.
 */
export function partsMilestones(parts: readonly Deadline[]): Milestone[] {
  const out: Milestone[] = [];
  for (const p of parts) {
    switch (p.kind) {
      case 'date':
        out.push({ kind: 'date', date: p.date, before: p.before });
        break;
      case 'month':
        out.push({ kind: 'month', year: p.year, month: p.month });
        break;
      case 'quarter':
        out.push({ kind: 'quarter', year: p.year, quarter: p.quarter });
        break;
      case 'half':
        out.push({ kind: 'half', year: p.year, half: p.half });
        break;
      case 'year':
        out.push({ kind: 'year', year: p.year });
        break;
      case 'multi':
        for (const m of p.milestones) out.push(m);
        break;
      case 'range': {
        const end = p.to ?? p.completeBy ?? null;
        if (end !== null) out.push(end);
        break;
      }
      case 'continuous':
        if (p.until !== null) out.push(p.until);
        break;
      default:
        break;
    }
  }
  return sortedUnique(out);
}
