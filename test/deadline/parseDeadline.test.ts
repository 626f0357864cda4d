import { describe, expect, it } from 'vitest';
import { dueDate, formatDeadline, parseDeadline } from '../../src/deadline/index.js';

describe('parseDeadline: the forms of DOMAIN.md', () => {
  const cases: [string, number | undefined, string, string | null][] = [
    ['Tháng 12/2017', undefined, 'month', '2017-12-31'],
    ['Quý II/ 2018', undefined, 'quarter', '2018-06-30'],
    ['Quý I / 2018', undefined, 'quarter', '2018-03-31'],
    ['6 tháng đầu năm', 2018, 'half', '2018-06-30'],
    ['Kế hoạch năm 2018', undefined, 'year', '2018-12-31'],
    ['trước ngày 15/11/2022', undefined, 'date', '2022-11-15'],
    ['Quý II và IV năm 2018', undefined, 'multi', '2018-12-31'],
    ['Giai đoạn 20162020', undefined, 'range', '2020-12-31'],
    ['Từ năm 2016 và các năm tiếp theo', undefined, 'range', null],
    ['Thường xuyên', 2018, 'continuous', '2018-12-31'],
    ['Định kỳ hàng quý và đột xuất khi có yêu cầu', undefined, 'recurring', null],
    ['Khi có văn bản pháp luật mới', undefined, 'event', null],
    ['Quý V/2018', undefined, 'unknown', null],
    ['30/02/2019', undefined, 'unknown', null],
  ];
  it.each(cases)('%s (context %s) is %s due %s', (text, year, kind, due) => {
    const d = parseDeadline(text, year === undefined ? undefined : { year });
    expect(d.kind).toBe(kind);
    expect(dueDate(d)).toBe(due);
    expect(d.raw).toBe(text);
    expect(Object.isFrozen(d)).toBe(true);
  });

  it('formats canonically', () => {
    expect(formatDeadline(parseDeadline('Quy II va IV nam 2018'))).toBe('Quý II và Quý IV/2018');
    expect(formatDeadline(parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)'))).toBe(
      'Định kỳ hằng quý, trước ngày 15 của tháng cuối quý',
    );
  });
});
