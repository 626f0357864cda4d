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
  CchcError,
  type IsoDate,
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

describe('date functions refuse strings that are not existing dates', () => {
  const bad = [
    '2018-02-30',
    '2023-02-29',
    '2018-13-01',
    '2018-1-1',
    '2018/01/01',
    '2018-00-10',
    '20180101',
    'abcd-ef-gh',
    '',
  ];
  it.each(bad)('%s throws invalid_date instead of rolling over', (text) => {
    const d = text as IsoDate;
    for (const call of [
      () => toDayNumber(d),
      () => addDays(d, 1),
      () => daysBetween(d, d),
      () => dayOfWeek(d),
    ]) {
      expect(call).toThrowError(CchcError);
      try {
        call();
      } catch (e) {
        expect((e as CchcError).issues[0]?.code).toBe('invalid_date');
      }
    }
  });
  it('accepts 29/02 of a leap year and 31/12', () => {
    expect(addDays('2024-02-29' as IsoDate, 1)).toBe('2024-03-01');
    expect(addDays('2018-12-31' as IsoDate, 1)).toBe('2019-01-01');
  });
});

describe('toDayNumber agrees with isIsoDate', () => {
  it('accepts exactly the strings isIsoDate accepts (any digits, dashes in place)', () => {
    const digit = fc.constantFrom(...'0123456789:/-a'.split(''));
    fc.assert(
      fc.property(fc.array(digit, { minLength: 10, maxLength: 10 }), (chars) => {
        const text = `${chars.slice(0, 4).join('')}-${chars.slice(5, 7).join('')}-${chars.slice(8, 10).join('')}`;
        let threw = false;
        try {
          toDayNumber(text as IsoDate);
        } catch {
          threw = true;
        }
        return threw === !isIsoDate(text);
      }),
      { numRuns: 5000 },
    );
  });
});
