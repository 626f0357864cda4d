import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  assertIsoDate,
  dayOfWeek,
  fromDayNumber,
  isValidLunarDate,
  leapMonthOf,
  lunarToSolar,
  lunarYearMonths,
  safeLunarToSolar,
  solarToLunar,
  toDayNumber,
} from '../../src/index.js';

const d = assertIsoDate;
const tet = (year: number): string => lunarToSolar({ year, month: 1, day: 1 });

// Check values: Hồ Ngọc Đức, "Âm lịch Việt Nam" (https://www.informatik.uni-leipzig.de/~duc/amlich/),
// and the holidays announced each year by Văn phòng Chính phủ (docs/calendar.md lists the letters).
describe('check values (Hồ Ngọc Đức, Âm lịch Việt Nam; announced holidays)', () => {
  it('Tết 2018–2026', () => {
    expect([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map(tet)).toEqual([
      '2018-02-16',
      '2019-02-05',
      '2020-01-25',
      '2021-02-12',
      '2022-02-01',
      '2023-01-22',
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
    ]);
  });

  it('Tết 2000–2017 and 2027–2030', () => {
    expect(
      [
        2000, 2001, 2002, 2003, 2004, 2005, 2006, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017,
      ].map(tet),
    ).toEqual([
      '2000-02-05',
      '2001-01-24',
      '2002-02-12',
      '2003-02-01',
      '2004-01-22',
      '2005-02-09',
      '2006-01-29',
      '2008-02-07',
      '2009-01-26',
      '2010-02-14',
      '2011-02-03',
      '2012-01-23',
      '2013-02-10',
      '2014-01-31',
      '2015-02-19',
      '2016-02-08',
      '2017-01-28',
    ]);
    expect([2027, 2028, 2029].map(tet)).toEqual(['2027-02-06', '2028-01-26', '2029-02-13']);
    // The new moon of 2030-02-02 is at about 16:07 UT: 23:07 in UTC+7 (Vietnam, Tết 2/2)
    // but 00:07 on 3/2 in UTC+8 (China's Tết 2030 is 3/2).
    expect(tet(2030)).toBe('2030-02-02');
  });

  it('differs from the Chinese (UTC+8) calendar: Tết 1985 and 2007', () => {
    // China: 1985-02-20 and 2007-02-18.
    expect(tet(1985)).toBe('1985-01-21');
    expect(tet(2007)).toBe('2007-02-17');
    expect(solarToLunar(d('2007-02-17'))).toEqual({ year: 2007, month: 1, day: 1, leap: false });
    expect(solarToLunar(d('1985-02-20')).year).toBe(1985);
  });

  it('1968: the first Tết on the UTC+7 meridian (29/1; UTC+8 gave 30/1), 1969 on 16/2', () => {
    expect(tet(1968)).toBe('1968-01-29');
    expect(tet(1969)).toBe('1969-02-16');
    expect(tet(1900)).toBe('1900-01-31');
  });

  it('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
    const gioTo = (year: number): string => lunarToSolar({ year, month: 3, day: 10 });
    expect(gioTo(2024)).toBe('2024-04-18');
    expect(gioTo(2025)).toBe('2025-04-07');
    expect(gioTo(2026)).toBe('2026-04-26');
    expect(dayOfWeek(d(gioTo(2026)))).toBe(0); // Sunday → compensatory Monday 27/4
    expect(gioTo(2023)).toBe('2023-04-29');
    expect(dayOfWeek(d(gioTo(2023)))).toBe(6); // Saturday
  });

  it('leap months', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2014)).toBe(9);
    expect(leapMonthOf(2012)).toBe(4);
    expect(leapMonthOf(2033)).toBe(11);
    expect(leapMonthOf(1900)).toBe(8);
    for (const y of [2018, 2019, 2021, 2022, 2024, 2026, 2007]) expect(leapMonthOf(y)).toBeNull();
    expect(
      lunarYearMonths(2023)
        .map((m) => (m.leap ? `${m.month}+` : `${m.month}`))
        .join(' '),
    ).toBe('1 2 2+ 3 4 5 6 7 8 9 10 11 12');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(solarToLunar(d('2023-03-22'))).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar(d('2023-03-21'))).toEqual({ year: 2023, month: 2, day: 30, leap: false });
  });
});

describe('lunarToSolar rejects lunar dates that do not exist', () => {
  it('throws invalid_lunar_date for a missing leap month or day 30 of a 29-day month', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CchcError);
        return (e as CchcError).issues[0]?.code;
      }
      return undefined;
    };
    expect(code(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true }))).toBe('invalid_lunar_date');
    const short = lunarYearMonths(2024).find((m) => m.days === 29)!;
    expect(code(() => lunarToSolar({ year: 2024, month: short.month, day: 30 }))).toBe('invalid_lunar_date');
    expect(code(() => lunarToSolar({ year: 2024, month: 13, day: 1 }))).toBe('invalid_lunar_date');
    expect(code(() => lunarToSolar({ year: 2024, month: 1, day: 0 }))).toBe('invalid_lunar_date');
    expect(code(() => lunarToSolar({ year: 2024, month: 1, day: 1.5 }))).toBe('invalid_lunar_date');
    expect(code(() => lunarToSolar({ year: 1700, month: 1, day: 1 }))).toBe('lunar_out_of_range');
    expect(code(() => solarToLunar(d('1700-06-01')))).toBe('lunar_out_of_range');
  });

  it('safeLunarToSolar and isValidLunarDate do not throw', () => {
    const r = safeLunarToSolar({ year: 2023, month: 2, day: 30, leap: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('invalid_lunar_date');
      expect(r.issues[0]?.path).toEqual(['day']);
      expect(r.issues[0]?.message).toMatch(/không tồn tại/);
    }
    expect(safeLunarToSolar({ year: 2026, month: 3, day: 10 })).toEqual({ ok: true, value: '2026-04-26' });
    expect(isValidLunarDate({ year: 2025, month: 6, day: 1, leap: true })).toBe(true);
    expect(isValidLunarDate({ year: 2025, month: 7, day: 1, leap: true })).toBe(false);
    expect(isValidLunarDate({ year: Number.NaN, month: 1, day: 1 })).toBe(false);
  });

  it('returns frozen values', () => {
    expect(Object.isFrozen(solarToLunar(d('2024-02-10')))).toBe(true);
    expect(Object.isFrozen(lunarYearMonths(2024))).toBe(true);
    expect(Object.isFrozen(lunarYearMonths(2024)[0])).toBe(true);
  });
});

describe('round trips', () => {
  it('every day from 1900-01-31 to 2100-12-31: lunar ↔ solar, consecutive days advance by one', () => {
    const from = toDayNumber(d('1900-01-31'));
    const to = toDayNumber(d('2100-12-31'));
    let prev = solarToLunar(fromDayNumber(from - 1 + 1));
    expect(prev).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    let bad = 0;
    for (let n = from; n <= to; n++) {
      const date = fromDayNumber(n);
      const l = solarToLunar(date);
      if (lunarToSolar(l) !== date) bad++;
      if (n > from) {
        const sameMonth = l.year === prev.year && l.month === prev.month && l.leap === prev.leap;
        if (sameMonth ? l.day !== prev.day + 1 : l.day !== 1 || (prev.day !== 29 && prev.day !== 30)) bad++;
      }
      prev = l;
    }
    expect(bad).toBe(0);
  });

  it('property: lunarToSolar ∘ solarToLunar is the identity across the whole supported range', () => {
    const lo = toDayNumber(lunarToSolar({ year: LUNAR_MIN_YEAR, month: 1, day: 1 }));
    const hi = toDayNumber(lunarToSolar({ year: LUNAR_MAX_YEAR, month: 12, day: 1 }));
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (n) => {
        const date = fromDayNumber(n);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });
});
