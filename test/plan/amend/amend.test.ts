import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/calendar/isoDate.js';
import { unwrap } from '../../../src/core/result.js';
import {
  amendPlan,
  applyPlanPatches,
  diffPlans,
  loadPlan,
  planAsOf,
  planHistory,
  planRecords,
  toJSON,
} from '../../../src/plan/index.js';
import type { PlanJson } from '../../../src/plan/schema.js';

const BASE: PlanJson = {
  schemaVersion: 1,
  id: 'vd',
  title: 'Kế hoạch CCHC năm 2018',
  year: 2018,
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ' },
    { id: 'stp', name: 'Sở Tư pháp' },
  ],
  classes: [],
  groups: [
    {
      id: 'II',
      title: 'Cải cách thể chế',
      tasks: [
        { id: 'II.3', title: 'Rà soát văn bản', lead: ['snv'], deadline: 'Quý II/2018' },
        { id: 'II.4', title: 'Kiểm tra', lead: ['snv'], deadline: 'Quý I/2018' },
      ],
    },
  ],
};
const DOC = { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh Vĩnh Long' };

describe('planHistory', () => {
  const plan = unwrap(
    loadPlan({
      ...BASE,
      amendments: [
        {
          id: 'gia-han',
          decidedOn: '2018-06-15',
          document: DOC,
          note: 'Gia hạn',
          changes: [
            { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
            { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý IV/2018' },
          ],
        },
        {
          id: 'bo',
          decidedOn: '2018-09-01',
          changes: [
            { op: 'removeTask', taskId: 'II.4' },
            { op: 'assign', taskId: 'II.3', agencyId: 'stp', role: 'support' },
          ],
        },
      ],
    }),
  );

  it('gives each amendment its decision and net patches, computed once per amendment list', () => {
    const h = planHistory(plan);
    expect(h.map((a) => [a.id, a.decidedOn, a.document?.number, a.note])).toEqual([
      ['gia-han', '2018-06-15', '1520/QĐ-UBND', 'Gia hạn'],
      ['bo', '2018-09-01', undefined, undefined],
    ]);
    // Two deadline changes in one amendment are one patch (Quý II → Quý IV).
    expect(h[0]?.patches).toEqual([
      { op: 'replace', path: ['groups', 'II', 'tasks', 'II.3', 'deadline'], value: 'Quý IV/2018' },
    ]);
    expect(h[1]?.patches.map((p) => `${p.op} ${p.path.join('/')}`).sort()).toEqual([
      'add groups/II/tasks/II.3/support', // the task had no support list as written
      'remove groups/II/tasks/II.4',
    ]);
    expect(Object.isFrozen(h)).toBe(true);
    expect(planHistory(plan)).toBe(h);
    // A plan in force made from it shares the answer.
    expect(planHistory(planAsOf(plan, isoDate('2018-07-01')))).toBe(h);
  });

  it('patches and inverse patches move the records between the plans in force', () => {
    const [a, b] = planHistory(plan);
    const before = planRecords(plan);
    const mid = planRecords(planAsOf(plan, isoDate('2018-06-15')));
    const after = planRecords(planAsOf(plan, isoDate('2018-09-01')));
    expect(applyPlanPatches(before, a?.patches ?? [])).toEqual(mid);
    expect(applyPlanPatches(mid, a?.inversePatches ?? [])).toEqual(before);
    expect(applyPlanPatches(mid, b?.patches ?? [])).toEqual(after);
    expect(applyPlanPatches(after, b?.inversePatches ?? [])).toEqual(mid);
  });

  it('is empty for a plan without amendments, and follows amendPlan', () => {
    const issued = unwrap(loadPlan(BASE));
    expect(planHistory(issued)).toEqual([]);
    const amended = unwrap(
      amendPlan(issued, {
        id: 'x',
        decidedOn: '2018-03-01',
        changes: [{ op: 'updateTask', taskId: 'II.4', patch: { title: 'Kiểm tra CCHC' } }],
      }),
    );
    expect(planHistory(amended)[0]?.patches).toEqual([
      { op: 'replace', path: ['groups', 'II', 'tasks', 'II.4', 'title'], value: 'Kiểm tra CCHC' },
    ]);
  });

  it('throws for a plan in force whose plan as issued is unknown', () => {
    const inForce = planAsOf(plan, isoDate('2018-12-31'));
    const copy = Object.freeze({ ...inForce, amendments: [...inForce.amendments] });
    expect(() => planHistory(copy)).toThrow(/plan as issued/);
  });
});

describe('loadPlan with amendments', () => {
  it('checks each change against the plan as the earlier amendments leave it, with paths under amendments', () => {
    const r = loadPlan({
      ...BASE,
      amendments: [
        { id: 'a', decidedOn: '2018-03-01', changes: [{ op: 'removeTask', taskId: 'II.4' }] },
        {
          id: 'b',
          decidedOn: '2018-04-01',
          changes: [
            { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
            { op: 'setDeadline', taskId: 'II.4', deadline: 'Quý III/2018' },
          ],
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.path, i.code])).toEqual([
        [['amendments', 1, 'changes', 1, 'taskId'], 'unknown_task'],
      ]);
  });

  it('reports an impossible date, a date out of order, a repeated id and an unknown field', () => {
    const r = loadPlan({
      ...BASE,
      amendments: [
        { id: 'a', decidedOn: '2018-06-01', changes: [] },
        { id: 'a', decidedOn: '2018-05-01', changes: [] },
        { id: 'c', decidedOn: '2018-02-30', changes: [] },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['amendments.1.id', 'duplicate_id'],
        ['amendments.1.decidedOn', 'amendment_order'],
        ['amendments.2.decidedOn', 'invalid_date'],
      ]);
    const bad = loadPlan({
      ...BASE,
      amendments: [{ id: 'a', decidedOn: '2018-06-01', changes: [], by: 'x' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toEqual(['amendments', 0, 'by']);
  });

  it('reads text in NFD like NFC and keeps the content as issued', () => {
    const nfd = 'Quý III/2018'.normalize('NFD');
    const plan = unwrap(
      loadPlan({
        ...BASE,
        amendments: [
          {
            id: 'a',
            decidedOn: '2018-06-15',
            document: DOC,
            changes: [{ op: 'setDeadline', taskId: 'II.3', deadline: nfd }],
          },
        ],
      }),
    );
    expect(plan.groups[0]?.tasks[0]?.deadline.raw).toBe('Quý II/2018');
    expect(plan.amendments[0]).not.toHaveProperty('patches');
    const history = planHistory(plan);
    expect(history[0]?.patches).toEqual([
      { op: 'replace', path: ['groups', 'II', 'tasks', 'II.3', 'deadline'], value: 'Quý III/2018' },
    ]);
    expect(history[0]?.inversePatches).toEqual([
      { op: 'replace', path: ['groups', 'II', 'tasks', 'II.3', 'deadline'], value: 'Quý II/2018' },
    ]);
    expect(Object.isFrozen(history[0]?.patches)).toBe(true);
  });

  it('succession: unknown successors, a self-succession and bad dates are issues', () => {
    const r = loadPlan({
      ...BASE,
      agencies: [
        {
          id: 'snv',
          name: 'Sở Nội vụ',
          succeededBy: [{ agencyIds: ['snv', 'sx'], on: '2025-13-01' }],
          endedOn: '2025-02-30',
        },
        { id: 'stp', name: 'Sở Tư pháp' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        'invalid_date',
        'invalid_date',
        'invalid_succession',
        'unknown_agency',
      ]);
  });
});

describe('amendPlan and planAsOf', () => {
  const plan = unwrap(loadPlan(BASE));

  it('adds an amendment, in force from its date; toJSON round-trips it', () => {
    const amended = unwrap(
      amendPlan(plan, {
        id: 'gh',
        decidedOn: '2018-06-15',
        document: DOC,
        changes: [{ op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' }],
      }),
    );
    expect(amended.amendments).toHaveLength(1);
    expect(planAsOf(amended, isoDate('2018-06-14')).groups[0]?.tasks[0]?.deadline.raw).toBe('Quý II/2018');
    expect(planAsOf(amended, isoDate('2018-06-15')).groups[0]?.tasks[0]?.deadline.raw).toBe('Quý III/2018');
    expect(unwrap(loadPlan(toJSON(amended)))).toEqual(amended);
    // Going back to an earlier date from a plan in force works too.
    const later = planAsOf(amended, isoDate('2018-12-31'));
    expect(planAsOf(later, isoDate('2018-01-01')).groups).toEqual(plan.groups);
  });

  it('an amendment checked against the earlier ones, with paths at the amendment', () => {
    const one = unwrap(
      amendPlan(plan, { id: 'a', decidedOn: '2018-03-01', changes: [{ op: 'removeTask', taskId: 'II.4' }] }),
    );
    const r = amendPlan(one, {
      id: 'b',
      decidedOn: '2018-02-01',
      changes: [{ op: 'assign', taskId: 'II.4', agencyId: 'stp', role: 'lead' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['decidedOn', 'amendment_order'],
        ['changes.0.taskId', 'unknown_task'],
      ]);
  });

  it('planAsOf refuses a date that does not exist', () => {
    expect(() => planAsOf(plan, '2018-02-30' as never)).toThrow(/2018-02-30/);
  });
});

describe('diffPlans', () => {
  it('says each change in Vietnamese and English, naming the decision', () => {
    const plan = unwrap(
      loadPlan({
        ...BASE,
        amendments: [
          {
            id: 'a',
            decidedOn: '2018-06-15',
            document: DOC,
            changes: [
              { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
              { op: 'removeTask', taskId: 'II.4' },
              { op: 'assign', taskId: 'II.3', agencyId: 'stp', role: 'lead' },
            ],
          },
        ],
      }),
    );
    const d = diffPlans(plan, planAsOf(plan, isoDate('2018-12-31')));
    expect(d.lines.map((l) => l.vi)).toEqual([
      'Nhiệm vụ II.4: bãi bỏ — “Kiểm tra”, theo Quyết định số 1520/QĐ-UBND ngày 15/6/2018',
      'Nhiệm vụ II.3: thời hạn Quý II/2018 → Quý III/2018, theo Quyết định số 1520/QĐ-UBND ngày 15/6/2018',
      'Nhiệm vụ II.3: giao chủ trì Sở Tư pháp (stp), theo Quyết định số 1520/QĐ-UBND ngày 15/6/2018',
    ]);
    expect(d.lines[1]?.en).toBe(
      'Task II.3: deadline Quý II/2018 → Quý III/2018, by decision No. 1520/QĐ-UBND of 15/6/2018',
    );
    expect(d.changes).toEqual([
      { op: 'removeTask', taskId: 'II.4' },
      { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
      { op: 'assign', taskId: 'II.3', agencyId: 'stp', role: 'lead' },
    ]);
  });

  it('two separate files: the decision named when the new one continues the old one', () => {
    const old = unwrap(loadPlan(BASE));
    const next = unwrap(
      loadPlan({
        ...BASE,
        amendments: [
          {
            id: 'a',
            decidedOn: '2018-06-15',
            document: DOC,
            changes: [{ op: 'removeTask', taskId: 'II.4' }],
          },
        ],
      }),
    );
    const d = diffPlans(old, planAsOf(next, isoDate('2018-06-15')));
    expect(d.lines[0]?.document?.number).toBe('1520/QĐ-UBND');
    expect(diffPlans(old, old).lines).toEqual([]);
  });
});

describe('amendments that add agencies, targets and duties', () => {
  it('patch each collection, and round-trip a succession with its document', () => {
    const plan = unwrap(
      loadPlan({
        ...BASE,
        groups: [
          {
            id: 'II',
            title: 'Cải cách thể chế',
            tasks: [
              {
                id: 'II.3',
                title: 'Rà soát',
                lead: ['snv'],
                deadline: 'Quý II/2018',
                budget: { text: '10 tr', source: 'NS tỉnh' },
              },
            ],
          },
        ],
        amendments: [
          {
            id: 'a',
            decidedOn: '2018-06-15',
            document: DOC,
            changes: [
              {
                op: 'addAgency',
                agency: {
                  id: 'stc',
                  name: 'Sở Tài chính',
                  succeededBy: [
                    {
                      agencyIds: ['snv'],
                      on: '2025-03-01',
                      document: { number: '5/QĐ-UBND', date: '2025-02-28' },
                    },
                  ],
                  endedOn: '2026-01-01',
                },
              },
              { op: 'addTarget', target: { id: 'T9', text: 'Trên 90% hồ sơ đúng hạn' } },
              {
                op: 'addReportingDuty',
                duty: {
                  id: 'R9',
                  from: ['snv'],
                  to: 'UBND tỉnh',
                  deadline: 'Định kỳ hàng quý',
                  note: 'Báo cáo',
                },
              },
              { op: 'updateTask', taskId: 'II.3', patch: { budget: { text: '10 tr', source: 'NS huyện' } } },
            ],
          },
        ],
      }),
    );
    expect(
      planHistory(plan)[0]
        ?.patches.map((p) => p.path.join('/'))
        .sort(),
    ).toEqual(['agencies/stc', 'groups/II/tasks/II.3/budget', 'reporting/R9', 'targets/T9']);
    const inForce = planAsOf(plan, isoDate('2018-06-15'));
    expect(inForce.agencies.find((a) => a.id === 'stc')?.succeededBy?.[0]?.document).toEqual({
      number: '5/QĐ-UBND',
      date: '2025-02-28',
    });
    expect(unwrap(loadPlan(toJSON(plan)))).toEqual(plan);
  });
});
