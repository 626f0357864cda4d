import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Deadline, deadlineSchema, formatDeadline, parseDeadline } from '../../src/deadline/index.js';
import { deadline, withoutRaw } from './arbitraries.js';

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

describe('formatDeadline then parseDeadline', () => {
  it('gives back an equal deadline (apart from raw)', () => {
    fc.assert(
      fc.property(deadline, (d) => {
        expect(deadlineSchema.safeParse(d).success).toBe(true);
        const text = formatDeadline(d);
        const back = parseDeadline(text);
        expect(withoutRaw(back)).toEqual(withoutRaw(d));
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
        expect(withoutRaw(parseDeadline(stripMarks(formatDeadline(d))))).toEqual(withoutRaw(d));
      }),
      { numRuns: 1500 },
    );
  });
});
