/**
 * Reading a report's `period` ("Quý II/2018", "Tháng 3", "2018-06-30") and
 * finding the milestone or occurrence it names. Internal.
 *
 * @module
 */
import { parseDeadline } from '../../deadline/index.js';
import { dayOf, milestoneSpan } from './days.js';

/** @internal A span of day numbers, both ends inclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The days a period text names: an ISO date is that day; deadline text for a
 * date, month, quarter, half-year or year is that period (read in
 * `contextYear` when it names no year). Null when it names none of these.
 *
 * @internal
 */
export function periodSpan(period: string, contextYear: number | undefined): Span | null {
  const iso = dayOf(period.trim());
  if (!Number.isNaN(iso)) return { start: iso, end: iso };
  const d = parseDeadline(period.normalize('NFC'), contextYear === undefined ? {} : { year: contextYear });
  switch (d.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year': {
      const s = milestoneSpan(d);
      return Number.isNaN(s.start) ? null : s;
    }
    default:
      return null;
  }
}

/**
 * The index of the due date (ascending `dues`) a period names: the one equal
 * to the period's last day (its due date), else the first inside the period
 * (an occurrence with a cut-off, "trước ngày 15 của tháng cuối quý", falls
 * inside its quarter); -1 when none.
 *
 * @internal
 */
export function slotOf(span: Span, dues: readonly number[]): number {
  const exact = dues.indexOf(span.end);
  if (exact >= 0) return exact;
  return dues.findIndex((d) => d >= span.start && d <= span.end);
}

/** @internal Memoises {@link periodSpan} for one evaluation. */
export function periodReader(): (period: string, contextYear: number | undefined) => Span | null {
  const cache = new Map<string, Span | null>();
  return (period, contextYear) => {
    const key = `${contextYear ?? ''}|${period}`;
    let hit = cache.get(key);
    if (hit === undefined && !cache.has(key)) {
      hit = periodSpan(period, contextYear);
      cache.set(key, hit);
    }
    return hit ?? null;
  };
}
