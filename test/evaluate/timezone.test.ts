import { afterEach, describe, expect, it } from 'vitest';
import { complianceByMonth, evaluatePlan, evaluateReporting } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

// The CI runs this folder under four TZ values; this test also switches TZ
// inside one process (Node applies a changed process.env.TZ at once).
const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const plan = makePlan({
  year: 2018,
  classes: ['h'],
  agencies: [{ id: 'snv' }, { id: 'h1', classes: ['h'] }, { id: 'h2', classes: ['h'] }],
  groups: [
    {
      id: 'I',
      area: 'direction',
      tasks: [
        { id: 'year-end', lead: ['snv'], deadline: 'Tháng 12/2017' },
        { id: 'leap', lead: ['h'], deadline: 'Tháng 02/2018' },
        { id: 'q', lead: ['h'], deadline: 'Quý II và IV năm 2018' },
        { id: 'm', lead: ['snv'], deadline: 'Mỗi tháng một kỳ' },
      ],
    },
  ],
  reporting: [{ id: 'r', from: ['h'], deadline: 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)' }],
});
const reports: Report[] = [
  { taskId: 'year-end', completedOn: d('2017-12-31') },
  { taskId: 'leap', agencyId: 'h1', completedOn: d('2018-03-01') },
  { taskId: 'm', completedOn: d('2018-01-31'), reportedOn: d('2018-02-01') },
];

describe('evaluation is the same in every time zone', () => {
  it('at the boundaries 31/12 and end of February', () => {
    const answers = ZONES.map((tz) => {
      process.env.TZ = tz;
      const e = evaluatePlan(plan, { asOf: d('2018-03-01'), reports });
      const r = evaluateReporting(plan, [{ agencyId: 'h1', submittedOn: d('2018-03-15') }], {
        asOf: d('2018-12-31'),
      });
      return JSON.stringify([e, complianceByMonth(e), r]);
    });
    expect(new Set(answers).size).toBe(1);
    const e = evaluatePlan(plan, { asOf: d('2018-03-01'), reports });
    expect(e.tasks.map((t) => [t.taskId, t.status, t.daysOverdue || t.daysLate])).toEqual([
      ['year-end', 'done_on_time', 0],
      ['leap', 'overdue', 1], // h2 has not reported; h1 was a day late
      ['q', 'not_due', 0],
      ['m', 'ongoing', 0],
    ]);
  });
});
