/**
 * The per-node records of a unit's score (`UnitScore.nodes`), with their
 * Vietnamese explanations, built on first read from what the unit's run
 * kept (a snapshot of each leaf's input).
 *
 * @internal
 * @module
 */
import { setOwn } from '../core/copyInput.js';
import { applyRule } from './applyRule.js';
import type { CInner, CLeaf, Compiled } from './compile.js';
import { formatThousandths, fromPoints, toPoints } from './decimal.js';
import type { ReadInput } from './readInput.js';
import type { NodeScore, ScoreValue } from './types.js';

/**
 * A unit's run keeps, per node slot (`ix`), only what explaining needs:
 * for a leaf given a plain value, a frozen snapshot of it; `NA_MARK` for a
 * plain `'n/a'`; a `Ready` record for a leaf given the detailed form;
 * `undefined` for a leaf without input (and for parents). Points are
 * recomputed from these on first read. (The slots after the nodes' hold the
 * adjustments' inputs, which explaining does not read.)
 *
 * @internal
 */
export type UnitValues = readonly unknown[];

/** The mark of a plain `'n/a'` input. @internal */
export const NA_MARK: object = Object.freeze({ notApplicable: true });

/** A leaf record computed while scoring (detailed inputs). @internal */
export class Ready {
  constructor(readonly node: NodeScore) {}
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

/** The record of an inner node, from its children's points and maxima. */
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

function leafRecord(leaf: CLeaf, v: unknown, step: number): NodeScore {
  if (v === undefined) return missingNode(leaf);
  if (v === NA_MARK) return notApplicableNode(leaf, undefined);
  if (v instanceof Ready) return v.node;
  const o = applyRule(leaf, v as ScoreValue, leaf.idPath, step);
  const points = o.ok ? o.points : 0;
  const explanation = o.ok ? o.explanation : '';
  return Object.freeze({
    points: toPoints(points),
    max: leaf.maxPoints,
    declaredMax: leaf.maxPoints,
    applicable: true,
    explanation,
  });
}

/** Builds `UnitScore.nodes` from a unit's kept values (on first read). @internal */
export function materialise(c: Compiled, vals: UnitValues): Readonly<Record<string, NodeScore>> {
  const size = c.nodes.length;
  const pts = new Array<number>(size).fill(0);
  const mx = new Array<number>(size).fill(0);
  const recs = new Array<NodeScore>(size);
  const fill = (n: CLeaf | CInner): void => {
    if (n.leaf) {
      const r = leafRecord(n, vals[n.ix], c.step);
      recs[n.ix] = r;
      pts[n.ix] = fromPoints(r.points);
      mx[n.ix] = fromPoints(r.max);
      return;
    }
    let sum = 0;
    let max = 0;
    for (const k of n.children) {
      fill(k);
      sum += pts[k.ix]!;
      max += mx[k.ix]!;
    }
    pts[n.ix] = Math.max(0, sum);
    mx[n.ix] = max;
    recs[n.ix] = innerNode(n, pts, mx);
  };
  for (const root of c.roots) fill(root);
  const out: Record<string, NodeScore> = {};
  // Own properties, whatever the id: a node id "__proto__" is a key like any other.
  for (const n of c.nodes) setOwn(out, n.id, recs[n.ix]!);
  return Object.freeze(out);
}

/** What a score keeps to build its `nodes` on first read, and them once built. */
class Explainer {
  nodes: Readonly<Record<string, NodeScore>> | undefined = undefined;
  constructor(
    readonly c: Compiled,
    readonly vals: UnitValues,
  ) {}
}

/** The key of a score's {@link Explainer}: a symbol, not enumerable, so no JSON or spread shows it. */
const EXPLAINER: unique symbol = Symbol('cchc.explainer');

/** `UnitScore.nodes`: one getter for every score, reading its `this`. */
function explainedNodes(this: { readonly [EXPLAINER]?: Explainer }): Readonly<Record<string, NodeScore>> {
  const e = this[EXPLAINER];
  if (e === undefined) throw new TypeError('nodes: not a unit score');
  return (e.nodes ??= materialise(e.c, e.vals));
}

const NODES: PropertyDescriptor = Object.freeze({ get: explainedNodes, enumerable: true });

/**
 * Gives `score` (being built, not yet frozen) its `nodes`: an enumerable
 * read-only property at this place among its keys, built from `vals` on
 * first read and the same frozen record on every read. One shared getter
 * rather than a getter in each score's literal: a new function per score
 * makes V8 keep every score as a slow dictionary (about 1.5 µs more per
 * unit, and more memory, in a province's run).
 *
 * @internal
 */
export function explainLater(score: object, c: Compiled, vals: UnitValues): void {
  Object.defineProperty(score, 'nodes', NODES);
  Object.defineProperty(score, EXPLAINER, { value: new Explainer(c, vals) });
}
