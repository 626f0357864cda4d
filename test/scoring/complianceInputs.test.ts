import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIsoDate, type IsoDate } from '../../src/calendar/isoDate.js';
import { unwrap } from '../../src/core/index.js';
import { parseDeadline } from '../../src/deadline/index.js';
import { dossierStats, type Dossier } from '../../src/dossier/index.js';
import {
  evaluatePlan,
  evaluateReporting,
  evaluateTargets,
  validateReports,
  type Report,
  type ReportSubmission,
} from '../../src/evaluate/index.js';
import { loadPlan, type ReportingDuty } from '../../src/plan/index.js';
import {
  complianceInputs,
  type ComplianceMapping,
  type ComplianceSources,
} from '../../src/scoring/complianceInputs.js';
import { loadCriteriaSet, rankUnits, scoreUnits, type CriteriaSetJson } from '../../src/scoring/index.js';
import { planReports } from './fixtures.js';

// The real Vĩnh Long 2018 plan (QĐ 2701/QĐ-UBND) and the SAMPLE progress reports of samples/.
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'));
const plan = unwrap(loadPlan(read('vinh-long-2018.plan.json')));
const sampleReports = unwrap(
  validateReports(plan, (read('vinh-long-2018.reports.json') as { reports: Report[] }).reports),
);
const asOf = assertIsoDate('2018-12-31');
const d = (s: string): IsoDate => assertIsoDate(s);

// Test data on top of the samples: Văn phòng UBND tỉnh reports every task it
// leads done on its due date. Its continuous task III.4 ("thường xuyên") stays
// ongoing even so, which leaves it at 4 of 5.
const base = evaluatePlan(plan, { asOf, reports: sampleReports });
const vpDone = new Set(sampleReports.filter((r) => r.agencyId === 'vp-ubnd').map((r) => r.taskId));
const vpReports: Report[] = base.assignments
  .filter(
    (a) =>
      a.agencyId === 'vp-ubnd' &&
      a.role === 'lead' &&
      a.dueDate !== null &&
      a.dueDate <= asOf &&
      !vpDone.has(a.taskId),
  )
  .map((a) => ({ taskId: a.taskId, agencyId: 'vp-ubnd', completedOn: a.dueDate!, reportedOn: a.dueDate! }));
const evaluation = evaluatePlan(plan, {
  asOf,
  reports: [...sampleReports, ...unwrap(validateReports(plan, vpReports))],
});

// A quarterly reporting duty for every department (the plan's own duty names no dates).
const agencies = plan.agencies.map((a) => a.id);
const duty: ReportingDuty = {
  id: 'quy',
  from: agencies,
  deadline: parseDeadline('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)', { year: 2018 }),
};
const sent = (agencyId: string, dates: readonly string[]): ReportSubmission[] =>
  dates.map((on) => ({ agencyId, submittedOn: d(on), dutyId: 'quy' }));
const reporting = unwrap(
  evaluateReporting(
    plan,
    [
      ...sent('vp-ubnd', ['2018-03-14', '2018-06-15', '2018-09-10', '2018-12-14']),
      ...sent('snv', ['2018-03-14', '2018-06-15', '2018-09-10', '2018-12-14']),
      ...sent('stp', ['2018-03-15', '2018-06-12', '2018-09-20', '2018-12-10']), // quý III late
    ],
    { asOf, duties: [duty] },
  ),
);

// The Cà Mau rule kinds (QĐ 1880/QĐ-UBND 2013), the reports one condition each, wired to the evaluation.
const caMau = planReports();
const reportConditions = {
  'Báo cáo quý I': '2018-03-15',
  'Báo cáo 6 tháng': '2018-06-15',
  'Báo cáo quý III': '2018-09-15',
  'Báo cáo năm': '2018-12-15',
};
const mapping: ComplianceMapping = {
  set: caMau,
  entries: [
    { leafId: 'ke-hoach-hoan-thanh', from: 'agency.doneRate' },
    { leafId: 'bao-cao-dinh-ky', from: 'reporting.allOnTime', conditions: reportConditions },
  ],
};

describe('complianceInputs: Vĩnh Long 2018 at 31/12/2018, end to end', () => {
  const sources: ComplianceSources = { evaluation, reporting };

  it("fills each department's completion rate (done × 100 / due) and report conditions", () => {
    const inputs = unwrap(complianceInputs(sources, mapping));
    // Default units: every agency (or class) with a compliance record or owed reports.
    const expected = new Set([
      ...Object.keys(evaluation.compliance.agencies),
      ...Object.keys(reporting.agencies),
    ]);
    expect(new Set(Object.keys(inputs))).toEqual(expected);
    for (const id of agencies) expect(expected.has(id)).toBe(true);
    for (const [id, c] of Object.entries(evaluation.compliance.agencies)) {
      if (c.due > 0) expect(inputs[id]?.['ke-hoach-hoan-thanh']).toBe((c.done * 100) / c.due);
      else expect(inputs[id]).not.toHaveProperty('ke-hoach-hoan-thanh');
    }
    expect(inputs['vp-ubnd']?.['ke-hoach-hoan-thanh']).toBe(80);
    expect(inputs['stp']?.['bao-cao-dinh-ky']).toEqual({
      'Báo cáo quý I': true,
      'Báo cáo 6 tháng': true,
      'Báo cáo quý III': false,
      'Báo cáo năm': true,
    });
    expect(Object.values(inputs['stc']?.['bao-cao-dinh-ky'] as Record<string, boolean>)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(Object.isFrozen(inputs)).toBe(true);
    expect(Object.isFrozen(inputs['snv'])).toBe(true);
  });

  it('scores and ranks the departments with the tiers "trên 90%: 2; từ 70% đến 90%: 1; dưới 70%: 0"', () => {
    const inputs = unwrap(complianceInputs(sources, mapping));
    const scores = unwrap(scoreUnits(caMau, inputs));
    const ranking = rankUnits(scores);
    const points = Object.fromEntries(scores.map((s) => [s.unitId, s.score.total]));
    // vp-ubnd: 80% → 1, all four reports → 1; snv: 3/21 → 0, reports → 1; the rest 0.
    expect(points).toMatchObject({ 'vp-ubnd': 2, snv: 1, stp: 0, stc: 0 });
    expect(ranking.slice(0, 2).map((r) => `${r.rank} ${r.unitId}`)).toEqual(['1 vp-ubnd', '2 snv']);
    expect(ranking.slice(2).every((r) => r.rank === 3)).toBe(true);
    const vp = scores.find((s) => s.unitId === 'vp-ubnd')!.score;
    expect(vp.nodes['ke-hoach-hoan-thanh']?.explanation).toBe(
      'Tỷ lệ hoàn thành 80% thuộc mức từ 70% đến 90% → 1/2 điểm',
    );
    const stp = scores.find((s) => s.unitId === 'stp')!.score;
    expect(stp.nodes['bao-cao-dinh-ky']?.explanation).toBe('Không đạt: Báo cáo quý III → 0/1 điểm');
    // Unmapped leaves stay for officials to enter.
    expect(vp.missing).toEqual(['ke-hoach-ban-hanh', 'ke-hoach-noi-dung']);
  });

  it('a binary leaf takes reporting.allOnTime; a proportional leaf takes exact counts', () => {
    const set = unwrap(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 'vl-test',
        title: 'Bộ thử',
        nodes: [
          { id: 'bc', title: 'Báo cáo đúng hạn', max: 1, rule: { kind: 'binary' } },
          { id: 'ht', title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', max: 3, rule: { kind: 'proportional' } },
          { id: 'qh', title: 'Nhiệm vụ quá hạn', max: 2, rule: { kind: 'deduction', per: 0.5 } },
        ],
      } satisfies CriteriaSetJson),
    );
    const inputs = unwrap(
      complianceInputs(sources, {
        set,
        units: ['snv', 'stp'],
        entries: [
          { leafId: 'bc', from: 'reporting.allOnTime' },
          { leafId: 'ht', from: 'agency.onTimeRate' },
          { leafId: 'qh', from: 'agency.overdue' },
        ],
      }),
    );
    const snv = evaluation.compliance.agencies['snv']!;
    expect(inputs['snv']).toEqual({
      bc: true,
      ht: { numerator: snv.onTime, denominator: snv.due },
      qh: snv.overdue,
    });
    expect(inputs['stp']?.['bc']).toBe(false);
    const s = unwrap(scoreUnits(set, inputs));
    expect(s[0]?.score.nodes['ht']?.points).toBe(Math.round((3000 * snv.onTime) / snv.due) / 1000);
  });
});

describe('complianceInputs: exact percentages at the tier bounds', () => {
  const set = unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 'bounds',
      title: 'Ngưỡng',
      nodes: [
        { id: 'tu-57', title: 'Từ 57%', max: 1, rule: { kind: 'tiers', tiers: [{ min: 57, points: 1 }] } },
        {
          id: 'tren-55',
          title: 'Trên 55%',
          max: 1,
          rule: { kind: 'tiers', tiers: [{ above: 55, points: 1 }] },
        },
        {
          id: 'ca-mau',
          title: 'Cà Mau',
          max: 2,
          rule: {
            kind: 'tiers',
            tiers: [
              { min: 70, points: 1 },
              { above: 90, points: 2 },
            ],
          },
        },
      ],
    }),
  );
  const points = (done: number, due: number, leafId: string) => {
    const e = {
      ...evaluation,
      compliance: {
        ...evaluation.compliance,
        agencies: {
          x: { due, done, onTime: done, overdue: 0, doneRate: done / due, onTimeRate: done / due },
        },
      },
    };
    const inputs = unwrap(
      complianceInputs({ evaluation: e }, { set, entries: [{ leafId, from: 'agency.doneRate' }] }),
    );
    return unwrap(scoreUnits(set, inputs))[0]!.score.nodes[leafId]!.points;
  };

  it('computes done × 100 / due, not (done / due) × 100: 57 of 100 is "từ 57%", 11 of 20 is not "trên 55%"', () => {
    expect((57 / 100) * 100).toBeLessThan(57); // the float trap avoided
    expect((11 / 20) * 100).toBeGreaterThan(55);
    expect(points(57, 100, 'tu-57')).toBe(1);
    expect(points(56, 100, 'tu-57')).toBe(0);
    expect(points(11, 20, 'tren-55')).toBe(0);
    expect(points(56, 100, 'tren-55')).toBe(1);
  });

  it('property: the tier reached is the one integer arithmetic gives (done × 100 vs bound × due)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2000 })
          .chain((due) => fc.tuple(fc.constant(due), fc.integer({ min: 0, max: due }))),
        ([due, done]) => {
          const want = done * 100 > 90 * due ? 2 : done * 100 >= 70 * due ? 1 : 0;
          const want57 = done * 100 >= 57 * due ? 1 : 0;
          const want55 = done * 100 > 55 * due ? 1 : 0;
          return (
            points(done, due, 'ca-mau') === want &&
            points(done, due, 'tu-57') === want57 &&
            points(done, due, 'tren-55') === want55
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the Cà Mau tiers at their bounds: 9 of 10 → 1, 7 of 10 → 1, 69 of 100 → 0, 91 of 100 → 2', () => {
    expect([
      points(9, 10, 'ca-mau'),
      points(7, 10, 'ca-mau'),
      points(69, 100, 'ca-mau'),
      points(91, 100, 'ca-mau'),
      points(29, 29, 'ca-mau'),
    ]).toEqual([1, 1, 0, 2, 2]);
  });
});

describe('complianceInputs: nothing due', () => {
  const set = planReports();
  const early = evaluatePlan(plan, { asOf: d('2017-01-01') }); // before anything is due
  const entries = [{ leafId: 'ke-hoach-hoan-thanh', from: 'agency.doneRate' as const }];

  it("leaves the input out by default ('missing'), or gives 'n/a' when asked", () => {
    const missing = unwrap(complianceInputs({ evaluation: early }, { set, units: ['snv'], entries }));
    expect(missing).toEqual({ snv: {} });
    const na = unwrap(
      complianceInputs({ evaluation: early }, { set, units: ['snv'], entries, whenNothingDue: 'n/a' }),
    );
    expect(na).toEqual({ snv: { 'ke-hoach-hoan-thanh': 'n/a' } });
    const s = unwrap(scoreUnits(set, na))[0]!.score;
    expect(s.max).toBe(3); // 5 − the 2 points that do not apply
    const perEntry = unwrap(
      complianceInputs(
        { evaluation: early },
        { set, units: ['snv'], entries: [{ ...entries[0]!, whenNothingDue: 'n/a' }] },
      ),
    );
    expect(perEntry['snv']?.['ke-hoach-hoan-thanh']).toBe('n/a');
  });

  it('an agency with no lead assignments has nothing due', () => {
    const r = unwrap(
      complianceInputs({ evaluation }, { set, units: ['so-khong-co'], entries, whenNothingDue: 'n/a' }),
    );
    expect(r['so-khong-co']?.['ke-hoach-hoan-thanh']).toBe('n/a');
  });
});

describe('complianceInputs: targets and dossiers', () => {
  const targetSet = unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 't',
      title: 'Chỉ tiêu',
      nodes: [
        {
          id: 'cong-khai',
          title: 'Công khai TTHC',
          max: 1,
          rule: { kind: 'target', target: { comparator: '>=', value: 100, unit: '%' } },
        },
        { id: 'tat-ca', title: 'Đạt mọi chỉ tiêu', max: 1, rule: { kind: 'binary' } },
        { id: 'ho-so', title: 'Tỷ lệ hồ sơ đúng hạn', max: 2, rule: { kind: 'proportional' } },
      ],
    }),
  );
  const targets = unwrap(evaluateTargets(plan, { 'III.2': 100, 'V.1-1': 95 }));
  const dossier = (id: string, agencyId: string, dueOn: string, returnedOn?: string): Dossier => ({
    id,
    agencyId,
    receivedOn: d('2024-03-01'),
    dueOn: d(dueOn),
    ...(returnedOn === undefined ? {} : { returnedOn: d(returnedOn) }),
  });

  it('target.actual feeds a target leaf; targets.attained needs every selected target judged', () => {
    const r = unwrap(
      complianceInputs(
        { targets },
        {
          set: targetSet,
          units: ['tinh'],
          entries: [
            { leafId: 'cong-khai', from: 'target.actual', targetId: 'III.2' },
            { leafId: 'tat-ca', from: 'targets.attained', targetIds: ['III.2', 'V.1-1'] },
          ],
        },
      ),
    );
    expect(r['tinh']).toEqual({ 'cong-khai': 100, 'tat-ca': false }); // V.1-1: 95 < 100%
    const unjudged = unwrap(
      complianceInputs(
        { targets },
        {
          set: targetSet,
          units: ['tinh'],
          whenNothingDue: 'n/a',
          entries: [{ leafId: 'tat-ca', from: 'targets.attained' }],
        },
      ),
    );
    expect(unjudged['tinh']?.['tat-ca']).toBe('n/a'); // other targets have no actual yet
  });

  it('dossier.timelyRate counts early and on-time results over resolved ones (trước hạn counts as đúng hạn)', () => {
    const stats = dossierStats(
      [
        dossier('1', 'stp', '2024-03-05', '2024-03-04'), // early
        dossier('2', 'stp', '2024-03-05', '2024-03-05'), // on time
        dossier('3', 'stp', '2024-03-05', '2024-03-08'), // late
        dossier('4', 'stp', '2024-03-05'), // open: not counted
        dossier('5', 'snv', '2024-03-05', '2024-03-05'),
      ],
      d('2024-12-31'),
      'agency',
    );
    const r = unwrap(
      complianceInputs(
        { dossiers: stats },
        {
          set: targetSet,
          units: ['stp', 'snv', 'stc'],
          whenNothingDue: 'n/a',
          entries: [{ leafId: 'ho-so', from: 'dossier.timelyRate' }],
        },
      ),
    );
    expect(r).toEqual({
      stp: { 'ho-so': { numerator: 2, denominator: 3 } },
      snv: { 'ho-so': { numerator: 1, denominator: 1 } },
      stc: { 'ho-so': 'n/a' }, // no dossier resolved
    });
    const late = unwrap(
      complianceInputs(
        { dossiers: stats },
        { set: targetSet, units: ['stp'], entries: [{ leafId: 'ho-so', from: 'dossier.lateRate' }] },
      ),
    );
    expect(late['stp']?.['ho-so']).toEqual({ numerator: 1, denominator: 3 });
    expect(
      unwrap(scoreUnits(targetSet, r)).find((u) => u.unitId === 'stp')?.score.nodes['ho-so']?.points,
    ).toBe(1.333);
  });
});

describe("complianceInputs: the mapping is users' data", () => {
  it('reports every problem at once, with paths and codes', () => {
    const r = complianceInputs(
      { evaluation },
      {
        set: planReports(),
        entries: [
          { leafId: 'khong-co', from: 'agency.doneRate' },
          { leafId: 'ke-hoach-hoan-thanh', from: 'agency.doneRate' },
          { leafId: 'ke-hoach-hoan-thanh', from: 'plan.doneRate' },
          { leafId: 'ke-hoach-ban-hanh', from: 'agency.doneRate' },
          {
            leafId: 'bao-cao-dinh-ky',
            from: 'reporting.allOnTime',
            conditions: { 'Báo cáo quý I': '2018-03-15' },
          },
          { leafId: 'ke-hoach-noi-dung', from: 'group.doneRate' },
          { leafId: 'ke-hoach-noi-dung', from: 'nope' as never },
        ],
      },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'entries.0.leafId unknown_leaf',
      'entries.2.leafId duplicate_leaf',
      'entries.3.from kind_mismatch',
      'entries.4.from source_missing',
      'entries.4.conditions conditions_mismatch',
      'entries.5.from parameter_missing',
      'entries.5.from kind_mismatch',
      'entries.6.leafId duplicate_leaf',
      'entries.6.from unknown_source',
    ]);
    for (const i of r.issues) {
      expect(i.message).toBeTruthy();
      expect(i.messageEn).toBeTruthy();
    }
  });

  it('a condition whose due date names no owed report is an issue for that unit', () => {
    const r = complianceInputs(
      { reporting },
      {
        set: planReports(),
        units: ['snv'],
        entries: [
          {
            leafId: 'bao-cao-dinh-ky',
            from: 'reporting.allOnTime',
            conditions: { ...reportConditions, 'Báo cáo năm': '2018-12-31' },
          },
        ],
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['snv.entries.0.conditions.Báo cáo năm', 'unknown_report'],
      ]);
  });

  it('an unknown reporting duty is an issue; a known one restricts the reports', () => {
    const set = planReports();
    const entry = {
      leafId: 'bao-cao-dinh-ky',
      from: 'reporting.allOnTime' as const,
      conditions: reportConditions,
    };
    const bad = complianceInputs(
      { reporting },
      { set, units: ['snv'], entries: [{ ...entry, dutyId: 'thang' }] },
    );
    expect(bad.ok || bad.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'entries.0.dutyId unknown_duty',
    ]);
    const good = unwrap(
      complianceInputs({ reporting }, { set, units: ['snv'], entries: [{ ...entry, dutyId: 'quy' }] }),
    );
    expect(Object.values(good['snv']?.['bao-cao-dinh-ky'] as Record<string, boolean>)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('an unknown group or target, and no units, are issues', () => {
    const set = planReports();
    const r = complianceInputs(
      { evaluation, targets: [] },
      {
        set,
        units: [],
        entries: [
          { leafId: 'ke-hoach-hoan-thanh', from: 'group.doneRate', groupId: 'IX' },
          { leafId: 'ke-hoach-ban-hanh', from: 'target.met', targetId: 'T9' },
        ],
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
        'entries.0.groupId unknown_group',
        'entries.1.targetId unknown_target',
        'entries.1.from kind_mismatch',
        'units no_units',
      ]);
    }
  });

  it('reads leaf ids and condition names written in NFD the same', () => {
    const r = unwrap(
      complianceInputs(
        { reporting },
        {
          set: planReports(),
          units: ['stp'],
          entries: [
            {
              leafId: 'bao-cao-dinh-ky'.normalize('NFD'),
              from: 'reporting.allOnTime',
              conditions: Object.fromEntries(
                Object.entries(reportConditions).map(([k, v]) => [k.normalize('NFD'), v]),
              ),
            },
          ],
        },
      ),
    );
    expect(r['stp']?.['bao-cao-dinh-ky']).toEqual({
      'Báo cáo quý I': true,
      'Báo cáo 6 tháng': true,
      'Báo cáo quý III': false,
      'Báo cáo năm': true,
    });
  });
});
