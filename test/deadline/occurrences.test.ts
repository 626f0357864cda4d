import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  compareIsoDates,
  formatYmd,
  type IsoDate,
} from '../../src/calendar/isoDate.js';
import { dueDate, occurrences, parseDeadline } from '../../src/deadline/index.js';
import { deadline } from './arbitraries.js';

const d = (s: string): IsoDate => assertIsoDate(s);
const y2018 = { from: d('2018-01-01'), to: d('2018-12-31') };

describe('occurrences', () => {
  it('places a quarterly cut-off on the 15th of the last month of each quarter', () => {
    expect(occurrences(parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)'), y2018)).toEqual([
      '2018-03-15',
      '2018-06-15',
      '2018-09-15',
      '2018-12-15',
    ]);
  });

  it('gives quarter ends for "Định kỳ hàng quý"', () => {
    expect(occurrences(parseDeadline('Định kỳ hàng quý'), y2018)).toEqual([
      '2018-03-31',
      '2018-06-30',
      '2018-09-30',
      '2018-12-31',
    ]);
  });

  it('places "Mỗi tháng 02 kỳ" on the 15th (14th in February) and the last day', () => {
    expect(
      occurrences(parseDeadline('Mỗi tháng 02 kỳ'), { from: d('2024-01-01'), to: d('2024-03-31') }),
    ).toEqual(['2024-01-15', '2024-01-31', '2024-02-14', '2024-02-29', '2024-03-15', '2024-03-31']);
  });

  it('gives every Friday for "trước 16h00 thứ Sáu hàng tuần"', () => {
    expect(
      occurrences(parseDeadline('trước 16h00 thứ Sáu hàng tuần'), {
        from: d('2026-01-01'),
        to: d('2026-01-31'),
      }),
    ).toEqual(['2026-01-02', '2026-01-09', '2026-01-16', '2026-01-23', '2026-01-30']);
  });

  it('gives Sundays (the week end) for "Hằng tuần", and the 5th for "trước ngày 05 hàng tháng"', () => {
    expect(occurrences(parseDeadline('Hằng tuần'), { from: d('2026-02-01'), to: d('2026-02-14') })).toEqual([
      '2026-02-01',
      '2026-02-08',
    ]);
    expect(
      occurrences(parseDeadline('trước ngày 05 hàng tháng'), { from: d('2025-11-06'), to: d('2026-02-05') }),
    ).toEqual(['2025-12-05', '2026-01-05', '2026-02-05']);
  });

  it('keeps a yearly 29 February inside common years on the 28th', () => {
    expect(
      occurrences(parseDeadline('trước ngày 29 tháng 2 hằng năm'), {
        from: d('2023-01-01'),
        to: d('2024-12-31'),
      }),
    ).toEqual(['2023-02-28', '2024-02-29']);
    expect(
      occurrences(parseDeadline('Tháng 12 hằng năm'), { from: d('2023-01-01'), to: d('2024-12-31') }),
    ).toEqual(['2023-12-31', '2024-12-31']);
  });

  it('gives half-year ends for "định kỳ 6 tháng", bounded by the rule\'s own period', () => {
    expect(
      occurrences(parseDeadline('định kỳ 6 tháng'), { from: d('2016-01-01'), to: d('2017-12-31') }),
    ).toEqual(['2016-06-30', '2016-12-31', '2017-06-30', '2017-12-31']);
    expect(
      occurrences(parseDeadline('Định kỳ hằng quý trong năm 2018'), {
        from: d('2017-01-01'),
        to: d('2019-12-31'),
      }),
    ).toEqual(['2018-03-31', '2018-06-30', '2018-09-30', '2018-12-31']);
  });

  it('lists each milestone of a multi inside the window, and the due date of dated kinds', () => {
    expect(occurrences(parseDeadline('Quý II và IV năm 2018'), y2018)).toEqual(['2018-06-30', '2018-12-31']);
    expect(
      occurrences(parseDeadline('Quý II và IV năm 2018'), { from: d('2018-07-01'), to: d('2018-12-30') }),
    ).toEqual([]);
    expect(
      occurrences(parseDeadline('Tháng 12/2017'), { from: d('2017-12-31'), to: d('2017-12-31') }),
    ).toEqual(['2017-12-31']);
    expect(occurrences(parseDeadline('Khi có văn bản pháp luật mới'), y2018)).toEqual([]);
    expect(occurrences(parseDeadline('Từ năm 2016 và các năm tiếp theo'), y2018)).toEqual([]);
  });

  it('gives nothing for an invalid or reversed window', () => {
    const q = parseDeadline('Định kỳ hàng quý');
    expect(occurrences(q, { from: d('2018-12-31'), to: d('2018-01-01') })).toEqual([]);
    expect(occurrences(q, { from: '2018-02-30' as IsoDate, to: d('2018-12-31') })).toEqual([]);
  });

  it('reads "trước" strictly when asked (the day before; a clock time keeps the day)', () => {
    const strict = { strictBefore: true };
    expect(
      occurrences(parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)'), y2018, strict),
    ).toEqual(['2018-03-14', '2018-06-14', '2018-09-14', '2018-12-14']);
    const jan = { from: d('2026-01-01'), to: d('2026-01-16') };
    expect(occurrences(parseDeadline('trước 16h00 thứ Sáu hàng tuần'), jan, strict)).toEqual([
      '2026-01-02',
      '2026-01-09',
      '2026-01-16',
    ]);
    expect(occurrences(parseDeadline('trước thứ Sáu hàng tuần'), jan, strict)).toEqual([
      '2026-01-01',
      '2026-01-08',
      '2026-01-15',
    ]);
    expect(
      occurrences(
        parseDeadline('chậm nhất trước ngày 25/2, 25/5 và 15/11', { year: 2022 }),
        { from: d('2022-01-01'), to: d('2022-12-31') },
        strict,
      ),
    ).toEqual(['2022-02-24', '2022-05-24', '2022-11-14']);
    expect(occurrences(parseDeadline('Định kỳ hàng quý'), y2018, strict)).toEqual(
      occurrences(parseDeadline('Định kỳ hàng quý'), y2018),
    );
  });

  it('are sorted, unique, inside the window and frozen (property)', () => {
    const day = fc
      .record({ y: fc.integer({ min: 1990, max: 2100 }), doy: fc.integer({ min: 0, max: 364 }) })
      .map(({ y, doy }) => addDays(formatYmd(y, 1, 1), doy));
    fc.assert(
      fc.property(
        deadline,
        day,
        fc.integer({ min: 0, max: 1500 }),
        fc.boolean(),
        (dl, from, len, strictBefore) => {
          const to = addDays(from, len);
          const out = occurrences(dl, { from, to }, { strictBefore });
          expect(Object.isFrozen(out)).toBe(true);
          for (let i = 0; i < out.length; i++) {
            const o = out[i] as IsoDate;
            expect(compareIsoDates(o, from)).toBeGreaterThanOrEqual(0);
            expect(compareIsoDates(o, to)).toBeLessThanOrEqual(0);
            if (i > 0) expect(compareIsoDates(out[i - 1] as IsoDate, o)).toBeLessThan(0);
          }
          // a dated deadline occurs exactly at its due date when the window holds it
          const due = dueDate(dl, { strictBefore });
          if (dl.kind !== 'recurring' && dl.kind !== 'multi' && due !== null) {
            const inside = compareIsoDates(due, from) >= 0 && compareIsoDates(due, to) <= 0;
            expect(out).toEqual(inside ? [due] : []);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
