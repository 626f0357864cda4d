import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deadlineSchema,
  dueDate,
  formatDeadline,
  parseDeadline,
  type DeadlineContext,
} from '../../src/deadline/index.js';

type Row = [
  text: string,
  ctx: DeadlineContext | undefined,
  kind: string,
  due: string | null,
  canonical: string,
];

const y2018 = { year: 2018 };
const y2025 = { year: 2025 };

/**
 * Every deadline form seen in real plans: the four sample plans (samples/, read
 * from examples/data/seeds/) and other provincial plans and task lists
 * (docs/deadlines.md lists the forms).
 */
const forms: Row[] = [
  // months
  ['Tháng 12/2017', undefined, 'month', '2017-12-31', 'Tháng 12/2017'],
  ['Trong tháng 01/2019', undefined, 'month', '2019-01-31', 'Tháng 01/2019'],
  ['6/2025', undefined, 'month', '2025-06-30', 'Tháng 06/2025'],
  ['03/2025', undefined, 'month', '2025-03-31', 'Tháng 03/2025'],
  ['cuối tháng 12', y2025, 'month', '2025-12-31', 'Tháng 12/2025'],
  ['xong trong tháng 2/2024', undefined, 'month', '2024-02-29', 'Tháng 02/2024'],
  ['Tháng 12 năm 2017', undefined, 'month', '2017-12-31', 'Tháng 12/2017'],
  ['Tháng 6-2025', undefined, 'month', '2025-06-30', 'Tháng 06/2025'],
  // quarters
  ['Quý I/2018', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Quý II/ 2018', undefined, 'quarter', '2018-06-30', 'Quý II/2018'],
  ['Quý I / 2018', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Quý I năm 2018', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Trong quý IV/2017', undefined, 'quarter', '2017-12-31', 'Quý IV/2017'],
  ['Hoàn thành chậm nhất quý III/2018', undefined, 'quarter', '2018-09-30', 'Quý III/2018'],
  ['Quý 3', y2018, 'quarter', '2018-09-30', 'Quý III/2018'],
  ['QIII/2018', undefined, 'quarter', '2018-09-30', 'Quý III/2018'],
  ['Q.III/2018', undefined, 'quarter', '2018-09-30', 'Quý III/2018'],
  ['Q3/2018', undefined, 'quarter', '2018-09-30', 'Quý III/2018'],
  ['Quý 1 năm 2018', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Quý I-2018', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Quý III', { year: 2016, period: { from: 2016, to: 2020 } }, 'quarter', '2016-09-30', 'Quý III/2016'],
  ['cuối quý II/2025', undefined, 'quarter', '2025-06-30', 'Quý II/2025'],
  ['Quy II/2018', undefined, 'quarter', '2018-06-30', 'Quý II/2018'],
  ['QUÝ IV/2019.', undefined, 'quarter', '2019-12-31', 'Quý IV/2019'],
  ['| Quý I/2018 |', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  ['Qu ý II/2018', undefined, 'quarter', '2018-06-30', 'Quý II/2018'],
  // halves
  ['6 tháng đầu năm', y2018, 'half', '2018-06-30', '6 tháng đầu năm 2018'],
  ['6 tháng cuối năm 2019', undefined, 'half', '2019-12-31', '6 tháng cuối năm 2019'],
  ['nửa đầu năm 2019', undefined, 'half', '2019-06-30', '6 tháng đầu năm 2019'],
  // years
  ['Năm 2018', undefined, 'year', '2018-12-31', 'Năm 2018'],
  ['Trong năm 2019', undefined, 'year', '2019-12-31', 'Năm 2019'],
  ['Kế hoạch năm 2018', undefined, 'year', '2018-12-31', 'Năm 2018'],
  ['2025', undefined, 'year', '2025-12-31', 'Năm 2025'],
  ['Trước năm 2030', undefined, 'year', '2029-12-31', 'Năm 2029'],
  ['năm tiếp theo', y2018, 'year', '2019-12-31', 'Năm 2019'],
  ['năm sau năm kế hoạch', y2018, 'year', '2019-12-31', 'Năm 2019'],
  ['Trong năm', y2018, 'year', '2018-12-31', 'Năm 2018'],
  ['Từ nay đến năm 2025', undefined, 'year', '2025-12-31', 'Năm 2025'],
  ['Nă m 2018', undefined, 'year', '2018-12-31', 'Năm 2018'],
  ['trước quý III/2018', undefined, 'quarter', '2018-06-30', 'Quý II/2018'],
  ['Quý I/2018 hoặc khi có yêu cầu', undefined, 'quarter', '2018-03-31', 'Quý I/2018'],
  // dates
  ['trước ngày 20 tháng 6 năm 2016', undefined, 'date', '2016-06-20', 'Trước ngày 20/06/2016'],
  ['trước ngày 15/11/2022', undefined, 'date', '2022-11-15', 'Trước ngày 15/11/2022'],
  ['chậm nhất là ngày 10/6/2025', undefined, 'date', '2025-06-10', '10/06/2025'],
  ['chậm nhất ngày 10-6-2025', undefined, 'date', '2025-06-10', '10/06/2025'],
  ['trong ngày 15/3', y2025, 'date', '2025-03-15', '15/03/2025'],
  ['29/02/2024', undefined, 'date', '2024-02-29', '29/02/2024'],
  ['đến hết ngày 31/12/2025', undefined, 'date', '2025-12-31', '31/12/2025'],
  ['Trước 30/6/2025', undefined, 'date', '2025-06-30', 'Trước ngày 30/06/2025'],
  ['31/12/2025', undefined, 'date', '2025-12-31', '31/12/2025'],
  // several milestones
  ['Quý II và IV năm 2018', undefined, 'multi', '2018-12-31', 'Quý II và Quý IV/2018'],
  ['Quý III, IV', { year: 2016 }, 'multi', '2016-12-31', 'Quý III và Quý IV/2016'],
  ['Quý I, Quý IV', { year: 2017 }, 'multi', '2017-12-31', 'Quý I và Quý IV/2017'],
  [
    '25/2, 25/5, 25/8 và 15/11',
    { year: 2022 },
    'multi',
    '2022-11-15',
    'Ngày 25/02/2022, ngày 25/05/2022, ngày 25/08/2022 và ngày 15/11/2022',
  ],
  [
    'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11',
    { year: 2022 },
    'multi',
    '2022-11-15',
    'Trước ngày 25/02/2022, 25/05/2022, 25/08/2022 và 15/11/2022',
  ],
  // ranges
  ['Giai đoạn 2016-2020', undefined, 'range', '2020-12-31', 'Giai đoạn 2016-2020'],
  ['Giai đoạn 20162020', undefined, 'range', '2020-12-31', 'Giai đoạn 2016-2020'],
  ['Từ 2017-2020', undefined, 'range', '2020-12-31', 'Giai đoạn 2017-2020'],
  ['Từ 2017 2020', undefined, 'range', '2020-12-31', 'Giai đoạn 2017-2020'],
  ['Giai đoạn 2016 – 2020', undefined, 'range', '2020-12-31', 'Giai đoạn 2016-2020'],
  ['Từ năm 2016 và các năm tiếp theo', undefined, 'range', null, 'Từ năm 2016'],
  ['Từ quý IV/2017', undefined, 'range', null, 'Từ quý IV/2017'],
  ['Triển khai từ 2019', undefined, 'range', null, 'Từ năm 2019'],
  ['Từ 01/7/2025', undefined, 'range', null, 'Từ ngày 01/07/2025'],
  ['từ ngày 16-22/11/2025', undefined, 'range', '2025-11-22', 'Từ ngày 16/11/2025 đến ngày 22/11/2025'],
  ['Tháng 11 - 12/2025', undefined, 'range', '2025-12-31', 'Từ tháng 11/2025 đến tháng 12/2025'],
  ['Tháng 11 - 02/2026', undefined, 'range', '2026-02-28', 'Từ tháng 11/2025 đến tháng 02/2026'],
  ['Quý I-II/2018', undefined, 'range', '2018-06-30', 'Từ quý I/2018 đến quý II/2018'],
  ['năm nay', { year: 2020 }, 'year', '2020-12-31', 'Năm 2020'],
  ['Quý IV/2025- Quý II/2026', undefined, 'range', '2026-06-30', 'Từ quý IV/2025 đến quý II/2026'],
  [
    'Từ ngày 01/01/2026 đến ngày 31/3/2026',
    undefined,
    'range',
    '2026-03-31',
    'Từ ngày 01/01/2026 đến ngày 31/03/2026',
  ],
  // continuous
  ['Thường xuyên', y2018, 'continuous', '2018-12-31', 'Thường xuyên trong năm 2018'],
  ['Thường xuyên', undefined, 'continuous', null, 'Thường xuyên'],
  [
    'Thường xuyên',
    { period: { from: 2016, to: 2020 } },
    'continuous',
    '2020-12-31',
    'Thường xuyên trong giai đoạn 2016-2020',
  ],
  ['Thường xuyên trong năm 2018', undefined, 'continuous', '2018-12-31', 'Thường xuyên trong năm 2018'],
  [
    'Thực hiện xuyên suốt cả giai đoạn 2016-2020',
    undefined,
    'continuous',
    '2020-12-31',
    'Thường xuyên trong giai đoạn 2016-2020',
  ],
  [
    'Thực hiện xuyên suốt cả giai đoạn',
    { year: 2017, period: { from: 2016, to: 2020 } },
    'continuous',
    '2020-12-31',
    'Thường xuyên trong giai đoạn 2016-2020',
  ],
  ['Thuong xuyen', y2018, 'continuous', '2018-12-31', 'Thường xuyên trong năm 2018'],
  ['Th ường xuyên', y2018, 'continuous', '2018-12-31', 'Thường xuyên trong năm 2018'],
  [
    'Thường xuyên trong năm khi có quy định mới của pháp luật',
    y2018,
    'continuous',
    '2018-12-31',
    'Thường xuyên trong năm 2018 khi có quy định mới của pháp luật',
  ],
  // recurring
  ['Định kỳ hàng quý', undefined, 'recurring', null, 'Định kỳ hằng quý'],
  ['ÐỊNH KỲ HÀNG QUÝ', undefined, 'recurring', null, 'Định kỳ hằng quý'],
  ['Mỗi tháng một kỳ', undefined, 'recurring', null, 'Định kỳ hằng tháng'],
  ['Mỗi tháng 02 kỳ', undefined, 'recurring', null, 'Định kỳ mỗi tháng 02 kỳ'],
  ['Hằng tuần', undefined, 'recurring', null, 'Định kỳ hằng tuần'],
  ['định kỳ 6 tháng', undefined, 'recurring', null, 'Định kỳ 6 tháng'],
  [
    'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
    undefined,
    'recurring',
    null,
    'Định kỳ hằng quý, trước ngày 15 của tháng cuối quý',
  ],
  ['trước ngày 05 hàng tháng', undefined, 'recurring', null, 'Định kỳ hằng tháng, trước ngày 05'],
  [
    'Báo cáo định kỳ hằng tháng trước ngày 20',
    undefined,
    'recurring',
    null,
    'Định kỳ hằng tháng, trước ngày 20',
  ],
  ['Hằng năm (trước ngày 15/12)', undefined, 'recurring', null, 'Định kỳ hằng năm, trước ngày 15 tháng 12'],
  ['trước 16h00 thứ Sáu hàng tuần', undefined, 'recurring', null, 'Định kỳ hằng tuần, trước 16h00 thứ Sáu'],
  [
    'trước 15 giờ ngày thứ 4 hằng tuần',
    undefined,
    'recurring',
    null,
    'Định kỳ hằng tuần, trước 15h00 thứ Tư',
  ],
  [
    'trước ngày 15 tháng 6 hằng năm',
    undefined,
    'recurring',
    null,
    'Định kỳ hằng năm, trước ngày 15 tháng 06',
  ],
  ['Tháng 12 hằng năm', undefined, 'recurring', null, 'Định kỳ hằng năm, tháng 12'],
  [
    'Định kỳ hàng quý và đột xuất khi có yêu cầu',
    undefined,
    'recurring',
    null,
    'Định kỳ hằng quý và đột xuất khi có yêu cầu',
  ],
  [
    'Định kỳ hằng quý trong năm 2018',
    undefined,
    'recurring',
    '2018-12-31',
    'Định kỳ hằng quý, trong năm 2018',
  ],
  // events
  ['Khi có văn bản pháp luật mới', undefined, 'event', null, 'Khi có văn bản pháp luật mới'],
  ['Khi có hướng dẫn của Trung ương', undefined, 'event', null, 'Khi có hướng dẫn của trung ương'],
  ['đột xuất khi có yêu cầu', undefined, 'event', null, 'Đột xuất khi có yêu cầu'],
  ['Theo Kế hoạch', undefined, 'event', null, 'Theo kế hoạch'],
  ['Theo Đề án', undefined, 'event', null, 'Theo đề án'],
  ['Sau khi có hướng dẫn của Bộ Nội vụ', undefined, 'event', null, 'Sau khi có hướng dẫn của bộ nội vụ'],
  ['Hằng ngày', { year: 2020 }, 'continuous', '2020-12-31', 'Thường xuyên trong năm 2020'],
  ['Theo tiến độ kế hoạch của UBND tỉnh', undefined, 'event', null, 'Theo tiến độ kế hoạch của ubnd tỉnh'],
  [
    'trong thời hạn 45 ngày làm việc kể từ ngày Nghị định có hiệu lực',
    undefined,
    'event',
    null,
    'Trong thời hạn 45 ngày làm việc kể từ ngày nghị định có hiệu lực',
  ],
];

describe('parseDeadline reads every documented form', () => {
  it.each(forms)('%s (context %j) → %s due %s', (text, ctx, kind, due, canonical) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe(kind);
    expect(dueDate(d)).toBe(due);
    expect(formatDeadline(d)).toBe(canonical);
    expect(d.raw).toBe(text);
    expect(Object.isFrozen(d)).toBe(true);
    expect(deadlineSchema().safeParse(d).success).toBe(true);
  });

  it('keeps "trước" on the date (a strict reading is one option away)', () => {
    const d = parseDeadline('trước ngày 15/11/2022');
    expect(d).toMatchObject({ kind: 'date', date: '2022-11-15', before: true });
    expect(dueDate(d)).toBe('2022-11-15');
    expect(dueDate(d, { strictBefore: true })).toBe('2022-11-14');
    expect(dueDate(parseDeadline('trước ngày 01/01/2026'), { strictBefore: true })).toBe('2025-12-31');
    const plain = parseDeadline('ngày 15/11/2022');
    expect(plain).toMatchObject({ kind: 'date', before: false });
    expect(dueDate(plain, { strictBefore: true })).toBe('2022-11-15');
    expect(dueDate(parseDeadline('Quý II/2018'), { strictBefore: true })).toBe('2018-06-30');
    expect(
      dueDate(parseDeadline('Từ ngày 01/01/2026 đến trước ngày 31/3/2026'), { strictBefore: true }),
    ).toBe('2026-03-30');
  });

  it('keeps the events and cut-offs of recurring rules', () => {
    expect(parseDeadline('Định kỳ hàng quý và đột xuất khi có yêu cầu')).toMatchObject({
      every: 'quarter',
      times: 1,
      cutoff: null,
      events: ['đột xuất khi có yêu cầu'],
    });
    expect(parseDeadline('trước 16h00 thứ Sáu hàng tuần')).toMatchObject({
      every: 'week',
      cutoff: { kind: 'weekday', weekday: 5, time: '16:00', before: true },
    });
    expect(parseDeadline('Mỗi tháng 02 kỳ')).toMatchObject({ every: 'month', times: 2 });
    expect(parseDeadline('trong thời hạn 45 ngày làm việc kể từ ngày Nghị định có hiệu lực')).toMatchObject({
      after: { amount: 45, unit: 'working-days' },
    });
  });
});

describe('parseDeadline never guesses', () => {
  const unknowns: [string, DeadlineContext | undefined, string][] = [
    ['Quý V/2018', undefined, 'impossible-period'],
    ['Quý 5 năm 2018', undefined, 'impossible-period'],
    ['Tháng 13/2018', undefined, 'impossible-period'],
    ['Tháng 0/2018', undefined, 'impossible-period'],
    ['30/02/2019', undefined, 'impossible-date'],
    ['29/02/2023', undefined, 'impossible-date'],
    ['31/11/2025', undefined, 'impossible-date'],
    ['trước ngày 32/1/2025', undefined, 'impossible-date'],
    ['31/4', { year: 2025 }, 'impossible-date'],
    ['Quý IV/2025 - Quý II/2025', undefined, 'impossible-period'],
    ['Quý III', undefined, 'no-year'],
    ['Tháng 12', undefined, 'no-year'],
    ['6 tháng đầu năm', undefined, 'no-year'],
    ['năm tiếp theo', undefined, 'no-year'],
    ['29/2', undefined, 'no-year'],
    ['', undefined, 'empty'],
    ['  | . ', undefined, 'empty'],
    ['Kế hoạch', undefined, 'unrecognised'],
    ['Định kỳ', undefined, 'unrecognised'],
    ['02 năm một lần', undefined, 'unrecognised'],
    ['Tháng 6 và tháng 11 hằng năm', undefined, 'unrecognised'],
    ['Quý Quý Quý', undefined, 'unrecognised'],
    ['từ từ từ', undefined, 'unrecognised'],
    ['banana', undefined, 'unrecognised'],
  ];
  it.each(unknowns)('%s (context %j) is unknown: %s', (text, ctx, reason) => {
    const d = parseDeadline(text, ctx);
    expect(d).toEqual({ kind: 'unknown', raw: text, reason });
    expect(dueDate(d)).toBeNull();
    expect(formatDeadline(d)).toBe(text);
  });

  it('never throws and always returns a valid, frozen deadline (property)', () => {
    const pieces = fc.constantFrom(
      'Quý',
      'II',
      '/',
      '2018',
      ' ',
      'năm',
      'từ',
      '-',
      'đến',
      'ngày',
      '15',
      '31',
      'tháng',
      'thường xuyên',
      'hàng',
      'định kỳ',
      'khi có',
      ',',
      'và',
      '(',
      ')',
      'trước',
      'thứ',
      'Sáu',
      '16h00',
      '20162020',
      'kỳ',
      'Q',
      '.',
      'IV',
      'giai đoạn',
      'cả',
      'tiếp theo',
    );
    const period = fc.option(
      fc.record({ from: fc.integer({ min: 900, max: 10_001 }), to: fc.integer({ min: 900, max: 10_001 }) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 12 }).map((a) => a.join(' ')),
        ),
        fc.option(fc.integer({ min: -5, max: 12000 }), { nil: undefined }),
        period,
        (text, year, p) => {
          const d = parseDeadline(text, { year, period: p });
          expect(Object.isFrozen(d)).toBe(true);
          expect(d.raw).toBe(text);
          expect(deadlineSchema().safeParse(d).success).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('ignores a context year or period that is not usable', () => {
    expect(parseDeadline('Quý III', { year: 2018.5 })).toMatchObject({ kind: 'unknown', reason: 'no-year' });
    expect(parseDeadline('Thường xuyên', { period: { from: 2020, to: 2016 } })).toMatchObject({
      kind: 'continuous',
      from: null,
      until: null,
    });
    expect(parseDeadline('cả giai đoạn', { period: { from: 2016, to: Number.NaN } })).toMatchObject({
      kind: 'unknown',
      reason: 'no-year',
    });
    expect(parseDeadline('năm tiếp theo', { year: 9999 })).toMatchObject({
      kind: 'unknown',
      reason: 'impossible-period',
    });
  });

  it('does not throw on values that are not strings (untyped callers)', () => {
    expect(parseDeadline(undefined as unknown as string)).toMatchObject({ kind: 'unknown', reason: 'empty' });
    expect(parseDeadline(42 as unknown as string).kind).toBe('unknown');
  });
});

describe('parseDeadline on long text', () => {
  it('reads phrases up to 256 tokens and leaves longer cells unknown', () => {
    const long = `Quý I${', II'.repeat(120)}/2018`; // 244 tokens
    expect(parseDeadline(long)).toMatchObject({
      kind: 'multi',
      milestones: [{ quarter: 1 }, { quarter: 2 }],
    });
    expect(parseDeadline(`Quý I${', II'.repeat(200)}/2018`)).toMatchObject({
      kind: 'unknown',
      reason: 'unrecognised',
    });
  });
});

describe('a period with its day in brackets', () => {
  // Vinh Yên 2022: "… và năm (chậm nhất trước ngày 15/11/2022) báo cáo UBND thành phố"
  it.each([
    ['năm (chậm nhất trước ngày 15/11/2022)', { year: 2022 }, '2022-11-15'],
    ['Năm (chậm nhất trước ngày 15/11/2022)'.normalize('NFD'), { year: 2022 }, '2022-11-15'],
    ['Quý IV (trước ngày 15/12/2022)', undefined, '2022-12-15'],
    ['Tháng 12 (trước ngày 20/12)', { year: 2022 }, '2022-12-20'],
  ] as const)('%s is due on the bracketed day', (text, ctx, due) => {
    const d = parseDeadline(text, ctx);
    expect(d.kind).toBe('date');
    expect(dueDate(d)).toBe(due);
  });

  it('stays a list when the date is not inside the period or there is no bracket', () => {
    expect(parseDeadline('Quý III (trước ngày 15/12/2022)', { year: 2022 }).kind).toBe('multi');
    expect(parseDeadline('Quý II và IV năm 2018').kind).toBe('multi');
    expect(parseDeadline('Trước ngày 15/11/2022 và năm 2022').kind).toBe('multi');
  });
});
