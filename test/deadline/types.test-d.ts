import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import {
  dueDate,
  formatDeadline,
  occurrences,
  parseDeadline,
  type Deadline,
  type DeadlineKind,
  type Milestone,
} from '../../src/deadline/index.js';

describe('deadline types', () => {
  it('parseDeadline returns the union, narrowed by kind', () => {
    const d = parseDeadline('Quý II/2018');
    expectTypeOf(d).toEqualTypeOf<Deadline>();
    if (d.kind === 'quarter') expectTypeOf(d.quarter).toEqualTypeOf<1 | 2 | 3 | 4>();
    if (d.kind === 'date') expectTypeOf(d.before).toEqualTypeOf<boolean>();
    if (d.kind === 'multi') expectTypeOf(d.milestones).toEqualTypeOf<readonly Milestone[]>();
    if (d.kind === 'multi') expectTypeOf(d.parts).toEqualTypeOf<readonly Deadline[] | undefined>();
    if (d.kind === 'range') expectTypeOf(d.to).toEqualTypeOf<Milestone | null>();
    if (d.kind === 'range') expectTypeOf(d.completeBy).toEqualTypeOf<Milestone | undefined>();
    if (d.kind === 'unknown')
      expectTypeOf(d.reason).toEqualTypeOf<
        'empty' | 'impossible-date' | 'impossible-period' | 'no-year' | 'ambiguous' | 'unrecognised'
      >();
    expectTypeOf(d.raw).toEqualTypeOf<string>();
    expectTypeOf<DeadlineKind>().toEqualTypeOf<
      | 'date'
      | 'month'
      | 'quarter'
      | 'half'
      | 'year'
      | 'multi'
      | 'range'
      | 'continuous'
      | 'recurring'
      | 'event'
      | 'unknown'
    >();
  });

  it('dueDate, occurrences and formatDeadline have the contract types', () => {
    expectTypeOf(dueDate).returns.toEqualTypeOf<IsoDate | null>();
    expectTypeOf(occurrences).returns.toEqualTypeOf<readonly IsoDate[]>();
    expectTypeOf(formatDeadline).returns.toEqualTypeOf<string>();
    // a plain string is not a date window
    // @ts-expect-error window ends must be IsoDate
    occurrences(parseDeadline('Quý I/2018'), { from: '2018-01-01', to: '2018-12-31' });
  });

  it('deadlines are read-only', () => {
    const d = parseDeadline('Quý II/2018');
    // @ts-expect-error raw is readonly
    d.raw = 'x';
  });
});
