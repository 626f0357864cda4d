import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  STATE_WORK_CALENDAR,
  addDays,
  addWorkingDays,
  assertIsoDate,
  dayOfWeek,
  fromDayNumber,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  toDayNumber,
  vietnamHolidays,
  vietnamWorkCalendar,
  workingDaysBetween,
  VIETNAM_HOLIDAY_DATA,
  type IsoDate,
  type WorkCalendar,
} from '../../src/index.js';
import {
  addWorkingDayNumber,
  isWorkingDayNumber,
  workingDaysBetweenDayNumbers,
} from '../../src/calendar/workingDayNumbers.js';

const d = assertIsoDate;
const span = (from: string, to: string): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let n = toDayNumber(d(from)); n <= toDayNumber(d(to)); n++) out.push(fromDayNumber(n));
  return out;
};

describe('the 2026 state-agency calendar against the announced days off (Công văn 9859/VPCP-KGVX)', () => {
  const off = (from: string, to: string): void => {
    for (const x of span(from, to)) expect(isWorkingDay(x), x).toBe(false);
  };
  const on = (...xs: string[]): void => {
    for (const x of xs) expect(isWorkingDay(d(x)), x).toBe(true);
  };

  it('Tết Dương lịch Thu 01/01 – Sun 04/01: Fri 2/1 off, Saturday 10/1 worked (Công văn 12729/VPCP-KGVX)', () => {
    off('2026-01-01', '2026-01-04');
    on('2025-12-31', '2026-01-05', '2026-01-10');
    expect(isWorkingDay(d('2026-01-11'))).toBe(false);
  });
  it('Tết: Sat 14/02 – Sun 22/02', () => {
    off('2026-02-14', '2026-02-22');
    on('2026-02-13', '2026-02-23');
  });
  it('Giỗ Tổ Sun 26/04 with compensatory Mon 27/04; 30/4 – 3/5', () => {
    off('2026-04-25', '2026-04-27');
    on('2026-04-24', '2026-04-28', '2026-04-29');
    off('2026-04-30', '2026-05-03');
    on('2026-05-04');
  });
  it('Quốc khánh: Sat 29/08 – Wed 02/09, with Saturday 22/08 worked', () => {
    off('2026-08-29', '2026-09-02');
    on('2026-08-28', '2026-09-03', '2026-08-22');
    expect(isWorkingDay(d('2026-08-23'))).toBe(false);
  });
  it('250 working days in 2026: 261 weekdays − 13 weekday days off + Saturdays 10/1 and 22/8', () => {
    expect(span('2026-01-01', '2026-12-31').filter((x) => isWorkingDay(x))).toHaveLength(250);
    expect(workingDaysBetween(d('2025-12-31'), d('2026-12-31'))).toBe(250);
  });
  it('250 working days in 2025: 261 weekdays − 12 weekday days off + Saturday 26/4', () => {
    expect(workingDaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(250);
    expect(isWorkingDay(d('2025-04-26'))).toBe(true);
    expect(isWorkingDay(d('2025-05-02'))).toBe(false);
    expect(span('2025-01-25', '2025-02-02').some((x) => isWorkingDay(x))).toBe(false);
    expect(span('2025-08-30', '2025-09-02').some((x) => isWorkingDay(x))).toBe(false);
  });
});

describe('the 2022 state-agency calendar against the announced days off', () => {
  it('Tết 29/1–6/2 with the weekends: 249 working days', () => {
    expect(span('2022-01-29', '2022-02-06').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2022-01-28'))).toBe(true);
    expect(isWorkingDay(d('2022-02-07'))).toBe(true);
    // 260 weekdays − 11 weekday days off (3/1; 31/1–4/2; 11/4; 2, 3/5; 1, 2/9)
    expect(workingDaysBetween(d('2021-12-31'), d('2022-12-31'))).toBe(249);
  });
});

describe('the 2023 state-agency calendar against the announced days off', () => {
  it('Tết 20/1–26/1, 29/4–3/5, Quốc khánh 1/9–4/9: 249 working days', () => {
    expect(span('2023-01-20', '2023-01-26').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2023-01-19'))).toBe(true);
    expect(isWorkingDay(d('2023-01-27'))).toBe(true);
    expect(span('2023-04-29', '2023-05-03').some((x) => isWorkingDay(x))).toBe(false);
    expect(span('2023-09-01', '2023-09-04').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2023-09-05'))).toBe(true);
    // 260 weekdays − 11 weekday days off (2/1; 20, 23, 24, 25, 26/1; 1, 2, 3/5; 1, 4/9)
    expect(workingDaysBetween(d('2022-12-31'), d('2023-12-31'))).toBe(249);
  });
});

describe('the 2024 state-agency calendar against the announced days off', () => {
  it('Tết 8/2–14/2, 27/4–1/5 with Saturday 4/5 worked, Quốc khánh 31/8–3/9: 251 working days', () => {
    expect(span('2024-02-08', '2024-02-14').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2024-02-07'))).toBe(true);
    expect(isWorkingDay(d('2024-02-15'))).toBe(true);
    expect(span('2024-04-27', '2024-05-01').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2024-05-04'))).toBe(true);
    expect(isWorkingDay(d('2024-04-18'))).toBe(false); // Giỗ Tổ, Thursday
    expect(span('2024-08-31', '2024-09-03').some((x) => isWorkingDay(x))).toBe(false);
    expect(isWorkingDay(d('2024-09-04'))).toBe(true);
    // 262 weekdays − 12 weekday days off (1/1; 8, 9, 12, 13, 14/2; 18/4; 29, 30/4, 1/5; 2, 3/9) + Saturday 4/5
    expect(workingDaysBetween(d('2023-12-31'), d('2024-12-31'))).toBe(251);
  });
});

describe('addWorkingDays / workingDaysBetween / nextWorkingDay', () => {
  it('counts across Tết and year ends', () => {
    expect(addWorkingDays(d('2026-02-13'), 1)).toBe('2026-02-23');
    expect(addWorkingDays(d('2026-02-13'), 5)).toBe('2026-02-27');
    expect(addWorkingDays(d('2026-02-14'), 0)).toBe('2026-02-23');
    expect(addWorkingDays(d('2026-02-12'), 0)).toBe('2026-02-12');
    expect(addWorkingDays(d('2026-02-23'), -1)).toBe('2026-02-13');
    expect(addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-05'); // 1/1 Tết, Fri 2/1 swapped off
    expect(addWorkingDays(d('2026-01-05'), -1)).toBe('2025-12-31');
    expect(addWorkingDays(d('2026-01-09'), 1)).toBe('2026-01-10'); // Saturday 10/1 worked
    expect(addWorkingDays(d('2024-12-31'), 1)).toBe('2025-01-02');
    expect(nextWorkingDay(d('2026-04-24'))).toBe('2026-04-28');
    expect(previousWorkingDay(d('2026-05-04'))).toBe('2026-04-29');
    expect(workingDaysBetween(d('2026-02-13'), d('2026-02-23'))).toBe(1);
    expect(workingDaysBetween(d('2026-02-23'), d('2026-02-13'))).toBe(-1);
    expect(workingDaysBetween(d('2026-03-02'), d('2026-03-02'))).toBe(0);
    expect(workingDaysBetween(d('2026-03-02'), d('2026-03-09'))).toBe(5);
  });

  it('29/02 and long spans', () => {
    expect(isWorkingDay(d('2024-02-29'))).toBe(true); // Thursday
    expect(addWorkingDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(workingDaysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    const n = workingDaysBetween(d('2014-01-01'), d('2099-12-31'));
    expect(addWorkingDays(d('2014-01-01'), n)).toBe(addWorkingDays(d('2099-12-31'), 0));
    const end = addWorkingDays(d('2014-01-01'), n);
    expect(addWorkingDays(end, -(n - 1))).toBe(nextWorkingDay(d('2014-01-01')));
  });

  it('rejects non-integer n and unsupported years', () => {
    expect(() => addWorkingDays(d('2026-01-05'), 1.5)).toThrow(CchcError);
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 0.5, -1e-9]) {
      try {
        addWorkingDays(d('2026-01-05'), n);
        expect.unreachable();
      } catch (e) {
        expect((e as CchcError).issues[0]?.code).toBe('invalid_number');
      }
    }
    expect(() => isWorkingDay(d('2013-06-03'))).toThrow(CchcError);
    expect(() => addWorkingDays(d('2014-01-03'), -10)).toThrow(CchcError);
  });

  it('agrees with a day-by-day oracle built from the shipped data, 2014–2060', () => {
    // The oracle reads the data itself (every announced day on its own date),
    // not vietnamHolidays, so a bug shared by both would still show.
    const offDays = new Set<string>();
    const worked = new Set<string>();
    for (let y = 2014; y <= 2060; y++) {
      const data = VIETNAM_HOLIDAY_DATA[y];
      for (const h of vietnamHolidays(
        y,
        vietnamWorkCalendar({ builtInData: false, data: data ? [data] : [] }),
      ))
        if (h.kind !== 'working_weekend' && h.kind !== 'announced') offDays.add(h.date);
      for (const e of data?.daysOff ?? []) offDays.add(e.date);
      for (const w of data?.workingDays ?? []) worked.add(w.date);
    }
    let bad = 0;
    let count = 0;
    for (const x of span('2014-01-01', '2060-12-31')) {
      const w = dayOfWeek(x);
      const expected = worked.has(x) || (w !== 0 && w !== 6 && !offDays.has(x));
      if (isWorkingDay(x) !== expected) bad++;
      if (expected) count++;
    }
    expect(bad).toBe(0);
    expect(
      workingDaysBetween(d('2014-01-01'), d('2060-12-31')) + (isWorkingDay(d('2014-01-01')) ? 1 : 0),
    ).toBe(count);
  });
});

describe('properties (fast-check)', () => {
  const lo = toDayNumber(d('2017-01-01')); // far enough from 2014 to go 400 working days back
  const hi = toDayNumber(d('2095-12-31'));
  const date = fc.integer({ min: lo, max: hi }).map(fromDayNumber);
  const calendars: WorkCalendar[] = [
    STATE_WORK_CALENDAR,
    vietnamWorkCalendar({ profile: 'enterprise' }),
    vietnamWorkCalendar({ weeklyRestDays: [5, 6, 0] }),
  ];
  const cal = fc.constantFrom(...calendars);

  it('addWorkingDays lands on a working day and is strictly monotonic in n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), cal, (x, n, c) => {
        const a = addWorkingDays(x, n, c);
        const b = addWorkingDays(x, n + 1, c);
        expect(isWorkingDay(a, c)).toBe(true);
        // strictly increasing, except that n = 0 and n = 1 agree when x is not a working day
        if (n === 0 && !isWorkingDay(x, c)) expect(a).toBe(b);
        else expect(a < b).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) is n for n ≥ 1; the backward and n = 0 cases as documented', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), cal, (x, n, c) => {
        expect(workingDaysBetween(x, addWorkingDays(x, n, c), c)).toBe(n);
        const back = addWorkingDays(x, -n, c);
        expect(back < x).toBe(true);
        expect(workingDaysBetween(back, x, c)).toBe(n - 1 + (isWorkingDay(x, c) ? 1 : 0));
        expect(workingDaysBetween(x, addWorkingDays(x, 0, c), c)).toBe(isWorkingDay(x, c) ? 0 : 1);
      }),
    );
  });

  it('workingDaysBetween is additive and antisymmetric, and counts day by day', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -60, max: 60 }),
        cal,
        (x, i, j, c) => {
          const y = addDays(x, i);
          const z = addDays(y, j);
          expect(workingDaysBetween(x, y, c) + workingDaysBetween(y, z, c)).toBe(workingDaysBetween(x, z, c));
          expect(workingDaysBetween(y, x, c) + workingDaysBetween(x, y, c)).toBe(0);
          if (i >= 0) {
            let count = 0;
            for (let k = 1; k <= i; k++) if (isWorkingDay(addDays(x, k), c)) count++;
            expect(workingDaysBetween(x, y, c)).toBe(count);
          }
        },
      ),
    );
  });

  it('the internal day-number forms agree with the IsoDate forms', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -50, max: 50 }), cal, (x, y, n, c) => {
        expect(isWorkingDayNumber(toDayNumber(x), c)).toBe(isWorkingDay(x, c));
        expect(fromDayNumber(addWorkingDayNumber(toDayNumber(x), n, c))).toBe(addWorkingDays(x, n, c));
        expect(workingDaysBetweenDayNumbers(toDayNumber(x), toDayNumber(y), c)).toBe(
          workingDaysBetween(x, y, c),
        );
      }),
    );
  });

  it('a fresh calendar object gives the same answers as a warmed-up one (the cache is invisible)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -30, max: 30 }), (x, n) => {
        const fresh = vietnamWorkCalendar();
        expect(addWorkingDays(x, n, fresh)).toBe(addWorkingDays(x, n));
        expect(isWorkingDay(x, vietnamWorkCalendar())).toBe(isWorkingDay(x));
      }),
      { numRuns: 50 },
    );
  });
});

describe('vietnamWorkCalendar', () => {
  it('defaults to state agencies, Monday–Friday, with the built-in data', () => {
    expect(STATE_WORK_CALENDAR.profile).toBe('state');
    expect(STATE_WORK_CALENDAR.weeklyRestDays).toEqual([6, 0]);
    expect(STATE_WORK_CALENDAR.data.map((x) => x.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(Object.isFrozen(STATE_WORK_CALENDAR)).toBe(true);
    expect(Object.isFrozen(STATE_WORK_CALENDAR.weeklyRestDays)).toBe(true);
  });

  it('enterprise: Sunday rest and rules only (no state swap): Saturday 29/4/2023 Giỗ Tổ is no rest day', () => {
    const ent = vietnamWorkCalendar({ profile: 'enterprise' });
    expect(ent.weeklyRestDays).toEqual([0]);
    expect(ent.data).toEqual([]);
    expect(isWorkingDay(d('2023-04-29'), ent)).toBe(false); // the holiday itself
    expect(isWorkingDay(d('2023-05-02'), ent)).toBe(false); // compensatory for Sunday 30/4
    expect(isWorkingDay(d('2023-05-03'), ent)).toBe(true);
    expect(isWorkingDay(d('2026-08-31'), ent)).toBe(true); // the state swap does not apply
    expect(isWorkingDay(d('2026-08-29'), ent)).toBe(true); // a Saturday
  });

  it('user data replaces the built-in schedule of its year; builtInData: false gives rules only', () => {
    const mine = vietnamWorkCalendar({
      data: [
        { year: 2026, source: 'Thông báo của cơ quan', daysOff: [{ date: d('2026-12-31'), name: 'Nghỉ' }] },
      ],
    });
    expect(isWorkingDay(d('2026-12-31'), mine)).toBe(false);
    expect(isWorkingDay(d('2026-08-31'), mine)).toBe(true); // built-in 2026 swap replaced
    expect(isWorkingDay(d('2025-05-02'), mine)).toBe(false); // 2025 still built in
    const rules = vietnamWorkCalendar({ builtInData: false });
    expect(isWorkingDay(d('2025-05-02'), rules)).toBe(true);
    expect(isWorkingDay(d('2025-04-26'), rules)).toBe(false);
  });

  it('rejects bad options with every issue', () => {
    const err = (f: () => unknown): CchcError => {
      try {
        f();
      } catch (e) {
        return e as CchcError;
      }
      throw new Error('did not throw');
    };
    expect(err(() => vietnamWorkCalendar({ weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] })).issues[0]?.code).toBe(
      'invalid_work_calendar',
    );
    const e = err(() =>
      vietnamWorkCalendar({
        data: [
          { year: 2027, source: '', daysOff: [{ date: '2027-02-30' as IsoDate, name: 'x' }] },
          { year: 2027, source: 'x' },
        ],
      }),
    );
    expect(e.issues.map((i) => i.code)).toEqual([
      'invalid_holiday_data',
      'invalid_date',
      'invalid_work_calendar',
    ]);
    expect(e.issues[1]?.path).toEqual(['data', 0, 'daysOff', 0, 'date']);
  });
});
