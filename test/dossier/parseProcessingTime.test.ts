import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProcessingTime } from '../../src/dossier/parseProcessingTime.js';
import type { ProcessingTime } from '../../src/dossier/processingTime.js';

function value(text: string, options?: Parameters<typeof parseProcessingTime>[1]): ProcessingTime {
  const r = parseProcessingTime(text, options);
  if (!r.ok) throw new Error(`expected ok for "${text}": ${r.issues.map((i) => i.code).join(', ')}`);
  return r.value;
}
function codes(text: string): string[] {
  const r = parseProcessingTime(text);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

// The forms published as thời hạn giải quyết in the procedure listings of the
// public-service portals (Cổng Dịch vụ công).
describe('parseProcessingTime — the forms of the procedure listings', () => {
  it('reads working days', () => {
    expect(value('Không quá 05 ngày làm việc')).toMatchObject({ kind: 'working_days', days: 5 });
    expect(value('Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')).toMatchObject({
      kind: 'working_days',
      days: 10,
    });
  });

  it('reads bare days as calendar days, or working days when asked', () => {
    expect(value('Không quá 15 ngày')).toMatchObject({ kind: 'calendar_days', days: 15 });
    expect(value('Không quá 15 ngày', { bareDays: 'working' })).toMatchObject({
      kind: 'working_days',
      days: 15,
    });
  });

  it('reads a mixed time with its total and checks the sum', () => {
    expect(value('Không quá 23 ngày (15 ngày và 08 ngày làm việc)')).toEqual({
      kind: 'mixed',
      steps: [
        { kind: 'calendar_days', days: 15 },
        { kind: 'working_days', days: 8 },
      ],
      totalDays: 23,
      raw: 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)',
    });
    expect(codes('Không quá 25 ngày (15 ngày và 08 ngày làm việc)')).toEqual([
      'processing_time_total_mismatch',
    ]);
    expect(value('15 ngày và 08 ngày làm việc')).toMatchObject({
      kind: 'mixed',
      steps: [
        { kind: 'calendar_days', days: 15 },
        { kind: 'working_days', days: 8 },
      ],
    });
  });

  it('reads a total split among agencies as the total', () => {
    expect(
      value('Không quá 10 ngày làm việc (Sở Tài nguyên và Môi trường: 07 ngày; UBND tỉnh: 03 ngày)'),
    ).toMatchObject({
      kind: 'working_days',
      days: 10,
    });
    expect(
      value('10 ngày làm việc (Sở Xây dựng 06 ngày làm việc, UBND tỉnh 04 ngày làm việc)'),
    ).toMatchObject({
      kind: 'working_days',
      days: 10,
    });
    expect(codes('10 ngày làm việc (Sở Xây dựng 06 ngày, UBND tỉnh 03 ngày)')).toEqual([
      'processing_time_total_mismatch',
    ]);
    expect(
      value(
        'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, trong đó: Sở Tư pháp 07 ngày làm việc; UBND tỉnh 03 ngày làm việc',
      ),
    ).toMatchObject({ kind: 'working_days', days: 10 });
    expect(codes('Không quá 05 ngày làm việc (trường hợp phải xác minh: 10 ngày làm việc)')).toEqual([
      'processing_time_alternatives',
    ]);
  });

  it('reads half days as working days', () => {
    expect(value('0,5 ngày')).toMatchObject({ kind: 'working_days', days: 0.5 });
    expect(value('1,5 ngày làm việc')).toMatchObject({ kind: 'working_days', days: 1.5 });
    expect(value('1.5 ngày')).toMatchObject({ kind: 'working_days', days: 1.5 });
    expect(value('1/2 ngày')).toMatchObject({ kind: 'working_days', days: 0.5 });
    expect(value('Trong nửa ngày làm việc')).toMatchObject({ kind: 'working_days', days: 0.5 });
    expect(value('Nửa ngày')).toMatchObject({ kind: 'working_days', days: 0.5 });
    expect(value('Không quá 05 ngày làm việc theo Nghị định 61/2018/NĐ-CP')).toMatchObject({
      kind: 'working_days',
      days: 5,
    });
    expect(codes('0,3 ngày làm việc')).toEqual(['processing_time_invalid_amount']);
  });

  it('reads hours and working days given with their hours', () => {
    expect(value('02 ngày làm việc quy đổi 16 giờ')).toMatchObject({
      kind: 'working_days',
      days: 2,
      equivalentHours: 16,
    });
    expect(value('02 ngày làm việc (tương đương 16 giờ)')).toMatchObject({
      kind: 'working_days',
      days: 2,
      equivalentHours: 16,
    });
    expect(value('Trong 04 giờ')).toMatchObject({ kind: 'working_hours', hours: 4 });
    expect(value('Không quá 02 giờ làm việc kể từ thời điểm tiếp nhận')).toMatchObject({
      kind: 'working_hours',
      hours: 2,
    });
  });

  it('reads the same day with and without a cut-off', () => {
    expect(value('Trong ngày')).toEqual({ kind: 'same_day', raw: 'Trong ngày' });
    expect(value('Giải quyết ngay trong ngày tiếp nhận hồ sơ')).toMatchObject({ kind: 'same_day' });
    expect(
      value('Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo'),
    ).toMatchObject({ kind: 'same_day', cutoff: '15:00' });
    expect(
      value('Trong ngày làm việc; nếu nhận sau 15h00 thì trả vào ngày làm việc tiếp theo'),
    ).toMatchObject({
      kind: 'same_day',
      cutoff: '15:00',
    });
    expect(value('Trong ngày, nhận sau 14:30 trả ngày làm việc tiếp theo')).toMatchObject({
      kind: 'same_day',
      cutoff: '14:30',
    });
    expect(value('Ngay trong ngày làm việc, nộp sau 16 giờ 30 phút thì trả hôm sau')).toMatchObject({
      kind: 'same_day',
      cutoff: '16:30',
    });
  });

  it('reads two appointments', () => {
    expect(value('Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 03 ngày làm việc')).toMatchObject({
      kind: 'two_appointments',
      first: { kind: 'working_days', days: 5 },
      second: { kind: 'working_days', days: 3 },
    });
    expect(codes('Hẹn lần 1: 05 ngày làm việc')).toEqual(['processing_time_appointment_missing']);
    const bad = parseProcessingTime('Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 02 tháng');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ code: 'processing_time_unit_unsupported', path: ['second'] });
  });

  it('reports units it cannot count, alternatives and unreadable text — never guesses', () => {
    expect(codes('Không quá 02 tháng')).toEqual(['processing_time_unit_unsupported']);
    expect(codes('30 phút')).toEqual(['processing_time_unit_unsupported']);
    expect(codes('01 tuần')).toEqual(['processing_time_unit_unsupported']);
    expect(codes('05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc')).toEqual([
      'processing_time_alternatives',
    ]);
    expect(codes('Trong ngày; trường hợp phức tạp không quá 02 ngày làm việc')).toEqual([
      'processing_time_alternatives',
    ]);
    expect(codes('Theo quy định')).toEqual(['processing_time_unrecognised']);
    expect(codes('   ')).toEqual(['processing_time_empty']);
    expect(codes('0 ngày làm việc')).toEqual(['processing_time_invalid_amount']);
  });

  it('reads NFD text and text without diacritics the same as NFC', () => {
    const nfc = 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)';
    const a = value(nfc);
    const b = value(nfc.normalize('NFD'));
    expect(b).toEqual(a);
    expect(value('Khong qua 05 ngay lam viec')).toMatchObject({ kind: 'working_days', days: 5 });
    expect(value('KHÔNG QUÁ 05 NGÀY LÀM VIỆC')).toMatchObject({ kind: 'working_days', days: 5 });
  });

  it('returns frozen values', () => {
    const v = value('Hẹn lần 1: 05 ngày làm việc; Hẹn lần 2: 03 ngày làm việc');
    expect(Object.isFrozen(v)).toBe(true);
    if (v.kind === 'two_appointments') expect(Object.isFrozen(v.first)).toBe(true);
  });
});

describe('parseProcessingTime — properties', () => {
  it('reads back every whole number of working days and of calendar days it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3650 }), fc.boolean(), (n, pad) => {
        const s = pad && n < 10 ? `0${n}` : String(n);
        expect(value(`Không quá ${s} ngày làm việc`)).toMatchObject({ kind: 'working_days', days: n });
        expect(value(`Không quá ${s} ngày`)).toMatchObject({ kind: 'calendar_days', days: n });
      }),
    );
  });

  it('reads back half days written with a comma (fractions are working days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (k) => {
        const days = (2 * k + 1) / 2;
        const text = `${String(days).replace('.', ',')} ngày`;
        expect(value(text)).toMatchObject({ kind: 'working_days', days });
      }),
    );
  });

  it('never throws on any text and answers quickly on long hostile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseProcessingTime(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    const hostile = '('.repeat(50_000) + '1 ngày và '.repeat(20_000) + '9'.repeat(50_000);
    const t0 = performance.now();
    parseProcessingTime(hostile);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
