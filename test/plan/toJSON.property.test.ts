import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan, toJSON } from '../../src/plan/index.js';
import type { PlanJson, TaskJson } from '../../src/plan/schema.js';

// Deadline texts as written in the seed plans, plus arbitrary text.
const DEADLINES = [
  'Tháng 12/2017',
  'Quý I/2018',
  'Quý II/ 2018',
  'Quý I / 2018',
  'Thường xuyên trong năm 2018',
  'Năm 2018',
  'Quý II và IV năm 2018',
  'Giai đoạn 2016-2020',
  'Từ năm 2016 và các năm tiếp theo',
  'Định kỳ hàng quý',
  'Khi có văn bản pháp luật mới',
  'Theo Kế hoạch',
  'trước ngày 15/11/2022',
  '30/02/2019',
  '',
  'Quý III',
];
const text = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const deadline = fc.oneof(fc.constantFrom(...DEADLINES), fc.string({ maxLength: 20, unit: 'grapheme' }));
const agencyIds = ['snv', 'stp', 'vp-ubnd'];
const ref = fc.constantFrom(...agencyIds, 'so-nganh');

const task = (id: string): fc.Arbitrary<TaskJson> =>
  fc.record(
    {
      id: fc.constant(id),
      title: text,
      number: fc.constantFrom('1.', 'a)', 'đ)'),
      lead: fc.array(ref, { maxLength: 2 }),
      support: fc.array(ref, { maxLength: 2 }),
      deadline,
      products: fc.array(text, { maxLength: 2 }),
      budget: fc.oneof(
        fc.constantFrom('50tr/huyện', '05tr/kỳ', 'Kinh phí tự chủ'),
        fc.record({ text: fc.constantFrom('40 tr', ''), source: fc.constant('NS tỉnh') }),
      ),
      note: text,
      targets: fc.array(
        fc.constantFrom('Trên 80% cán bộ cấp xã đạt chuẩn', 'tối đa 20 phút/01 lần giao dịch', 'Top 03'),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['id', 'title', 'lead', 'deadline'] },
  );

const plan: fc.Arbitrary<PlanJson> = fc
  .tuple(
    fc.array(fc.array(fc.constant(0), { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: undefined }),
  )
  .chain(([shape, year]) =>
    fc
      .tuple(
        ...shape.map((tasks, g) =>
          fc.record(
            {
              id: fc.constant(`G${g}`),
              title: text,
              year: fc.integer({ min: 2016, max: 2020 }),
              area: fc.constantFrom('direction' as const, 'procedures' as const),
              tasks:
                tasks.length === 0 ? fc.constant([]) : fc.tuple(...tasks.map((_, t) => task(`G${g}.${t}`))),
            },
            { requiredKeys: ['id', 'title', 'tasks'] },
          ),
        ),
      )
      .map(
        (groups): PlanJson => ({
          schemaVersion: 1,
          id: 'p',
          title: 'Kế hoạch',
          ...(year === undefined ? {} : { year }),
          agencies: agencyIds.map((id) => ({ id, name: id.toUpperCase(), classes: ['so-nganh'] })),
          classes: [{ id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' }],
          groups: groups as unknown as PlanJson['groups'],
        }),
      ),
  );

describe('toJSON', () => {
  it('loadPlan(toJSON(p)) equals p and keeps the deadline text exactly', () => {
    fc.assert(
      fc.property(plan, (json) => {
        const r = loadPlan(json);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const out = toJSON(r.value);
        const again = loadPlan(out);
        expect(again.ok && again.value).toEqual(r.value);
        for (const [gi, g] of json.groups.entries()) {
          for (const [ti, t] of g.tasks.entries()) {
            expect(out.groups[gi]?.tasks[ti]?.deadline).toBe(t.deadline.normalize('NFC'));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
