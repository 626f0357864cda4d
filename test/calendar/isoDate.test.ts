import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  dayNumberFromYmd,
  dayOfWeek,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  ymdFromDayNumber,
  assertIsoDate,
} from '../../src/index.js';

describe('IsoDate day arithmetic', () => {
  it('validates dates, 29/02 included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2018-12-31')).toBe(true);
    expect(isIsoDate('2018-12-32')).toBe(false);
    expect(parseIsoDate('2023-02-29').ok).toBe(false);
  });

  it('crosses 31/12 and 29/02', () => {
    expect(addDays(assertIsoDate('2018-12-31'), 1)).toBe('2019-01-01');
    expect(addDays(assertIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(assertIsoDate('2024-03-01'), -1)).toBe('2024-02-29');
    expect(daysBetween(assertIsoDate('2024-01-01'), assertIsoDate('2025-01-01'))).toBe(366);
    expect(dayOfWeek(assertIsoDate('2026-02-17'))).toBe(2);
  });

  it('property: toDayNumber and fromDayNumber are inverse over years 1–9999', () => {
    const lo = dayNumberFromYmd(1, 1, 1);
    const hi = dayNumberFromYmd(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (n) => {
        const s = fromDayNumber(n);
        expect(isIsoDate(s)).toBe(true);
        expect(toDayNumber(s)).toBe(n);
        const { year, month, day } = ymdFromDayNumber(n);
        expect(dayNumberFromYmd(year, month, day)).toBe(n);
        // the next day is the next calendar date
        if (n < hi) expect(toDayNumber(addDays(s, 1))).toBe(n + 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('every day from 1899-12-31 to 2101-01-01 parses back to its own number (flat strings)', () => {
    let bad = 0;
    for (let n = dayNumberFromYmd(1899, 12, 31); n <= dayNumberFromYmd(2101, 1, 1); n++) {
      const flat = JSON.parse(JSON.stringify(fromDayNumber(n))) as string;
      if (!isIsoDate(flat) || toDayNumber(flat) !== n) bad++;
    }
    expect(bad).toBe(0);
  });
});
