/**
 * A deadline day preceded by the hour it falls at ("trước 7h00 sáng ngày
 * 01/7/2025", the form of Văn bản 986/VPUBND-PVHCC of the Văn phòng UBND tỉnh
 * Ninh Bình, 2025) and a deadline led by "nộp" ("nộp trước 15/12", Quy định
 * 11-QĐ/TU, mục II.7): the day is the deadline. Other hours and verbs are
 * tests of the family.
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';

const plain = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('an hour written before the day', () => {
  it.each([
    ['trước 7h00 sáng ngày 01/7/2025', '2025-07-01', true],
    ['Trước 7h00 ngày 01/7/2025', '2025-07-01', true],
    ['Trước 7h ngày 01/7/2025', '2025-07-01', true],
    ['trước 17 giờ 30 phút ngày 15/12/2025', '2025-12-15', true],
    ['trước 16:30 chiều ngày 15/12/2025', '2025-12-15', true],
    ['Chậm nhất 17h00 ngày 31/12/2025', '2025-12-31', false],
    ['nộp trước 15/12/2025', '2025-12-15', true],
    ['Nộp trước ngày 15/12/2025', '2025-12-15', true],
  ] as const)('%s', (text, date, before) => {
    const d = parseDeadline(text);
    expect(d).toMatchObject({ kind: 'date', date, before });
    for (const v of [text.normalize('NFD'), text.toUpperCase(), plain(text)])
      expect(withoutRaw(parseDeadline(v)), v).toEqual(withoutRaw(d));
  });

  it('takes the year of the plan for a day written without one', () => {
    expect(parseDeadline('nộp trước 15/12', { year: 2026 })).toMatchObject({
      kind: 'date',
      date: '2026-12-15',
    });
    expect(parseDeadline('Trước 16:30 ngày 15/12', { year: 2026 })).toMatchObject({
      kind: 'date',
      date: '2026-12-15',
    });
  });

  it('reads no hour that a day does not have, and no hour without its day', () => {
    expect(parseDeadline('trước 25h00 ngày 01/7/2025').kind).toBe('unknown');
    expect(parseDeadline('trước 7h60 ngày 01/7/2025').kind).toBe('unknown');
    expect(parseDeadline('trước 7h00').kind).toBe('unknown');
  });
});
