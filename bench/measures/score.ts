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
import {
  loadCriteriaSet,
  rankUnits,
  scoreUnits,
  type CriterionNode,
  type ScoreInput,
  type ScoredUnit,
  type UnitScore,
} from '../../src/scoring/index.js';
import { measure, time, type Measure, rng } from '../measure.js';

const KINDS = ['binary', 'levels', 'tiers', 'proportional', 'manual'] as const;

function buildSet() {
  const nodes: CriterionNode[] = [];
  for (let a = 0; a < 10; a++) {
    const children: CriterionNode[] = [];
    for (let l = 0; l < 10; l++) {
      const id = `${a + 1}.${l + 1}`;
      const kind = KINDS[(a + l) % KINDS.length]!;
      const rule =
        kind === 'levels'
          ? { kind, levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } }
          : kind === 'tiers'
            ? {
                kind,
                tiers: [
                  { min: 70, points: 0.5 },
                  { above: 90, points: 1 },
                ],
              }
            : { kind };
      children.push({ id, title: `Tiêu chí ${id}`, max: 1, rule } as CriterionNode);
    }
    nodes.push({ id: `${a + 1}`, title: `Lĩnh vực ${a + 1}`, max: 10, children });
  }
  return unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'bench', title: 'Bench', nodes }));
}

function buildInputs(units: number): Record<string, Record<string, ScoreInput>> {
  const r = rng(42);
  const out: Record<string, Record<string, ScoreInput>> = {};
  const levels = ['đúng hạn', 'trễ hạn', 'không ban hành'];
  for (let u = 0; u < units; u++) {
    const inputs: Record<string, ScoreInput> = {};
    for (let a = 0; a < 10; a++) {
      for (let l = 0; l < 10; l++) {
        const kind = KINDS[(a + l) % KINDS.length]!;
        const id = `${a + 1}.${l + 1}`;
        inputs[id] =
          kind === 'binary'
            ? r() < 0.8
            : kind === 'levels'
              ? levels[Math.floor(r() * 3)]!
              : kind === 'tiers'
                ? Math.round(r() * 1000) / 10
                : kind === 'proportional'
                  ? Math.round(r() * 1000) / 1000
                  : Math.round(r() * 1000) / 1000;
      }
    }
    out[`u${u}`] = inputs;
  }
  return out;
}

/**
 * Best-of-n times of two functions run alternately, so that load from other
 * processes on a shared machine hits both alike.
 */
function interleaved(ours: () => unknown, base: () => unknown, runs: number): [number, number] {
  ours();
  base();
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    ours();
    a = Math.min(a, performance.now() - t0);
    t0 = performance.now();
    base();
    b = Math.min(b, performance.now() - t0);
  }
  return [a, b];
}

/** The baseline: the same rules, integer thousandths, totals only. */
function baseline(
  inputsByUnit: Record<string, Record<string, ScoreInput>>,
  ids: readonly string[],
  kinds: readonly string[],
): number[] {
  const levelPoints: Record<string, number> = { 'đúng hạn': 1000, 'trễ hạn': 500, 'không ban hành': 0 };
  const totals: number[] = [];
  for (const unit of Object.keys(inputsByUnit)) {
    const inputs = inputsByUnit[unit]!;
    let total = 0;
    for (let i = 0; i < ids.length; i++) {
      const v = inputs[ids[i]!];
      switch (kinds[i]) {
        case 'binary':
          total += v === true ? 1000 : 0;
          break;
        case 'levels':
          total += levelPoints[v as string] ?? 0;
          break;
        case 'tiers':
          total += (v as number) > 90 ? 1000 : (v as number) >= 70 ? 500 : 0;
          break;
        default:
          total += Math.round((v as number) * 1000);
      }
    }
    totals.push(total);
  }
  return totals;
}

export default async function score(log: (line: string) => void): Promise<Measure[]> {
  const set = buildSet();
  const units = 10_000;
  const inputs = buildInputs(units);
  const ids = set.leafIds;
  const kinds = ids.map((id) => {
    const [a, l] = id.split('.').map(Number);
    return KINDS[((a ?? 1) - 1 + (l ?? 1) - 1) % KINDS.length]!;
  });
  // Same totals both ways (a check, not a test).
  const ours = unwrap(scoreUnits(set, inputs));
  const base = baseline(inputs, ids, kinds);
  const agree = ours.every((s, i) => s.score.exact.total === base[i]);
  log(`score: ${units} units × ${ids.length} leaves; totals agree with the baseline: ${agree}`);
  const [oursMs, baseMs] = interleaved(
    () => scoreUnits(set, inputs),
    () => baseline(inputs, ids, kinds),
    7,
  );
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
  const [rankMs, sortMs] = interleaved(
    () => rankUnits(scores),
    () =>
      [...scores].sort(
        (a, b) => b.score.exact.total / b.score.exact.max - a.score.exact.total / a.score.exact.max,
      ),
    5,
  );
  log(`rank: ${n} scores`);
  return [
    measure('score', oursMs, baseMs, units, {
      leaves: ids.length,
      unitsPerSecond: Math.round(units / (oursMs / 1000)),
      withEveryExplanation_ms: explainedMs,
      totalsAgree: agree,
    }),
    measure('rank', rankMs, sortMs, n),
  ];
}
