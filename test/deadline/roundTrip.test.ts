import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Deadline,
  deadlineSchema,
  formatDeadline,
  occurrences,
  parseDeadline,
} from '../../src/deadline/index.js';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { deadline, withoutRaw } from './arbitraries.js';

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/**
 * What a deadline reads back as: itself, except a rule bounded to the one
 * period it names with a day of one of its months ("Quý IV/2025 (trước ngày
 * 20 tháng cuối quý)"), which reads back as that day — the one occurrence
 * `occurrences` gives, when that day exists in its month.
 */
function canonical(d: Deadline): Deadline {
  if (d.kind !== 'recurring' || d.times !== 1 || d.events.length > 0 || d.cutoff?.kind !== 'day-of-month')
    return d;
  const { from, until } = d;
  if (
    from === null ||
    until === null ||
    from.kind !== d.every ||
    JSON.stringify(from) !== JSON.stringify(until)
  )
    return d;
  const y = from.year;
  const occ = occurrences(d, { from: `${y - 1}-01-01` as IsoDate, to: `${y + 1}-12-31` as IsoDate });
  const only = occ[0];
  if (occ.length !== 1 || only === undefined || Number(only.slice(8)) !== d.cutoff.day) return d;
  return { kind: 'date', date: only, before: d.cutoff.before, raw: d.raw };
}

describe('formatDeadline then parseDeadline', () => {
  it('gives back an equal deadline (apart from raw)', () => {
    fc.assert(
      fc.property(deadline, (d) => {
        expect(deadlineSchema().safeParse(d).success).toBe(true);
        const text = formatDeadline(d);
        const back = parseDeadline(text);
        expect(withoutRaw(back)).toEqual(withoutRaw(canonical(d)));
        expect(back.raw).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads NFD, upper case and doubled spaces the same as the clean text', () => {
    fc.assert(
      fc.property(deadline, (d) => {
        const text = formatDeadline(d);
        const clean = withoutRaw(parseDeadline(text));
        expect(withoutRaw(parseDeadline(text.normalize('NFD')))).toEqual(clean);
        expect(withoutRaw(parseDeadline(`  ${text.replace(/ /g, '   ')} `))).toEqual(clean);
        // event texts are kept lower-cased, so case changes nothing either
        expect(withoutRaw(parseDeadline(text.toUpperCase()))).toEqual(clean);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads text without diacritics the same (when it names no event)', () => {
    const hasEvents = (d: Deadline): boolean =>
      d.kind === 'event' ||
      (d.kind === 'continuous' && d.event !== null) ||
      (d.kind === 'recurring' && d.events.length > 0) ||
      (d.kind === 'multi' && d.parts !== undefined && d.parts.some(hasEvents));
    const noEvents = deadline.filter((d) => !hasEvents(d));
    fc.assert(
      fc.property(noEvents, (d) => {
        expect(withoutRaw(parseDeadline(stripMarks(formatDeadline(d))))).toEqual(withoutRaw(canonical(d)));
      }),
      { numRuns: 1500 },
    );
  });
});
