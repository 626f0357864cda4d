/**
 * The scoring engine over a compiled set: leaves by their rules, parents by
 * sums, adjustments after the tree, index and class. `scoreUnit` and
 * `scoreUnits` are thin wrappers around it.
 *
 * @internal
 * @module
 */
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { applyRule } from './applyRule.js';
import { classOf } from './classOf.js';
import type { CAdjustment, CLeaf, CNode, Compiled } from './compile.js';
import { formatThousandths, indexHundredths, parseThousandths, toPoints } from './decimal.js';
import { msg } from './messages.js';
import { readInput, type ReadInput } from './readInput.js';
import type { AdjustmentScore, NodeScore, ScoreInput, UnitScore, UnitType } from './types.js';

/**
 * Options of `scoreUnit` / `scoreUnits`.
 *
 * @example
 * ```ts
 * import type { ScoreOptions } from 'cchc';
 * const o: ScoreOptions = { unitType: 'district' }; // use the set's district bands
 * ```
 */
export interface ScoreOptions {
  /** Picks `classesByUnitType[unitType]` for the class, instead of `classes`. */
  readonly unitType?: UnitType;
}

interface Acc {
  readonly inputs: Readonly<Record<string, ScoreInput>>;
  readonly nodes: Record<string, NodeScore>;
  readonly missing: string[];
  readonly notApplicable: string[];
  readonly warnings: Issue[];
  readonly issues: Issue[];
  readonly step: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

function normaliseKeys(inputs: Readonly<Record<string, ScoreInput>>): Readonly<Record<string, ScoreInput>> {
  let out: Record<string, ScoreInput> | undefined;
  for (const k of Object.keys(inputs)) {
    if (NON_ASCII.test(k) && k.normalize('NFC') !== k) {
      out ??= { ...inputs };
      delete out[k];
      out[k.normalize('NFC')] = inputs[k] as ScoreInput;
    }
  }
  return out ?? inputs;
}

function sourceNote(r: ReadInput): string {
  if (!r.detailed) return '';
  if (r.appraised !== undefined) {
    const round = r.lastRound;
    const who = round?.by !== undefined ? `, ${round.by}` : '';
    const when = round?.on !== undefined ? `, ${round.on}` : '';
    return r.rounds > 1 ? ` (thẩm định vòng ${r.rounds}${who}${when})` : ` (theo thẩm định${who}${when})`;
  }
  return r.self !== undefined && r.counted === r.self ? ' (tự chấm)' : '';
}

function scoreLeaf(leaf: CLeaf, acc: Acc): NodeScore {
  const input = acc.inputs[leaf.id];
  const r = input === undefined ? undefined : readInput(leaf.id, input);
  if (r === undefined || r.counted === undefined) {
    acc.missing.push(leaf.id);
    return Object.freeze({
      points: 0,
      max: toPoints(leaf.max),
      declaredMax: toPoints(leaf.max),
      applicable: true,
      explanation: `Chưa có số liệu → 0/${formatThousandths(leaf.max)} điểm`,
    });
  }
  if (leaf.survey && r.self !== undefined) acc.issues.push(msg.surveySelfScore([leaf.id, 'self'], leaf.id));
  if (r.counted === 'n/a') {
    acc.notApplicable.push(leaf.id);
    return Object.freeze({
      points: 0,
      max: 0,
      declaredMax: toPoints(leaf.max),
      applicable: false,
      ...(r.rounds > 0 ? { rounds: r.rounds } : {}),
      explanation: `Không áp dụng → không tính điểm; điểm tối đa giảm ${formatThousandths(leaf.max)}${sourceNote(r)}`,
    });
  }
  const outcome = applyRule(leaf, r.counted, r.countedPath, acc.step);
  if (!outcome.ok) {
    acc.issues.push(outcome.issue);
    return Object.freeze({ points: 0, max: 0, declaredMax: 0, applicable: false, explanation: '' });
  }
  let self: number | undefined;
  let appraised: number | undefined;
  if (r.detailed) {
    if (r.self !== undefined && r.self !== 'n/a' && !leaf.survey) {
      if (r.counted === r.self) self = outcome.points;
      else {
        const s = applyRule(leaf, r.self, [leaf.id, 'self'], acc.step);
        if (s.ok) self = s.points;
        else acc.issues.push(s.issue);
      }
    }
    if (r.appraised !== undefined && r.appraised !== 'n/a') appraised = outcome.points;
    checkEvidence(leaf, r, acc);
  }
  return Object.freeze({
    points: toPoints(outcome.points),
    max: toPoints(leaf.max),
    declaredMax: toPoints(leaf.max),
    applicable: true,
    ...(self !== undefined ? { self: toPoints(self) } : {}),
    ...(appraised !== undefined ? { appraised: toPoints(appraised) } : {}),
    ...(self !== undefined && appraised !== undefined ? { gap: toPoints(self - appraised) } : {}),
    ...(r.rounds > 0 ? { rounds: r.rounds } : {}),
    ...(r.evidence !== undefined ? { evidence: Object.freeze(r.evidence.map((e) => Object.freeze({ ...e }))) } : {}),
    explanation: outcome.explanation + sourceNote(r),
  });
}

function checkEvidence(leaf: CLeaf, r: ReadInput, acc: Acc): void {
  const req = leaf.evidence;
  if (req === undefined || !req.required) return;
  const refs = r.evidence ?? [];
  if (refs.length === 0) {
    acc.warnings.push(msg.evidenceMissing(leaf.id));
    return;
  }
  if (req.items === undefined || r.explanation !== undefined) return;
  const covered = new Set<string>();
  for (const e of refs) if (e.item !== undefined) covered.add(e.item.normalize('NFC'));
  if (covered.size === 0) return;
  const lacking = req.items.filter((i) => !covered.has(i));
  if (lacking.length > 0) acc.warnings.push(msg.evidencePartial(leaf.id, lacking));
}

/** Scores a node; returns [points, applicable max] in thousandths. */
function scoreNode(node: CNode, acc: Acc): readonly [number, number] {
  if (node.leaf) {
    const s = scoreLeaf(node, acc);
    acc.nodes[node.id] = s;
    // Points of a leaf are exact thousandths; ×1000 of a ≤3-decimal number rounds back exactly.
    return [Math.round(s.points * 1000), Math.round(s.max * 1000)];
  }
  let sum = 0;
  let max = 0;
  let na = 0;
  for (const c of node.children) {
    const [p, m] = scoreNode(c, acc);
    sum += p;
    max += m;
    if (m === 0 && c.max > 0) na++;
  }
  // A negative item (deduction below zero) eats into its siblings, but a
  // parent never goes below zero.
  const points = Math.max(0, sum);
  const naNote = na > 0 ? `; ${na} tiêu chí con không áp dụng` : '';
  const floorNote = sum < 0 ? `; tổng ${formatThousandths(sum)} được tính bằng 0` : '';
  acc.nodes[node.id] = Object.freeze({
    points: toPoints(points),
    max: toPoints(max),
    declaredMax: toPoints(node.max),
    applicable: max > 0 || node.max === 0,
    explanation: `Tổng ${node.children.length} tiêu chí con → ${formatThousandths(points)}/${formatThousandths(max)} điểm${naNote}${floorNote}`,
  });
  return [points, max];
}

function scoreAdjustment(a: CAdjustment, input: ScoreInput, acc: Acc): AdjustmentScore | undefined {
  const r = readInput(a.id, input);
  const v = r.counted;
  if (v === undefined || v === 'n/a') return undefined;
  let raw: number | null;
  let how: string;
  if (a.per !== undefined) {
    raw = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v * a.per : null;
    how = `${String(v)} lần × ${formatThousandths(a.per)} điểm`;
  } else {
    const t = typeof v === 'number' || typeof v === 'string' ? parseThousandths(v) : null;
    raw = t !== null && t >= 0 ? t : null;
    how = raw === null ? '' : `${formatThousandths(raw)} điểm`;
  }
  if (raw === null) {
    acc.issues.push(
      a.per !== undefined
        ? msg.invalidInput(r.countedPath, a.id, 'số lần (số nguyên không âm)', 'a count (a non-negative integer)')
        : msg.invalidInput(r.countedPath, a.id, 'số điểm không âm (tối đa 3 chữ số thập phân)', 'non-negative points (at most 3 decimals)'),
    );
    return undefined;
  }
  const capped = Math.min(raw, a.max);
  if (raw > a.max) acc.warnings.push(msg.adjustmentCapped(a.id, formatThousandths(raw), formatThousandths(a.max)));
  const word = a.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ';
  const capNote = raw > a.max ? `, vượt mức tối đa nên chỉ tính ${formatThousandths(a.max)}` : '';
  const signed = a.kind === 'bonus' ? capped : -capped;
  return Object.freeze({
    kind: a.kind,
    points: toPoints(signed),
    cap: toPoints(a.max),
    explanation: `${word} "${a.title}": ${how}${capNote} → ${a.kind === 'bonus' ? '+' : '−'}${formatThousandths(capped)} điểm`,
  });
}

/** @internal */
export function scoreCompiled(c: Compiled, rawInputs: Readonly<Record<string, ScoreInput>>, options: ScoreOptions): Result<UnitScore> {
  const inputs = normaliseKeys(rawInputs);
  const acc: Acc = { inputs, nodes: {}, missing: [], notApplicable: [], warnings: [], issues: [], step: c.step };
  for (const id of Object.keys(inputs)) {
    const n = c.byId.get(id);
    if (n === undefined) {
      if (!c.adjustments.has(id)) acc.issues.push(msg.unknownInput(id));
    } else if (!n.leaf) acc.issues.push(msg.notALeaf(id));
  }
  let tree = 0;
  let max = 0;
  for (const root of c.roots) {
    const [p, m] = scoreNode(root, acc);
    tree += p;
    max += m;
  }
  tree = Math.max(0, tree);
  const adjustments: Record<string, AdjustmentScore> = {};
  let adjust = 0;
  for (const a of c.adjustments.values()) {
    const input = inputs[a.id];
    if (input === undefined) continue;
    const s = scoreAdjustment(a, input, acc);
    if (s === undefined) continue;
    adjustments[a.id] = s;
    adjust += Math.round(s.points * 1000);
  }
  if (acc.issues.length > 0) return fail(acc.issues);
  const total = Math.min(max, Math.max(0, tree + adjust));
  const hundredths = indexHundredths(total, max);
  const bands = (options.unitType !== undefined ? c.set.classesByUnitType?.[options.unitType] : undefined) ?? c.set.classes;
  const cls = bands === undefined ? undefined : classOf(hundredths / 100, bands);
  const score: UnitScore = {
    total: toPoints(total),
    max: toPoints(max),
    index: hundredths / 100,
    exact: Object.freeze({ total, max, treeTotal: tree }),
    nodes: Object.freeze(acc.nodes),
    adjustments: Object.freeze(adjustments),
    missing: Object.freeze(acc.missing),
    notApplicable: Object.freeze(acc.notApplicable),
    warnings: Object.freeze(acc.warnings),
    ...(cls !== undefined ? { class: cls } : {}),
  };
  return ok(Object.freeze(score));
}
