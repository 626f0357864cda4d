/**
 * A bonus (điểm thưởng) or penalty (điểm trừ) after the tree: a count × `per`
 * or the points themselves, capped at the adjustment's `max`.
 *
 * @internal
 * @module
 */
import type { Issue } from '../core/result.js';
import type { CAdjustment } from './compile.js';
import { formatThousandths, mulExact, parseThousandths, toPoints } from './decimal.js';
import { msg } from './messages.js';
import { readInput } from './readInput.js';
import type { AdjustmentScore, ScoreInput } from './types.js';

/** An adjustment's score and its signed points in thousandths. @internal */
export interface ScoredAdjustment {
  readonly score: AdjustmentScore;
  readonly thousandths: number;
}

/** @internal */
export function scoreAdjustment(
  a: CAdjustment,
  input: ScoreInput,
  acc: { readonly warnings: Issue[]; readonly issues: Issue[] },
): ScoredAdjustment | undefined {
  const r = readInput(a.id, input);
  const v = r.counted;
  if (v === undefined || v === 'n/a') return undefined;
  let raw: number | null;
  let how: string;
  if (a.per !== undefined) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
      raw = mulExact(v, a.per);
      if (raw === null) {
        acc.issues.push(msg.pointsTooLarge(r.countedPath, a.id));
        return undefined;
      }
    } else raw = null;
    how = raw === null ? '' : `${String(v)} lần × ${formatThousandths(a.per)} điểm`;
  } else {
    const t = typeof v === 'number' || typeof v === 'string' ? parseThousandths(v) : null;
    raw = t !== null && t >= 0 ? t : null;
    how = raw === null ? '' : `${formatThousandths(raw)} điểm`;
  }
  if (raw === null) {
    acc.issues.push(
      a.per !== undefined
        ? msg.invalidInput(
            r.countedPath,
            a.id,
            'số lần (số nguyên không âm)',
            'a count (a non-negative integer)',
          )
        : msg.invalidInput(
            r.countedPath,
            a.id,
            'số điểm không âm (tối đa 3 chữ số thập phân)',
            'non-negative points (at most 3 decimals)',
          ),
    );
    return undefined;
  }
  const capped = Math.min(raw, a.max);
  if (raw > a.max)
    acc.warnings.push(msg.adjustmentCapped(a.id, formatThousandths(raw), formatThousandths(a.max)));
  const word = a.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ';
  const capNote = raw > a.max ? `, vượt mức tối đa nên chỉ tính ${formatThousandths(a.max)}` : '';
  const signed = a.kind === 'bonus' ? capped : -capped;
  const score: AdjustmentScore = Object.freeze({
    kind: a.kind,
    points: toPoints(signed),
    cap: toPoints(a.max),
    explanation: `${word} "${a.title}": ${how}${capNote} → ${a.kind === 'bonus' ? '+' : '−'}${formatThousandths(capped)} điểm`,
  });
  return { score, thousandths: signed };
}
