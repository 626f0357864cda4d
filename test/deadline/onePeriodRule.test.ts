// A rule bounded to the one period it names, with a day of one of its months
// ("Quý IV/2025 (trước ngày 20 tháng cuối quý)"), is one date: the task is due,
// and late, as any dated task. It used to read as a quarterly rule limited to
// that quarter, due (by dueDate) on the quarter's last day, and a task with it
// stayed "ongoing" at the task level after its only occurrence was missed.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/isoDate.js';
import { unwrap } from '../../src/core/result.js';
import { dueDate } from '../../src/deadline/dueDate.js';
import { parseDeadline } from '../../src/deadline/parseDeadline.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import { loadPlan } from '../../src/plan/index.js';
import { foldVi } from '../../src/core/text.js';

const ROWS: readonly (readonly [string, string])[] = [
  ['Quý IV/2025 (trước ngày 20 tháng cuối quý)', '2025-12-20'],
  ['Quý II/2018 (trước ngày 15 tháng cuối quý)', '2018-06-15'],
  ['Quý III/2025, trước ngày 20 của tháng cuối quý', '2025-09-20'],
  ['Quý IV/2025 (trước ngày 10 tháng đầu quý sau)', '2026-01-10'],
  ['Quý I/2024 (trước ngày 31 tháng đầu quý)', '2024-01-31'],
];

describe('a rule over the one period it names is a date', () => {
  it.each(ROWS)('%s → %s, in NFC, NFD, upper case and without diacritics', (text, date) => {
    for (const t of [text, text.normalize('NFD'), text.toUpperCase(), foldVi(text)]) {
      const d = parseDeadline(t, { year: 2025 });
      expect(d, t).toMatchObject({ kind: 'date', date, before: true, raw: t });
      expect(dueDate(d)).toBe(date);
    }
  });

  it('leaves rules over many periods, and days a month does not have, as they were', () => {
    expect(parseDeadline('Hằng quý, trước ngày 20 tháng cuối quý', { year: 2025 }).kind).toBe('recurring');
    expect(parseDeadline('Hằng quý năm 2025, trước ngày 20 tháng cuối quý').kind).toBe('recurring');
    expect(parseDeadline('Quý I/2025 (trước ngày 30 tháng 2 của quý)').kind).not.toBe('date');
  });

  it('a task with it is overdue after the day, counted from it', () => {
    const plan = unwrap(
      loadPlan({
        schemaVersion: 1,
        id: 'x',
        title: 'Kế hoạch CCHC năm 2025',
        year: 2025,
        agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
        classes: [],
        groups: [
          {
            id: 'I',
            title: 'Công tác chỉ đạo',
            tasks: [
              {
                id: 'I.1',
                title: 'Báo cáo CCHC năm',
                lead: ['snv'],
                deadline: 'Quý IV/2025 (trước ngày 20 tháng cuối quý)',
              },
            ],
          },
        ],
      }),
    );
    const at = (d: string) => evaluatePlan(plan, { asOf: isoDate(d), reports: [] }).tasks[0];
    expect(at('2025-12-20')).toMatchObject({ status: 'due_soon', dueDate: '2025-12-20' });
    expect(at('2026-01-05')).toMatchObject({ status: 'overdue', dueDate: '2025-12-20', daysOverdue: 16 });
  });
});
