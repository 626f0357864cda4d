import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatProcessingTime } from '../../src/dossier/formatProcessingTime.js';
import { parseProcessingTime } from '../../src/dossier/parseProcessingTime.js';
import type { ProcessingStep, ProcessingTime } from '../../src/dossier/processingTime.js';

/** The value without the `raw` text the parser keeps. */
function strip(t: ProcessingTime): unknown {
  return JSON.parse(JSON.stringify(t, (k, v: unknown) => (k === 'raw' ? undefined : v)));
}

const halves = fc.integer({ min: 1, max: 400 }).map((n) => n / 2);
const workingDay: fc.Arbitrary<ProcessingStep> = fc.oneof(
  halves.map((days) => ({ kind: 'working_days' as const, days })),
  fc
    .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 480 }))
    .map(([days, equivalentHours]) => ({ kind: 'working_days' as const, days, equivalentHours })),
);
const calendarDay: fc.Arbitrary<ProcessingStep> = fc
  .integer({ min: 1, max: 3650 })
  .map((days) => ({ kind: 'calendar_days' as const, days }));
const hours: fc.Arbitrary<ProcessingStep> = fc
  .integer({ min: 1, max: 200 })
  .map((n) => ({ kind: 'working_hours' as const, hours: n / 2 }));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`);

const single: fc.Arbitrary<ProcessingTime> = fc.oneof(
  workingDay,
  calendarDay,
  hours,
  fc.constant({ kind: 'same_day' as const }),
  clock.map((cutoff) => ({ kind: 'same_day' as const, cutoff })),
  // steps one after the other, without a total
  fc
    .array(fc.oneof(workingDay, calendarDay, hours), { minLength: 2, maxLength: 3 })
    .map((steps) => ({ kind: 'mixed' as const, steps })),
  // calendar and working days with their stated total
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 })).map(([c, w]) => ({
    kind: 'mixed' as const,
    steps: [
      { kind: 'calendar_days' as const, days: c },
      { kind: 'working_days' as const, days: w },
    ],
    totalDays: c + w,
  })),
);
const time: fc.Arbitrary<ProcessingTime> = fc.oneof(
  { weight: 4, arbitrary: single },
  {
    weight: 1,
    arbitrary: fc
      .tuple(single, single)
      .map(([first, second]) => ({ kind: 'two_appointments' as const, first, second })),
  },
);

describe('formatProcessingTime', () => {
  it('writes the forms of the procedure listings', () => {
    expect(formatProcessingTime({ kind: 'working_days', days: 5 })).toBe('Không quá 05 ngày làm việc');
    expect(formatProcessingTime({ kind: 'working_days', days: 1.5 })).toBe('Không quá 1,5 ngày làm việc');
    expect(formatProcessingTime({ kind: 'calendar_days', days: 15 })).toBe('Không quá 15 ngày');
    expect(formatProcessingTime({ kind: 'working_hours', hours: 4 })).toBe('Trong 04 giờ làm việc');
    expect(formatProcessingTime({ kind: 'same_day', cutoff: '15:00' })).toBe(
      'Trong ngày; tiếp nhận sau 15 giờ 00 thì trả kết quả trong ngày làm việc tiếp theo',
    );
  });

  it('reads back as the value it was written from (parse ∘ format = identity)', () => {
    fc.assert(
      fc.property(time, (t) => {
        const text = formatProcessingTime(t);
        const r = parseProcessingTime(text);
        if (!r.ok) throw new Error(`${text}: ${r.issues.map((i) => i.code).join(', ')}`);
        expect(strip(r.value)).toEqual(strip(t));
        // and the same through NFD text without diacritics
        const plain = text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd');
        const r2 = parseProcessingTime(plain);
        expect(r2.ok && strip(r2.value)).toEqual(strip(t));
      }),
      { numRuns: 500 },
    );
  });
});
