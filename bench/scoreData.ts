/**
 * The data of the scoring measures (`score`, `score-memory`): a 100-leaf set
 * (10 areas × 10 leaves, five rule kinds), deterministic inputs for any
 * number of units, and the baseline — the same rules in integer
 * thousandths, a hand-written loop that only sums totals (no explanations,
 * no per-node results, no validation).
 */
import { unwrap } from '../src/core/index.js';
import { loadCriteriaSet, type CriterionNode, type ScoreInput } from '../src/scoring/index.js';
import { rng } from './measure.js';

export const KINDS = ['binary', 'levels', 'tiers', 'proportional', 'manual'] as const;

export function buildSet() {
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

export function buildInputs(units: number): Record<string, Record<string, ScoreInput>> {
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

/** The baseline: the same rules, integer thousandths, totals only. */
export function baseline(
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

/** The rule kind of each leaf id of {@link buildSet}. */
export function kindsOf(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const [a, l] = id.split('.').map(Number);
    return KINDS[((a ?? 1) - 1 + (l ?? 1) - 1) % KINDS.length]!;
  });
}
