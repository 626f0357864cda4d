/**
 * The announced schedules 2016–2026, each day checked against the announcing
 * document (as reported by the press, see `sourceUrls` in the data), and the
 * invariant that `vietnamHolidays` lists exactly what `isWorkingDay` applies.
 */
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_DATA_2019,
  HOLIDAY_DATA_2026,
  STATE_WORK_CALENDAR,
  VIETNAM_HOLIDAY_DATA,
  addWorkingDays,
  dayOfWeek,
  fromDayNumber,
  holidaySchedule,
  isDayOff,
  isWorkingDay,
  isoDate,
  nextWorkingDay,
  parseHolidayData,
  previousWorkingDay,
  toDayNumber,
  vietnamHolidays,
  vietnamWorkCalendar,
  workingDaysBetween,
  type IsoDate,
  type WorkCalendar,
} from '../../src/index.js';

const days = (from: string, to: string): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let n = toDayNumber(isoDate(from)); n <= toDayNumber(isoDate(to)); n++) out.push(fromDayNumber(n));
  return out;
};
const isWeekend = (x: IsoDate): boolean => dayOfWeek(x) === 0 || dayOfWeek(x) === 6;

/** Weekdays not worked and weekend days worked in a year, by isWorkingDay alone. */
function byIsWorkingDay(
  year: number,
  cal: WorkCalendar = STATE_WORK_CALENDAR,
): { off: string[]; worked: string[] } {
  const off: string[] = [];
  const worked: string[] = [];
  for (const x of days(`${year}-01-01`, `${year}-12-31`)) {
    const working = isWorkingDay(x, cal);
    if (!isWeekend(x) && !working) off.push(x);
    if (isWeekend(x) && working) worked.push(x);
  }
  return { off, worked };
}

/**
 * Every weekday off and every Saturday worked by state agencies, year by
 * year, as announced (document and press reports in each year's data).
 */
const ANNOUNCED: Record<number, { off: string[]; worked: string[]; doc: RegExp }> = {
  // Thông báo 4659/TB-LĐTBXH: Tết 6/2–14/2; Giỗ Tổ Sat 16/4 → Mon 18/4; 30/4, 1/5 → 2/5, 3/5; no swap.
  2016: {
    doc: /4659\/TB-LĐTBXH/,
    off: ['01-01', '02-08', '02-09', '02-10', '02-11', '02-12', '04-18', '05-02', '05-03', '09-02'],
    worked: [],
  },
  // Công văn 9794/VPCP-KGVX: Tết 26/1–1/2; the rest by the Code (2/1, 6/4, 1/5, 2/5, 4/9).
  2017: {
    doc: /9794\/VPCP-KGVX/,
    off: ['01-02', '01-26', '01-27', '01-30', '01-31', '02-01', '04-06', '05-01', '05-02', '09-04'],
    worked: [],
  },
  // Thông báo 573/TB-VPCP, 5427/TB-LĐTBXH: Tết 14/2–20/2, 2/9 Sunday → Mon 3/9; Mon 31/12 from the 2019 schedule.
  2018: {
    doc: /573\/TB-VPCP/,
    off: ['01-01', '02-14', '02-15', '02-16', '02-19', '02-20', '04-25', '04-30', '05-01', '09-03', '12-31'],
    worked: [],
  },
  // Công văn 6519/VPCP-KGVX, Thông báo 3238/TB-LĐTBXH: Sat 5/1 and Sat 4/5 worked for 31/12/2018 and 29/4.
  2019: {
    doc: /6519\/VPCP-KGVX/,
    off: ['01-01', '02-04', '02-05', '02-06', '02-07', '02-08', '04-15', '04-29', '04-30', '05-01', '09-02'],
    worked: ['01-05', '05-04'],
  },
  // Công văn 9087/VPCP-KGVX: Tết 23/1–29/1; 1/1, 2/4, 30/4, 1/5, 2/9 one day each (2012 Code).
  2020: {
    doc: /9087\/VPCP-KGVX/,
    off: ['01-01', '01-23', '01-24', '01-27', '01-28', '01-29', '04-02', '04-30', '05-01', '09-02'],
    worked: [],
  },
  // Công văn 9895/VPCP-KGVX, Thông báo 4875/TB-LĐTBXH: Tết 10/2–16/2, Quốc khánh 2/9–5/9; 1/5 Sat → 3/5.
  2021: {
    doc: /9895\/VPCP-KGVX/,
    off: ['01-01', '02-10', '02-11', '02-12', '02-15', '02-16', '04-21', '04-30', '05-03', '09-02', '09-03'],
    worked: [],
  },
  // Công văn 245/VPCP-KGVX: Tết 31/1–4/2, Quốc khánh 1/9–2/9.
  2022: {
    doc: /245\/VPCP-KGVX/,
    off: ['01-03', '01-31', '02-01', '02-02', '02-03', '02-04', '04-11', '05-02', '05-03', '09-01', '09-02'],
    worked: [],
  },
  // Công văn 8056/VPCP-KGVX: Tết 20/1–26/1, Quốc khánh 1/9–4/9; 29/4–3/5 by the Code.
  2023: {
    doc: /8056\/VPCP-KGVX/,
    off: ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'],
    worked: [],
  },
  // Công văn 8662/VPCP-KGVX, 2450/VPCP-KGVX: Tết 8/2–14/2; Mon 29/4 off for Sat 4/5; Quốc khánh 31/8–3/9.
  2024: {
    doc: /2450\/VPCP-KGVX/,
    off: [
      '01-01',
      '02-08',
      '02-09',
      '02-12',
      '02-13',
      '02-14',
      '04-18',
      '04-29',
      '04-30',
      '05-01',
      '09-02',
      '09-03',
    ],
    worked: ['05-04'],
  },
  // Công văn 8726/VPCP-KGVX: Tết 25/1–2/2; Fri 2/5 off for Sat 26/4; Quốc khánh 30/8–2/9.
  2025: {
    doc: /8726\/VPCP-KGVX/,
    off: [
      '01-01',
      '01-27',
      '01-28',
      '01-29',
      '01-30',
      '01-31',
      '04-07',
      '04-30',
      '05-01',
      '05-02',
      '09-01',
      '09-02',
    ],
    worked: ['04-26'],
  },
  // Công văn 12729/VPCP-KGVX: Fri 2/1 off for Sat 10/1. Công văn 9859/VPCP-KGVX: Tết 14/2–22/2;
  // Mon 31/8 off for Sat 22/8, Quốc khánh 29/8–2/9. Giỗ Tổ Sun 26/4 → Mon 27/4.
  2026: {
    doc: /9859\/VPCP-KGVX/,
    off: [
      '01-01',
      '01-02',
      '02-16',
      '02-17',
      '02-18',
      '02-19',
      '02-20',
      '04-27',
      '04-30',
      '05-01',
      '08-31',
      '09-01',
      '09-02',
    ],
    worked: ['01-10', '08-22'],
  },
};

describe('announced schedules 2016–2026, day by day', () => {
  for (const [y, want] of Object.entries(ANNOUNCED)) {
    const year = Number(y);
    it(`${year}: the weekdays off and the Saturdays worked`, () => {
      const got = byIsWorkingDay(year);
      expect(got.off).toEqual(want.off.map((md) => `${year}-${md}`));
      expect(got.worked).toEqual(want.worked.map((md) => `${year}-${md}`));
      const s = holidaySchedule(year);
      expect(s.status).toBe('announced');
      if (s.status === 'announced') {
        expect(s.source).toMatch(want.doc);
        expect(s.sourceUrls.length).toBeGreaterThan(0);
        for (const u of s.sourceUrls) expect(u).toMatch(/^https?:\/\/\S+$/);
      }
      // working days in the year = weekdays − weekdays off + weekend days worked
      const weekdays = days(`${year}-01-01`, `${year}-12-31`).filter((x) => !isWeekend(x)).length;
      expect(workingDaysBetween(isoDate(year - 1, 12, 31), isoDate(year, 12, 31))).toBe(
        weekdays - want.off.length + want.worked.length,
      );
    });
  }

  it('2019: Mon 31/12/2018 and Mon 29/4/2019 off; Sat 5/1/2019 and Sat 4/5/2019 worked (was wrong before)', () => {
    expect(isWorkingDay(isoDate('2018-12-31'))).toBe(false);
    expect(isWorkingDay(isoDate('2019-04-29'))).toBe(false);
    expect(isWorkingDay(isoDate('2019-01-05'))).toBe(true);
    expect(isWorkingDay(isoDate('2019-05-04'))).toBe(true);
    expect(nextWorkingDay(isoDate('2018-12-28'))).toBe('2019-01-02');
    expect(addWorkingDays(isoDate('2019-01-04'), 1)).toBe('2019-01-05');
    expect(addWorkingDays(isoDate('2019-04-26'), 1)).toBe('2019-05-02');
    expect(previousWorkingDay(isoDate('2019-05-06'))).toBe('2019-05-04');
    // Tết Kỷ Hợi: off Sat 2/2 – Sun 10/2
    expect(days('2019-02-02', '2019-02-10').some((x) => isWorkingDay(x))).toBe(false);
    expect(HOLIDAY_DATA_2019.source).toMatch(/3238\/TB-LĐTBXH/);
  });

  it('2026: Fri 2/1 off and Sat 10/1 worked (Công văn 12729/VPCP-KGVX; was the other way round before)', () => {
    expect(isWorkingDay(isoDate('2026-01-02'))).toBe(false);
    expect(isWorkingDay(isoDate('2026-01-10'))).toBe(true);
    expect(addWorkingDays(isoDate('2025-12-31'), 1)).toBe('2026-01-05');
    expect(workingDaysBetween(isoDate('2026-01-04'), isoDate('2026-01-10'))).toBe(6);
    expect(HOLIDAY_DATA_2026.source).toMatch(/12729\/VPCP-KGVX/);
    expect(HOLIDAY_DATA_2026.source).toMatch(/8764\/BNV-CVL/);
  });

  it('the Labour Code of the year: 2/9 alone until 2020 (Bộ luật Lao động 2012, Điều 115), 2/9 and a day beside from 2021', () => {
    for (let y = 2016; y <= 2020; y++) {
      const nd = vietnamHolidays(y).filter((h) => h.name.startsWith('Quốc khánh'));
      expect(nd.map((h) => h.date)).toEqual([`${y}-09-02`]);
    }
    for (let y = 2021; y <= 2030; y++) {
      expect(vietnamHolidays(y).filter((h) => h.name.startsWith('Quốc khánh'))).toHaveLength(2);
    }
    // 2020: Wednesday 2/9 was the only day off; Thursday 3/9 and Tuesday 1/9 were working days
    expect(isWorkingDay(isoDate('2020-09-01'))).toBe(true);
    expect(isWorkingDay(isoDate('2020-09-03'))).toBe(true);
  });

  it('years without a known announcement are statutory: 2014, 2015 and 2027 onwards', () => {
    expect(holidaySchedule(2014)).toEqual({ year: 2014, status: 'statutory' });
    expect(holidaySchedule(2015).status).toBe('statutory');
    expect(holidaySchedule(2027).status).toBe('statutory');
    expect(holidaySchedule(2026, vietnamWorkCalendar({ profile: 'enterprise' })).status).toBe('statutory');
    for (let y = 2016; y <= 2026; y++) expect(holidaySchedule(y).status, String(y)).toBe('announced');
    expect(() => holidaySchedule(2013)).toThrow();
  });

  it('every shipped date exists, lies within its year ± 1, and the data is frozen', () => {
    for (const data of Object.values(VIETNAM_HOLIDAY_DATA)) {
      const all = [
        ...(data.tetDays ?? []),
        ...(data.nationalDayAdjacent ? [data.nationalDayAdjacent] : []),
        ...(data.daysOff ?? []).map((e) => e.date),
        ...(data.workingDays ?? []).map((e) => e.date),
      ];
      for (const x of all) {
        expect(isoDate(x)).toBe(x);
        expect(Math.abs(Number(x.slice(0, 4)) - data.year)).toBeLessThanOrEqual(1);
      }
      for (const w of data.workingDays ?? []) expect(isWeekend(w.date), w.date).toBe(true);
      for (const o of data.daysOff ?? []) expect(isWeekend(o.date), o.date).toBe(false);
      expect(Object.isFrozen(data)).toBe(true);
      expect(Object.isFrozen(data.sourceUrls)).toBe(true);
      // a parseable round trip: what the library ships, a user could have written
      const r = parseHolidayData(JSON.parse(JSON.stringify(data)));
      expect(r.ok).toBe(true);
    }
  });
});

describe('vietnamHolidays lists exactly what isWorkingDay applies', () => {
  const check = (cal: WorkCalendar | undefined, from: number, to: number): void => {
    const c = cal ?? STATE_WORK_CALENDAR;
    const rest = new Set<number>(c.weeklyRestDays);
    for (let year = from; year <= to; year++) {
      const listed = cal === undefined ? vietnamHolidays(year) : vietnamHolidays(year, cal);
      const listedOff = listed.filter((h) => isDayOff(h) && !rest.has(dayOfWeek(h.date))).map((h) => h.date);
      const listedWorked = listed.filter((h) => h.kind === 'working_weekend').map((h) => h.date);
      const offByRule: string[] = [];
      const workedByRule: string[] = [];
      for (const x of days(`${year}-01-01`, `${year}-12-31`)) {
        const isRest = rest.has(dayOfWeek(x));
        const working = isWorkingDay(x, c);
        if (!isRest && !working) offByRule.push(x);
        if (isRest && working) workedByRule.push(x);
      }
      expect(listedOff, `${year} days off`).toEqual(offByRule);
      expect(listedWorked, `${year} weekend days worked`).toEqual(workedByRule);
      // every entry within the year, sorted, frozen, one per date
      expect(listed.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
      expect(new Set(listed.map((h) => h.date)).size).toBe(listed.length);
      expect([...listed].map((h) => h.date).sort()).toEqual(listed.map((h) => h.date));
      expect(Object.isFrozen(listed) && listed.every((h) => Object.isFrozen(h))).toBe(true);
    }
  };

  it('state agencies, 2016–2030 (the weekdays off, and every weekend day worked)', () => {
    check(undefined, 2016, 2030);
  });

  it('2014–2015 and 2031–2040 too, and a calendar with rules only', () => {
    check(undefined, 2014, 2015);
    check(undefined, 2031, 2040);
    check(vietnamWorkCalendar({ builtInData: false }), 2016, 2027);
  });

  it('an enterprise resting on Sunday only, and one resting Friday and Saturday', () => {
    check(vietnamWorkCalendar({ profile: 'enterprise' }), 2019, 2027);
    check(vietnamWorkCalendar({ profile: 'enterprise', weeklyRestDays: [5, 6] }), 2023, 2026);
  });

  it('swap days the old list left out are listed now: 29/4/2024, 2/5/2025, 31/8/2026', () => {
    for (const [y, x] of [
      [2024, '2024-04-29'],
      [2025, '2025-05-02'],
      [2026, '2026-08-31'],
    ] as const) {
      expect(vietnamHolidays(y).find((h) => h.date === x)?.kind).toBe('announced');
    }
    expect(vietnamHolidays(2018).at(-1)).toEqual({
      date: '2018-12-31',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù thứ Bảy 5/1/2019)',
      nameEn: "Swapped day off for New Year's Day 2019 (Saturday 5 January 2019 worked)",
      kind: 'announced',
    });
  });
});

describe("next year's schedule added as data at run time", () => {
  // An illustrative 2027 schedule (NOT an announcement): Tết days Fri 5/2 (29 tháng Chạp)
  // – Tue 9/2, and Fri 12/2 swapped for Saturday 20/2, as JSON a user keeps.
  const json = {
    year: 2027,
    source: 'Công văn …/VPCP-KGVX (ví dụ)',
    sourceUrls: ['https://example.org/lich-nghi-2027'],
    tetDays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
    nationalDayAdjacent: '2027-09-03',
    daysOff: [{ date: '2027-02-12', name: 'Nghỉ hoán đổi dịp Tết (làm bù thứ Bảy 20/2)' }],
    workingDays: [{ date: '2027-02-20', name: 'Làm bù cho ngày 12/2' }],
  };

  it('changes isWorkingDay, addWorkingDays, workingDaysBetween, vietnamHolidays and holidaySchedule', () => {
    const r = parseHolidayData(json);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const mine = vietnamWorkCalendar({ data: [r.value] });
    // before: the library's defaults for 2027 (Tết days Thu 4/2 – Mon 8/2)
    expect(isWorkingDay(isoDate('2027-02-04'))).toBe(false);
    expect(isWorkingDay(isoDate('2027-02-11'))).toBe(true);
    expect(isWorkingDay(isoDate('2027-02-20'))).toBe(false);
    expect(addWorkingDays(isoDate('2027-02-03'), 1)).toBe('2027-02-11');
    // after: the user's schedule
    expect(isWorkingDay(isoDate('2027-02-04'), mine)).toBe(true);
    for (const x of days('2027-02-05', '2027-02-14')) expect(isWorkingDay(x, mine), x).toBe(false);
    expect(isWorkingDay(isoDate('2027-02-15'), mine)).toBe(true);
    expect(isWorkingDay(isoDate('2027-02-20'), mine)).toBe(true);
    expect(addWorkingDays(isoDate('2027-02-04'), 1, mine)).toBe('2027-02-15');
    expect(addWorkingDays(isoDate('2027-02-19'), 1, mine)).toBe('2027-02-20');
    expect(workingDaysBetween(isoDate('2027-02-04'), isoDate('2027-02-22'), mine)).toBe(7); // 15–19, Sat 20, 22
    // the same data given to vietnamHolidays directly, or through the calendar
    const listed = vietnamHolidays(2027, r.value);
    expect(listed).toEqual(vietnamHolidays(2027, mine));
    expect(listed.filter((h) => h.kind === 'announced').map((h) => h.date)).toEqual(['2027-02-12']);
    expect(listed.filter((h) => h.kind === 'working_weekend').map((h) => h.date)).toEqual(['2027-02-20']);
    expect(
      listed.filter((h) => h.kind === 'compensatory' && h.date < '2027-03-01').map((h) => h.date),
    ).toEqual(['2027-02-10', '2027-02-11']);
    const s = holidaySchedule(2027, mine);
    expect(s.status === 'announced' && s.sourceUrls).toEqual(['https://example.org/lich-nghi-2027']);
    // the shipped years are untouched
    expect(isWorkingDay(isoDate('2026-01-10'), mine)).toBe(true);
    expect(() => vietnamHolidays(2026, r.value)).toThrow();
  });

  it('rejects a schedule with an impossible date or a date far from its year, with the path', () => {
    const bad = parseHolidayData({ ...json, daysOff: [{ date: '2027-02-30', name: 'x' }] });
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date', 'daysOff.0.date'],
    ]);
    const far = parseHolidayData({ ...json, workingDays: [{ date: '2030-02-20', name: 'x' }] });
    expect(!far.ok && far.issues[0]?.path).toEqual(['workingDays', 0, 'date']);
    const url = parseHolidayData({ ...json, sourceUrls: ['chinhphu.vn'] });
    expect(!url.ok && url.issues[0]?.path).toEqual(['sourceUrls', 0]);
    expect(() =>
      vietnamWorkCalendar({
        data: [{ year: 2027, source: 'x', daysOff: [{ date: isoDate('2029-01-02'), name: 'x' }] }],
      }),
    ).toThrow();
  });
});
