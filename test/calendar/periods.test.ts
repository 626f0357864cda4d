import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  addDays,
  assertIsoDate,
  eachPeriod,
  fromDayNumber,
  period,
  periodEnd,
  periodOf,
  periodStart,
  periodsPerYear,
  toDayNumber,
  type PeriodUnit,
} from '../../src/index.js';

const d = assertIsoDate;
const UNITS: readonly PeriodUnit[] = ['month', 'quarter', 'half', 'year'];

describe('periodStart / periodEnd', () => {
  it('gives the first and last days of quarters, halves, months and years', () => {
    expect([1, 2, 3, 4].map((q) => [periodStart('quarter', 2018, q), periodEnd('quarter', 2018, q)])).toEqual(
      [
        ['2018-01-01', '2018-03-31'],
        ['2018-04-01', '2018-06-30'],
        ['2018-07-01', '2018-09-30'],
        ['2018-10-01', '2018-12-31'],
      ],
    );
    expect(periodEnd('half', 2019, 1)).toBe('2019-06-30');
    expect(periodStart('half', 2019, 2)).toBe('2019-07-01');
    expect(periodEnd('year', 2020)).toBe('2020-12-31');
    expect(periodStart('year', 2020)).toBe('2020-01-01');
  });

  it('knows February in leap and common years (29/02)', () => {
    expect(periodEnd('month', 2024, 2)).toBe('2024-02-29');
    expect(periodEnd('month', 2023, 2)).toBe('2023-02-28');
    expect(periodEnd('month', 2000, 2)).toBe('2000-02-29');
    expect(periodEnd('month', 1900, 2)).toBe('1900-02-28');
  });

  it('rejects periods that do not exist', () => {
    expect(() => periodStart('quarter', 2018, 5)).toThrow(CchcError);
    expect(() => periodEnd('month', 2018, 13)).toThrow(CchcError);
    expect(() => periodEnd('month', 2018, 0)).toThrow(CchcError);
    expect(() => periodEnd('half', 2018, 3)).toThrow(CchcError);
    expect(() => periodEnd('year', 2018, 2)).toThrow(CchcError);
    expect(() => periodEnd('quarter', 2018.5, 1)).toThrow(CchcError);
    try {
      periodStart('quarter', 2018, 5);
    } catch (e) {
      expect((e as CchcError).issues[0]?.code).toBe('invalid_period');
    }
  });
});

describe('periodOf', () => {
  it('finds the period containing boundary dates', () => {
    expect(periodOf(d('2018-12-31'), 'quarter')).toEqual({
      unit: 'quarter',
      year: 2018,
      index: 4,
      start: '2018-10-01',
      end: '2018-12-31',
    });
    expect(periodOf(d('2024-02-29'), 'month').end).toBe('2024-02-29');
    expect(periodOf(d('2024-02-29'), 'half').index).toBe(1);
    expect(periodOf(d('2018-07-01'), 'half').index).toBe(2);
    expect(periodOf(d('2018-06-30'), 'half').index).toBe(1);
    expect(periodOf(d('2018-03-31'), 'quarter').index).toBe(1);
    expect(periodOf(d('2018-04-01'), 'quarter').index).toBe(2);
    expect(Object.isFrozen(periodOf(d('2018-04-01'), 'quarter'))).toBe(true);
  });

  it('property: the period contains the date, and neighbours tile the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 60000 }), fc.constantFrom(...UNITS), (n, unit) => {
        const date = fromDayNumber(n);
        const p = periodOf(date, unit);
        expect(p.start <= date && date <= p.end).toBe(true);
        // the day after the end starts the next period
        const next = periodOf(addDays(p.end, 1), unit);
        expect(next.start).toBe(addDays(p.end, 1));
        expect(toDayNumber(p.end) - toDayNumber(p.start) + 1).toBeGreaterThanOrEqual(
          { month: 28, quarter: 90, half: 181, year: 365 }[unit],
        );
      }),
    );
  });
});

describe('eachPeriod', () => {
  it('lists the periods overlapping a span, across years', () => {
    expect(
      eachPeriod('quarter', d('2018-11-15'), d('2019-04-01')).map((p) => `${p.index}/${p.year}`),
    ).toEqual(['4/2018', '1/2019', '2/2019']);
    expect(eachPeriod('month', d('2024-01-31'), d('2024-03-01')).map((p) => p.end)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    expect(eachPeriod('year', d('2016-01-01'), d('2020-12-31'))).toHaveLength(5);
    expect(eachPeriod('half', d('2018-12-31'), d('2018-12-31'))).toEqual([period('half', 2018, 2)]);
    expect(eachPeriod('month', d('2018-02-01'), d('2018-01-01'))).toEqual([]);
    expect(Object.isFrozen(eachPeriod('month', d('2018-01-01'), d('2018-03-01')))).toBe(true);
  });

  it('counts periodsPerYear', () => {
    expect(UNITS.map(periodsPerYear)).toEqual([12, 4, 2, 1]);
    expect(eachPeriod('month', d('2018-01-01'), d('2018-12-31'))).toHaveLength(12);
  });
});
