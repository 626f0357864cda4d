import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dossierDueDate, type DossierDueOptions } from '../../src/dossier/dueDate.js';
import type { ProcessingTime } from '../../src/dossier/processingTime.js';
import {
  addDays,
  assertIsoDate,
  dayOfWeek,
  fromDayNumber,
  toDayNumber,
  type IsoDate,
} from '../../src/calendar/isoDate.js';
import { isWorkingDay } from '../../src/calendar/index.js';

const D = assertIsoDate;

function due(received: string, time: ProcessingTime | number | string, options?: DossierDueOptions): string {
  const r = dossierDueDate(D(received), time, undefined, options);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value.dueAt === undefined ? r.value.dueOn : `${r.value.dueOn} ${r.value.dueAt}`;
}
function issueCodes(
  received: string,
  time: ProcessingTime | number | string,
  options?: DossierDueOptions,
): string[] {
  const r = dossierDueDate(received, time, undefined, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('dossierDueDate on the Vietnamese state-agency calendar', () => {
  it('skips the Tết 2026 days off: received Fri 13/02/2026, 5 working days → Fri 27/02/2026', () => {
    expect(due('2026-02-13', 5)).toBe('2026-02-27');
    expect(due('2026-02-13', 'Không quá 05 ngày làm việc')).toBe('2026-02-27');
  });

  it('skips 30/4–1/5 and the compensatory Monday 27/4/2026 (Giỗ Tổ on a Sunday)', () => {
    expect(due('2026-04-29', 3)).toBe('2026-05-06');
    expect(due('2026-04-24', 1)).toBe('2026-04-28');
    expect(due('2026-04-24', 3)).toBe('2026-05-04');
  });

  it('counts Saturday 22/8/2026, a working day in exchange for Monday 31/8', () => {
    expect(dayOfWeek(D('2026-08-22'))).toBe(6);
    expect(due('2026-08-21', 1)).toBe('2026-08-22');
    expect(due('2026-08-21', 2)).toBe('2026-08-24');
  });

  it('skips Quốc khánh 2026 (29/8 – 2/9): received Fri 28/8, 1 working day → Thu 3/9', () => {
    expect(due('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('skips the 2025 swaps: Fri 2/5/2025 off, Sat 26/4/2025 worked', () => {
    expect(due('2025-04-25', 1)).toBe('2025-04-26');
    expect(due('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('crosses year ends, leap days, Tết 2025 and Quốc khánh 2025', () => {
    // 1/1/2026 Tết Dương lịch; Fri 2/1 swapped for Sat 10/1 (Công văn 12729/VPCP-KGVX)
    expect(due('2025-12-31', 1)).toBe('2026-01-05');
    expect(due('2025-12-17', 'Không quá 15 ngày')).toBe('2026-01-05'); // ends on 1/1 → next working day
    expect(due('2024-02-29', 5)).toBe('2024-03-07');
    expect(due('2024-02-28', { kind: 'calendar_days', days: 2 })).toBe('2024-03-01');
    expect(due('2025-01-24', 1)).toBe('2025-02-03'); // Tết 2025: 25/1 – 2/2 off
    expect(due('2025-08-29', 1)).toBe('2025-09-03'); // 30/8 – 2/9/2025 off
  });

  it('counts from the next working day when received on a day off', () => {
    // Sunday 1/3/2026 → deemed received Monday 2/3 → 5 working days → Monday 9/3
    expect(due('2026-03-01', 5)).toBe('2026-03-09');
    const r = dossierDueDate(D('2026-03-01'), 5);
    expect(r.ok && r.value.countFrom).toBe('2026-03-02');
    // practice where the next working day is day 1
    expect(due('2026-03-01', 5, { offHours: 'same_day' })).toBe('2026-03-06');
    // received during Tết: deemed received Monday 23/2/2026
    expect(due('2026-02-18', 1)).toBe('2026-02-24');
  });

  it('counts from the next working day when received after office hours', () => {
    expect(due('2026-03-05', 2, { receivedAt: '16:00' })).toBe('2026-03-09');
    expect(due('2026-03-05', 2, { receivedAt: '17:00' })).toBe('2026-03-10');
    expect(due('2026-03-05', 2, { receivedAt: '17:30' })).toBe('2026-03-10');
    expect(due('2026-03-05', 2, { receivedAt: '16:00', receiptCutoff: '16:00' })).toBe('2026-03-10');
    expect(due('2026-03-05', 2, { receivedAt: '17:30', offHours: 'same_day' })).toBe('2026-03-09');
    // Friday after hours before Tết 2026 → deemed received Monday 23/2
    expect(due('2026-02-13', 1, { receivedAt: '17:15' })).toBe('2026-02-24');
  });

  it('chooses the regime by the date of receipt and applies rules per regime', () => {
    const before = dossierDueDate(D('2025-06-30'), 1);
    const after = dossierDueDate(D('2025-07-01'), 1);
    expect(before.ok && before.value.regime).toBe('nd61-2018');
    expect(after.ok && after.value.regime).toBe('nd118-2025');
    const opts: DossierDueOptions = { byRegime: { 'nd61-2018': { offHours: 'same_day' } } };
    // Sunday 29/6/2025 under Nghị định 61/2018 rules set to 'same_day': Monday is day 1
    expect(due('2025-06-29', 1, opts)).toBe('2025-06-30');
    // Sunday 6/7/2025 under Nghị định 118/2025 (default): deemed Monday 7/7, due Tuesday 8/7
    expect(due('2025-07-06', 1, opts)).toBe('2025-07-08');
  });

  it('ends a period in calendar days on the next working day when it falls on a day off (BLDS 2015 Điều 148 khoản 5)', () => {
    expect(due('2026-02-02', 'Không quá 15 ngày')).toBe('2026-02-23');
    expect(due('2026-03-02', 'Không quá 15 ngày')).toBe('2026-03-17');
    expect(due('2026-03-06', { kind: 'calendar_days', days: 1 })).toBe('2026-03-09');
  });

  it('counts a mixed time step by step: 15 days then 8 working days', () => {
    // 2/3/2026 + 15 days = Tue 17/3; + 8 working days = Fri 27/3
    expect(due('2026-03-02', 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)')).toBe('2026-03-27');
  });

  it('counts half days as whole days, or from the time of receipt', () => {
    expect(due('2026-03-02', '0,5 ngày')).toBe('2026-03-03');
    expect(due('2026-03-02', '1,5 ngày')).toBe('2026-03-04');
    expect(due('2026-03-02', '0,5 ngày', { halfDays: 'from_receipt_time', receivedAt: '09:00' })).toBe(
      '2026-03-02 14:00',
    );
    expect(due('2026-03-02', '1,5 ngày', { halfDays: 'from_receipt_time', receivedAt: '09:00' })).toBe(
      '2026-03-03 14:00',
    );
    expect(issueCodes('2026-03-02', '0,5 ngày', { halfDays: 'from_receipt_time' })).toEqual([
      'received_time_required',
    ]);
  });

  it('counts hours in office hours from the time of receipt', () => {
    expect(due('2026-03-02', 'Trong 04 giờ', { receivedAt: '08:00' })).toBe('2026-03-02 12:00');
    expect(due('2026-03-02', 'Trong 04 giờ', { receivedAt: '15:00' })).toBe('2026-03-03 10:00');
    expect(due('2026-03-02', 'Trong 04 giờ', { receivedAt: '12:30' })).toBe('2026-03-02 17:00');
    expect(due('2026-02-13', 'Trong 04 giờ', { receivedAt: '16:00' })).toBe('2026-02-23 11:00');
    expect(
      due('2026-03-02', 'Trong 04 giờ', {
        receivedAt: '15:00',
        officeHours: [
          ['07:30', '11:30'],
          ['13:30', '17:30'],
        ],
      }),
    ).toBe('2026-03-03 09:00');
    expect(issueCodes('2026-03-02', 'Trong 04 giờ')).toEqual(['received_time_required']);
    expect(due('2026-03-02', '02 ngày làm việc quy đổi 16 giờ')).toBe('2026-03-04');
  });

  it('returns the same day, or the next working day at or after the cut-off', () => {
    const t = 'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
    expect(due('2026-03-02', t)).toBe('2026-03-02');
    expect(due('2026-03-02', t, { receivedAt: '14:59' })).toBe('2026-03-02');
    expect(due('2026-03-02', t, { receivedAt: '15:00' })).toBe('2026-03-03');
    expect(due('2026-02-13', t, { receivedAt: '15:30' })).toBe('2026-02-23');
    expect(due('2026-03-01', 'Trong ngày')).toBe('2026-03-02');
    expect(due('2026-03-02', 'Trong ngày', { receivedAt: '16:00' })).toBe('2026-03-02');
    expect(due('2026-03-02', 'Trong ngày', { receivedAt: '16:00', sameDayCutoff: '15:00' })).toBe(
      '2026-03-03',
    );
  });

  it('gives both appointments of "Hẹn lần 1 … Hẹn lần 2"', () => {
    const t = 'Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 03 ngày làm việc';
    const r = dossierDueDate(D('2026-03-02'), t);
    expect(r.ok && r.value.appointments).toEqual([{ dueOn: '2026-03-09' }, { dueOn: '2026-03-12' }]);
    expect(r.ok && r.value.dueOn).toBe('2026-03-12');
    expect(due('2026-03-02', t, { secondAppointmentFrom: 'receipt' })).toBe('2026-03-05');
  });

  it('reports bad input as issues', () => {
    expect(issueCodes('2026-02-30', 5)).toEqual(['invalid_date']);
    expect(issueCodes('2026-03-02', 0)).toEqual(['processing_time_invalid_amount']);
    expect(issueCodes('2026-03-02', 2.25)).toEqual(['processing_time_invalid_amount']);
    expect(issueCodes('2026-03-02', 'Không quá 02 tháng')).toEqual(['processing_time_unit_unsupported']);
    expect(issueCodes('2026-03-02', 5, { receivedAt: '25:00' })).toEqual(['invalid_time']);
    expect(issueCodes('2026-03-02', 5, { officeHours: [['13:00', '12:00']] })).toEqual([
      'invalid_office_hours',
    ]);
    // the calendar computes holidays from 2014 on
    expect(issueCodes('2013-05-02', 5)).toEqual(['unsupported_year']);
  });

  it('returns frozen values', () => {
    const r = dossierDueDate(D('2026-03-02'), 'Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 03 ngày làm việc');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.isFrozen(r.value)).toBe(true);
      expect(Object.isFrozen(r.value.appointments[0])).toBe(true);
    }
  });
});

describe('dossierDueDate — laws', () => {
  const day = fc
    .integer({ min: toDayNumber(D('2018-01-01')), max: toDayNumber(D('2027-12-31')) })
    .map(fromDayNumber);

  it('is on or after the day of receipt, on a working day, and strictly increasing in working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (received, n) => {
        const a = due(received, n);
        const b = due(received, n + 1);
        expect(a > received).toBe(true);
        expect(b > a).toBe(true);
        expect(isWorkingDay(a as IsoDate)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly n working days after the deemed day of receipt', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (received, n) => {
        const r = dossierDueDate(received, n);
        if (!r.ok) throw new Error('unexpected');
        let count = 0;
        for (let d = addDays(r.value.countFrom, 1); d <= r.value.dueOn; d = addDays(d, 1))
          if (isWorkingDay(d)) count++;
        expect(count).toBe(n);
        expect(isWorkingDay(r.value.countFrom)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic in the day of receipt and in the time of receipt', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 23 }), (received, n, h) => {
        expect(due(received, n) <= due(addDays(received, 1), n)).toBe(true);
        const at = `${h < 10 ? '0' : ''}${h}:00`;
        expect(due(received, n) <= due(received, n, { receivedAt: at })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never comes before a half-day or hours appointment counted from the same moment', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 23 }),
        (received, halves, h) => {
          const at = `${h < 10 ? '0' : ''}${h}:30`;
          const whole = due(received, Math.ceil(halves / 2), { receivedAt: at });
          const precise = due(received, halves / 2, { halfDays: 'from_receipt_time', receivedAt: at }).slice(
            0,
            10,
          );
          expect(precise <= whole).toBe(true);
          expect(precise >= received).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
