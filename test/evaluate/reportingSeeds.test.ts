import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.js';
import { evaluateReporting } from '../../src/evaluate/index.js';
import { loadPlan } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/types.js';
import { d, makePlan } from './helpers.js';

const sample = (name: string): Plan =>
  unwrap(loadPlan(JSON.parse(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'))));
const membersOf = (plan: Plan, ids: readonly string[]): string[] =>
  plan.agencies.filter((a) => ids.includes(a.id) || a.classes.some((c) => ids.includes(c))).map((a) => a.id);

describe('reporting duty of the seed plans', () => {
  it("Quảng Nam 2016–2020: quarterly reports before the 15th of the quarter's last month, every year of the period", () => {
    const plan = sample('quang-nam-2016-2020.plan.json');
    const e = unwrap(evaluateReporting(plan, [], { asOf: d('2017-01-01') }));
    const r1 = plan.reporting.find((r) => r.id === 'R1');
    const reporters = membersOf(plan, r1?.from ?? []);
    expect(reporters.length).toBeGreaterThan(0);
    const first = e.rows.filter((r) => r.dutyId === 'R1' && r.agencyId === reporters[0]);
    expect(first).toHaveLength(20);
    expect(first.slice(0, 5).map((r) => r.dueDate)).toEqual([
      '2016-03-15',
      '2016-06-15',
      '2016-09-15',
      '2016-12-15',
      '2017-03-15',
    ]);
    // R2 "trước ngày 15 tháng 12" names no year in a plan for 2016–2020: a
    // yearly duty, on 15 December of each year of the period.
    expect(plan.reporting.find((r) => r.id === 'R2')?.deadline).toMatchObject({
      kind: 'recurring',
      every: 'year',
    });
    expect(
      e.rows.filter((r) => r.dutyId === 'R2' && r.agencyId === reporters[0]).map((r) => r.dueDate),
    ).toEqual(['2016-12-15', '2017-12-15', '2018-12-15', '2019-12-15', '2020-12-15']);
    // Nothing sent: the four quarterly reports and the year report of 2016 are missing for every reporter.
    expect(e.agencies[reporters[0] as string]).toMatchObject({ due: 5, missing: 5, allOnTime: false });
  });

  it("Vinh Yên 2022: 25/2, 25/5, 25/8 and 15/11, and the communes' plans in February", () => {
    const plan = sample('vinh-yen-2022.plan.json');
    const e = unwrap(evaluateReporting(plan, [], { asOf: d('2022-12-31') }));
    const reporters = membersOf(plan, plan.reporting.find((r) => r.id === 'R1')?.from ?? []);
    for (const a of reporters) {
      expect(e.rows.filter((r) => r.dutyId === 'R1' && r.agencyId === a).map((r) => r.dueDate)).toEqual([
        '2022-02-25',
        '2022-05-25',
        '2022-08-25',
        '2022-11-15',
      ]);
    }
    expect(e.rows.filter((r) => r.dutyId === 'R2').every((r) => r.dueDate === '2022-02-28')).toBe(true);
  });

  it('reads a combined quarterly-and-yearly reporting sentence', () => {
    const plan = makePlan({
      year: 2018,
      agencies: [{ id: 'snv' }],
      groups: [],
      reporting: [
        {
          id: 'R',
          from: ['snv'],
          deadline:
            'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý) và báo cáo năm trước ngày 15 tháng 12',
        },
      ],
    });
    const e = unwrap(
      evaluateReporting(
        plan,
        [
          { agencyId: 'snv', submittedOn: d('2018-03-15') },
          { agencyId: 'snv', submittedOn: d('2018-06-18') },
        ],
        { asOf: d('2018-07-01') },
      ),
    );
    expect(e.rows.map((r) => `${r.dueDate} ${r.status}`)).toEqual([
      '2018-03-15 on_time',
      '2018-06-15 late',
      '2018-09-15 not_due',
      '2018-12-15 not_due',
    ]);
    expect(e.plan).toEqual({ due: 2, onTime: 1, late: 1, missing: 0, onTimeRate: 0.5, allOnTime: false });
  });
});
