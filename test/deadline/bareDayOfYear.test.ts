/**
 * A yearly rule whose day is written bare, without "ngày": "Trước 30/11 hằng
 * năm", "Hằng năm, trước 15/12", "Chậm nhất 20/11 hàng năm". Plans write
 * both forms for the same duty; the bare one must mean what "trước ngày 30/11
 * hằng năm" means — a day of every year — and never a single date in the
 * plan's year (which would end the rule after one occurrence), nor "no year".
 * These are tests of the family (UNSOURCED as exact phrases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIsoDate, daysInMonth } from '../../src/calendar/isoDate.js';
import { deadlineSchema, formatDeadline, occurrences, parseDeadline } from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';

const plain = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const window2026 = { from: assertIsoDate('2026-01-01'), to: assertIsoDate('2027-12-31') };

describe('a bare day and month in a yearly rule', () => {
  it.each([
    ['Trước 30/11 hằng năm', 11, 30, true],
    ['trước 30/11 hàng năm', 11, 30, true],
    ['Chậm nhất 20/11 hằng năm', 11, 20, false],
    ['Hằng năm, trước 15/12', 12, 15, true],
    ['Hằng năm (trước 15/12)', 12, 15, true],
    ['30/11 hằng năm', 11, 30, false],
    ['Báo cáo định kỳ trước 15/12 hằng năm', 12, 15, true],
    ['Trước 31/12 hằng năm', 12, 31, true],
  ] as const)('%s is the same day every year', (text, month, day, before) => {
    const written = parseDeadline(text.replace(/(\d+\/\d+)/, 'ngày $1'));
    for (const ctx of [undefined, { year: 2026 }, { period: { from: 2026, to: 2030 } }]) {
      const d = parseDeadline(text, ctx);
      expect(d, `${text} ${JSON.stringify(ctx)}`).toMatchObject({
        kind: 'recurring',
        every: 'year',
        cutoff: { kind: 'day-of-year', month, day, before },
        until: null,
      });
      expect(deadlineSchema().safeParse(d).success).toBe(true);
      // the same as with "ngày" written
      expect(withoutRaw(d)).toEqual(withoutRaw(parseDeadline(text.replace(/(\d+\/\d+)/, 'ngày $1'), ctx)));
    }
    expect(withoutRaw(parseDeadline(text))).toEqual(withoutRaw(written));
    const d = parseDeadline(text);
    expect(occurrences(d, window2026)).toEqual([
      `2026-${String(month).padStart(2, '0')}-${day}`,
      `2027-${String(month).padStart(2, '0')}-${day}`,
    ]);
    for (const v of [text.normalize('NFD'), text.toUpperCase(), plain(text)])
      expect(withoutRaw(parseDeadline(v)), v).toEqual(withoutRaw(d));
    expect(withoutRaw(parseDeadline(formatDeadline(d)))).toEqual(withoutRaw(d));
  });

  it('reads two or four bare days spread over the year as the half-yearly or quarterly rule', () => {
    expect(parseDeadline('Trước 15/6 và 15/12 hằng năm')).toMatchObject({
      kind: 'recurring',
      every: 'half',
      cutoff: { kind: 'day-of-month', day: 15, month: 'last', before: true },
    });
    expect(withoutRaw(parseDeadline('Trước 15/6 và 15/12 hằng năm'))).toEqual(
      withoutRaw(parseDeadline('Trước ngày 15/6 và 15/12 hằng năm')),
    );
  });

  it('keeps a day with its year a date, and refuses a day the month lacks', () => {
    expect(parseDeadline('Trước 30/11/2026 hằng năm')).not.toMatchObject({
      cutoff: { kind: 'day-of-year' },
    });
    expect(parseDeadline('Trước 31/11 hằng năm')).toMatchObject({
      kind: 'unknown',
      reason: 'impossible-date',
    });
    expect(parseDeadline('Trước 30/13 hằng năm')).toMatchObject({
      kind: 'unknown',
      reason: 'impossible-date',
    });
    // a bare day of a monthly or quarterly rule is not a day of the year
    expect(parseDeadline('Hằng quý, trước 15/12').kind).not.toBe('recurring');
  });

  it('reads any real day of the year, with or without "ngày", alike (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('Trước', 'Chậm nhất', ''),
        fc.constantFrom('hằng năm', 'hàng năm', 'hang nam'),
        fc.boolean(),
        (month, rawDay, lead, each, pad) => {
          const day = Math.min(rawDay, daysInMonth(2000, month));
          const dm = pad
            ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`
            : `${day}/${month}`;
          const bare = `${lead} ${dm} ${each}`.trim();
          const withNgay = `${lead} ngày ${dm} ${each}`.trim();
          const d = parseDeadline(bare, { year: 2026 });
          expect(d, bare).toMatchObject({
            kind: 'recurring',
            every: 'year',
            cutoff: { kind: 'day-of-year', month, day },
          });
          expect(withoutRaw(d)).toEqual(withoutRaw(parseDeadline(withNgay, { year: 2026 })));
        },
      ),
    );
  });
});
