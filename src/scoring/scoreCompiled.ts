/**
 * The scoring engine over a compiled set: leaves by their rules, parents by
 * sums, adjustments after the tree, index and class. `scoreUnit` and
 * `scoreUnits` are thin wrappers around it.
 *
 * Points are computed eagerly into integer arrays (one slot per node); the
 * per-node records with their Vietnamese explanations (`UnitScore.nodes`)
 * are built on first read, from a snapshot of the inputs, and are the same
 * frozen values on every read. A province's run of 10,000 units thus keeps
 * a few arrays per unit instead of a million explained objects it may never
 * show.
 *
 * @internal
 * @module
 */
import { fail, ok, type Issue, type IssuePath, type Result } from '../core/result.js';
import { applyRule, type RuleOutcome } from './applyRule.js';
import { classOf } from './classOf.js';
import type { CAdjustment, CInner, CLeaf, Compiled } from './compile.js';
import { formatThousandths, indexHundredths, parseThousandths, toPoints } from './decimal.js';
import { msg } from './messages.js';
import { nfcDeep } from './nfc.js';
import { isDetail, readInput, type ReadInput } from './readInput.js';
import type { AdjustmentScore, EvidenceRef, NodeScore, ScoreInput, ScoreValue, UnitScore, UnitType } from './types.js';

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

/** A leaf's state in a unit's run. */
const PLAIN = 0;
const MISSING = 1;
const NOT_APPLICABLE = 2;
const DETAILED = 3;

interface Acc {
  readonly inputs: Readonly<Record<string, ScoreInput>>;
  /** Points and applicable max per node (thousandths), by `ix`. */
  readonly pts: Int32Array;
  readonly mx: Int32Array;
  readonly state: Uint8Array;
  /** The plain (primitive or copied) value of each PLAIN leaf, for explaining later. */
  readonly vals: unknown[];
  /** Ready node records of DETAILED and NOT_APPLICABLE-by-appraisal leaves. */
  readonly ready: Map<number, NodeScore>;
  readonly missing: string[];
  readonly notApplicable: string[];
  readonly warnings: Issue[];
  readonly issues: Issue[];
  readonly step: number;
}

/**
 * Checks every input key (unknown id, not a leaf) and reads NFD keys as NFC.
 * Set ids are NFC already, so only keys not found are normalised.
 */
function checkKeys(c: Compiled, inputs: Readonly<Record<string, ScoreInput>>, issues: Issue[]): Readonly<Record<string, ScoreInput>> {
  let out: Record<string, ScoreInput> | undefined;
  for (const k of Object.keys(inputs)) {
    let id = k;
    let n = c.byId.get(k);
    if (n === undefined && !c.adjustments.has(k)) {
      id = k.normalize('NFC');
      n = c.byId.get(id);
      if (id !== k && (n !== undefined || c.adjustments.has(id))) {
        out ??= { ...inputs };
        delete out[k];
        out[id] = inputs[k] as ScoreInput;
      } else if (n === undefined) {
        issues.push(msg.unknownInput(k));
        continue;
      }
    }
    if (n !== undefined && !n.leaf) issues.push(msg.notALeaf(id));
  }
  return out ?? inputs;
}

/** A deep copy of a plain value (ratios, allOf records and lists), frozen. */
function snapshot(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return Object.freeze(v.map(snapshot));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = snapshot(x);
  return Object.freeze(out);
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

function missingNode(leaf: CLeaf): NodeScore {
  return Object.freeze({
    points: 0,
    max: leaf.maxPoints,
    declaredMax: leaf.maxPoints,
    applicable: true,
    explanation: `Chưa có số liệu → 0/${formatThousandths(leaf.max)} điểm`,
  });
}

function notApplicableNode(leaf: CLeaf, r: ReadInput | undefined): NodeScore {
  return Object.freeze({
    points: 0,
    max: 0,
    declaredMax: leaf.maxPoints,
    applicable: false,
    ...(r !== undefined && r.rounds > 0 ? { rounds: r.rounds } : {}),
    explanation: `Không áp dụng → không tính điểm; điểm tối đa giảm ${formatThousandths(leaf.max)}${r === undefined ? '' : sourceNote(r)}`,
  });
}

/** Scores a leaf into `acc.pts` / `acc.mx` / `acc.state`. */
function scoreLeaf(leaf: CLeaf, acc: Acc): void {
  const ix = leaf.ix;
  acc.mx[ix] = leaf.max;
  const input = acc.inputs[leaf.id];
  if (input === undefined) {
    acc.state[ix] = MISSING;
    acc.missing.push(leaf.id);
    return;
  }
  if (input === 'n/a') {
    acc.state[ix] = NOT_APPLICABLE;
    acc.mx[ix] = 0;
    acc.notApplicable.push(leaf.id);
    return;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !isDetail(input)) {
    // The plain form: one value, no self/appraised, no evidence. Explained later.
    const o = applyRule(leaf, input as ScoreValue, [leaf.id], acc.step, false);
    if (!o.ok) {
      acc.issues.push(o.issue);
      return;
    }
    acc.pts[ix] = o.points;
    acc.vals[ix] = snapshot(input);
    return;
  }
  acc.state[ix] = DETAILED;
  const r = readInput(leaf.id, input);
  if (r.counted === undefined) {
    acc.state[ix] = MISSING;
    acc.missing.push(leaf.id);
    return;
  }
  if (leaf.survey && r.self !== undefined) acc.issues.push(msg.surveySelfScore([leaf.id, 'self'], leaf.id));
  if (r.counted === 'n/a') {
    acc.mx[ix] = 0;
    acc.notApplicable.push(leaf.id);
    acc.ready.set(ix, notApplicableNode(leaf, r));
    return;
  }
  const outcome: RuleOutcome = applyRule(leaf, r.counted, r.countedPath, acc.step);
  if (!outcome.ok) {
    acc.issues.push(outcome.issue);
    return;
  }
  let self: number | undefined;
  let appraised: number | undefined;
  if (r.self !== undefined && r.self !== 'n/a' && !leaf.survey) {
    if (r.counted === r.self) self = outcome.points;
    else {
      const o = applyRule(leaf, r.self, [leaf.id, 'self'], acc.step, false);
      if (o.ok) self = o.points;
      else acc.issues.push(o.issue);
    }
  }
  if (r.appraised !== undefined && r.appraised !== 'n/a') appraised = outcome.points;
  checkEvidence(leaf, r, acc);
  acc.pts[ix] = outcome.points;
  acc.ready.set(
    ix,
    Object.freeze({
      points: toPoints(outcome.points),
      max: leaf.maxPoints,
      declaredMax: leaf.maxPoints,
      applicable: true,
      ...(self !== undefined ? { self: toPoints(self) } : {}),
      ...(appraised !== undefined ? { appraised: toPoints(appraised) } : {}),
      ...(self !== undefined && appraised !== undefined ? { gap: toPoints(self - appraised) } : {}),
      ...(r.rounds > 0 ? { rounds: r.rounds } : {}),
      ...(r.evidence !== undefined ? { evidence: Object.freeze(r.evidence.map((e) => Object.freeze(nfcDeep(e) as EvidenceRef))) } : {}),
      explanation: outcome.explanation + sourceNote(r),
    }),
  );
}

/** Scores a node and its subtree into `acc.pts` / `acc.mx`. */
function scoreNode(node: CLeaf | CInner, acc: Acc): void {
  if (node.leaf) {
    scoreLeaf(node, acc);
    return;
  }
  let sum = 0;
  let max = 0;
  for (const c of node.children) {
    scoreNode(c, acc);
    sum += acc.pts[c.ix]!;
    max += acc.mx[c.ix]!;
  }
  // A negative item (deduction below zero) eats into its siblings, but a
  // parent never goes below zero.
  acc.pts[node.ix] = Math.max(0, sum);
  acc.mx[node.ix] = max;
}

/** The record of an inner node, from the arrays. */
function innerNode(node: CInner, pts: Int32Array, mx: Int32Array): NodeScore {
  let sum = 0;
  let na = 0;
  for (const c of node.children) {
    sum += pts[c.ix]!;
    if (mx[c.ix] === 0 && c.max > 0) na++;
  }
  const points = pts[node.ix]!;
  const max = mx[node.ix]!;
  const naNote = na > 0 ? `; ${na} tiêu chí con không áp dụng` : '';
  const floorNote = sum < 0 ? `; tổng ${formatThousandths(sum)} được tính bằng 0` : '';
  return Object.freeze({
    points: toPoints(points),
    max: toPoints(max),
    declaredMax: toPoints(node.max),
    applicable: max > 0 || node.max === 0,
    explanation: `Tổng ${node.children.length} tiêu chí con → ${formatThousandths(points)}/${formatThousandths(max)} điểm${naNote}${floorNote}`,
  });
}

/** Builds `UnitScore.nodes` from a unit's arrays (on first read). */
function materialise(c: Compiled, acc: Pick<Acc, 'pts' | 'mx' | 'state' | 'vals' | 'ready'>): Readonly<Record<string, NodeScore>> {
  const out: Record<string, NodeScore> = {};
  for (const n of c.nodes) {
    const ix = n.ix;
    if (!n.leaf) {
      out[n.id] = innerNode(n, acc.pts, acc.mx);
      continue;
    }
    const ready = acc.ready.get(ix);
    if (ready !== undefined) out[n.id] = ready;
    else if (acc.state[ix] === MISSING) out[n.id] = missingNode(n);
    else if (acc.state[ix] === NOT_APPLICABLE) out[n.id] = notApplicableNode(n, undefined);
    else {
      const o = applyRule(n, acc.vals[ix] as ScoreValue, [n.id], c.step);
      const explanation = o.ok ? o.explanation : '';
      out[n.id] = Object.freeze({ points: toPoints(acc.pts[ix]!), max: n.maxPoints, declaredMax: n.maxPoints, applicable: true, explanation });
    }
  }
  return Object.freeze(out);
}


/** @internal */
export function scoreCompiled(c: Compiled, rawInputs: Readonly<Record<string, ScoreInput>>, options: ScoreOptions): Result<UnitScore> {
  const issues: Issue[] = [];
  const inputs = checkKeys(c, rawInputs, issues);
  const size = c.nodes.length;
  const acc: Acc = {
    inputs,
    pts: new Int32Array(size),
    mx: new Int32Array(size),
    state: new Uint8Array(size),
    vals: new Array<unknown>(size),
    ready: new Map(),
    missing: [],
    notApplicable: [],
    warnings: [],
    issues,
    step: c.step,
  };
  let tree = 0;
  let max = 0;
  for (const root of c.roots) {
    scoreNode(root, acc);
    tree += acc.pts[root.ix]!;
    max += acc.mx[root.ix]!;
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
  let nodes: Readonly<Record<string, NodeScore>> | undefined;
  // Only what explaining needs is kept (not the caller's inputs object).
  const kept = { pts: acc.pts, mx: acc.mx, state: acc.state, vals: acc.vals, ready: acc.ready };
  const score = {
    total: toPoints(total),
    max: toPoints(max),
    index: hundredths / 100,
    exact: Object.freeze({ total, max, treeTotal: tree }),
    nodes: undefined as unknown as Readonly<Record<string, NodeScore>>,
    adjustments: Object.freeze(adjustments),
    missing: Object.freeze(acc.missing),
    notApplicable: Object.freeze(acc.notApplicable),
    warnings: Object.freeze(acc.warnings),
    ...(cls !== undefined ? { class: cls } : {}),
  };
  // `nodes` keeps its place among the keys, read-only and enumerable, built once.
  Object.defineProperty(score, 'nodes', {
    enumerable: true,
    configurable: false,
    get: () => (nodes ??= materialise(c, kept)),
  });
  return ok(Object.freeze(score) as UnitScore);
}
