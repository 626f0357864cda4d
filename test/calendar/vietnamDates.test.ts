import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  dayNumberFromYmd,
  formatDateVi,
  fromDayNumber,
  isoDate,
  isoDateInVietnam,
  parseDateVi,
  startOfDayInVietnam,
  toDayNumber,
  type IsoDate,
} from '../../src/index.js';

describe('the day in Vietnam (UTC+7) at an instant, and back', () => {
  it('midnight in Hà Nội is 17:00 UTC the day before', () => {
    expect(isoDateInVietnam(new Date('2018-06-30T16:59:59.999Z'))).toBe('2018-06-30');
    expect(isoDateInVietnam(new Date('2018-06-30T17:00:00.000Z'))).toBe('2018-07-01');
    expect(isoDateInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(isoDateInVietnam(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
    expect(isoDateInVietnam(new Date('1970-01-01T00:00:00Z'))).toBe('1970-01-01');
    expect(isoDateInVietnam(new Date('1969-12-31T17:00:00Z'))).toBe('1970-01-01');
    expect(isoDateInVietnam(new Date('1969-12-31T16:59:59Z'))).toBe('1969-12-31');
    expect(startOfDayInVietnam(isoDate('2018-07-01')).toISOString()).toBe('2018-06-30T17:00:00.000Z');
    expect(startOfDayInVietnam(isoDate('2025-01-01')).toISOString()).toBe('2024-12-31T17:00:00.000Z');
  });

  it('fails loudly on an invalid Date, a non-Date, or a date string that is not real', () => {
    expect(() => isoDateInVietnam(new Date(Number.NaN))).toThrow(CchcError);
    expect(() => isoDateInVietnam('2018-06-30' as unknown as Date)).toThrow(CchcError);
    expect(() => isoDateInVietnam(new Date(8.64e15))).toThrow(CchcError); // year 275760
    expect(() => startOfDayInVietnam('2018-02-30' as IsoDate)).toThrow(CchcError);
  });

  it('property: isoDateInVietnam(startOfDayInVietnam(d)) = d, and the day lasts 24 hours', () => {
    const lo = dayNumberFromYmd(1, 1, 2);
    const hi = dayNumberFromYmd(9999, 12, 30);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: 0, max: 86_399_999 }), (n, ms) => {
        const d = fromDayNumber(n);
        const start = startOfDayInVietnam(d);
        expect(isoDateInVietnam(start)).toBe(d);
        expect(isoDateInVietnam(new Date(start.getTime() + ms))).toBe(d);
        expect(isoDateInVietnam(new Date(start.getTime() - 1))).toBe(fromDayNumber(n - 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatDateVi (date-fns, vi locale)', () => {
  it('long, short and with the weekday', () => {
    const d = isoDate('2018-06-30');
    expect(formatDateVi(d)).toBe('ngày 30 tháng 6 năm 2018');
    expect(formatDateVi(d, { style: 'long' })).toBe('ngày 30 tháng 6 năm 2018');
    expect(formatDateVi(d, { style: 'short' })).toBe('30/06/2018');
    expect(formatDateVi(d, { style: 'weekday' })).toBe('Thứ Bảy, ngày 30 tháng 6 năm 2018');
    expect(formatDateVi(isoDate('2018-07-01'), { style: 'weekday' })).toBe(
      'Chủ nhật, ngày 1 tháng 7 năm 2018',
    );
    expect(formatDateVi(isoDate('2018-07-02'), { style: 'weekday' })).toBe(
      'Thứ Hai, ngày 2 tháng 7 năm 2018',
    );
    expect(formatDateVi(isoDate('2024-02-29'), { style: 'weekday' })).toBe(
      'Thứ Năm, ngày 29 tháng 2 năm 2024',
    );
    expect(formatDateVi(isoDate('2018-12-31'), { style: 'short' })).toBe('31/12/2018');
    expect(formatDateVi(isoDate('0099-01-05'), { style: 'short' })).toBe('05/01/0099');
    expect(formatDateVi(isoDate('0099-01-05'))).toBe('ngày 5 tháng 1 năm 99');
  });

  it('every weekday name, Monday to Sunday', () => {
    const names = [];
    for (let i = 0; i < 7; i++) {
      names.push(
        formatDateVi(fromDayNumber(toDayNumber(isoDate('2026-03-02')) + i), { style: 'weekday' }).split(
          ',',
        )[0],
      );
    }
    expect(names).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']);
  });

  it('throws on a date string that is not real, and on an unknown style', () => {
    expect(() => formatDateVi('2018-02-30' as IsoDate)).toThrow(CchcError);
    try {
      formatDateVi(isoDate('2018-06-30'), { style: 'medium' as 'long' });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).issues[0]?.code).toBe('invalid_option');
    }
  });
});

describe('parseDateVi (date-fns parse, strict)', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO', () => {
    for (const t of [
      '30/06/2018',
      '30/6/2018',
      '30-06-2018',
      '30.06.2018',
      '30.6.2018',
      '2018-06-30',
      ' 30/06/2018 ',
    ]) {
      expect(parseDateVi(t), t).toEqual({ ok: true, value: '2018-06-30' });
    }
    expect(parseDateVi('5/1/2019')).toEqual({ ok: true, value: '2019-01-05' });
    expect(parseDateVi('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateVi('31/12/2018')).toEqual({ ok: true, value: '2018-12-31' });
  });

  it('refuses dates that do not exist — 31/11/2025 is not rolled over', () => {
    for (const t of [
      '31/11/2025',
      '29/02/2023',
      '30/02/2024',
      '0/1/2020',
      '1/13/2020',
      '00/00/0000',
      '2023-02-29',
    ]) {
      const r = parseDateVi(t);
      expect(r.ok, t).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('invalid_date');
        expect(r.issues[0]?.message).toContain('không tồn tại');
      }
    }
  });

  it('refuses text in other forms, mixed separators, two-digit years, and non-strings', () => {
    for (const t of [
      '30/06-2018',
      '30/06/18',
      '2018/06/30',
      'ngày 30 tháng 6',
      '',
      '1/1/20200',
      '１/１/2020',
    ]) {
      const r = parseDateVi(t);
      expect(r.ok, t).toBe(false);
    }
    for (const x of [null, undefined, 20180630, {}, Object.create(null), Symbol('d'), 10n]) {
      const r = parseDateVi(x);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_date');
    }
    const long = parseDateVi('1'.repeat(100_000));
    expect(!long.ok && long.issues[0]?.message.length).toBeLessThan(200);
  });

  it('property: formatDateVi short then parseDateVi gives the date back', () => {
    const lo = dayNumberFromYmd(1, 1, 1);
    const hi = dayNumberFromYmd(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (n) => {
        const d = fromDayNumber(n);
        expect(parseDateVi(formatDateVi(d, { style: 'short' }))).toEqual({ ok: true, value: d });
      }),
      { numRuns: 500 },
    );
  });
});
