/**
 * `summarise`: statistics of a scoring run per pool, per area and per band.
 *
 * @module
 */
import { setOwn } from '../core/copyInput.js';
import { compareRatios, fromPoints, indexHundredths, mulDivHalfUp, roundHalfUp } from './decimal.js';
import type { ScoredUnit } from './types.js';

/**
 * Mean, median, minimum and maximum of indices (each rounded half-up to two
 * decimals; the mean and median are computed from the exact indices, each
 * taken to a millionth of a percent, in integers).
 *
 * @example
 * ```ts
 * import type { IndexStats } from 'cchc';
 * const s: IndexStats = { count: 20, mean: 85.41, median: 85.18, min: 76.53, max: 90.05 };
 * ```
 */
export interface IndexStats {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The summary of one pool: overall index stats, stats per area (top-level
 * node), and the number of units per class band (`''` for no class).
 *
 * @example
 * ```ts
 * import type { PoolSummary } from 'cchc';
 * declare const p: PoolSummary;
 * console.log(p.index.mean, p.areas['1']?.median, p.bands['A']);
 * ```
 */
export interface PoolSummary {
  readonly index: IndexStats;
  readonly areas: Readonly<Record<string, IndexStats>>;
  readonly bands: Readonly<Record<string, number>>;
}

/**
 * What {@link summarise} returns: `all` units together and each pool
 * apart (units without a pool are only in `all`).
 *
 * @example
 * ```ts
 * import type { ScoringSummary } from 'cchc';
 * declare const s: ScoringSummary;
 * console.log(s.all.index.mean, Object.keys(s.pools));
 * ```
 */
export interface ScoringSummary {
  readonly all: PoolSummary;
  readonly pools: Readonly<Record<string, PoolSummary>>;
}

interface Ratio {
  readonly t: number;
  readonly m: number;
}

function stats(values: readonly Ratio[]): IndexStats {
  const sorted = [...values].sort((a, b) => compareRatios(a.t, a.m, b.t, b.m));
  const n = sorted.length;
  if (n === 0) return Object.freeze({ count: 0, mean: 0, median: 0, min: 0, max: 0 });
  // Each exact index in millionths of a percent (integer), summed exactly.
  const micro = (r: Ratio): number => (r.m > 0 ? mulDivHalfUp(r.t, 1e8, r.m) : 0);
  let sum = 0;
  for (const v of sorted) sum += micro(v);
  const mid = sorted[n >> 1]!;
  const median =
    n % 2 === 1
      ? indexHundredths(mid.t, mid.m) / 100
      : roundHalfUp(micro(sorted[(n >> 1) - 1]!) + micro(mid), 2 * 10000) / 100;
  return Object.freeze({
    count: n,
    mean: roundHalfUp(sum, n * 10000) / 100,
    median,
    min: indexHundredths(sorted[0]!.t, sorted[0]!.m) / 100,
    max: indexHundredths(sorted[n - 1]!.t, sorted[n - 1]!.m) / 100,
  });
}

function summaryOf(units: readonly ScoredUnit[], areaIds: readonly string[]): PoolSummary {
  const areas: Record<string, IndexStats> = {};
  for (const id of areaIds) {
    const values: Ratio[] = [];
    for (const u of units) {
      const n = u.score.nodes[id];
      if (n !== undefined && n.max > 0) values.push({ t: fromPoints(n.points), m: fromPoints(n.max) });
    }
    setOwn(areas, id, stats(values));
  }
  const counts = new Map<string, number>();
  for (const u of units) {
    const k = u.score.class ?? '';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const bands: Record<string, number> = {};
  for (const [k, n] of counts) setOwn(bands, k, n);
  return Object.freeze({
    index: stats(units.map((u) => ({ t: u.score.exact.total, m: u.score.exact.max }))),
    areas: Object.freeze(areas),
    bands: Object.freeze(bands),
  });
}

/**
 * Summarises a scoring run: mean, median, min and max of the index for all
 * units and per pool, the same per area (pass the area ids — the set's
 * top-level node ids), and counts per class band.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnits, summarise, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   classes: [{ name: 'Tốt', min: 80 }, { name: 'Khá', min: 0 }],
 *   nodes: [{ id: 'a', title: 'A', max: 100, rule: { kind: 'manual' } }] }));
 * const scores = unwrap(scoreUnits(set, { x: { a: 90 }, y: { a: 80 }, z: { a: 70 } }));
 * const s = summarise(scores, ['a']);
 * s.all.index.mean;  // 80
 * s.all.bands;       // { Tốt: 2, Khá: 1 }
 * ```
 */
export function summarise(scores: readonly ScoredUnit[], areaIds: readonly string[] = []): ScoringSummary {
  const byPool = new Map<string, ScoredUnit[]>();
  for (const s of scores) {
    if (s.pool === undefined) continue;
    const list = byPool.get(s.pool) ?? [];
    list.push(s);
    byPool.set(s.pool, list);
  }
  const pools: Record<string, PoolSummary> = {};
  for (const [k, v] of byPool) setOwn(pools, k, summaryOf(v, areaIds));
  return Object.freeze({ all: summaryOf(scores, areaIds), pools: Object.freeze(pools) });
}
