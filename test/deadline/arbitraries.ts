/**
 * fast-check generators of structured deadlines, as the parser produces
 * them (valid dates and periods, ranges in order, cut-offs that fit).
 */
import fc from 'fast-check';
import { daysInMonth, formatYmd } from '../../src/calendar/isoDate.js';
import {
  type Deadline,
  formatDeadline,
  type Milestone,
  parseDeadline,
  type RecurrenceCutoff,
  type RecurringDeadline,
} from '../../src/deadline/index.js';
import {
  compareMilestones,
  milestoneEnd,
  milestoneStart,
  partsMilestones,
  sameMilestone,
} from '../../src/deadline/milestone.js';

const year = fc.integer({ min: 1990, max: 2100 });

/** A deadline without its `raw` texts (its own and its parts'), to compare readings. */
export function withoutRaw(d: Deadline): unknown {
  const { raw: _raw, ...rest } = d;
  if (d.kind === 'multi' && d.parts !== undefined) return { ...rest, parts: d.parts.map(withoutRaw) };
  return rest;
}

export const dateMilestone: fc.Arbitrary<Milestone> = fc
  .record({
    y: year,
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    before: fc.boolean(),
  })
  .map(({ y, m, d, before }) => ({
    kind: 'date' as const,
    date: formatYmd(y, m, Math.min(d, daysInMonth(y, m))),
    before,
  }));

export const milestone: fc.Arbitrary<Milestone> = fc.oneof(
  dateMilestone,
  fc.record({ kind: fc.constant('month' as const), year, month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year,
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant('half' as const), year, half: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant('year' as const), year }),
);

/** Event texts as the parser keeps them (NFC, lower case). */
export const eventText = fc.constantFrom(
  'khi có văn bản pháp luật mới',
  'khi có hướng dẫn của trung ương',
  'đột xuất khi có yêu cầu',
  'đột xuất',
  'theo kế hoạch',
  'theo đề án',
  'theo tiến độ kế hoạch của ubnd tỉnh',
  'khi có quy định mới của pháp luật',
  'sau khi có hướng dẫn của bộ nội vụ',
);

const ordered = (a: Milestone | null, b: Milestone | null): boolean =>
  a === null || b === null || milestoneStart(a) <= milestoneEnd(b);

const span = fc
  .record({
    from: fc.option(milestone, { nil: null }),
    until: fc.option(milestone, { nil: null }),
    same: fc.boolean(),
  })
  .map(({ from, until, same }) => (same && from !== null ? { from, until: from } : { from, until }))
  .filter(({ from, until }) => ordered(from, until));

function cutoffFor(every: RecurringDeadline['every']): fc.Arbitrary<RecurrenceCutoff | null> {
  const before = fc.boolean();
  switch (every) {
    case 'week':
      return fc.option(
        fc.record({
          kind: fc.constant('weekday' as const),
          weekday: fc.constantFrom(
            0 as const,
            1 as const,
            2 as const,
            3 as const,
            4 as const,
            5 as const,
            6 as const,
          ),
          time: fc.option(
            fc
              .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
              .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
            { nil: null },
          ),
          before,
        }),
        { nil: null },
      );
    case 'month':
      return fc.option(
        fc.oneof(
          fc.record({
            kind: fc.constant('day-of-month' as const),
            day: fc.integer({ min: 1, max: 31 }),
            // "ngày 05" (of each month) or "ngày 10 của tháng sau"
            month: fc.constantFrom('last' as const, 'next' as const),
            before,
          }),
          fc.record({
            kind: fc.constant('week-of-month' as const),
            week: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 'last' as const),
          }),
        ),
        { nil: null },
      );
    case 'quarter':
    case 'half': {
      const n = every === 'quarter' ? 3 : 6;
      return fc.option(
        fc.record({
          kind: fc.constant('day-of-month' as const),
          day: fc.integer({ min: 1, max: 31 }),
          month: fc.oneof(
            fc.constantFrom('first' as const, 'last' as const, 'next' as const),
            fc.integer({ min: 1, max: n }),
          ),
          before,
        }),
        { nil: null },
      );
    }
    case 'year':
      return fc.option(
        fc.oneof(
          fc.record({
            kind: fc.constant('day-of-month' as const),
            day: fc.integer({ min: 1, max: 31 }),
            month: fc.constantFrom('first' as const, 'last' as const, 'next' as const),
            before,
          }),
          fc
            .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), before })
            .map(({ month, day, before: b }) => ({
              kind: 'day-of-year' as const,
              month,
              day: Math.min(day, daysInMonth(2000, month)),
              before: b,
            })),
          fc.record({ kind: fc.constant('month-of-year' as const), month: fc.integer({ min: 1, max: 12 }) }),
        ),
        { nil: null },
      );
  }
}

const recurring: fc.Arbitrary<Deadline> = fc
  .constantFrom('week' as const, 'month' as const, 'quarter' as const, 'half' as const, 'year' as const)
  .chain((every) =>
    fc.record({
      kind: fc.constant('recurring' as const),
      raw: fc.constant(''),
      every: fc.constant(every),
      times: fc.integer({ min: 1, max: 4 }),
      cutoff: cutoffFor(every),
      span,
      events: fc.uniqueArray(eventText, { maxLength: 2 }),
    }),
  )
  .map(({ span: s, ...r }) => ({ ...r, from: s.from, until: s.until }));

const multi: fc.Arbitrary<Deadline> = fc
  .array(milestone, { minLength: 2, maxLength: 5 })
  .map((ms) =>
    [...ms].sort(compareMilestones).filter((m, i, a) => i === 0 || !sameMilestone(m, a[i - 1] as Milestone)),
  )
  .filter((ms) => ms.length >= 2)
  .map((milestones) => ({ kind: 'multi' as const, raw: '', milestones }));

/** Closed and open ranges, and open ranges with a completion ("Hoàn thành … và triển khai từ …"). */
const range: fc.Arbitrary<Deadline> = fc.oneof(
  fc
    .record({ from: milestone, to: fc.option(milestone, { nil: null }) })
    .filter(({ from, to }) => ordered(from, to))
    .map(({ from, to }) => ({ kind: 'range' as const, raw: '', from, to })),
  fc
    .record({ from: milestone, completeBy: milestone, same: fc.boolean() })
    .map(({ from, completeBy, same }) => ({
      kind: 'range' as const,
      raw: '',
      from,
      to: null,
      completeBy: same ? from : completeBy,
    })),
);

const continuous: fc.Arbitrary<Deadline> = fc
  .record({ span, event: fc.option(eventText, { nil: null }) })
  .map(({ span: s, event }) => ({
    kind: 'continuous' as const,
    raw: '',
    from: s.from,
    until: s.until,
    event,
  }));

/**
 * A cell with one deadline per line: two or three parts (dated, multi,
 * range, continuous), at least one with a due date, whose lines do not read
 * as one deadline together (else the parser reads them as one).
 */
const perLine: fc.Arbitrary<Deadline> = fc
  .array(
    fc.oneof(
      milestone.map((m): Deadline => ({ ...m, raw: '' })),
      multi,
      range,
      continuous,
    ),
    {
      minLength: 2,
      maxLength: 3,
    },
  )
  .map((parts) => ({ parts, milestones: partsMilestones(parts) }))
  .filter(
    ({ parts, milestones }) =>
      milestones.length > 0 && parseDeadline(parts.map(formatDeadline).join(' ')).kind === 'unknown',
  )
  .map(({ parts, milestones }) => ({ kind: 'multi' as const, raw: '', milestones, parts }));

/** Any structured deadline except `unknown`. */
export const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  milestone.map((m) => ({ ...m, raw: '' })),
  multi,
  range,
  continuous,
  perLine,
  recurring,
  fc.record({
    kind: fc.constant('event' as const),
    raw: fc.constant(''),
    trigger: eventText,
    after: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('event' as const),
    raw: fc.constant(''),
    trigger: fc.constantFrom('kể từ ngày nghị định có hiệu lực', 'kể từ ngày nhận được hồ sơ'),
    after: fc.record({
      amount: fc.integer({ min: 1, max: 365 }),
      unit: fc.constantFrom('days' as const, 'working-days' as const, 'months' as const),
    }),
  }),
);
