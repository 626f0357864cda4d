/**
 * `compareRuns`: year-on-year (or round-on-round) changes of a ranking.
 *
 * @module
 */
import { hundredthsOf, toPoints } from './decimal.js';
import type { RankedUnit } from './types.js';

/**
 * One unit's change between two runs. Deltas are current − previous, except
 * `deltaRank` = previous rank − current rank (positive: moved up).
 *
 * @example
 * ```ts
 * import type { RunChange } from 'cchc';
 * const c: RunChange = { unitId: 'stp', rank: 4, index: 89.3, total: 89.3, previousRank: 6,
 *   previousIndex: 86.1, deltaIndex: 3.2, deltaPoints: 3.2, deltaRank: 2 };
 * ```
 */
export interface RunChange {
  readonly unitId: string;
  readonly rank: number;
  readonly index: number;
  readonly total: number;
  readonly previousRank?: number;
  readonly previousIndex?: number;
  readonly deltaIndex?: number;
  readonly deltaPoints?: number;
  readonly deltaRank?: number;
}

/**
 * What {@link compareRuns} returns: a change per unit of the current run
 * (in its order) and the units only in the previous run.
 *
 * @example
 * ```ts
 * import type { RunComparison } from 'cchc';
 * declare const c: RunComparison;
 * c.changes.filter((x) => (x.deltaRank ?? 0) < 0); // units that fell
 * ```
 */
export interface RunComparison {
  readonly changes: readonly RunChange[];
  readonly dropped: readonly string[];
}

/**
 * Compares two rankings of the same units (two years, or two appraisal
 * rounds): delta points, delta index and delta rank per unit. Exact: points
 * are subtracted as thousandths, indices as hundredths.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnits, rankUnits, compareRuns, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   nodes: [{ id: 'a', title: 'A', max: 100, rule: { kind: 'manual' } }] }));
 * const y2023 = rankUnits(unwrap(scoreUnits(set, { x: { a: 80 }, y: { a: 85.5 } })));
 * const y2024 = rankUnits(unwrap(scoreUnits(set, { x: { a: 90.1 }, y: { a: 86 } })));
 * compareRuns(y2023, y2024).changes[0]; // { unitId: 'x', rank: 1, deltaPoints: 10.1, deltaRank: 1, … }
 * ```
 */
export function compareRuns(previous: readonly RankedUnit[], current: readonly RankedUnit[]): RunComparison {
  const prev = new Map<string, RankedUnit>();
  for (const p of previous) prev.set(`${p.pool ?? ''}\u0000${p.unitId}`, p);
  const seen = new Set<string>();
  const changes = current.map((c) => {
    const key = `${c.pool ?? ''}\u0000${c.unitId}`;
    seen.add(key);
    const p = prev.get(key);
    const base = { unitId: c.unitId, rank: c.rank, index: c.score.index, total: c.score.total };
    if (p === undefined) return Object.freeze(base);
    return Object.freeze({
      ...base,
      previousRank: p.rank,
      previousIndex: p.score.index,
      deltaIndex: (hundredthsOf(c.score.index) - hundredthsOf(p.score.index)) / 100,
      deltaPoints: toPoints(c.score.exact.total - p.score.exact.total),
      deltaRank: p.rank - c.rank,
    });
  });
  const dropped = previous.filter((p) => !seen.has(`${p.pool ?? ''}\u0000${p.unitId}`)).map((p) => p.unitId);
  return Object.freeze({ changes: Object.freeze(changes), dropped: Object.freeze(dropped) });
}
