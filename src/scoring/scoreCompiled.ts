/**
 * The scoring engine over a compiled set: leaves by their rules, parents by
 * sums, adjustments after the tree, index and class. `scoreUnit` and
 * `scoreUnits` are thin wrappers around it.
 *
 * Points are computed eagerly (integer thousandths, in working arrays reused
 * unit after unit); the per-node records with their Vietnamese explanations
 * (`UnitScore.nodes`) are built on first read from a frozen snapshot of each
 * leaf's input, and are the same frozen values on every read. A province's
 * run of 10,000 units thus keeps one small array per unit instead of a
 * million explained objects it may never show.
 *
 * @internal
 * @module
 */
import { setOwn } from '../core/copyInput.js';
import { withInputIssues } from '../core/copyInput.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { applyRule, type RuleOutcome } from './applyRule.js';
import { classOf } from './classOf.js';
import type { CInner, CLeaf, Compiled, CTier } from './compile.js';
import { indexHundredths, parseThousandths, scalePoints, toPoints } from './decimal.js';
import { msg } from './messages.js';
import { explainLater, NA_MARK, notApplicableNode, Ready, sourceNote } from './nodeRecords.js';
import { isDetail, readInput, readUnit, type ReadInput } from './readInput.js';
import { scoreAdjustment } from './scoreAdjustment.js';
import type { AdjustmentScore, ScoreInput, ScoreValue, UnitScore, UnitType } from './types.js';

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
  /** Picks `classesByUnitType[unitType]` for the class, instead of `classes`; default: the set's `unitType`. */
  readonly unitType?: UnitType;
}

interface Acc {
  /** Points and applicable max per node slot, in thousandths (the compiled set's scratch arrays). */
  readonly pts: number[];
  readonly mx: number[];
  /**
   * The unit's inputs by slot (see `readUnit`), each leaf's replaced as it
   * is scored by what the unit keeps for explaining (see `UnitValues`).
   */
  readonly vals: unknown[];
  readonly missing: string[];
  readonly notApplicable: string[];
  readonly warnings: Issue[];
  readonly issues: Issue[];
  readonly step: number;
}

/**
 * A frozen copy of a plain value that passed its rule: a ratio, an allOf
 * record or list (whose values are booleans by then). Shallow on purpose —
 * only the fields the rule reads matter, and a hostile value may be cyclic.
 */
function snapshot(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return Object.freeze([...(v as unknown[])]);
  return Object.freeze({ ...v });
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
/**
 * The points of a plain value, without an explanation and without
 * allocating: `undefined` when the value needs the full `applyRule`
 * (a wrong type, a value out of range, a ratio record, an unmemoised level),
 * which then gives the same points or the issue. The hot path of scoring
 * many units; every branch computes exactly what `applyRule` computes (kept
 * here, in the engine's own module, so the loop calls no other module).
 *
 */
function quickPoints(leaf: CLeaf, value: unknown, step: number): number | undefined {
  const rule = leaf.rule;
  switch (rule.kind) {
    case 'binary':
      return typeof value === 'boolean' ? (value ? leaf.max : 0) : undefined;
    case 'levels':
      return typeof value === 'string' ? leaf.memo.levels?.get(value)?.points : undefined;
    case 'tiers': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      const tiers = rule.tiers;
      for (let i = tiers.length - 1; i >= 0; i--) {
        const t = tiers[i] as CTier;
        // inInterval, inlined: this runs for every tiers leaf of every unit.
        if ((t.loIn ? value >= t.lo : value > t.lo) && (t.hiIn ? value <= t.hi : value < t.hi))
          return t.points;
      }
      return 0;
    }
    case 'proportional': {
      if (typeof value !== 'number' || !(value >= 0)) return undefined;
      // decimalFraction's fast path: up to six decimals, value = t / 10^6.
      const t = Math.round(value * 1e6);
      if (t >= 2 ** 52 || t / 1e6 !== value || t > 1e6 * rule.scale) return undefined;
      return scalePoints(leaf.max, t, 1, 1e6, rule.scale, step);
    }
    case 'manual': {
      if (typeof value !== 'number') return undefined;
      const t = parseThousandths(value);
      return t === null || t < 0 || t > leaf.max ? undefined : t;
    }
    default:
      return undefined;
  }
}

/** Scores a leaf given `input` into `acc.pts` / `acc.mx` / `acc.vals`. */
function scoreLeaf(leaf: CLeaf, input: ScoreInput | undefined, acc: Acc): void {
  const ix = leaf.ix;
  acc.mx[ix] = leaf.max;
  acc.pts[ix] = 0;
  // Nothing kept unless scored below (a detailed input without a value is missing).
  acc.vals[ix] = undefined;
  if (input === undefined) {
    acc.missing.push(leaf.id);
    return;
  }
  if (input === 'n/a') {
    acc.vals[ix] = NA_MARK;
    acc.mx[ix] = 0;
    acc.notApplicable.push(leaf.id);
    return;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !isDetail(input)) {
    // The plain form: one value, no self/appraised, no evidence. Explained later.
    const o = applyRule(leaf, input as ScoreValue, leaf.idPath, acc.step, false);
    if (!o.ok) {
      acc.issues.push(o.issue);
      return;
    }
    acc.pts[ix] = o.points;
    acc.vals[ix] = snapshot(input);
    return;
  }
  const r = readInput(leaf.id, input);
  if (r.counted === undefined) {
    acc.missing.push(leaf.id);
    return;
  }
  if (leaf.survey && r.self !== undefined) acc.issues.push(msg.surveySelfScore([leaf.id, 'self'], leaf.id));
  if (r.counted === 'n/a') {
    acc.mx[ix] = 0;
    acc.notApplicable.push(leaf.id);
    acc.vals[ix] = new Ready(notApplicableNode(leaf, r));
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
  acc.vals[ix] = new Ready(
    Object.freeze({
      points: toPoints(outcome.points),
      max: leaf.maxPoints,
      declaredMax: leaf.maxPoints,
      applicable: true,
      ...(self !== undefined ? { self: toPoints(self) } : {}),
      ...(appraised !== undefined ? { appraised: toPoints(appraised) } : {}),
      ...(self !== undefined && appraised !== undefined ? { gap: toPoints(self - appraised) } : {}),
      ...(r.rounds > 0 ? { rounds: r.rounds } : {}),
      ...(r.evidence !== undefined
        ? // The inputs are a copy (see readUnit): freeze it whole, nested fields included.
          { evidence: deepFreeze([...r.evidence]) }
        : {}),
      explanation: outcome.explanation + sourceNote(r),
    }),
  );
}

/**
 * Scores every leaf (in document order), then every inner node from the
 * last to the first, so that each sums children already scored: two flat
 * loops instead of a recursion.
 */
function scoreTree(c: Compiled, acc: Acc): void {
  const { pts, mx, vals, step } = acc;
  const leaves = c.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as CLeaf;
    const input = vals[leaf.ix] as ScoreInput | undefined;
    if (input !== undefined && typeof input !== 'object' && input !== 'n/a') {
      // A plain boolean, number or string: points without allocating, when
      // the rule allows; the value itself is what the unit keeps.
      const p = quickPoints(leaf, input, step);
      if (p !== undefined) {
        pts[leaf.ix] = p;
        mx[leaf.ix] = leaf.max;
        continue;
      }
    }
    scoreLeaf(leaf, input, acc);
  }
  const inners = c.inners;
  for (let i = inners.length - 1; i >= 0; i--) {
    const node = inners[i] as CInner;
    let sum = 0;
    let max = 0;
    for (const k of node.children) {
      sum += pts[k.ix] as number;
      max += mx[k.ix] as number;
    }
    // A negative item (deduction below zero) eats into its siblings, but a
    // parent never goes below zero.
    pts[node.ix] = Math.max(0, sum);
    mx[node.ix] = max;
  }
}

interface Run {
  readonly acc: Acc;
  readonly tree: number;
  readonly max: number;
  readonly adjust: number;
  readonly adjustments: Record<string, AdjustmentScore> | undefined;
}

/** Scores a unit's inputs read into `slots`: the tree, then the adjustments. */
function run(c: Compiled, slots: unknown[]): Run {
  const k = c.scratch;
  k.missing.length = 0;
  k.notApplicable.length = 0;
  k.warnings.length = 0;
  k.issues.length = 0;
  const acc: Acc = {
    pts: k.pts,
    mx: k.mx,
    vals: slots,
    missing: k.missing,
    notApplicable: k.notApplicable,
    warnings: k.warnings,
    issues: k.issues,
    step: c.step,
  };
  let tree = 0;
  let max = 0;
  scoreTree(c, acc);
  for (const root of c.roots) {
    tree += acc.pts[root.ix]!;
    max += acc.mx[root.ix]!;
  }
  tree = Math.max(0, tree);
  let adjustments: Record<string, AdjustmentScore> | undefined;
  let adjust = 0;
  for (const a of c.adjustments.values()) {
    const input = slots[a.slot] as ScoreInput | undefined;
    if (input === undefined) continue;
    const s = scoreAdjustment(a, input, acc);
    if (s === undefined) continue;
    adjustments ??= {};
    setOwn(adjustments, a.id, s.score);
    adjust += s.thousandths;
  }
  return { acc, tree, max, adjust, adjustments };
}

// Shared empty values: most units have no missing input, no warning, no
// adjustment, and a province's run keeps 10,000 scores alive.
const NO_ADJUSTMENTS: Readonly<Record<string, AdjustmentScore>> = Object.freeze({});
const NONE: readonly never[] = Object.freeze([]);
/** A frozen copy of a scratch list (the shared empty list when empty). */
function frozenList<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : Object.freeze(list.slice());
}

/** @internal */
export function scoreCompiled(
  c: Compiled,
  given: Readonly<Record<string, ScoreInput>>,
  options: ScoreOptions,
): Result<UnitScore> {
  // Own keys only, each read once, straight into the unit's slots.
  const read = readUnit(c.slots, given);
  if (read === undefined) return fail([msg.inputsNotRecord([])]);
  if (c.tooLarge) return fail([msg.pointsTooLarge([], c.set.id)]);
  const { acc, tree, max, adjust, adjustments } = run(c, read.slots);
  if (read.issues.length > 0 || read.keyIssues.length > 0 || acc.issues.length > 0) {
    // Key issues first, then the rules'; none under a value that could not be read.
    const issues = [...read.keyIssues, ...acc.issues];
    return fail(read.issues.length > 0 ? withInputIssues(read.issues, issues) : issues);
  }
  const total = Math.min(max, Math.max(0, tree + adjust));
  const hundredths = indexHundredths(total, max);
  const unitType = options.unitType ?? c.set.unitType;
  const bands = (unitType !== undefined ? c.set.classesByUnitType?.[unitType] : undefined) ?? c.set.classes;
  const cls = bands === undefined ? undefined : classOf(hundredths / 100, bands);
  // Built key by key, in the order of `UnitScore`'s keys, `nodes` in its place.
  const score: { -readonly [K in keyof UnitScore]?: UnitScore[K] } = {
    total: toPoints(total),
    max: toPoints(max),
    index: hundredths / 100,
    exact: Object.freeze({ total, max, treeTotal: tree }),
  };
  // Only what explaining needs is kept (not the caller's inputs object).
  explainLater(score, c, acc.vals);
  score.adjustments = adjustments === undefined ? NO_ADJUSTMENTS : Object.freeze(adjustments);
  score.missing = frozenList(acc.missing);
  score.notApplicable = frozenList(acc.notApplicable);
  score.warnings = frozenList(acc.warnings);
  if (cls !== undefined) score.class = cls;
  return ok(Object.freeze(score) as UnitScore);
}
