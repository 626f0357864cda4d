/** The examples of docs/deadlines.md and of the TSDoc comments, checked. */
import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../../src/calendar/isoDate.js';
import {
  deadlineSchema,
  dueDate,
  formatDeadline,
  occurrences,
  parseDeadline,
} from '../../src/deadline/index.js';

describe('docs/deadlines.md examples', () => {
  it('the first example', () => {
    const d = parseDeadline('Quý II và IV năm 2018');
    expect(d.kind).toBe('multi');
    expect(dueDate(d)).toBe('2018-12-31');
    expect(occurrences(d, { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2018-12-31') })).toEqual([
      '2018-06-30',
      '2018-12-31',
    ]);
    expect(formatDeadline(d)).toBe('Quý II và Quý IV/2018');
    expect(parseDeadline('Quý III', { year: 2016 })).toMatchObject({
      kind: 'quarter',
      year: 2016,
      quarter: 3,
    });
    expect(dueDate(parseDeadline('Thường xuyên', { year: 2018 }))).toBe('2018-12-31');
  });

  it('the strict reading of "trước ngày"', () => {
    const d = parseDeadline('trước ngày 15/11/2022');
    expect(dueDate(d)).toBe('2022-11-15');
    expect(dueDate(d, { strictBefore: true })).toBe('2022-11-14');
    const q = parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)');
    const y = { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2018-12-31') };
    expect(occurrences(q, y, { strictBefore: true })).toEqual([
      '2018-03-14',
      '2018-06-14',
      '2018-09-14',
      '2018-12-14',
    ]);
    expect(occurrences(parseDeadline('trước ngày 05 hàng tháng'), y, { strictBefore: true }).at(0)).toBe(
      '2018-01-04',
    );
    expect(dueDate(parseDeadline('trước ngày 15/11/2022'), { strictBefore: true })).toBe('2022-11-14');
  });

  it('a hand-read deadline stored in structured form', () => {
    const r = deadlineSchema().safeParse({
      kind: 'recurring',
      raw: '02 năm một lần',
      every: 'year',
      times: 1,
      cutoff: null,
      from: null,
      until: null,
      events: [],
    });
    expect(r.success).toBe(true);
  });

  it("the context: a yearly duty across the period, or that year's date", () => {
    const period = { from: 2016, to: 2020 };
    const yearly = parseDeadline('trước ngày 15 tháng 12', { period });
    expect(yearly.kind).toBe('recurring');
    expect(dueDate(yearly)).toBe('2020-12-31');
    expect(
      occurrences(yearly, { from: assertIsoDate('2016-01-01'), to: assertIsoDate('2017-12-31') }),
    ).toEqual(['2016-12-15', '2017-12-15']);
    expect(dueDate(parseDeadline('trước ngày 15 tháng 12', { year: 2017, period }))).toBe('2017-12-15');
  });

  it('completeBy and parts', () => {
    const d = parseDeadline('Hoàn thành và triển khai từ năm 2017');
    expect(d).toEqual({
      kind: 'range',
      raw: 'Hoàn thành và triển khai từ năm 2017',
      from: { kind: 'year', year: 2017 },
      to: null,
      completeBy: { kind: 'year', year: 2017 },
    });
    expect(dueDate(d)).toBe('2017-12-31');
    const cell = parseDeadline('Trong quý IV/2017\nTừ quý IV/2017', { year: 2017 });
    expect(cell.kind).toBe('multi');
    expect(dueDate(cell)).toBe('2017-12-31');
    expect(formatDeadline(cell)).toBe('Quý IV/2017\nTừ quý IV/2017');
    expect(parseDeadline('Trước ngày 25 của tháng cuối quý').kind).toBe('recurring');
    expect(parseDeadline('Giữa năm 2019')).toMatchObject({ kind: 'unknown', reason: 'ambiguous' });
    expect(formatDeadline(parseDeadline('ngày 20 tháng cuối mỗi quý'))).toBe(
      'Định kỳ hằng quý, ngày 20 của tháng cuối quý',
    );
  });

  it('the TSDoc examples', () => {
    expect(dueDate(parseDeadline('Giai đoạn 2016-2020'))).toBe('2020-12-31');
    expect(dueDate(parseDeadline('Khi có văn bản pháp luật mới'))).toBeNull();
    expect(dueDate({ kind: 'half', year: 2018, half: 1 })).toBe('2018-06-30');
    expect(formatDeadline(parseDeadline('Quý I / 2018'))).toBe('Quý I/2018');
    expect(formatDeadline(parseDeadline('Giai đoạn 20162020'))).toBe('Giai đoạn 2016-2020');
    expect(formatDeadline(parseDeadline('Thường xuyên', { year: 2018 }))).toBe('Thường xuyên trong năm 2018');
    expect(parseDeadline('Quý V/2018')).toMatchObject({ kind: 'unknown', reason: 'impossible-period' });
    expect(parseDeadline('Trong năm 2019')).toMatchObject({ kind: 'year', year: 2019 });
    expect(parseDeadline('6 tháng đầu năm 2018')).toMatchObject({ kind: 'half', year: 2018, half: 1 });
    expect(parseDeadline('Định kỳ hàng quý')).toMatchObject({ kind: 'recurring', every: 'quarter' });
    expect(parseDeadline('Thường xuyên', { year: 2018 })).toMatchObject({
      kind: 'continuous',
      until: { kind: 'year', year: 2018 },
    });
  });
});
