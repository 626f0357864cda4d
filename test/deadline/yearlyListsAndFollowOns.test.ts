/**
 * Families read since the held-out checks of unseen material: months or days
 * of a yearly rule spread over the year ("Tháng 6 và tháng 12 hằng năm"),
 * reporting periods followed by their cut-off ("Báo cáo quý, 6 tháng trước
 * ngày 20 tháng cuối quý"), a period's own end inside a rule ("Hằng tháng,
 * cuối tháng"), a bracketed day refining a month ("Tháng 12/2025 (trước ngày
 * 20)") and a first deadline followed by ongoing work ("Năm 2024; các năm
 * tiếp theo thực hiện thường xuyên"). No public page holding these exact
 * phrases is cited here: they are tests of the families (UNSOURCED).
 *
 * Every row is read in NFC, NFD, upper case and without diacritics, checked
 * against its meaning and the schema, and its canonical text must read back
 * to the same deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../../src/calendar/isoDate.js';
import {
  type DeadlineContext,
  deadlineSchema,
  dueDate,
  formatDeadline,
  occurrences,
  parseDeadline,
} from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';

interface Row {
  readonly text: string;
  readonly ctx?: DeadlineContext;
  readonly is: Record<string, unknown>;
  readonly due: string | null;
  /** Due dates in 2025. */
  readonly occurs?: readonly string[];
}

const y2025: DeadlineContext = { year: 2025 };
const period: DeadlineContext = { period: { from: 2021, to: 2025 } };

const rows: Record<string, Row[]> = {
  'months of a yearly rule, spread over the year': [
    {
      text: 'Tháng 6 và tháng 12 hằng năm',
      is: { kind: 'recurring', every: 'half', times: 1, cutoff: null, from: null, until: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'Tháng 6 và tháng 12 hằng năm',
      ctx: period,
      is: { kind: 'recurring', every: 'half', cutoff: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'tháng 6, tháng 12 hàng năm',
      is: { kind: 'recurring', every: 'half', cutoff: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'Tháng 6 và 12 hằng năm',
      is: { kind: 'recurring', every: 'half', cutoff: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'Hằng năm, tháng 12 và tháng 6',
      is: { kind: 'recurring', every: 'half', cutoff: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'Tháng 3, tháng 6, tháng 9 và tháng 12 hằng năm',
      is: { kind: 'recurring', every: 'quarter', cutoff: null },
      due: null,
      occurs: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
    },
    {
      text: 'Trước ngày 15/6 và 15/12 hằng năm',
      is: {
        kind: 'recurring',
        every: 'half',
        cutoff: { kind: 'day-of-month', day: 15, month: 'last', before: true },
      },
      due: null,
      occurs: ['2025-06-15', '2025-12-15'],
    },
    {
      text: 'trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm',
      is: {
        kind: 'recurring',
        every: 'half',
        cutoff: { kind: 'day-of-month', day: 15, month: 'last', before: true },
      },
      due: null,
      occurs: ['2025-06-15', '2025-12-15'],
    },
    {
      text: 'Ngày 10/01 và 10/07 hằng năm',
      is: {
        kind: 'recurring',
        every: 'half',
        cutoff: { kind: 'day-of-month', day: 10, month: 'first', before: false },
      },
      due: null,
      occurs: ['2025-01-10', '2025-07-10'],
    },
    {
      text: 'trước ngày 20/3, 20/6, 20/9 và 20/12 hằng năm',
      is: {
        kind: 'recurring',
        every: 'quarter',
        cutoff: { kind: 'day-of-month', day: 20, month: 'last', before: true },
      },
      due: null,
      occurs: ['2025-03-20', '2025-06-20', '2025-09-20', '2025-12-20'],
    },
    {
      text: 'Tháng 6 và tháng 12 hằng năm trong giai đoạn 2021-2025',
      is: {
        kind: 'recurring',
        every: 'half',
        from: { kind: 'year', year: 2021 },
        until: { kind: 'year', year: 2025 },
      },
      due: '2025-12-31',
      occurs: ['2025-06-30', '2025-12-31'],
    },
  ],
  'reporting periods, then their cut-off': [
    {
      text: 'Báo cáo quý, 6 tháng trước ngày 20 tháng cuối quý',
      is: {
        kind: 'recurring',
        every: 'quarter',
        times: 1,
        cutoff: { kind: 'day-of-month', day: 20, month: 'last', before: true },
      },
      due: null,
      occurs: ['2025-03-20', '2025-06-20', '2025-09-20', '2025-12-20'],
    },
    {
      text: 'Quý, 6 tháng, năm: chậm nhất ngày 20 của tháng cuối kỳ báo cáo',
      is: {
        kind: 'recurring',
        every: 'quarter',
        cutoff: { kind: 'day-of-month', day: 20, month: 'last', before: false },
      },
      due: null,
      occurs: ['2025-03-20', '2025-06-20', '2025-09-20', '2025-12-20'],
    },
    {
      text: 'Báo cáo 6 tháng, năm trước ngày 15 của tháng cuối kỳ',
      is: {
        kind: 'recurring',
        every: 'half',
        cutoff: { kind: 'day-of-month', day: 15, month: 'last', before: true },
      },
      due: null,
      occurs: ['2025-06-15', '2025-12-15'],
    },
  ],
  "a rule due at its period's end": [
    {
      text: 'Hằng tháng, cuối tháng',
      is: { kind: 'recurring', every: 'month', times: 1, cutoff: null, from: null, until: null },
      due: null,
      occurs: ['2025-01-31', '2025-02-28', '2025-03-31'],
    },
    {
      text: 'Cuối tháng, hàng tháng',
      is: { kind: 'recurring', every: 'month', cutoff: null },
      due: null,
      occurs: ['2025-01-31', '2025-02-28', '2025-03-31'],
    },
    {
      text: 'Hằng quý, vào cuối quý',
      is: { kind: 'recurring', every: 'quarter', cutoff: null },
      due: null,
      occurs: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
    },
    {
      text: 'Định kỳ 6 tháng, cuối kỳ',
      is: { kind: 'recurring', every: 'half', cutoff: null },
      due: null,
      occurs: ['2025-06-30', '2025-12-31'],
    },
    {
      text: 'Hằng tháng (cuối tháng) trong năm 2025',
      is: {
        kind: 'recurring',
        every: 'month',
        cutoff: null,
        from: { kind: 'year', year: 2025 },
        until: { kind: 'year', year: 2025 },
      },
      due: '2025-12-31',
    },
  ],
  'a bracketed day of a month': [
    {
      text: 'Tháng 12/2025 (trước ngày 20)',
      is: { kind: 'date', date: '2025-12-20', before: true },
      due: '2025-12-20',
    },
    {
      text: 'Tháng 12/2025 (chậm nhất ngày 20)',
      is: { kind: 'date', date: '2025-12-20', before: false },
      due: '2025-12-20',
    },
    {
      text: 'Tháng 6/2025 (trước ngày 15).',
      is: { kind: 'date', date: '2025-06-15', before: true },
      due: '2025-06-15',
    },
    {
      text: 'Tháng 12 (trước ngày 20)',
      ctx: y2025,
      is: { kind: 'date', date: '2025-12-20', before: true },
      due: '2025-12-20',
    },
  ],
  'a first deadline, then ongoing': [
    {
      text: 'Năm 2024; các năm tiếp theo thực hiện thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'year', year: 2025 },
        to: null,
        completeBy: { kind: 'year', year: 2024 },
      },
      due: '2024-12-31',
    },
    {
      text: 'Năm 2024, các năm sau duy trì thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'year', year: 2025 },
        to: null,
        completeBy: { kind: 'year', year: 2024 },
      },
      due: '2024-12-31',
    },
    {
      text: 'Năm 2024; những năm tiếp theo thực hiện thường xuyên',
      is: { kind: 'range', from: { kind: 'year', year: 2025 }, completeBy: { kind: 'year', year: 2024 } },
      due: '2024-12-31',
    },
    {
      text: 'Quý IV/2024; các năm tiếp theo thực hiện thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'year', year: 2025 },
        to: null,
        completeBy: { kind: 'quarter', year: 2024, quarter: 4 },
      },
      due: '2024-12-31',
    },
    {
      text: 'Quý II/2024; các quý tiếp theo thực hiện thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'quarter', year: 2024, quarter: 3 },
        to: null,
        completeBy: { kind: 'quarter', year: 2024, quarter: 2 },
      },
      due: '2024-06-30',
    },
    {
      text: 'Tháng 12/2024; các tháng tiếp theo thực hiện thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'month', year: 2025, month: 1 },
        to: null,
        completeBy: { kind: 'month', year: 2024, month: 12 },
      },
      due: '2024-12-31',
    },
    {
      text: 'Năm 2024; từ năm 2025 thực hiện thường xuyên',
      is: {
        kind: 'range',
        from: { kind: 'year', year: 2025 },
        to: null,
        completeBy: { kind: 'year', year: 2024 },
      },
      due: '2024-12-31',
    },
    {
      text: 'Năm 2024; các năm tiếp theo thực hiện hằng năm',
      is: { kind: 'recurring', every: 'year', from: { kind: 'year', year: 2024 }, until: null },
      due: null,
      occurs: ['2025-12-31'],
    },
  ],
};

/** The same text without diacritics (Đ → D). */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

describe('yearly lists, periods with their cut-off, period ends, bracketed days, follow-ons', () => {
  for (const [family, list] of Object.entries(rows)) {
    describe(family, () => {
      it.each(list.map((r) => [`${r.text} (context ${JSON.stringify(r.ctx ?? null)})`, r] as const))(
        '%s',
        (_n, r) => {
          const d = parseDeadline(r.text, r.ctx);
          expect(d).toMatchObject(r.is);
          expect(d.raw).toBe(r.text);
          expect(dueDate(d)).toBe(r.due);
          expect(deadlineSchema().safeParse(d).success).toBe(true);
          expect(Object.isFrozen(d)).toBe(true);
          if (r.occurs !== undefined) {
            const window = { from: assertIsoDate('2025-01-01'), to: assertIsoDate('2025-12-31') };
            const got = occurrences(d, window);
            expect(r.occurs.length < 4 ? got.slice(0, r.occurs.length) : got).toEqual(r.occurs);
          }
          // NFD, upper case and no diacritics read the same
          const same = withoutRaw(d);
          for (const v of [r.text.normalize('NFD'), r.text.toUpperCase(), plain(r.text)])
            expect(withoutRaw(parseDeadline(v, r.ctx)), v).toEqual(same);
          // the canonical text reads back to the same deadline, without the context
          expect(withoutRaw(parseDeadline(formatDeadline(d)))).toEqual(same);
        },
      );
    });
  }

  it('leaves months of a yearly rule that no period repeats unread, with a reason', () => {
    for (const text of [
      'Tháng 6 và tháng 11 hằng năm',
      'Tháng 3 và tháng 9 hằng năm',
      'tháng 1, 5 và 9 hằng năm',
      'Trước ngày 15/6 và 20/12 hằng năm',
    ])
      expect(parseDeadline(text), text).toMatchObject({ kind: 'unknown', reason: 'unrecognised' });
    // "cuối tháng" in a quarterly rule names no one month: still ambiguous
    expect(parseDeadline('Hằng quý, cuối tháng')).toMatchObject({ kind: 'unknown', reason: 'ambiguous' });
    // a day that the month does not have is not moved into another month
    expect(parseDeadline('Tháng 02/2025 (trước ngày 30)').kind).toBe('unknown');
  });

  it('reads any two months six apart, or four three apart, at the periods’ ends only (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.constantFrom('hằng năm', 'hàng năm', 'hang nam'),
        (m, swap, each) => {
          const pair = swap ? [m + 6, m] : [m, m + 6];
          const d = parseDeadline(`Tháng ${pair[0]} và tháng ${pair[1]} ${each}`);
          if (m === 6) expect(d).toMatchObject({ kind: 'recurring', every: 'half', cutoff: null });
          else expect(d).toMatchObject({ kind: 'unknown', reason: 'unrecognised' });
        },
      ),
    );
  });

  it('reads the same day of each half-year or quarter as a day of the period (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (k, day, offset, before) => {
          const span = 12 / k;
          const first = 1 + (offset % span);
          const dates = Array.from({ length: k }, (_, i) => `${day}/${first + i * span}`);
          const text = `${before ? 'trước ' : ''}ngày ${dates.join(', ')} hằng năm`;
          const d = parseDeadline(text);
          const month = first === span ? 'last' : first === 1 ? 'first' : first;
          expect(d, text).toMatchObject({
            kind: 'recurring',
            every: k === 2 ? 'half' : 'quarter',
            cutoff: { kind: 'day-of-month', day, month, before },
          });
          const got = occurrences(d, { from: assertIsoDate('2025-01-01'), to: assertIsoDate('2025-12-31') });
          expect(got).toEqual(
            dates.map((s) => {
              const [dd, mm] = s.split('/').map(Number) as [number, number];
              return `2025-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
            }),
          );
        },
      ),
    );
  });

  it('reads a bracketed day as that day of the month before it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2016, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('trước ngày', 'chậm nhất ngày', 'truoc ngay'),
        (year, month, day, words) => {
          const text = `Tháng ${month}/${year} (${words} ${day})`;
          const d = parseDeadline(text);
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          if (day > last) expect(d.kind, text).toBe('unknown');
          else
            expect(d, text).toMatchObject({
              kind: 'date',
              date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
              before: !words.startsWith('ch'),
            });
        },
      ),
    );
  });

  it('reads a first deadline then "các năm tiếp theo" as due then, going on after (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2016, max: 2030 }),
        fc.constantFrom(';', ','),
        fc.constantFrom('các năm tiếp theo', 'những năm tiếp theo', 'các năm sau', 'cac nam tiep theo'),
        fc.constantFrom('thực hiện thường xuyên', 'duy trì thường xuyên', 'thường xuyên', ''),
        (year, sep, next, rest) => {
          const text = `Năm ${year}${sep} ${next} ${rest}`.trim();
          const d = parseDeadline(text);
          expect(d, text).toMatchObject({
            kind: 'range',
            from: { kind: 'year', year: year + 1 },
            to: null,
            completeBy: { kind: 'year', year },
          });
          expect(dueDate(d)).toBe(`${year}-12-31`);
        },
      ),
    );
  });
});
