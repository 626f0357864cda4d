/**
 * Filling in what a dated expression leaves out (internal): a list's missing
 * years come from the next item ("Quý II và IV năm 2018"), a range's start
 * from its end ("Tháng 11 - 12/2025"), then from the context year; each
 * milestone is then validated.
 *
 * @internal
 * @module
 */
import { formatYmd, isValidYmd } from '../calendar/isoDate.js';
import {
  isFailure,
  type Failure,
  IMPOSSIBLE_DATE,
  IMPOSSIBLE_PERIOD,
  NO_YEAR,
  UNRECOGNISED,
} from './cursor.js';
import { endDay, startDay } from './milestone.js';
import { ctxYear, NEXT_YEAR, type Ctx, type Part } from './part.js';
import type { Milestone } from './types.js';

/** Builds the milestone of a fully resolved part, validating it. */
function build(p: Part): Milestone | Failure {
  const y = p.y as number;
  if (y < 1000 || y > 9999) return IMPOSSIBLE_PERIOD;
  switch (p.k) {
    case 'date': {
      const m = p.m as number;
      if (!isValidYmd(y, m, p.d)) return IMPOSSIBLE_DATE;
      return { kind: 'date', date: formatYmd(y, m, p.d), before: p.before };
    }
    case 'month':
      if (p.shift)
        return p.m === 1
          ? { kind: 'month', year: y - 1, month: 12 }
          : { kind: 'month', year: y, month: p.m - 1 };
      return { kind: 'month', year: y, month: p.m };
    case 'quarter': {
      const q = p.q as 1 | 2 | 3 | 4;
      if (p.shift)
        return q === 1
          ? { kind: 'quarter', year: y - 1, quarter: 4 }
          : { kind: 'quarter', year: y, quarter: (q - 1) as 1 | 2 | 3 };
      return { kind: 'quarter', year: y, quarter: q };
    }
    case 'half':
      if (p.shift)
        return p.h === 1 ? { kind: 'half', year: y - 1, half: 2 } : { kind: 'half', year: y, half: 1 };
      return { kind: 'half', year: y, half: p.h };
    case 'year':
      return { kind: 'year', year: p.shift ? y - 1 : y };
  }
}

/** Fills a relative or missing year from the context (parts are fresh per read, so they are filled in place). */
function withCtx(p: Part, ctx: Ctx): Part | Failure {
  if (p.y !== null && p.y !== NEXT_YEAR) return p;
  const y = ctxYear(ctx);
  if (y === null) return NO_YEAR;
  p.y = p.y === NEXT_YEAR ? y + 1 : p.k === 'year' ? y + p.rel : y;
  return p;
}

/** Missing years (and a date's missing month) come from the next item that has one, then from the context. */
export function resolveList(parts: readonly Part[], ctx: Ctx): Milestone[] | Failure {
  const out: Milestone[] = new Array<Milestone>(parts.length);
  let carryY: number | null = null;
  let carryM: number | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as Part;
    // a year of its own (not "năm sau", which is not lent to the items before)
    const hadYear = p.y !== null && p.y !== NEXT_YEAR;
    if (p.k === 'date' && p.m === null) {
      if (carryM === null) return UNRECOGNISED;
      p.m = carryM;
    }
    if (p.y === null && !(p.k === 'year' && p.rel !== 0) && carryY !== null) p.y = carryY;
    const q = withCtx(p, ctx);
    if (isFailure(q)) return q;
    if (hadYear) carryY = q.y;
    carryM = q.k === 'date' ? q.m : null;
    const m = build(q);
    if (isFailure(m)) return m;
    out[i] = m;
  }
  return out;
}

/** A range's start borrows its missing year (and month) from its end, a year earlier if it would start after it. */
export function resolveRange(a: Part, b: Part, ctx: Ctx): [Milestone, Milestone] | Failure {
  const bb = withCtx(b, ctx);
  if (isFailure(bb)) return bb;
  if (bb.k === 'date' && bb.m === null) return UNRECOGNISED;
  const to = build(bb);
  if (isFailure(to)) return to;
  if (a.k === 'date' && a.m === null) a.m = bb.k === 'date' ? bb.m : null;
  if (a.k === 'date' && a.m === null) return UNRECOGNISED;
  let borrowed = false;
  if (a.y === null && !(a.k === 'year' && a.rel !== 0)) {
    a.y = bb.y;
    borrowed = true;
  }
  const a2 = withCtx(a, ctx);
  if (isFailure(a2)) return a2;
  let from = build(a2);
  if (isFailure(from)) return from;
  if (startDay(from) > endDay(to)) {
    if (!borrowed) return IMPOSSIBLE_PERIOD;
    a2.y = (a2.y as number) - 1;
    from = build(a2);
    if (isFailure(from)) return from;
  }
  return [from, to];
}
