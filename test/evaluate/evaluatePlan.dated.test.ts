import { describe, expect, it } from 'vitest';
import { CchcError } from '../../src/core/result.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import { d, makePlan } from './helpers.js';

// Tasks from the Vĩnh Long 2018 appendix (Quyết định 2701/QĐ-UBND, 20/12/2017).
const plan = makePlan({
  year: 2018,
  documentDate: '2017-12-20',
  classes: ['so-nganh', 'ubnd-huyen'],
  agencies: [
    { id: 'snv', classes: ['so-nganh'] },
    { id: 'stp', classes: ['so-nganh'] },
    { id: 'vp-ubnd' },
    { id: 'ubnd-tp-vinh-long', classes: ['ubnd-huyen'] },
    { id: 'ubnd-long-ho', classes: ['ubnd-huyen'] },
  ],
  groups: [
    {
      id: 'I',
      area: 'direction',
      tasks: [
        { id: 'I.3', lead: ['snv'], support: ['vp-ubnd'], deadline: 'Tháng 01/2018' },
        { id: 'I.5', lead: ['snv'], support: ['so-nganh', 'ubnd-huyen'], deadline: 'Năm 2018' },
      ],
    },
    {
      id: 'II',
      area: 'institutions',
      tasks: [
        { id: 'II.1', lead: ['so-nganh', 'ubnd-huyen'], support: ['vp-ubnd'], deadline: 'Tháng 12/2017' },
        { id: 'II.2', lead: ['stp'], support: ['so-nganh'], deadline: 'Quý I/2018' },
      ],
    },
    {
      id: 'III',
      area: 'procedures',
      tasks: [
        { id: 'III.3', lead: ['so-nganh'], support: ['vp-ubnd'], deadline: 'Thường xuyên trong năm 2018' },
        { id: 'III.5', lead: ['snv'], deadline: 'Quý II/ 2018' },
        { id: 'III.9', lead: ['vp-ubnd'], deadline: 'Khi có văn bản pháp luật mới' },
        { id: 'III.10', lead: ['vp-ubnd'], deadline: 'Từ năm 2016 và các năm tiếp theo' },
        { id: 'III.11', lead: ['vp-ubnd'], deadline: 'chưa rõ lúc nào' },
        { id: 'III.12', lead: ['snv'], deadline: 'trước ngày 15/11/2018' },
      ],
    },
  ],
});

const taskAt = (asOf: string, reports: readonly Report[] = [], dueSoonDays?: number) => {
  const e = evaluatePlan(plan, {
    asOf: d(asOf),
    reports,
    ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
  });
  return (id: string) => {
    const t = e.tasks.find((x) => x.taskId === id);
    if (t === undefined) throw new Error(`no task ${id}`);
    return t;
  };
};

describe('evaluatePlan — one due date', () => {
  it('is not due, due soon within 7 days (the due day included), then overdue by calendar days', () => {
    // Quý I/2018 is due 2018-03-31.
    expect(taskAt('2018-03-23')('II.2')).toMatchObject({
      status: 'not_due',
      dueDate: '2018-03-31',
      daysOverdue: 0,
    });
    expect(taskAt('2018-03-24')('II.2')).toMatchObject({ status: 'due_soon', daysOverdue: 0 });
    expect(taskAt('2018-03-31')('II.2')).toMatchObject({ status: 'due_soon', daysOverdue: 0 });
    expect(taskAt('2018-04-01')('II.2')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    // 30/6 is 91 days after 31/3.
    expect(taskAt('2018-06-30')('II.2')).toMatchObject({ status: 'overdue', daysOverdue: 91 });
  });

  it('honours dueSoonDays (0: only the due day; 30: a month ahead)', () => {
    expect(taskAt('2018-03-30', [], 0)('II.2').status).toBe('not_due');
    expect(taskAt('2018-03-31', [], 0)('II.2').status).toBe('due_soon');
    expect(taskAt('2018-03-01', [], 30)('II.2').status).toBe('due_soon');
    expect(taskAt('2018-02-28', [], 30)('II.2').status).toBe('not_due');
  });

  it('counts days overdue across a year end and a leap day', () => {
    // Tháng 12/2017 due 2017-12-31; 2018-01-01 is one day later.
    expect(taskAt('2018-01-01')('II.1')).toMatchObject({
      status: 'overdue',
      dueDate: '2017-12-31',
      daysOverdue: 1,
    });
    const leap = makePlan({
      agencies: [{ id: 'a' }],
      groups: [{ id: 'G', tasks: [{ id: 'T', lead: ['a'], deadline: 'Tháng 02/2020' }] }],
    });
    const e = evaluatePlan(leap, { asOf: d('2020-03-01') });
    expect(e.tasks[0]).toMatchObject({ dueDate: '2020-02-29', status: 'overdue', daysOverdue: 1 });
  });

  it('done on or before the due date is on time; later is late, with the days late', () => {
    const onTime = taskAt('2018-06-30', [{ taskId: 'II.2', completedOn: d('2018-03-31') }])('II.2');
    expect(onTime).toMatchObject({
      status: 'done_on_time',
      daysLate: 0,
      daysOverdue: 0,
      completedOn: '2018-03-31',
    });
    const late = taskAt('2018-06-30', [{ taskId: 'II.2', completedOn: d('2018-04-10') }])('II.2');
    expect(late).toMatchObject({
      status: 'done_late',
      daysLate: 10,
      daysOverdue: 0,
      completedOn: '2018-04-10',
    });
  });

  it('reads "trước ngày 15/11/2018" as due on the 15th, inclusive', () => {
    expect(taskAt('2018-11-15', [{ taskId: 'III.12', completedOn: d('2018-11-15') }])('III.12').status).toBe(
      'done_on_time',
    );
    expect(taskAt('2018-11-16')('III.12')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
  });

  it('ignores a report that does not exist yet at asOf', () => {
    const reports: Report[] = [{ taskId: 'II.2', completedOn: d('2018-03-20') }];
    expect(taskAt('2018-03-19', reports)('II.2').status).toBe('not_due');
    expect(taskAt('2018-03-20', reports)('II.2').status).toBe('done_on_time');
    // Reported (and so known) only on 5 April: not done at 1 April.
    const later: Report[] = [{ taskId: 'II.2', completedOn: d('2018-03-20'), reportedOn: d('2018-04-05') }];
    expect(taskAt('2018-04-01', later)('II.2')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(taskAt('2018-04-05', later)('II.2')).toMatchObject({
      status: 'done_on_time',
      completedOn: '2018-03-20',
    });
  });

  it('takes reportedOn as the completion day when completedOn is absent', () => {
    expect(taskAt('2018-06-30', [{ taskId: 'II.2', reportedOn: d('2018-04-02') }])('II.2')).toMatchObject({
      status: 'done_late',
      daysLate: 2,
      completedOn: '2018-04-02',
    });
  });

  it('keeps the earliest completion when an agency reports twice', () => {
    const t = taskAt('2018-06-30', [
      { taskId: 'II.2', agencyId: 'stp', completedOn: d('2018-04-20') },
      { taskId: 'II.2', agencyId: 'stp', completedOn: d('2018-03-30') },
    ])('II.2');
    expect(t).toMatchObject({ status: 'done_on_time', completedOn: '2018-03-30' });
  });
});

describe('evaluatePlan — agencies and classes', () => {
  it('expands classes to one assignment per member agency, lead and support', () => {
    const e = evaluatePlan(plan, { asOf: d('2018-01-15') });
    const ii1 = e.assignments.filter((a) => a.taskId === 'II.1');
    expect(ii1.map((a) => `${a.role}:${a.agencyId}`)).toEqual([
      'lead:snv',
      'lead:stp',
      'lead:ubnd-tp-vinh-long',
      'lead:ubnd-long-ho',
      'support:vp-ubnd',
    ]);
    expect(
      ii1.every((a) => a.status === 'overdue' && a.daysOverdue === 15 && a.dueDate === '2017-12-31'),
    ).toBe(true);
  });

  it('a task is done only when every lead agency is done; the last one decides lateness', () => {
    const leads = ['snv', 'stp', 'ubnd-tp-vinh-long', 'ubnd-long-ho'];
    const some: Report[] = leads
      .slice(0, 3)
      .map((agencyId) => ({ taskId: 'II.1', agencyId, completedOn: d('2017-12-28') }));
    expect(taskAt('2018-01-15', some)('II.1')).toMatchObject({ status: 'overdue', daysOverdue: 15 });
    const all: Report[] = [
      ...some,
      { taskId: 'II.1', agencyId: 'ubnd-long-ho', completedOn: d('2018-01-05') },
    ];
    expect(taskAt('2018-01-15', all)('II.1')).toMatchObject({
      status: 'done_late',
      daysLate: 5,
      completedOn: '2018-01-05',
    });
    const e = evaluatePlan(plan, { asOf: d('2018-01-15'), reports: all });
    const byAgency = Object.fromEntries(
      e.assignments
        .filter((a) => a.taskId === 'II.1' && a.role === 'lead')
        .map((a) => [a.agencyId, a.status]),
    );
    expect(byAgency).toEqual({
      snv: 'done_on_time',
      stp: 'done_on_time',
      'ubnd-tp-vinh-long': 'done_on_time',
      'ubnd-long-ho': 'done_late',
    });
  });

  it('a class without member agencies is one assignee, and may report', () => {
    const p = makePlan({
      year: 2018,
      classes: ['ubnd-xa'],
      agencies: [{ id: 'snv' }],
      groups: [
        {
          id: 'V',
          tasks: [
            { id: 'V.8', lead: ['snv'], support: ['ubnd-xa'], deadline: 'Năm 2018' },
            { id: 'V.9', lead: ['ubnd-xa'], deadline: 'Quý I/2018' },
          ],
        },
      ],
    });
    const e = evaluatePlan(p, {
      asOf: d('2018-04-01'),
      reports: [{ taskId: 'V.9', agencyId: 'ubnd-xa', completedOn: d('2018-03-30') }],
    });
    expect(e.assignments.map((a) => `${a.taskId} ${a.role}:${a.agencyId} ${a.status}`)).toEqual([
      'V.8 lead:snv not_due',
      'V.8 support:ubnd-xa not_due',
      'V.9 lead:ubnd-xa done_on_time',
    ]);
    expect(e.compliance.agencies['ubnd-xa']).toMatchObject({ due: 1, onTime: 1 });
  });

  it('a report without agencyId counts for every lead agency', () => {
    const e = evaluatePlan(plan, {
      asOf: d('2018-01-15'),
      reports: [{ taskId: 'II.1', completedOn: d('2017-12-30') }],
    });
    expect(e.tasks.find((t) => t.taskId === 'II.1')?.status).toBe('done_on_time');
    expect(e.assignments.filter((a) => a.taskId === 'II.1').every((a) => a.status === 'done_on_time')).toBe(
      true,
    );
  });

  it('support agencies are listed but do not decide completion', () => {
    const onlySupport: Report[] = [{ taskId: 'I.3', agencyId: 'vp-ubnd', completedOn: d('2018-01-10') }];
    const e = evaluatePlan(plan, { asOf: d('2018-02-01'), reports: onlySupport });
    expect(e.tasks.find((t) => t.taskId === 'I.3')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(e.assignments.find((a) => a.taskId === 'I.3' && a.role === 'support')).toMatchObject({
      agencyId: 'vp-ubnd',
      status: 'done_on_time',
    });
    const lead: Report[] = [{ taskId: 'I.3', agencyId: 'snv', completedOn: d('2018-01-31') }];
    expect(taskAt('2018-02-01', lead)('I.3').status).toBe('done_on_time');
  });
});

describe('evaluatePlan — tasks without one due date', () => {
  it('a continuous task is ongoing until the end of its period, then judged like a dated task', () => {
    expect(taskAt('2018-06-30')('III.3')).toMatchObject({
      status: 'ongoing',
      dueDate: '2018-12-31',
      daysOverdue: 0,
    });
    expect(taskAt('2018-12-31')('III.3').status).toBe('ongoing');
    expect(taskAt('2019-01-10')('III.3')).toMatchObject({ status: 'overdue', daysOverdue: 10 });
    const reports: Report[] = [{ taskId: 'III.3', completedOn: d('2018-12-20') }];
    expect(taskAt('2018-12-25', reports)('III.3').status).toBe('ongoing');
    expect(taskAt('2019-01-10', reports)('III.3').status).toBe('done_on_time');
  });

  it('event, open range and unknown deadlines have no due date', () => {
    const at = taskAt('2018-06-30');
    expect(at('III.9')).toMatchObject({
      status: 'awaiting_event',
      dueDate: null,
      daysOverdue: 0,
      deadlineKind: 'event',
    });
    expect(at('III.10')).toMatchObject({ status: 'ongoing', dueDate: null, deadlineKind: 'range' });
    expect(at('III.11')).toMatchObject({ status: 'unscheduled', dueDate: null, deadlineKind: 'unknown' });
  });

  it('a reported event task is done', () => {
    expect(taskAt('2018-06-30', [{ taskId: 'III.9', completedOn: d('2018-05-02') }])('III.9')).toMatchObject({
      status: 'done_on_time',
      completedOn: '2018-05-02',
    });
  });
});

describe('evaluatePlan — entries', () => {
  it('lists one task entry per task with its group and area, in appendix order', () => {
    const e = evaluatePlan(plan, { asOf: d('2018-06-30') });
    expect(e.tasks.map((t) => t.taskId)).toEqual(plan.groups.flatMap((g) => g.tasks.map((t) => t.id)));
    expect(e.tasks.find((t) => t.taskId === 'III.5')).toMatchObject({
      groupId: 'III',
      area: 'procedures',
      deadlineKind: 'quarter',
    });
    expect(e).toMatchObject({ planId: 'test-plan', asOf: '2018-06-30', dueSoonDays: 7 });
  });

  it('returns deeply frozen values and leaves the reports untouched', () => {
    const reports: Report[] = [{ taskId: 'II.2', completedOn: d('2018-03-01') }];
    const copy = structuredClone(reports);
    const e = evaluatePlan(plan, { asOf: d('2018-06-30'), reports });
    expect(reports).toEqual(copy);
    expect(Object.isFrozen(reports[0])).toBe(false);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.tasks)).toBe(true);
    expect(Object.isFrozen(e.assignments)).toBe(true);
    expect(e.tasks.every(Object.isFrozen)).toBe(true);
    expect(e.assignments.every(Object.isFrozen)).toBe(true);
    expect(Object.isFrozen(e.compliance.plan)).toBe(true);
    expect(Object.isFrozen(e.compliance.agencies)).toBe(true);
  });

  it('throws a CchcError naming every report it cannot read', () => {
    const bad = [
      { taskId: 'X.9', completedOn: d('2018-01-01') },
      { taskId: 'II.2', agencyId: 'so-khong-co', completedOn: d('2018-01-01') },
      { taskId: 'II.2', completedOn: d('2018-02-29') },
      { taskId: 'II.2' },
    ];
    let error: unknown;
    try {
      evaluatePlan(plan, { asOf: d('2018-06-30'), reports: bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CchcError);
    expect((error as CchcError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_task', 'reports.0.taskId'],
      ['unknown_agency', 'reports.1.agencyId'],
      ['invalid_date', 'reports.2.completedOn'],
      ['missing_date', 'reports.3'],
    ]);
    expect(() => evaluatePlan(plan, { asOf: d('2018-02-30') })).toThrow(CchcError);
    expect(() => evaluatePlan(plan, { asOf: d('2018-06-30'), dueSoonDays: -1 })).toThrow(CchcError);
  });

  it('reads NFD ids as their NFC form', () => {
    const nfcPlan = makePlan({
      agencies: [{ id: 'sở-nội-vụ' }],
      groups: [{ id: 'I', tasks: [{ id: 'Nhiệm vụ 1', lead: ['sở-nội-vụ'], deadline: 'Quý I/2018' }] }],
    });
    const e = evaluatePlan(nfcPlan, {
      asOf: d('2018-06-30'),
      reports: [
        {
          taskId: 'Nhiệm vụ 1'.normalize('NFD'),
          agencyId: 'sở-nội-vụ'.normalize('NFD'),
          completedOn: d('2018-03-01'),
        },
      ],
    });
    expect(e.tasks[0]?.status).toBe('done_on_time');
  });
});
