/**
 * Types that cannot lie: every calendar function typed to return an IsoDate
 * returns a real date or throws a CchcError — for any number (integer or not,
 * NaN, ±Infinity, huge) and any string cast to IsoDate.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  addDays,
  addWorkingDays,
  eachPeriod,
  fromDayNumber,
  isIsoDate,
  isoDate,
  lastDayOfMonth,
  lunarToSolar,
  nextWorkingDay,
  period,
  periodEnd,
  periodOf,
  periodStart,
  previousWorkingDay,
  isoDateInVietnam,
  parseDateVi,
  type IsoDate,
  type PeriodUnit,
} from '../../src/index.js';

/** Calls `f`; passes when it returns a real IsoDate or throws a CchcError with an expected code. */
function realOrCchcError(f: () => unknown, codes: readonly string[]): void {
  let value: unknown;
  try {
    value = f();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    const code = (e as CchcError).issues[0]?.code ?? '';
    expect(codes).toContain(code);
    return;
  }
  expect(isIsoDate(value), String(value)).toBe(true);
}

/** Any number, with the awkward ones well represented. */
const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 15 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0.5,
    1e21,
    -1e21,
    2 ** 53,
  ),
);
/** Strings shaped like dates, mostly not real ones. */
const castDate = fc
  .oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.string({ maxLength: 12 }),
  )
  .map((s) => s as IsoDate);

const DATE_CODES = ['invalid_date'];
const NUMBER_CODES = ['invalid_date', 'invalid_number'];

describe('IsoDate-returning functions return a real date or throw CchcError', () => {
  it('the examples of the issue', () => {
    expect(() => lastDayOfMonth(2024, 13)).toThrow(CchcError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(CchcError);
    expect(() => addDays(isoDate('2020-01-01'), 0.5)).toThrow(CchcError);
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(1900, 2)).toBe('1900-02-28');
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
    expect(fromDayNumber(2932896)).toBe('9999-12-31');
    expect(() => fromDayNumber(2932897)).toThrow(CchcError);
    expect(() => addDays(isoDate('9999-12-31'), 1)).toThrow(CchcError);
  });

  it('isoDate accepts an ISO string or year, month, day — and nothing that is not a date', () => {
    expect(isoDate('2018-06-30')).toBe('2018-06-30');
    expect(isoDate(2018, 6, 30)).toBe('2018-06-30');
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2019-02-29', '2018-6-30', '30/06/2018', ' 2018-06-30', '']) {
      expect(() => isoDate(bad)).toThrow(CchcError);
    }
    expect(() => isoDate(2018, 2, 29)).toThrow(CchcError);
    expect(() => isoDate(2018.5, 1, 1)).toThrow(CchcError);
  });

  it('property: isoDate(y, m, d) for any numbers', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (y, m, d) => {
        realOrCchcError(() => isoDate(y, m, d), DATE_CODES);
      }),
      { numRuns: 500 },
    );
  });

  it('property: isoDate(text) for any string', () => {
    fc.assert(
      fc.property(castDate, (s) => {
        realOrCchcError(() => isoDate(s), DATE_CODES);
      }),
      { numRuns: 500 },
    );
  });

  it('property: fromDayNumber and addDays for any numbers', () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        realOrCchcError(() => fromDayNumber(n), NUMBER_CODES);
        realOrCchcError(() => addDays(isoDate('2020-01-01'), n), NUMBER_CODES);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: addDays on a cast string that is not a date throws invalid_date', () => {
    fc.assert(
      fc.property(castDate, fc.integer({ min: -400, max: 400 }), (s, n) => {
        realOrCchcError(() => addDays(s, n), DATE_CODES);
        if (!isIsoDate(s)) expect(() => addDays(s, n)).toThrow(CchcError);
      }),
      { numRuns: 500 },
    );
  });

  it('property: lastDayOfMonth for any numbers', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (y, m) => {
        realOrCchcError(() => lastDayOfMonth(y, m), DATE_CODES);
      }),
      { numRuns: 500 },
    );
  });

  it('property: period helpers for any numbers and units (constructor and __proto__ included)', () => {
    const unit = fc.constantFrom(
      'month',
      'quarter',
      'half',
      'year',
      'week',
      'constructor',
      '__proto__',
      'toString',
    );
    fc.assert(
      fc.property(unit, anyNumber, anyNumber, (u, y, i) => {
        const codes = ['invalid_period'];
        realOrCchcError(() => periodStart(u as PeriodUnit, y, i), codes);
        realOrCchcError(() => periodEnd(u as PeriodUnit, y, i), codes);
        realOrCchcError(() => period(u as PeriodUnit, y, i).end, codes);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(castDate, castDate, (a, b) => {
        const codes = ['invalid_date', 'invalid_period'];
        realOrCchcError(() => periodOf(a, 'quarter').start, codes);
        realOrCchcError(() => eachPeriod('month', a, b)[0]?.end ?? isoDate('2000-01-01'), codes);
      }),
      { numRuns: 300 },
    );
  });

  it('property: working-day functions for any count and any cast date', () => {
    const codes = ['invalid_date', 'invalid_number', 'unsupported_year'];
    fc.assert(
      fc.property(anyNumber, (n) => {
        realOrCchcError(() => addWorkingDays(isoDate('2024-06-28'), n), codes);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(castDate, (s) => {
        realOrCchcError(() => nextWorkingDay(s), codes);
        realOrCchcError(() => previousWorkingDay(s), codes);
      }),
      { numRuns: 300 },
    );
  });

  it('property: lunarToSolar for any numbers', () => {
    const codes = ['invalid_lunar_date', 'lunar_out_of_range'];
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, fc.boolean(), (year, month, day, leap) => {
        realOrCchcError(() => lunarToSolar({ year, month, day, leap }), codes);
      }),
      { numRuns: 500 },
    );
  });

  it('property: isoDateInVietnam for any instant, parseDateVi for any text', () => {
    fc.assert(
      fc.property(anyNumber, (ms) => {
        realOrCchcError(() => isoDateInVietnam(new Date(ms)), DATE_CODES);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), castDate, fc.anything()), (x) => {
        const r = parseDateVi(x);
        if (r.ok) expect(isIsoDate(r.value)).toBe(true);
        else expect(r.issues[0]?.code).toBe('invalid_date');
      }),
      { numRuns: 500 },
    );
  });
});
