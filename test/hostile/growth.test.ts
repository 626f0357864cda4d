/**
 * Linear time on hostile text, at three tenfold sizes (GROWTH_SIZES; growth ratio ≤ 15
 * per tenfold input), for the readers that had no such test on every
 * hostile family: parseRule, planFromRows (agency and deadline cells),
 * criteriaFromRows (a rule cell) and loadPlan (every text field). The
 * others are timed beside their own tests: parseDeadline
 * (test/deadline/growth.test.ts), parseTargets and parseProcessingTime
 * (test/plan/targets/hostile.test.ts), resolveAgencies
 * (test/plan/agencies.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/index.js';
import { planFromRows, type PlanFromRowsOptions } from '../../src/plan/index.js';
import { criteriaFromRows, parseRule } from '../../src/scoring/index.js';
import { expectLinear } from '../plan/targets/expectLinear.js';
import { FAMILIES } from './families.js';

const HEADER = ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'];
const options: PlanFromRowsOptions = {
  columns: {
    number: 'STT',
    content: 'Nội dung',
    lead: 'Chủ trì',
    support: 'Phối hợp',
    deadline: 'Thời gian',
  },
  headerRow: 0,
  plan: { id: 'p', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
  agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
};

const planOf = (s: string) => ({
  schemaVersion: 1,
  id: 'p',
  title: s,
  year: 2018,
  agencies: [{ id: 'snv', name: s }],
  classes: [],
  groups: [
    {
      id: 'I',
      title: s,
      tasks: [{ id: 'I.1', title: s, lead: ['snv'], deadline: s, targets: [s], note: s, products: [s] }],
    },
  ],
  targets: [{ id: 't', text: s }],
  reporting: [{ id: 'r', from: ['snv'], deadline: s }],
});

const FUNCTIONS: readonly (readonly [string, (s: string) => unknown])[] = [
  ['parseRule', (s) => parseRule(s, { max: 1 })],
  [
    'planFromRows, agency cells',
    (s) => planFromRows([HEADER, ['I', 'Nhóm', '', '', ''], ['1.', 'Tập huấn', s, s, 'Quý I/2018']], options),
  ],
  [
    'planFromRows, content and deadline cells',
    (s) => planFromRows([HEADER, ['I', 'Nhóm', '', '', ''], ['1.', s, 'Sở Nội vụ', '', s]], options),
  ],
  [
    'criteriaFromRows, a rule cell',
    (s) =>
      criteriaFromRows(
        [
          ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
          ['1', 'Kế hoạch CCHC', '1', s],
        ],
        {
          columns: { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa', rule: 'Cách chấm' },
          set: { id: 'd', title: 'D' },
        },
      ),
  ],
  ['loadPlan, every text field', (s) => loadPlan(planOf(s))],
];

describe('linear time on hostile text (growth ratio ≤ 15 per tenfold input)', () => {
  for (const [name, fn] of FUNCTIONS) {
    it.each(FAMILIES)(`${name}: %s`, (_family, make) => expectLinear(fn, make), 180_000);
  }

  it('loadPlan: plans of 10 K, 100 K and 1 M characters in many tasks', () => {
    const make = (n: number) => {
      const tasks = [];
      for (let k = 0; k * 100 < n; k++)
        tasks.push({ id: `I.${k}`, title: `Tập huấn ${k}, và `, lead: ['snv'], deadline: 'Quý I/2018' });
      return { ...planOf('x'), groups: [{ id: 'I', title: 'Nhóm', tasks }] };
    };
    expect(loadPlan(make(1_000)).ok).toBe(true);
    expectLinear(loadPlan, make);
  }, 180_000);
});
