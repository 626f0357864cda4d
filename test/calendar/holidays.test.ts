import { describe, expect, it } from 'vitest';
import {
  CchcError,
  HOLIDAY_DATA_2022,
  HOLIDAY_DATA_2023,
  HOLIDAY_DATA_2024,
  HOLIDAY_DATA_2025,
  HOLIDAY_DATA_2026,
  VIETNAM_HOLIDAY_DATA,
  dayOfWeek,
  lunarToSolar,
  vietnamHolidays,
  vietnamWorkCalendar,
  type Holiday,
  type HolidayData,
} from '../../src/index.js';

const dates = (hs: readonly Holiday[], kind?: Holiday['kind']): string[] =>
  hs.filter((h) => kind === undefined || h.kind === kind).map((h) => h.date);

describe('vietnamHolidays: Bộ luật Lao động 2019, Điều 112', () => {
  it('has the eleven holiday days, on the right dates, each year from 2021', () => {
    for (let year = 2021; year <= 2100; year++) {
      const hs = vietnamHolidays(year);
      const legal = dates(hs, 'holiday');
      expect(legal).toHaveLength(11);
      expect(legal).toContain(`${year}-01-01`);
      expect(legal).toContain(`${year}-04-30`);
      expect(legal).toContain(`${year}-05-01`);
      expect(legal).toContain(`${year}-09-02`);
      expect(legal.some((d) => d === `${year}-09-01` || d === `${year}-09-03`)).toBe(true);
      expect(legal).toContain(lunarToSolar({ year, month: 3, day: 10 }));
      expect(legal).toContain(lunarToSolar({ year, month: 1, day: 1 }));
      // sorted and frozen
      expect([...dates(hs)].sort()).toEqual(dates(hs));
      expect(Object.isFrozen(hs)).toBe(true);
      expect(hs.every((h) => Object.isFrozen(h))).toBe(true);
    }
  });

  it('the 2012 Code (2014–2020) had Quốc khánh on 2/9 only: ten days', () => {
    const legal = dates(vietnamHolidays(2019), 'holiday');
    expect(legal).toHaveLength(10);
    expect(legal).not.toContain('2019-09-01');
    expect(legal).not.toContain('2019-09-03');
  });

  it('default Tết: two days before mùng 1 and three after, or one and four when mùng 1 is a Tuesday', () => {
    const tet = (y: number, extra?: HolidayData): Holiday[] =>
      vietnamHolidays(y, extra ?? vietnamWorkCalendar({ builtInData: false })).filter((h) =>
        h.name.startsWith('Tết Âm lịch'),
      );
    expect(tet(2026).map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(tet(2026).map((h) => h.name)).toEqual([
      'Tết Âm lịch (29 tháng Chạp)',
      'Tết Âm lịch (mùng 1)',
      'Tết Âm lịch (mùng 2)',
      'Tết Âm lịch (mùng 3)',
      'Tết Âm lịch (mùng 4)',
    ]);
    expect(tet(2025).map((h) => h.name)).toEqual([
      'Tết Âm lịch (28 tháng Chạp)',
      'Tết Âm lịch (29 tháng Chạp)',
      'Tết Âm lịch (mùng 1)',
      'Tết Âm lịch (mùng 2)',
      'Tết Âm lịch (mùng 3)',
    ]);
    // the defaults give the weekdays off of the Tết days announced for every shipped year
    // (2016 and 2019 name the days differently — 7/2–11/2/2016 and 4/2–8/2/2019 — but
    // the weekdays off are the same), and the day beside 2/9 announced from 2021
    const rulesOnly = vietnamWorkCalendar({ builtInData: false });
    const weekdaysOff = (hs: readonly Holiday[], from: string, to: string): string[] =>
      hs
        .filter((h) => h.kind !== 'working_weekend' && h.date >= from && h.date <= to)
        .map((h) => h.date)
        .filter((x) => dayOfWeek(x as Holiday['date']) % 6 !== 0);
    for (const data of Object.values(VIETNAM_HOLIDAY_DATA)) {
      const y = data.year;
      expect(weekdaysOff(vietnamHolidays(y, rulesOnly), `${y}-01-15`, `${y}-02-28`)).toEqual(
        weekdaysOff(vietnamHolidays(y), `${y}-01-15`, `${y}-02-28`),
      );
      if (y >= 2021)
        expect(dates(vietnamHolidays(y, rulesOnly), 'holiday')).toContain(data.nationalDayAdjacent);
    }
    expect(Object.keys(VIETNAM_HOLIDAY_DATA)).toHaveLength(11);
  });

  it('default day beside 2/9: 1/9, or 3/9 when 2/9 is a Monday or Thursday', () => {
    const beside = (y: number): string | undefined =>
      vietnamHolidays(y).find((h) => h.name === 'Quốc khánh (ngày liền kề 2/9)')?.date;
    expect(beside(2025)).toBe('2025-09-01'); // Tue 2/9, as announced
    expect(beside(2026)).toBe('2026-09-01'); // Wed 2/9, as announced
    expect(beside(2027)).toBe('2027-09-03'); // Thu 2/9 → Fri 3/9
    expect(beside(2024)).toBe('2024-09-03'); // Mon 2/9 → Tue 3/9
    expect(beside(2022)).toBe('2022-09-01'); // Fri 2/9 → Thu 1/9
  });
});

describe('compensatory days (nghỉ bù, Điều 111 khoản 3)', () => {
  it('2023: Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday give Tuesday 2/5 and Wednesday 3/5', () => {
    const hs = vietnamHolidays(2023);
    expect(hs.find((h) => h.date === '2023-04-29')?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(dayOfWeek(lunarToSolar({ year: 2023, month: 3, day: 10 }))).toBe(6);
    const comp = dates(hs, 'compensatory');
    expect(comp).toContain('2023-05-02');
    expect(comp).toContain('2023-05-03');
    expect(comp).not.toContain('2023-05-01');
    expect(comp).toContain('2023-01-02'); // 1/1/2023 was a Sunday
    expect(comp).toContain('2023-09-04'); // 2/9/2023 was a Saturday
    expect(hs.find((h) => h.date === '2023-05-03')?.name).toBe('Nghỉ bù Ngày Chiến thắng (30/4)');
  });

  it('2026: Giỗ Tổ on Sunday 26/4 gives Monday 27/4', () => {
    expect(dates(vietnamHolidays(2026), 'compensatory')).toEqual(['2026-04-27']);
  });

  it('every compensatory day is a weekday that is not itself a holiday, one per weekend holiday day', () => {
    for (let year = 2014; year <= 2120; year++) {
      const hs = vietnamHolidays(year);
      const legalDays = new Set(dates(hs, 'holiday'));
      const onWeekend = [...legalDays].filter((d) => {
        const w = dayOfWeek(d as Holiday['date']);
        return w === 0 || w === 6;
      });
      const comp = dates(hs, 'compensatory');
      expect(comp).toHaveLength(onWeekend.length);
      for (const c of comp) {
        const w = dayOfWeek(c as Holiday['date']);
        expect(w === 0 || w === 6).toBe(false);
        expect(legalDays.has(c)).toBe(false);
      }
      expect(new Set(comp).size).toBe(comp.length);
    }
  });
});

describe('announced schedules', () => {
  it('2026 (Công văn 9859/VPCP-KGVX): Mon 31/8 off for Sat 22/8 worked; the day beside 2/9 is Tue 1/9', () => {
    const hs = vietnamHolidays(2026, HOLIDAY_DATA_2026);
    expect(dates(hs, 'announced')).toEqual(['2026-01-02', '2026-08-31']);
    expect(dates(hs, 'working_weekend')).toEqual(['2026-01-10', '2026-08-22']);
    expect(dates(hs).filter((d) => d >= '2026-08-01')).toEqual([
      '2026-08-22',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(HOLIDAY_DATA_2026.source).toMatch(/12729\/VPCP-KGVX/);
    expect(HOLIDAY_DATA_2026.source).toMatch(/9859\/VPCP-KGVX/);
    expect(HOLIDAY_DATA_2026.source).toMatch(/8764\/BNV-CVL/);
  });

  it('2025 (Công văn 8726/VPCP-KGVX, Thông báo 6150/TB-BLĐTBXH): Fri 2/5 off for Sat 26/4 worked', () => {
    const hs = vietnamHolidays(2025, HOLIDAY_DATA_2025);
    expect(dates(hs, 'announced')).toEqual(['2025-05-02']);
    expect(dates(hs, 'compensatory')).toEqual([]);
    expect(HOLIDAY_DATA_2025.source).toMatch(/8726\/VPCP-KGVX/);
    expect(HOLIDAY_DATA_2025.source).toMatch(/6150\/TB-BLĐTBXH/);
  });

  it('2022 (Công văn 245/VPCP-KGVX): Tết days 31/1–4/2, Quốc khánh 1/9–2/9, the rest by the Code', () => {
    const hs = vietnamHolidays(2022, HOLIDAY_DATA_2022);
    expect(dates(hs)).toEqual([
      '2022-01-01',
      '2022-01-03',
      '2022-01-31',
      '2022-02-01',
      '2022-02-02',
      '2022-02-03',
      '2022-02-04',
      '2022-04-10',
      '2022-04-11',
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
      '2022-09-01',
      '2022-09-02',
    ]);
    // the announced split is also the library's default for 2022
    expect(dates(vietnamHolidays(2022))).toEqual(dates(hs));
  });

  it('2023 (Công văn 8056/VPCP-KGVX): Tết 20/1–26/1, Quốc khánh 1/9–4/9, 1/1 and 29/4–3/5 by the Code', () => {
    const hs = vietnamHolidays(2023, HOLIDAY_DATA_2023);
    expect(dates(hs).filter((x) => x < '2023-02-01')).toEqual([
      '2023-01-01',
      '2023-01-02',
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
    ]);
    expect(dates(hs).filter((x) => x >= '2023-04-01' && x < '2023-06-01')).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
    expect(dates(hs).filter((x) => x >= '2023-08-01')).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
  });

  it('2024 (Công văn 8662/VPCP-KGVX, Thông báo 5015/TB-LĐTBXH, Công văn 2450/VPCP-KGVX): Tết 8/2–14/2 with two compensatory days', () => {
    const hs = vietnamHolidays(2024, HOLIDAY_DATA_2024);
    expect(dates(hs).filter((x) => x.startsWith('2024-02'))).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(dates(hs, 'compensatory')).toEqual(['2024-02-13', '2024-02-14']);
    expect(dates(hs, 'announced')).toEqual(['2024-04-29']);
    expect(dates(hs).filter((x) => x >= '2024-08-01')).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('ships the data frozen, keyed by year', () => {
    expect(Object.keys(VIETNAM_HOLIDAY_DATA)).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(Object.isFrozen(HOLIDAY_DATA_2026)).toBe(true);
    expect(Object.isFrozen(HOLIDAY_DATA_2026.daysOff)).toBe(true);
  });

  it('rejects data of another year and unsupported years', () => {
    expect(() => vietnamHolidays(2025, HOLIDAY_DATA_2026)).toThrow(CchcError);
    expect(() => vietnamHolidays(2013)).toThrow(CchcError);
    expect(() => vietnamHolidays(2200)).toThrow(CchcError);
  });
});
