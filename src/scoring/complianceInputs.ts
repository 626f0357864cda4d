/**
 * `complianceInputs`: from a plan's evaluation (tasks done and on time,
 * reporting duty, targets, dossiers) to scoring inputs, through an explicit
 * mapping — so a province goes from its plan and reports to its departments'
 * points without retyping numbers.
 *
 * @module
 */
import { copyInput, inputIssues, setOwn, shownJson, withInputIssues } from '../core/copyInput.js';
import { REFORM_AREAS } from '../plan/schema.js';
import { fail, issue, ok, type Issue, type IssuePath, type Result } from '../core/result.js';
import type { DossierGroupStats, DossierStats } from '../dossier/stats.js';
import type { ReportingEvaluation, ReportingRow } from '../evaluate/evaluateReporting.js';
import type { TargetRow } from '../evaluate/evaluateTargets.js';
import type { Compliance, ComplianceRecords, PlanEvaluation } from '../evaluate/types.js';
import type { ReformArea } from '../plan/types.js';
import type { CriteriaSet, CriterionNode, Rule, ScoreInput } from './types.js';

/**
 * Where a mapped value comes from:
 *
 * | source | value | scope |
 * | --- | --- | --- |
 * | `plan.doneRate`, `plan.onTimeRate`, `plan.overdue` | done / due, on time / due, overdue count | the whole plan |
 * | `agency.doneRate`, `agency.onTimeRate`, `agency.overdue` | the same over the unit's lead assignments | the unit (or `agencyId`) |
 * | `group.*` (with `groupId`), `area.*` (with `area`) | the same over a task group or reform area | the plan |
 * | `reporting.allOnTime` | every owed report due so far sent on time | the unit (or `agencyId`) |
 * | `reporting.onTimeRate`, `reporting.notOnTime` | on time / due; late + missing count | the unit (or `agencyId`) |
 * | `targets.attained`, `targets.attainedRate` | every selected target met; met / judged | the plan |
 * | `target.actual`, `target.met`, `target.attainment` (with `targetId`) | one target row | the plan |
 * | `dossier.timelyRate`, `dossier.lateRate` | (early + on time) / resolved; late / resolved | the unit (or `agencyId`) |
 *
 * @example
 * ```ts
 * import type { ComplianceSource } from 'cchc';
 * const s: ComplianceSource = 'agency.doneRate';
 * ```
 */
export type ComplianceSource =
  | 'plan.doneRate'
  | 'plan.onTimeRate'
  | 'plan.overdue'
  | 'agency.doneRate'
  | 'agency.onTimeRate'
  | 'agency.overdue'
  | 'group.doneRate'
  | 'group.onTimeRate'
  | 'group.overdue'
  | 'area.doneRate'
  | 'area.onTimeRate'
  | 'area.overdue'
  | 'reporting.allOnTime'
  | 'reporting.onTimeRate'
  | 'reporting.notOnTime'
  | 'targets.attained'
  | 'targets.attainedRate'
  | 'target.actual'
  | 'target.met'
  | 'target.attainment'
  | 'dossier.timelyRate'
  | 'dossier.lateRate';

/**
 * What a leaf gets when its source has nothing to judge (nothing due, no
 * report owed yet, no dossier resolved, a target without an actual): `'n/a'`
 * (không áp dụng — the leaf leaves the maximum) or `'missing'` (no input: the
 * leaf scores 0 and is listed in `UnitScore.missing`, for an official to
 * fill in).
 *
 * @example
 * ```ts
 * import type { WhenNothingDue } from 'cchc';
 * const w: WhenNothingDue = 'n/a';
 * ```
 */
export type WhenNothingDue = 'n/a' | 'missing';

/**
 * One line of a mapping: which leaf of the set takes which value.
 *
 * - `agencyId` pins an agency for agency-scoped sources (default: the unit
 *   being filled, whose id is an agency id of the plan).
 * - `groupId`, `area`, `targetId` name the group, reform area or target row
 *   for the sources that need one; `targetIds` selects targets for
 *   `targets.*` (default: every row given).
 * - `dutyId` restricts `reporting.*` to one duty of the plan.
 * - `conditions` feeds an `allOf` leaf from the reporting duty: each of the
 *   rule's conditions → the ISO due date of the report it stands for
 *   (`{ "Báo cáo quý I": "2018-03-15", … }`); a condition holds when that
 *   report was sent on time.
 * - `count: 'occurrences'` reads `occurrenceCompliance` (every due date of a
 *   recurring or multi-milestone task) instead of `compliance` (tasks).
 * - `whenNothingDue` overrides the mapping's.
 *
 * @example
 * ```ts
 * import type { ComplianceMappingEntry } from 'cchc';
 * const e: ComplianceMappingEntry = { leafId: '1.1.4', from: 'agency.doneRate' };
 * ```
 */
export interface ComplianceMappingEntry {
  readonly leafId: string;
  readonly from: ComplianceSource;
  readonly agencyId?: string;
  readonly groupId?: string;
  readonly area?: ReformArea;
  readonly targetId?: string;
  readonly targetIds?: readonly string[];
  readonly dutyId?: string;
  readonly conditions?: Readonly<Record<string, string>>;
  readonly count?: 'tasks' | 'occurrences';
  readonly whenNothingDue?: WhenNothingDue;
}

/**
 * The mapping: the criteria set the inputs are for, its entries, the units
 * to fill (agency ids; default: every agency with a record in the
 * evaluation's compliance or in the reporting results), and what a leaf
 * gets when nothing is due (default `'missing'`).
 *
 * @example
 * ```ts
 * import { presets, type ComplianceMapping } from 'cchc';
 * const m: ComplianceMapping = {
 *   set: presets['vn-ca-mau-2013-excerpt'],
 *   units: ['snv', 'stp'],
 *   entries: [{ leafId: '1.1.4', from: 'agency.doneRate' }],
 * };
 * ```
 */
export interface ComplianceMapping {
  readonly set: CriteriaSet;
  readonly entries: readonly ComplianceMappingEntry[];
  readonly units?: readonly string[];
  readonly whenNothingDue?: WhenNothingDue;
}

/**
 * What the values are read from: `evaluatePlan`'s answer, `evaluateReporting`'s,
 * `evaluateTargets`' rows and `dossierStats` grouped by `'agency'`. Give the
 * ones the mapping uses.
 *
 * @example
 * ```ts
 * import { evaluatePlan, isoDate, type ComplianceSources } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const sources: ComplianceSources = { evaluation: evaluatePlan(plan, { asOf: isoDate('2018-12-31') }) };
 * ```
 */
export interface ComplianceSources {
  readonly evaluation?: PlanEvaluation;
  readonly reporting?: ReportingEvaluation;
  readonly targets?: readonly TargetRow[];
  readonly dossiers?: DossierStats;
}

/**
 * Scoring inputs per unit: unitId → leafId → input, ready for `scoreUnits`.
 *
 * @example
 * ```ts
 * import type { UnitInputs } from 'cchc';
 * const u: UnitInputs = { snv: { '1.1.4': 92.5 } };
 * ```
 */
export type UnitInputs = Readonly<Record<string, Readonly<Record<string, ScoreInput>>>>;

// ---------------------------------------------------------------------------
// Measures: what a source gives before it is shaped for a rule.

type Measure =
  | { readonly kind: 'rate'; readonly num: number; readonly den: number }
  | { readonly kind: 'ratio'; readonly value: number | null }
  | { readonly kind: 'bool'; readonly value: boolean | null }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'number'; readonly value: number | null }
  | { readonly kind: 'conditions'; readonly values: Readonly<Record<string, boolean>> | null };

const NOTHING = Symbol('nothing due');
type Shaped = ScoreInput | typeof NOTHING;

const AREAS: ReadonlySet<string> = new Set(REFORM_AREAS);

const SOURCES: ReadonlySet<string> = new Set<ComplianceSource>([
  'plan.doneRate',
  'plan.onTimeRate',
  'plan.overdue',
  'agency.doneRate',
  'agency.onTimeRate',
  'agency.overdue',
  'group.doneRate',
  'group.onTimeRate',
  'group.overdue',
  'area.doneRate',
  'area.onTimeRate',
  'area.overdue',
  'reporting.allOnTime',
  'reporting.onTimeRate',
  'reporting.notOnTime',
  'targets.attained',
  'targets.attainedRate',
  'target.actual',
  'target.met',
  'target.attainment',
  'dossier.timelyRate',
  'dossier.lateRate',
]);

const ZERO: Compliance = { due: 0, done: 0, onTime: 0, overdue: 0, doneRate: null, onTimeRate: null };

const msg = {
  unknownLeaf: (path: IssuePath, id: string) =>
    issue(
      path,
      'unknown_leaf',
      `"${id}" không phải tiêu chí lá của bộ tiêu chí.`,
      `"${id}" is not a leaf of the criteria set.`,
    ),
  duplicateLeaf: (path: IssuePath, id: string) =>
    issue(
      path,
      'duplicate_leaf',
      `Tiêu chí "${id}" được ánh xạ hơn một lần.`,
      `Leaf "${id}" is mapped more than once.`,
    ),
  unknownSource: (path: IssuePath, from: string) =>
    issue(path, 'unknown_source', `Không có nguồn số liệu "${from}".`, `No source "${from}".`),
  sourceMissing: (path: IssuePath, from: string, what: string) =>
    issue(
      path,
      'source_missing',
      `Nguồn "${from}" cần ${what} nhưng chưa được cung cấp.`,
      `Source "${from}" needs ${what}, which was not given.`,
    ),
  parameterMissing: (path: IssuePath, from: string, name: string) =>
    issue(
      path,
      'parameter_missing',
      `Nguồn "${from}" cần trường "${name}".`,
      `Source "${from}" needs the field "${name}".`,
    ),
  kindMismatch: (path: IssuePath, from: string, kind: string, leafId: string) =>
    issue(
      path,
      'kind_mismatch',
      `Nguồn "${from}" không dùng được cho quy tắc "${kind}" của tiêu chí "${leafId}".`,
      `Source "${from}" cannot feed the "${kind}" rule of leaf "${leafId}".`,
    ),
  unknownGroup: (path: IssuePath, id: string) =>
    issue(
      path,
      'unknown_group',
      `Kế hoạch không có nhóm nhiệm vụ "${id}".`,
      `The plan has no task group "${id}".`,
    ),
  unknownArea: (path: IssuePath, id: string) =>
    issue(path, 'unknown_area', `"${id}" không phải lĩnh vực CCHC.`, `"${id}" is not a reform area.`),
  unknownTarget: (path: IssuePath, id: string) =>
    issue(
      path,
      'unknown_target',
      `Không có chỉ tiêu "${id}" trong kết quả đánh giá chỉ tiêu.`,
      `No target row "${id}".`,
    ),
  conditionsMismatch: (path: IssuePath, leafId: string, expected: string) =>
    issue(
      path,
      'conditions_mismatch',
      `"conditions" phải nêu đúng các điều kiện của tiêu chí "${leafId}": ${expected}.`,
      `"conditions" must name exactly the conditions of leaf "${leafId}": ${expected}.`,
    ),
  unknownReport: (path: IssuePath, unit: string, date: string) =>
    issue(
      path,
      'unknown_report',
      `Đơn vị "${unit}" không có báo cáo phải gửi hạn ${date}.`,
      `Unit "${unit}" owes no report due on ${date}.`,
    ),
  unknownDuty: (path: IssuePath, id: string) =>
    issue(
      path,
      'unknown_duty',
      `Kết quả chế độ báo cáo không có nhiệm vụ báo cáo "${id}".`,
      `The reporting results have no duty "${id}".`,
    ),
  noUnits: (path: IssuePath) =>
    issue(
      path,
      'no_units',
      'Không có đơn vị nào để tính: hãy nêu "units".',
      'No units to fill: give "units".',
    ),
};

function leafRules(nodes: readonly CriterionNode[], out: Map<string, Rule>): Map<string, Rule> {
  for (const n of nodes) {
    if (n.children !== undefined) leafRules(n.children, out);
    else if (n.rule !== undefined) out.set(n.id, n.rule);
  }
  return out;
}

/** n × 100 / d without the binary noise of (n / d) × 100 (9/10 → 90, not 90.00000000000001). */
function percent(num: number, den: number): number {
  return (num * 100) / den;
}

/** A ratio known only as a float, as a percentage with the float noise dropped. */
function ratioPercent(r: number): number {
  return Number((r * 100).toPrecision(12));
}

/** The value of a measure for a rule kind; undefined when the kinds do not fit. */
function shape(m: Measure, rule: Rule): Shaped | undefined {
  switch (m.kind) {
    case 'rate':
      if (rule.kind === 'tiers' || rule.kind === 'target')
        return m.den === 0 ? NOTHING : percent(m.num, m.den);
      if (rule.kind === 'proportional')
        return m.den === 0 ? NOTHING : { numerator: m.num, denominator: m.den };
      return undefined;
    case 'ratio':
      if (rule.kind === 'tiers') return m.value === null ? NOTHING : ratioPercent(m.value);
      if (rule.kind === 'proportional')
        return m.value === null ? NOTHING : rule.scale === 100 ? ratioPercent(m.value) : m.value;
      return undefined;
    case 'bool':
      if (rule.kind === 'binary') return m.value === null ? NOTHING : m.value;
      return undefined;
    case 'count':
      if (rule.kind === 'deduction' || rule.kind === 'tiers') return m.value;
      return undefined;
    case 'number':
      if (rule.kind === 'target' || rule.kind === 'tiers') return m.value === null ? NOTHING : m.value;
      return undefined;
    case 'conditions':
      if (rule.kind === 'allOf') return m.values === null ? NOTHING : m.values;
      return undefined;
  }
}

/** The measure kind each source gives (for checking the mapping once). */
function measureKind(from: ComplianceSource, hasConditions: boolean): Measure['kind'] {
  if (from.endsWith('Rate')) return 'rate';
  if (from.endsWith('.overdue') || from === 'reporting.notOnTime') return 'count';
  if (from === 'reporting.allOnTime') return hasConditions ? 'conditions' : 'bool';
  if (from === 'targets.attained' || from === 'target.met') return 'bool';
  if (from === 'target.attainment') return 'ratio';
  return 'number'; // target.actual
}

function fromCompliance(c: Compliance, field: string): Measure {
  if (field === 'doneRate') return { kind: 'rate', num: c.done, den: c.due };
  if (field === 'onTimeRate') return { kind: 'rate', num: c.onTime, den: c.due };
  return { kind: 'count', value: c.overdue };
}

function reportingRows(
  r: ReportingEvaluation,
  agencyId: string,
  dutyId: string | undefined,
): readonly ReportingRow[] {
  return r.rows.filter((row) => row.agencyId === agencyId && (dutyId === undefined || row.dutyId === dutyId));
}

function dossierGroup(s: DossierStats, agencyId: string): DossierGroupStats | undefined {
  return s.groups.find((g) => g.key === agencyId);
}

interface Checked {
  readonly entry: ComplianceMappingEntry;
  readonly index: number;
  readonly rule: Rule;
  readonly when: WhenNothingDue;
}

/** Checks the mapping against the set and the sources once; issues with paths. */
function checkMapping(sources: ComplianceSources, mapping: ComplianceMapping, issues: Issue[]): Checked[] {
  const rules = leafRules(mapping.set.nodes, new Map());
  const seen = new Set<string>();
  const out: Checked[] = [];
  const targetIds = new Set((sources.targets ?? []).map((t) => t.targetId));
  mapping.entries.forEach((entry, i) => {
    const path = ['entries', i];
    const leafId = String(entry.leafId);
    const rule = rules.get(leafId);
    const before = issues.length;
    if (rule === undefined) issues.push(msg.unknownLeaf([...path, 'leafId'], leafId));
    else if (seen.has(leafId)) issues.push(msg.duplicateLeaf([...path, 'leafId'], leafId));
    seen.add(leafId);
    const from = entry.from;
    if (!SOURCES.has(from)) {
      issues.push(msg.unknownSource([...path, 'from'], String(from)));
      return;
    }
    const scope = from.slice(0, from.indexOf('.'));
    const fromPath = [...path, 'from'];
    if (['plan', 'agency', 'group', 'area'].includes(scope) && sources.evaluation === undefined) {
      issues.push(msg.sourceMissing(fromPath, from, 'kết quả evaluatePlan (sources.evaluation)'));
    }
    if (scope === 'reporting' && sources.reporting === undefined) {
      issues.push(msg.sourceMissing(fromPath, from, 'kết quả evaluateReporting (sources.reporting)'));
    }
    if ((scope === 'targets' || scope === 'target') && sources.targets === undefined) {
      issues.push(msg.sourceMissing(fromPath, from, 'kết quả evaluateTargets (sources.targets)'));
    }
    if (scope === 'dossier' && sources.dossiers === undefined) {
      issues.push(msg.sourceMissing(fromPath, from, 'kết quả dossierStats theo cơ quan (sources.dossiers)'));
    }
    if (scope === 'reporting' && entry.dutyId !== undefined && sources.reporting !== undefined) {
      if (!sources.reporting.rows.some((r) => r.dutyId === entry.dutyId))
        issues.push(msg.unknownDuty([...path, 'dutyId'], entry.dutyId));
    }
    if (scope === 'group') {
      if (entry.groupId === undefined) issues.push(msg.parameterMissing(fromPath, from, 'groupId'));
      else if (
        sources.evaluation !== undefined &&
        records(sources.evaluation, entry).groups[entry.groupId] === undefined
      ) {
        issues.push(msg.unknownGroup([...path, 'groupId'], entry.groupId));
      }
    }
    if (scope === 'area') {
      if (entry.area === undefined) issues.push(msg.parameterMissing(fromPath, from, 'area'));
      else if (!AREAS.has(entry.area)) issues.push(msg.unknownArea([...path, 'area'], entry.area));
    }
    if (scope === 'target') {
      if (entry.targetId === undefined) issues.push(msg.parameterMissing(fromPath, from, 'targetId'));
      else if (sources.targets !== undefined && !targetIds.has(entry.targetId)) {
        issues.push(msg.unknownTarget([...path, 'targetId'], entry.targetId));
      }
    }
    if (scope === 'targets' && entry.targetIds !== undefined && sources.targets !== undefined) {
      entry.targetIds.forEach((t, k) => {
        if (!targetIds.has(t)) issues.push(msg.unknownTarget([...path, 'targetIds', k], t));
      });
    }
    if (rule !== undefined) {
      const hasConditions = entry.conditions !== undefined;
      if (hasConditions && from !== 'reporting.allOnTime')
        issues.push(msg.kindMismatch([...path, 'conditions'], from, rule.kind, leafId));
      const kind = measureKind(from, hasConditions);
      if (shape(probe(kind), rule) === undefined)
        issues.push(msg.kindMismatch(fromPath, from, rule.kind, leafId));
      if (rule.kind === 'allOf' && kind === 'conditions') {
        const want = [...rule.conditions].sort();
        const got = Object.keys(entry.conditions ?? {}).sort();
        if (want.length !== got.length || want.some((w, k) => w !== got[k])) {
          issues.push(
            msg.conditionsMismatch(
              [...path, 'conditions'],
              leafId,
              rule.conditions.map((c) => `"${c}"`).join(', '),
            ),
          );
        }
      }
    }
    if (issues.length === before && rule !== undefined) {
      out.push({ entry, index: i, rule, when: entry.whenNothingDue ?? mapping.whenNothingDue ?? 'missing' });
    }
  });
  return out;
}

/** A sample measure of a kind, to test whether it fits a rule. */
function probe(kind: Measure['kind']): Measure {
  switch (kind) {
    case 'rate':
      return { kind, num: 1, den: 1 };
    case 'ratio':
    case 'number':
      return { kind, value: 1 };
    case 'bool':
      return { kind, value: true };
    case 'count':
      return { kind, value: 0 };
    case 'conditions':
      return { kind, values: {} };
  }
}

function records(e: PlanEvaluation, entry: ComplianceMappingEntry): ComplianceRecords {
  return entry.count === 'occurrences' ? e.occurrenceCompliance : e.compliance;
}

/** The measure of one checked entry for one unit. */
function measure(sources: ComplianceSources, c: Checked, unit: string, issues: Issue[]): Measure {
  const { entry } = c;
  const from = entry.from;
  const agency = entry.agencyId ?? unit;
  const [scope, field] = from.split('.') as [string, string];
  switch (scope) {
    case 'plan':
      return fromCompliance(records(sources.evaluation!, entry).plan, field);
    case 'agency':
      return fromCompliance(records(sources.evaluation!, entry).agencies[agency] ?? ZERO, field);
    case 'group':
      return fromCompliance(records(sources.evaluation!, entry).groups[entry.groupId!] ?? ZERO, field);
    case 'area':
      return fromCompliance(records(sources.evaluation!, entry).areas[entry.area!] ?? ZERO, field);
    case 'reporting': {
      const rows = reportingRows(sources.reporting!, agency, entry.dutyId);
      const due = rows.filter((r) => r.status !== 'not_due' && r.status !== 'agency_ended');
      const onTime = due.filter((r) => r.status === 'on_time').length;
      if (field === 'onTimeRate') return { kind: 'rate', num: onTime, den: due.length };
      if (field === 'notOnTime') return { kind: 'count', value: due.length - onTime };
      if (entry.conditions === undefined)
        return { kind: 'bool', value: due.length === 0 ? null : onTime === due.length };
      if (due.length === 0) return { kind: 'conditions', values: null };
      const values: Record<string, boolean> = {};
      for (const [name, date] of Object.entries(entry.conditions)) {
        const row = rows.find((r) => r.dueDate === date);
        if (row === undefined)
          issues.push(msg.unknownReport([unit, 'entries', c.index, 'conditions', name], agency, date));
        setOwn(values, name, row?.status === 'on_time');
      }
      return { kind: 'conditions', values };
    }
    case 'targets': {
      const wanted = entry.targetIds === undefined ? undefined : new Set(entry.targetIds);
      const rows = sources.targets!.filter((t) => wanted === undefined || wanted.has(t.targetId));
      const judged = rows.filter((t) => t.met !== null);
      const met = judged.filter((t) => t.met === true).length;
      if (field === 'attainedRate') return { kind: 'rate', num: met, den: judged.length };
      return {
        kind: 'bool',
        value: judged.length === 0 || judged.length < rows.length ? null : met === judged.length,
      };
    }
    case 'target': {
      const row = sources.targets!.find((t) => t.targetId === entry.targetId)!;
      if (field === 'actual') return { kind: 'number', value: row.actual };
      if (field === 'met') return { kind: 'bool', value: row.met };
      return { kind: 'ratio', value: row.attainment };
    }
    default: {
      const g = dossierGroup(sources.dossiers!, agency);
      const resolved = g?.resolved ?? 0;
      if (field === 'timelyRate')
        return { kind: 'rate', num: (g?.early ?? 0) + (g?.onTime ?? 0), den: resolved };
      return { kind: 'rate', num: g?.late ?? 0, den: resolved };
    }
  }
}

function nfc(text: string): string {
  return typeof text === 'string' ? text.normalize('NFC') : text;
}

/** The entry with its texts in NFC (ids, condition names), so NFD input reads the same. */
function nfcEntry(e: ComplianceMappingEntry): ComplianceMappingEntry {
  const out: { -readonly [K in keyof ComplianceMappingEntry]: ComplianceMappingEntry[K] } = {
    ...e,
    leafId: nfc(e.leafId),
  };
  if (e.agencyId !== undefined) out.agencyId = nfc(e.agencyId);
  if (e.groupId !== undefined) out.groupId = nfc(e.groupId);
  if (e.targetId !== undefined) out.targetId = nfc(e.targetId);
  if (e.targetIds !== undefined) out.targetIds = e.targetIds.map(nfc);
  if (e.dutyId !== undefined) out.dutyId = nfc(e.dutyId);
  if (e.conditions !== undefined)
    out.conditions = Object.fromEntries(Object.entries(e.conditions).map(([k, v]) => [nfc(k), v]));
  return out;
}

function defaultUnits(sources: ComplianceSources): string[] {
  const out = new Set<string>();
  if (sources.evaluation !== undefined)
    for (const id of Object.keys(sources.evaluation.compliance.agencies)) out.add(id);
  if (sources.reporting !== undefined) for (const id of Object.keys(sources.reporting.agencies)) out.add(id);
  return [...out];
}

/**
 * Turns a plan's evaluation into scoring inputs for the leaves that measure
 * it — "mức độ hoàn thành kế hoạch CCHC" (a `tiers` or `proportional` leaf
 * from `agency.doneRate`), "thực hiện chế độ báo cáo" (a `binary` leaf from
 * `reporting.allOnTime`, or an `allOf` leaf with one condition per report),
 * "tỷ lệ hồ sơ đúng hạn" (`dossier.timelyRate`), targets met (`target.*`) —
 * for every unit (agency) at once, through an explicit mapping.
 *
 * Values are shaped for the leaf's rule: a rate is a percentage for `tiers`
 * and `target` leaves (computed as done × 100 / due, so 9 of 10 is exactly
 * 90), `{ numerator, denominator }` for `proportional` leaves (exact); a
 * boolean for `binary`; a record of the conditions for `allOf`; a count for
 * `deduction`. When a source has nothing to judge (nothing due yet, no
 * report owed, no dossier resolved, a target without an actual), the leaf
 * gets `'n/a'` or no input, as `whenNothingDue` says (default `'missing'`).
 *
 * The mapping is users' data: a leaf id that is not a leaf of the set, a leaf
 * mapped twice, an unknown source, a source whose data is not given, a
 * missing `groupId` / `area` / `targetId`, an unknown group, area, target or
 * reporting duty,
 * a source that cannot feed the leaf's rule kind, `conditions` that do not
 * name exactly the `allOf` rule's conditions, or a condition's due date with
 * no owed report are issues (with their paths), all reported at once; so
 * are a field an entry or the mapping does not have, a choice misspelt
 * (`whenNothingDue: 'na'`, `count: 'occurence'`: `invalid_option`) and
 * entries behind a getter or Proxy that throws.
 *
 * @example
 * ```ts
 * import { complianceInputs, evaluatePlan, presets, scoreUnits, rankUnits, unwrap, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const evaluation = evaluatePlan(plan, { asOf: isoDate('2018-12-31') });
 * const inputs = unwrap(complianceInputs({ evaluation }, {
 *   set: presets['vn-ca-mau-2013-excerpt'],
 *   entries: [{ leafId: '1.1.4', from: 'agency.doneRate' }],
 * }));
 * const ranking = rankUnits(unwrap(scoreUnits(presets['vn-ca-mau-2013-excerpt'], inputs)));
 * ```
 */
export function complianceInputs(sources: ComplianceSources, mapping: ComplianceMapping): Result<UnitInputs> {
  const read = readMapping(sources, mapping);
  if (!read.ok) return read;
  try {
    return fill(read.value.sources, read.value.mapping);
  } catch {
    // The users' parts are plain copies checked above: only sources or a set the library did not return get here.
    return fail([
      issue(
        [],
        'invalid_type',
        'Nguồn số liệu (sources) hoặc bộ tiêu chí (set) không phải giá trị do thư viện trả về',
        'The sources or the criteria set are not values the library returned',
      ),
    ]);
  }
}

const ENTRY_KEYS = new Set([
  'leafId',
  'from',
  'agencyId',
  'groupId',
  'area',
  'targetId',
  'targetIds',
  'dutyId',
  'conditions',
  'count',
  'whenNothingDue',
]);
const MAPPING_KEYS = new Set(['set', 'entries', 'units', 'whenNothingDue']);
const WHEN: readonly string[] = ['missing', 'n/a'];
const COUNT: readonly string[] = ['tasks', 'occurrences'];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function choiceIssue(path: IssuePath, value: unknown, allowed: readonly string[]): Issue {
  const list = allowed.map((a) => `'${a}'`).join(', ');
  return issue(
    path,
    'invalid_option',
    `${shownJson(value)} không phải là giá trị hợp lệ (${list})`,
    `${shownJson(value)} is not one of ${list}`,
  );
}

/**
 * The mapping's users' parts (entries, units, choices) as plain checked
 * copies — no getter, Proxy or cycle is read after — and the sources read
 * once: a misspelt field or choice (`whenNothingDue: 'na'`) was silently
 * ignored before.
 */
function readMapping(
  givenSources: ComplianceSources,
  given: ComplianceMapping,
): Result<{ sources: ComplianceSources; mapping: ComplianceMapping }> {
  const issues: Issue[] = [];
  let sources: ComplianceSources;
  let fields: Record<string, unknown>;
  try {
    if (!isRecord(givenSources) || !isRecord(given)) {
      return fail([
        issue(
          isRecord(given) ? ['sources'] : ['mapping'],
          'invalid_type',
          'Cần một đối tượng',
          'An object is required',
        ),
      ]);
    }
    const { evaluation, reporting, targets, dossiers } = givenSources;
    sources = { evaluation, reporting, targets, dossiers } as ComplianceSources;
    fields = { ...given };
  } catch {
    return fail([inputIssues.unreadable([])]);
  }
  for (const key of Object.keys(fields))
    if (!MAPPING_KEYS.has(key))
      issues.push(
        issue([key], 'unknown_field', `Trường "${key}" không được hỗ trợ`, `Unknown field "${key}"`),
      );
  const copy = copyInput({
    entries: fields['entries'],
    units: fields['units'],
    when: fields['whenNothingDue'],
  });
  const copied = copy.issues.map((x) =>
    x.path[0] === 'when' ? { ...x, path: ['whenNothingDue', ...x.path.slice(1)] } : x,
  );
  const c = copy.value as { entries: unknown; units: unknown; when: unknown };
  if (c.when !== undefined && !WHEN.includes(c.when as string))
    issues.push(choiceIssue(['whenNothingDue'], c.when, WHEN));
  if (c.units !== undefined && (!Array.isArray(c.units) || c.units.some((u) => typeof u !== 'string')))
    issues.push(
      issue(['units'], 'invalid_type', 'Cần một danh sách mã cơ quan', 'A list of agency ids is required'),
    );
  if (!Array.isArray(c.entries)) {
    issues.push(issue(['entries'], 'invalid_type', 'Cần một danh sách', 'A list is required'));
  } else {
    c.entries.forEach((e: unknown, i) => {
      const path = ['entries', i];
      if (!isRecord(e)) {
        issues.push(issue(path, 'invalid_type', 'Cần một đối tượng', 'An object is required'));
        return;
      }
      for (const key of Object.keys(e))
        if (!ENTRY_KEYS.has(key))
          issues.push(
            issue(
              [...path, key],
              'unknown_field',
              `Trường "${key}" không được hỗ trợ`,
              `Unknown field "${key}"`,
            ),
          );
      if (typeof e['leafId'] !== 'string')
        issues.push(
          issue(
            [...path, 'leafId'],
            'invalid_type',
            'Cần mã tiêu chí (chuỗi)',
            'A leaf id (text) is required',
          ),
        );
      for (const key of ['agencyId', 'groupId', 'area', 'targetId', 'dutyId'])
        if (e[key] !== undefined && typeof e[key] !== 'string')
          issues.push(issue([...path, key], 'invalid_type', 'Cần một chuỗi', 'Text is required'));
      const ids = e['targetIds'];
      if (ids !== undefined && (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string')))
        issues.push(
          issue([...path, 'targetIds'], 'invalid_type', 'Cần một danh sách mã', 'A list of ids is required'),
        );
      const conditions = e['conditions'];
      if (
        conditions !== undefined &&
        (!isRecord(conditions) || Object.values(conditions).some((x) => typeof x !== 'string'))
      )
        issues.push(
          issue(
            [...path, 'conditions'],
            'invalid_type',
            'Cần một đối tượng { điều kiện: mã }',
            'An object { condition: id } is required',
          ),
        );
      if (e['count'] !== undefined && !COUNT.includes(e['count'] as string))
        issues.push(choiceIssue([...path, 'count'], e['count'], COUNT));
      if (e['whenNothingDue'] !== undefined && !WHEN.includes(e['whenNothingDue'] as string))
        issues.push(choiceIssue([...path, 'whenNothingDue'], e['whenNothingDue'], WHEN));
    });
  }
  if (issues.length > 0 || copied.length > 0) return fail(withInputIssues(copied, issues));
  const mapping = { set: fields['set'], entries: c.entries } as {
    -readonly [K in keyof ComplianceMapping]: ComplianceMapping[K];
  };
  if (c.units !== undefined) mapping.units = c.units as string[];
  if (c.when !== undefined) mapping.whenNothingDue = c.when as WhenNothingDue;
  return ok({ sources, mapping });
}

function fill(sources: ComplianceSources, mapping: ComplianceMapping): Result<UnitInputs> {
  const issues: Issue[] = [];
  const checked = checkMapping(sources, { ...mapping, entries: mapping.entries.map(nfcEntry) }, issues);
  const units = (mapping.units ?? defaultUnits(sources)).map(nfc);
  if (units.length === 0) issues.push(msg.noUnits(['units']));
  if (issues.length > 0) return fail(issues);
  const out: Record<string, Readonly<Record<string, ScoreInput>>> = {};
  for (const unit of units) {
    const inputs: Record<string, ScoreInput> = {};
    for (const c of checked) {
      const value = shape(measure(sources, c, unit, issues), c.rule);
      const leafId = c.entry.leafId;
      if (value === NOTHING) {
        if (c.when === 'n/a') setOwn<ScoreInput>(inputs, leafId, 'n/a');
      } else if (value !== undefined) {
        setOwn<ScoreInput>(
          inputs,
          leafId,
          typeof value === 'object' && value !== null ? Object.freeze({ ...value }) : value,
        );
      }
    }
    setOwn(out, unit, Object.freeze(inputs));
  }
  if (issues.length > 0) return fail(issues);
  return ok(Object.freeze(out));
}
