import { describe, expect, it } from 'vitest';
import { CchcError } from '../../src/core/result.js';
import { complianceBetween, complianceByMonth, evaluatePlan } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

const plan = makePlan({
  year: 2018,
  classes: ['so-nganh'],
  agencies: [{ id: 'snv', classes: ['so-nganh'] }, { id: 'stp', classes: ['so-nganh'] }, { id: 'vp' }],
  groups: [
    {
      id: 'I',
      area: 'direction',
      tasks: [
        { id: 'a', lead: ['snv'], deadline: 'Tháng 01/2018' }, // due 31/1
        { id: 'b', lead: ['snv'], deadline: 'Quý I/2018' }, // due 31/3
        { id: 'c', lead: ['stp'], deadline: 'Tháng 3/2018' }, // due 31/3
      ],
    },
    {
      id: 'II',
      area: 'procedures',
      tasks: [
        { id: 'd', lead: ['so-nganh'], support: ['vp'], deadline: 'Quý II/2018' }, // due 30/6
        { id: 'e', lead: ['vp'], deadline: 'Năm 2018' }, // not due at 30/6
        { id: 'f', lead: ['vp'], deadline: 'Mỗi tháng một kỳ' }, // recurring
        { id: 'g', lead: ['vp'], deadline: 'Quý I và III năm 2018' }, // multi
      ],
    },
    { id: 'III', tasks: [{ id: 'h', lead: ['vp'], deadline: 'Khi có yêu cầu' }] },
  ],
});

const reports: Report[] = [
  { taskId: 'a', completedOn: d('2018-01-20') }, // on time
  { taskId: 'b', completedOn: d('2018-04-03') }, // late
  // c: overdue
  { taskId: 'd', agencyId: 'snv', completedOn: d('2018-06-01') }, // stp missing → d overdue at 1/7
  { taskId: 'f', completedOn: d('2018-01-31') },
  { taskId: 'f', completedOn: d('2018-02-27') },
  { taskId: 'g', completedOn: d('2018-03-01') }, // Q1 covered; Q3 not due
];

const e = evaluatePlan(plan, { asOf: d('2018-07-01'), reports });

describe('compliance: due, done, on time, overdue and the rates', () => {
  it("counts the plan's tasks due by asOf: done, on time, overdue and the rates", () => {
    // due by 1/7: a, b, c, d (g's entry is judged by Q3, not yet due; e not due; f recurring; h no date)
    expect(e.compliance.plan).toEqual({
      due: 4,
      done: 2,
      onTime: 1,
      overdue: 2,
      doneRate: 0.5,
      onTimeRate: 0.25,
    });
  });

  it('keys groups by id and areas by area; null rates when nothing is due', () => {
    expect(e.compliance.groups['I']).toEqual({
      due: 3,
      done: 2,
      onTime: 1,
      overdue: 1,
      doneRate: 2 / 3,
      onTimeRate: 1 / 3,
    });
    expect(e.compliance.groups['II']).toEqual({
      due: 1,
      done: 0,
      onTime: 0,
      overdue: 1,
      doneRate: 0,
      onTimeRate: 0,
    });
    expect(e.compliance.groups['III']).toEqual({
      due: 0,
      done: 0,
      onTime: 0,
      overdue: 0,
      doneRate: null,
      onTimeRate: null,
    });
    expect(Object.keys(e.compliance.areas)).toEqual(['direction', 'procedures']);
    expect(e.compliance.areas.procedures?.due).toBe(1);
  });

  it("counts an agency's own lead assignments only", () => {
    // snv leads a (on time), b (late), d (done on time for snv).
    expect(e.compliance.agencies['snv']).toEqual({
      due: 3,
      done: 3,
      onTime: 2,
      overdue: 0,
      doneRate: 1,
      onTimeRate: 2 / 3,
    });
    // stp leads c (overdue) and d (overdue); its support work is not counted.
    expect(e.compliance.agencies['stp']).toMatchObject({ due: 2, done: 0, overdue: 2 });
    // vp supports d but leads nothing due (e, f, g, h): its record counts nothing.
    expect(e.compliance.agencies['vp']).toMatchObject({ due: 0, doneRate: null });
  });

  it('counts every due date once in occurrenceCompliance', () => {
    // a, b, c, d + f's Jan..Jun (6; Jan, Feb done on time) + g's Q1 (on time)
    expect(e.occurrenceCompliance.plan).toMatchObject({ due: 11, done: 5, onTime: 4, overdue: 6 });
  });

  it('counts over a window', () => {
    const q1 = complianceBetween(e, { from: d('2018-01-01'), to: d('2018-03-31') });
    expect(q1.plan).toMatchObject({ due: 3, done: 2, onTime: 1, overdue: 1 });
    const q2 = complianceBetween(e, { from: d('2018-04-01'), to: d('2018-06-30') });
    expect(q2.plan).toMatchObject({ due: 1, overdue: 1 });
    // Nothing after asOf is due, even inside the window.
    const h2 = complianceBetween(e, { from: d('2018-07-01'), to: d('2018-12-31') });
    expect(h2.plan).toMatchObject({ due: 0, doneRate: null });
    const occ = complianceBetween(e, { from: d('2018-01-01'), to: d('2018-03-31'), count: 'occurrences' });
    expect(occ.plan).toMatchObject({ due: 7, done: 5, onTime: 4 }); // a b c + f Jan Feb Mar + g Q1
    expect(() => complianceBetween(e, { from: d('2018-02-30'), to: d('2018-03-31') })).toThrow(CchcError);
  });

  it('gives a month-by-month series, empty months included', () => {
    const series = complianceByMonth(e);
    expect(series.map((m) => [m.month, m.compliance.due])).toEqual([
      ['2018-01', 1],
      ['2018-02', 0],
      ['2018-03', 2],
      ['2018-04', 0],
      ['2018-05', 0],
      ['2018-06', 1],
    ]);
    const occ = complianceByMonth(e, { count: 'occurrences', from: d('2018-01-01'), to: d('2018-12-31') });
    expect(occ).toHaveLength(7); // up to asOf: January to July
    expect(occ.map((m) => m.compliance.due)).toEqual([2, 1, 4, 1, 1, 2, 0]);
    const snv = complianceByMonth(e, { agencyId: 'snv' });
    expect(snv.map((m) => m.compliance.onTime)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(Object.isFrozen(series)).toBe(true);
    expect(Object.isFrozen(series[0])).toBe(true);
  });

  it('sums group counts to the plan count (no task counted twice or lost)', () => {
    const sum = Object.values(e.compliance.groups).reduce((s, c) => s + c.due, 0);
    expect(sum).toBe(e.compliance.plan.due);
    expect(
      e.tasks.filter((t) => t.deadlineKind !== 'recurring' && t.dueDate !== null && t.dueDate <= e.asOf),
    ).toHaveLength(e.compliance.plan.due);
  });
});
