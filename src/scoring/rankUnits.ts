/**
 * `rankUnits`: a ranking (xếp hạng) of scored units by exact index.
 *
 * @module
 */
import { compareRatios, fromPoints } from './decimal.js';
import type { RankedUnit, ScoredUnit, UnitScore } from './types.js';

/**
 * A tie-breaker: a node id (the unit with the higher exact index on that
 * node — points / applicable max — goes first), or a comparator returning a
 * negative number when `a` should rank before `b`.
 *
 * @example
 * ```ts
 * import type { TieBreaker } from 'cchc';
 * const byArea8: TieBreaker = '8';                        // tác động của CCHC
 * const bySurvey: TieBreaker = (a, b) => b.total - a.total;
 * ```
 */
export type TieBreaker = string | ((a: UnitScore, b: UnitScore) => number);

/**
 * Options of {@link rankUnits}.
 *
 * @example
 * ```ts
 * import type { RankOptions } from 'cchc';
 * const o: RankOptions = { tieBreakers: ['8'], pools: { snv: 'department', 'tp-th': 'district' } };
 * ```
 */
export interface RankOptions {
  /** Applied in order when exact indices are equal; units still equal share a rank. */
  readonly tieBreakers?: readonly TieBreaker[];
  /** unitId → ranking pool; overrides the entries' own `pool`. Pools are ranked separately. */
  readonly pools?: Readonly<Record<string, string>>;
}

function nodeCompare(id: string): (a: UnitScore, b: UnitScore) => number {
  return (a, b) => {
    // Own properties only: a node id "constructor" or "toString" is a node, never a prototype's.
    const na = Object.hasOwn(a.nodes, id) ? a.nodes[id] : undefined;
    const nb = Object.hasOwn(b.nodes, id) ? b.nodes[id] : undefined;
    const pa = na === undefined ? 0 : fromPoints(na.points);
    const ma = na === undefined ? 0 : fromPoints(na.max);
    const pb = nb === undefined ? 0 : fromPoints(nb.points);
    const mb = nb === undefined ? 0 : fromPoints(nb.max);
    return compareRatios(pb, mb, pa, ma);
  };
}

/**
 * Ranks scored units by index, highest first. Indices are
 * compared EXACTLY (total / max as integers of thousandths, cross-multiplied),
 * not on their two-decimal display: two units shown 90,02 rank apart when
 * their exact values differ, and share a rank when equal (1, 2, 2, 4).
 * Tie-breakers, when given, order equal units; units equal on every
 * tie-breaker still share a rank. With pools (units' `pool`, or
 * `options.pools`), each pool is ranked separately, pools in order of first
 * appearance. Units with equal rank are listed by `unitId`. Unit and node ids
 * are looked up as own properties: ids such as `constructor` or `toString`
 * are ids like any other.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnits, rankUnits, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   nodes: [{ id: 'a', title: 'A', max: 100, rule: { kind: 'manual' } }] }));
 * const scores = unwrap(scoreUnits(set, { tc: { a: 90.05 }, nv: { a: 90.02 }, vp: { a: 90.02 }, tp: { a: 89.3 } }));
 * rankUnits(scores).map((r) => r.rank); // [1, 2, 2, 4]
 * ```
 */
export function rankUnits(scores: readonly ScoredUnit[], options: RankOptions = {}): readonly RankedUnit[] {
  const breakers = (options.tieBreakers ?? []).map((t) => (typeof t === 'string' ? nodeCompare(t) : t));
  const poolOrder = new Map<string, number>();
  const pools = options.pools;
  const rows = scores.map((s) => {
    // Own properties only: a unit id such as "constructor" names no pool unless listed.
    const pool =
      (pools !== undefined && Object.hasOwn(pools, s.unitId) ? pools[s.unitId] : undefined) ?? s.pool;
    const key = pool ?? '';
    if (!poolOrder.has(key)) poolOrder.set(key, poolOrder.size);
    return { s, pool, p: poolOrder.get(key) ?? 0, t: s.score.exact.total, m: s.score.exact.max };
  });
  type Row = (typeof rows)[number];
  const rankCompare = (a: Row, b: Row): number => {
    const c = compareRatios(b.t, b.m, a.t, a.m);
    if (c !== 0) return c;
    for (const br of breakers) {
      const d = br(a.s.score, b.s.score);
      if (d !== 0) return d;
    }
    return 0;
  };
  rows.sort(
    (a, b) =>
      a.p - b.p || rankCompare(a, b) || (a.s.unitId < b.s.unitId ? -1 : a.s.unitId > b.s.unitId ? 1 : 0),
  );
  const out: RankedUnit[] = new Array<RankedUnit>(rows.length);
  let rank = 0;
  let inPool = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = i > 0 ? rows[i - 1] : undefined;
    if (prev === undefined || prev.p !== row.p) {
      inPool = 0;
      rank = 1;
    } else if (rankCompare(prev, row) !== 0) rank = inPool + 1;
    inPool++;
    out[i] = Object.freeze({
      unitId: row.s.unitId,
      rank,
      score: row.s.score,
      ...(row.pool !== undefined ? { pool: row.pool } : {}),
    });
  }
  return Object.freeze(out);
}
