/**
 * The calendar functions on values that are not what their types say: work
 * calendars written by hand (every day a rest day, a weekday 7, data that is
 * not a schedule), Proxies and getters where a date, a lunar date or holiday
 * data is expected. Each answers with a library issue — a `Result` or a
 * `CchcError` — never a TypeError from inside and never a loop without end.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  holidaySchedule,
  isoDate,
  isValidLunarDate,
  isWorkingDay,
  lunarToSolar,
  parseDateVi,
  parseHolidayData,
  parseIsoDate,
  safeLunarToSolar,
  vietnamHolidays,
  vietnamWorkCalendar,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/calendar/index.js';
import { failed, getter, lines, revoked, thrown } from './support.js';

describe('work calendars written by hand', () => {
  const d = isoDate('2018-01-02');

  it('refuses one where every day is a rest day (counting never ended)', () => {
    const allRest = { profile: 'state', weeklyRestDays: [0, 1, 2, 3, 4, 5, 6], data: [] } as WorkCalendar;
    expect(thrown(() => addWorkingDays(d, 1, allRest))).toEqual(['weeklyRestDays invalid_work_calendar']);
    expect(thrown(() => workingDaysBetween(d, isoDate('2019-01-01'), allRest))).toEqual([
      'weeklyRestDays invalid_work_calendar',
    ]);
    expect(thrown(() => isWorkingDay(d, allRest))).toEqual(['weeklyRestDays invalid_work_calendar']);
  });

  it('refuses weekdays outside 0–6 (they were ignored) and data that is not a schedule (TypeError)', () => {
    const bad = { profile: 'state', weeklyRestDays: [7, 'x'], data: [] } as unknown as WorkCalendar;
    expect(thrown(() => addWorkingDays(d, 1, bad))).toEqual([
      'weeklyRestDays[0] invalid_work_calendar',
      'weeklyRestDays[1] invalid_work_calendar',
    ]);
    const nullData = { profile: 'state', weeklyRestDays: [0], data: [null] } as unknown as WorkCalendar;
    expect(thrown(() => addWorkingDays(d, 1, nullData))).toEqual(['data[0] invalid_holiday_data']);
    for (const c of [null, 5, 'state', revoked(), getter('weeklyRestDays')]) {
      expect(thrown(() => isWorkingDay(d, c as WorkCalendar)).length).toBeGreaterThan(0);
    }
  });

  it('still counts on a hand-written calendar that is well formed, as on the built one', () => {
    const own = { profile: 'enterprise', weeklyRestDays: [0], data: [] } as WorkCalendar;
    const built = vietnamWorkCalendar({ profile: 'enterprise' });
    expect(addWorkingDays(d, 10, own)).toBe(addWorkingDays(d, 10, built));
    expect(workingDaysBetween(d, isoDate('2019-06-30'), own)).toBe(
      workingDaysBetween(d, isoDate('2019-06-30'), built),
    );
  });

  it('vietnamWorkCalendar refuses options of the wrong shape with a CchcError (TypeError before)', () => {
    expect(thrown(() => vietnamWorkCalendar({ data: [null as never] }))).toEqual([
      'data[0] invalid_holiday_data',
    ]);
    expect(thrown(() => vietnamWorkCalendar({ weeklyRestDays: '06' as never }))).toEqual([
      'weeklyRestDays invalid_work_calendar',
    ]);
    expect(thrown(() => vietnamWorkCalendar({ data: {} as never }))).toEqual(['data invalid_work_calendar']);
    expect(
      thrown(() => vietnamWorkCalendar({ data: [{ year: 2030, source: 'x', daysOff: [null] } as never] })),
    ).toEqual(['data[0].daysOff[0] invalid_holiday_data']);
    expect(thrown(() => vietnamWorkCalendar(null as never))).toEqual([' invalid_work_calendar']);
    expect(thrown(() => vietnamWorkCalendar(revoked() as never))).toEqual([' unreadable']);
  });

  it('vietnamWorkCalendar names an option it does not know (a misspelt one was ignored)', () => {
    expect(thrown(() => vietnamWorkCalendar({ weekend: [0] } as never))).toEqual(['weekend unknown_field']);
  });

  it('vietnamHolidays and holidaySchedule refuse a second argument that is neither data nor a calendar', () => {
    for (const x of [null, 5, revoked(), getter('year')]) {
      expect(thrown(() => vietnamHolidays(2018, x as never)).length).toBeGreaterThan(0);
    }
    expect(thrown(() => holidaySchedule(2018, null as never)).length).toBeGreaterThan(0);
  });
});

describe('Result functions of the calendar never throw', () => {
  it('parseIsoDate and parseDateVi answer a revoked Proxy with invalid_date', () => {
    expect(failed(parseIsoDate(revoked()))).toEqual([' invalid_date']);
    expect(failed(parseDateVi(revoked()))).toEqual([' invalid_date']);
  });

  it('parseHolidayData answers a Proxy or a getter that throws with an issue', () => {
    for (const x of [revoked(), getter('year'), getter('source')]) {
      const r = parseHolidayData(x);
      expect(r.ok).toBe(false);
    }
    expect(failed(parseHolidayData(getter('year')))).toContain('year unreadable');
  });

  it('safeLunarToSolar answers anything that is not a lunar date with an issue', () => {
    for (const x of [null, undefined, 5, 'Tết', revoked(), getter('year')]) {
      const r = safeLunarToSolar(x as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_lunar_date');
    }
    expect(thrown(() => lunarToSolar(null as never))).toEqual([' invalid_lunar_date']);
    expect(isValidLunarDate(null as never)).toBe(false);
    expect(isValidLunarDate(revoked() as never)).toBe(false);
  });

  it('safeLunarToSolar says a year written as text is not a number, not that 2018 is out of range', () => {
    const r = safeLunarToSolar({ year: '2018', month: 1, day: 1 } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(lines(r.issues)).toEqual(['year invalid_lunar_date']);
  });
});
