/**
 * dueDate and occurrences are typed to return IsoDates: for a milestone built
 * by hand with any numbers or any date string, they return a real date or
 * throw a CchcError (invalid_date), never a non-date nor a date rolled over
 * into another month or year.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  type Deadline,
  dueDate,
  isIsoDate,
  isoDate,
  type Milestone,
  occurrences,
} from '../../src/index.js';

const anyNumber = fc.oneof(
  fc.integer({ min: -3, max: 15 }),
  fc.integer({ min: -20000, max: 20000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0.5, 2018.5, 1e21, -0),
);

const anyMilestone = fc.oneof(
  fc.record({
    kind: fc.constant('date' as const),
    date: fc.oneof(fc.constantFrom('2018-02-30', '2018-13-01', '2018-06-30', '2024-02-29', ''), fc.string()),
    before: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('month' as const), year: anyNumber, month: anyNumber }),
  fc.record({ kind: fc.constant('quarter' as const), year: anyNumber, quarter: anyNumber }),
  fc.record({ kind: fc.constant('half' as const), year: anyNumber, half: anyNumber }),
  fc.record({ kind: fc.constant('year' as const), year: anyNumber }),
);

/** The year, month (or null) a milestone names, when it names a real one. */
function named(m: {
  kind: string;
  year?: number;
  month?: number;
}): { year: number; month: number | null } | null {
  if (m.kind === 'date') return null;
  return { year: m.year as number, month: m.kind === 'month' ? (m.month as number) : null };
}

describe('dueDate of a milestone built by hand', () => {
  it('the cases that used to lie', () => {
    const bad = [
      { kind: 'date', date: '2018-02-30', before: false },
      { kind: 'date', date: 'x', before: true },
      { kind: 'month', year: 2018, month: 13 },
      { kind: 'month', year: 2, month: -2 },
      { kind: 'quarter', year: 2018, quarter: 5 },
      { kind: 'half', year: 2018, half: 3 },
      { kind: 'year', year: 2018.5 },
      { kind: 'year', year: Number.NaN },
    ];
    for (const m of bad) {
      expect(() => dueDate(m as unknown as Milestone), JSON.stringify(m)).toThrow(CchcError);
      try {
        dueDate(m as unknown as Milestone);
      } catch (e) {
        expect((e as CchcError).issues[0]?.code).toBe('invalid_date');
      }
    }
    expect(dueDate({ kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(dueDate({ kind: 'quarter', year: 2018, quarter: 2 })).toBe('2018-06-30');
    expect(
      dueDate({ kind: 'date', date: '2018-06-30', before: true } as Milestone, { strictBefore: true }),
    ).toBe('2018-06-29');
  });

  it('property: a real date in the named year and month, or CchcError invalid_date', () => {
    fc.assert(
      fc.property(anyMilestone, fc.boolean(), (m, strictBefore) => {
        let due: string | null;
        try {
          due = dueDate(m as unknown as Milestone, { strictBefore });
        } catch (e) {
          expect(e).toBeInstanceOf(CchcError);
          expect((e as CchcError).issues[0]?.code).toBe('invalid_date');
          return;
        }
        expect(isIsoDate(due), String(due)).toBe(true);
        const n = named(m);
        if (n !== null) {
          expect(Number((due as string).slice(0, 4))).toBe(n.year);
          if (n.month !== null) expect(Number((due as string).slice(5, 7))).toBe(n.month);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: occurrences of a multi or range of such milestones are real dates, or CchcError invalid_date', () => {
    const window = { from: isoDate('0001-01-01'), to: isoDate('9999-12-31') };
    fc.assert(
      fc.property(fc.array(anyMilestone, { minLength: 1, maxLength: 3 }), anyMilestone, (ms, to) => {
        for (const d of [
          { kind: 'multi', raw: '', milestones: ms },
          { kind: 'range', raw: '', from: ms[0], to },
        ]) {
          let dates: readonly string[];
          try {
            dates = occurrences(d as unknown as Deadline, window);
          } catch (e) {
            expect(e).toBeInstanceOf(CchcError);
            expect((e as CchcError).issues[0]?.code).toBe('invalid_date');
            continue;
          }
          for (const x of dates) expect(isIsoDate(x), x).toBe(true);
          if (d.kind === 'multi') {
            const months = ms.map(named).filter((n) => n !== null && n.month !== null);
            for (const n of months)
              expect(dates).toContain(
                dueDate({ kind: 'month', year: n?.year, month: n?.month } as Milestone),
              );
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
