/**
 * Deadline phrasings beyond the four seed plans, by family (see
 * fixtures/unseenForms.ts for the phrases and the documents they come from):
 * each is read, checked against its meaning (kind, the fields that carry it,
 * the due date, occurrences), validated by the schema, and its canonical
 * text must read back to the same deadline.
 */
import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../../src/calendar/isoDate.js';
import {
  deadlineSchema,
  dueDate,
  formatDeadline,
  occurrences,
  parseDeadline,
  UNKNOWN_DEADLINE_REASONS,
} from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';
import { families, qn2017, unknowns } from './fixtures/unseenForms.js';

describe('phrasings beyond the seed plans, by family', () => {
  for (const [family, rows] of Object.entries(families)) {
    describe(family, () => {
      it.each(rows.map((r) => [`${r.text.replace(/\r?\n/g, ' ⏎ ')} (${r.source})`, r] as const))(
        '%s',
        (_n, r) => {
          const d = parseDeadline(r.text, r.ctx);
          expect(d).toMatchObject(r.is);
          expect(d.raw).toBe(r.text);
          expect(dueDate(d)).toBe(r.due);
          expect(deadlineSchema().safeParse(d).success).toBe(true);
          expect(Object.isFrozen(d)).toBe(true);
          const [from, to] = r.window ?? ['2019-01-01', '2019-12-31'];
          if (r.occurs !== undefined)
            expect(occurrences(d, { from: assertIsoDate(from), to: assertIsoDate(to) })).toEqual(r.occurs);
          // the canonical text reads back to the same deadline, without the context
          expect(withoutRaw(parseDeadline(formatDeadline(d)))).toEqual(withoutRaw(d));
        },
      );
    });
  }
});

describe('what stays ambiguous is unknown, with a reason', () => {
  it.each(unknowns)('%s (context %j) → %s (%s)', (text, ctx, reason) => {
    const d = parseDeadline(text, ctx);
    expect(d).toEqual({ kind: 'unknown', raw: text, reason });
    expect(dueDate(d)).toBeNull();
  });

  it('explains every reason in Vietnamese and English', () => {
    for (const r of [
      'empty',
      'impossible-date',
      'impossible-period',
      'no-year',
      'ambiguous',
      'unrecognised',
    ] as const) {
      expect(UNKNOWN_DEADLINE_REASONS[r].message.length).toBeGreaterThan(10);
      expect(UNKNOWN_DEADLINE_REASONS[r].messageEn.length).toBeGreaterThan(10);
    }
    expect(Object.isFrozen(UNKNOWN_DEADLINE_REASONS.ambiguous)).toBe(true);
  });
});

describe('status consumers see the readings through dueDate and occurrences', () => {
  it('a completion with a running tail is due at the completion, and only there', () => {
    const d = parseDeadline('Hoàn thành và triển khai từ năm 2017');
    expect(dueDate(d)).toBe('2017-12-31');
    expect(dueDate(d, { strictBefore: true })).toBe('2017-12-31');
    expect(occurrences(d, { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2030-12-31') })).toEqual(
      [],
    );
    // an open range without a completion still has no due date
    expect(dueDate(parseDeadline('Triển khai từ 2019'))).toBeNull();
  });

  it('lines that read as one deadline together keep no parts', () => {
    const d = parseDeadline('Quý I\nQuý IV', qn2017);
    expect(d.kind === 'multi' && 'parts' in d).toBe(false);
  });

  it('a cut-off in the month after the period keeps the period of the rule', () => {
    const d = parseDeadline('Định kỳ hằng quý trong năm 2018, trước ngày 10 của tháng đầu quý sau');
    expect(d).toMatchObject({ kind: 'recurring', from: { year: 2018 }, until: { year: 2018 } });
    expect(occurrences(d, { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2019-12-31') })).toEqual([
      '2018-04-10',
      '2018-07-10',
      '2018-10-10',
      '2019-01-10',
    ]);
    expect(
      occurrences(
        d,
        { from: assertIsoDate('2018-01-01'), to: assertIsoDate('2019-12-31') },
        { strictBefore: true },
      ),
    ).toEqual(['2018-04-09', '2018-07-09', '2018-10-09', '2019-01-09']);
  });
});
