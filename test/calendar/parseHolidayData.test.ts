import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_DATA_2026,
  assertIsoDate,
  isWorkingDay,
  parseHolidayData,
  vietnamWorkCalendar,
} from '../../src/index.js';

describe('parseHolidayData', () => {
  it('reads the shipped 2026 schedule from its JSON form, identically', () => {
    const r = parseHolidayData(JSON.parse(JSON.stringify(HOLIDAY_DATA_2026)));
    expect(r).toEqual({ ok: true, value: HOLIDAY_DATA_2026 });
    if (r.ok) expect(Object.isFrozen(r.value.daysOff)).toBe(true);
  });

  it('normalises names to NFC (NFD input reads the same)', () => {
    const nfd = 'Nghỉ hoán đổi'.normalize('NFD');
    const r = parseHolidayData({
      year: 2027,
      source: 'Công văn'.normalize('NFD'),
      daysOff: [{ date: '2027-05-03', name: nfd }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.daysOff?.[0]?.name).toBe('Nghỉ hoán đổi'.normalize('NFC'));
      expect(r.value.source).toBe('Công văn'.normalize('NFC'));
      const cal = vietnamWorkCalendar({ data: [r.value] });
      expect(isWorkingDay(assertIsoDate('2027-05-03'), cal)).toBe(false);
    }
  });

  it('reports every problem with its path, never throws', () => {
    const r = parseHolidayData({
      year: 2027,
      tetDays: ['2027-02-30', '2027-02-06'],
      daysOff: [{ date: '2029-05-03', name: 'x', extra: 1 }, 'oops'],
      workingDays: {},
      colour: 'red',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['colour', 'unknown_field'],
        ['source', 'invalid_holiday_data'],
        ['tetDays.0', 'invalid_date'],
        ['daysOff.0.extra', 'unknown_field'],
        ['daysOff.1', 'invalid_holiday_data'],
        ['workingDays', 'invalid_holiday_data'],
        ['daysOff.0.date', 'invalid_holiday_data'],
      ]);
    }
    expect(parseHolidayData(null).ok).toBe(false);
    expect(parseHolidayData([]).ok).toBe(false);
    expect(parseHolidayData({ year: '2026', source: 'x' }).ok).toBe(false);
  });
});
