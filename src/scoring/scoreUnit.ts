/**
 * `scoreUnit`: one unit's points on a criteria set.
 *
 * @module
 */
import type { Result } from '../core/result.js';
import { scoreCompiled, type ScoreOptions } from './scoreCompiled.js';
import { compiledSet, readScoreOptions } from './scoreOptions.js';
import type { CriteriaSet, ScoreInput, UnitScore } from './types.js';

/**
 * Scores one unit. Each leaf's input goes through its
 * rule; the appraised value counts when present (the last of several
 * rounds); `'n/a'` removes the leaf's points and maximum, so the index is on
 * the applicable maximum; a missing input scores 0 and is listed in
 * `missing`. Parents sum their children (never below 0); bonuses and
 * penalties are applied after the tree with their caps, and the total is
 * kept within [0, max]. An input for an unknown id or a non-leaf, of the
 * wrong type for its rule, above a manual maximum, or a self-score on a
 * survey leaf gives `ok: false` naming the id. Missing or partial evidence
 * gives warnings.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnit, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'demo', title: 'Mẫu', nodes: [
 *   { id: 'kh', title: 'Mức độ hoàn thành kế hoạch', max: 2,
 *     rule: { kind: 'tiers', label: 'Tỷ lệ hoàn thành', tiers: [{ min: 70, points: 1 }, { above: 90, points: 2 }] } },
 *   { id: 'bc', title: 'Báo cáo định kỳ', max: 1, rule: { kind: 'binary' } },
 * ] }));
 * const s = unwrap(scoreUnit(set, { kh: 85, bc: 'n/a' }));
 * s.total; // 1
 * s.max;   // 2 (the report criterion does not apply)
 * s.index; // 50
 * s.nodes['kh']?.explanation; // 'Tỷ lệ hoàn thành 85% thuộc mức từ 70% đến 90% → 1/2 điểm'
 * ```
 */
export function scoreUnit(
  set: CriteriaSet,
  inputs: Readonly<Record<string, ScoreInput>>,
  options: ScoreOptions = {},
): Result<UnitScore> {
  const o = readScoreOptions(options, false);
  if (!o.ok) return o;
  const c = compiledSet(set);
  if (!c.ok) return c;
  return scoreCompiled(c.value, inputs, o.value);
}
