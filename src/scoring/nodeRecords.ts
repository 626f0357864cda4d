/**
 * The per-node records of a unit's score (`UnitScore.nodes`), with their
 * Vietnamese explanations, built from the unit's integer arrays on first
 * read.
 *
 * @internal
 * @module
 */
import { applyRule } from './applyRule.js';
import type { CInner, CLeaf, Compiled } from './compile.js';
import { formatThousandths, toPoints } from './decimal.js';
import type { ReadInput } from './readInput.js';
import type { NodeScore, ScoreValue } from './types.js';

/** A leaf's state in a unit's run. */
/** @internal */
export const PLAIN = 0;
/** @internal */
export const MISSING = 1;
/** @internal */
export const NOT_APPLICABLE = 2;
/** @internal */
export const DETAILED = 3;

/** What a unit's run keeps for explaining: one slot per node (`ix`). @internal */
export interface UnitArrays {
  /** Points and applicable max per node, in thousandths. */
  readonly pts: number[];
  readonly mx: number[];
  /** PLAIN, MISSING, NOT_APPLICABLE or DETAILED per leaf. */
  readonly state: number[];
  /** The (snapshot) value of each PLAIN leaf; the ready record of each DETAILED leaf. */
  readonly vals: unknown[];
}

/** @internal */
export function sourceNote(r: ReadInput): string {
  if (!r.detailed) return '';
  if (r.appraised !== undefined) {
    const round = r.lastRound;
    const who = round?.by !== undefined ? `, ${round.by}` : '';
    const when = round?.on !== undefined ? `, ${round.on}` : '';
    return r.rounds > 1 ? ` (thẩm định vòng ${r.rounds}${who}${when})` : ` (theo thẩm định${who}${when})`;
  }
  return r.self !== undefined && r.counted === r.self ? ' (tự chấm)' : '';
}
/** @internal */
export function missingNode(leaf: CLeaf): NodeScore {
  return Object.freeze({
    points: 0,
    max: leaf.maxPoints,
    declaredMax: leaf.maxPoints,
    applicable: true,
    explanation: `Chưa có số liệu → 0/${formatThousandths(leaf.max)} điểm`,
  });
}

/** @internal */
export function notApplicableNode(leaf: CLeaf, r: ReadInput | undefined): NodeScore {
  return Object.freeze({
    points: 0,
    max: 0,
    declaredMax: leaf.maxPoints,
    applicable: false,
    ...(r !== undefined && r.rounds > 0 ? { rounds: r.rounds } : {}),
    explanation: `Không áp dụng → không tính điểm; điểm tối đa giảm ${formatThousandths(leaf.max)}${r === undefined ? '' : sourceNote(r)}`,
  });
}

/** The record of an inner node, from the arrays. */
function innerNode(node: CInner, pts: readonly number[], mx: readonly number[]): NodeScore {
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
/** @internal */
export function materialise(c: Compiled, acc: UnitArrays): Readonly<Record<string, NodeScore>> {
  const out: Record<string, NodeScore> = {};
  for (const n of c.nodes) {
    const ix = n.ix;
    if (!n.leaf) {
      out[n.id] = innerNode(n, acc.pts, acc.mx);
      continue;
    }
    const state = acc.state[ix];
    if (state === DETAILED) out[n.id] = acc.vals[ix] as NodeScore;
    else if (state === MISSING) out[n.id] = missingNode(n);
    else if (state === NOT_APPLICABLE) out[n.id] = notApplicableNode(n, undefined);
    else {
      const o = applyRule(n, acc.vals[ix] as ScoreValue, n.idPath, c.step);
      const explanation = o.ok ? o.explanation : '';
      out[n.id] = Object.freeze({ points: toPoints(acc.pts[ix]!), max: n.maxPoints, declaredMax: n.maxPoints, applicable: true, explanation });
    }
  }
  return Object.freeze(out);
}
