/**
 * `score`: scoreUnits for 10,000 units on a 100-leaf set (10 areas × 10
 * leaves, five rule kinds) against a hand-written loop over the same rules
 * in integer thousandths that only sums points (no explanations, no
 * per-node results, no validation).
 *
 * `UnitScore.nodes` (the explained per-node records) is built on first
 * read, so `withEveryExplanation_ms` also reports a run that reads them all.
 *
 * `rank`: rankUnits for 100,000 scores against a plain sort of the same
 * entries by (total / max) as a float.
 */
import { unwrap } from '../../src/core/index.js';
import { rankUnits, scoreUnits, type ScoredUnit, type UnitScore } from '../../src/scoring/index.js';
import { baseline, buildInputs, buildSet, kindsOf } from '../scoreData.js';
import { compared, interleave, rng, time, type Measure } from '../measure.js';

export default async function score(log: (line: string) => void): Promise<Measure[]> {
  const set = buildSet();
  const units = 10_000;
  const inputs = buildInputs(units);
  const ids = set.leafIds;
  const kinds = kindsOf(ids);
  // Same totals both ways (a check, not a test).
  const ours = unwrap(scoreUnits(set, inputs));
  const base = baseline(inputs, ids, kinds);
  const agree = ours.every((s, i) => s.score.exact.total === base[i]);
  log(`score: ${units} units × ${ids.length} leaves; totals agree with the baseline: ${agree}`);
  const sc = interleave(
    () => scoreUnits(set, inputs),
    () => baseline(inputs, ids, kinds),
    9,
  );
  const oursMs = sc.ours_ms;
  // Reading every node's explanation builds 1.1 million explained records.
  const explainedMs = time(() => {
    for (const s of unwrap(scoreUnits(set, inputs))) void s.score.nodes;
  }, 2);

  // rank: 100,000 scores with totals in thousandths on a 100-point max.
  const n = 100_000;
  const r = rng(7);
  const template = ours[0]!.score;
  const scores: ScoredUnit[] = [];
  for (let i = 0; i < n; i++) {
    const total = Math.floor(r() * 100_001);
    const s: UnitScore = {
      ...template,
      total: total / 1000,
      exact: { total, max: 100_000, treeTotal: total },
    };
    scores.push({ unitId: `u${i}`, score: s });
  }
  const rk = interleave(
    () => rankUnits(scores),
    () =>
      [...scores].sort(
        (a, b) => b.score.exact.total / b.score.exact.max - a.score.exact.total / a.score.exact.max,
      ),
    5,
  );
  log(`rank: ${n} scores`);
  return [
    compared('score', sc, units, {
      leaves: ids.length,
      unitsPerSecond: Math.round(units / (oursMs / 1000)),
      withEveryExplanation_ms: explainedMs,
      totalsAgree: agree,
    }),
    compared('rank', rk, n),
  ];
}
