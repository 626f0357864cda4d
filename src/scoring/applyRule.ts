/**
 * Applies one leaf's rule to one raw value: the points in thousandths and
 * the Vietnamese explanation of which rule and input gave them.
 *
 * @internal
 * @module
 */
import type { Issue, IssuePath } from '../core/result.js';
import { foldKey } from '../core/text.js';
import { levelKey, type CLeaf, type CTier } from './compile.js';
import {
  compareProducts,
  decimalFraction,
  formatNumberVi,
  formatThousandths,
  mulExact,
  numberVi,
  onDenominator,
  parseThousandths,
  scalePoints,
} from './decimal.js';
import { msg } from './messages.js';
import { targetMet } from './targetMet.js';
import { renderTemplate } from './templates.js';
import { describeRange, inInterval } from './tierIntervals.js';
import type { ScoreValue } from './types.js';

/** @internal */
export type RuleOutcome =
  | { readonly ok: true; readonly points: number; readonly explanation: string }
  | { readonly ok: false; readonly issue: Issue };

function render(leaf: CLeaf, input: string, detail: string, points: number): string {
  return renderTemplate(leaf.parts, input, detail, points);
}

const numVi = numberVi;

function withUnit(v: number, unit: string): string {
  const n = numVi(v);
  if (unit === '%') return `${n}%`;
  return unit === '' ? n : `${n} ${unit}`;
}

function done(leaf: CLeaf, input: string, detail: string, points: number, explain = true): RuleOutcome {
  return { ok: true, points, explanation: explain ? render(leaf, input, detail, points) : '' };
}

function bad(path: IssuePath, leaf: CLeaf, vi: string, en: string): RuleOutcome {
  return { ok: false, issue: msg.invalidInput(path, leaf.id, vi, en) };
}

function isRatio(v: unknown): v is { readonly numerator: number; readonly denominator: number } {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof (v as Record<string, unknown>)['numerator'] === 'number' &&
    typeof (v as Record<string, unknown>)['denominator'] === 'number'
  );
}

/** The Vietnamese description of a tier's range: "từ 70% đến 90%", "trên 90%". */
function tierRange(t: CTier, unit: string): string {
  return describeRange(t.lo, t.loIn, t.hi, t.hiIn, (v) => withUnit(v, unit));
}

/** The range a value outside every tier falls in: below the worst, or beyond the best's far end. */
function outsideText(tiers: readonly CTier[], x: number, lower: boolean, unit: string): string {
  const worst = tiers[0] as CTier;
  const best = tiers[tiers.length - 1] as CTier;
  const show = (v: number): string => withUnit(v, unit);
  const N = Number.NEGATIVE_INFINITY;
  const P = Number.POSITIVE_INFINITY;
  if (!lower) {
    if (x <= best.hi) return describeRange(N, false, worst.lo, !worst.loIn, show);
    return describeRange(best.hi, !best.hiIn, P, false, show);
  }
  if (x >= best.lo) return describeRange(worst.hi, !worst.hiIn, P, false, show);
  return describeRange(N, false, best.lo, !best.loIn, show);
}

/** @internal */
export function applyRule(
  leaf: CLeaf,
  value: ScoreValue,
  path: IssuePath,
  step: number,
  explain = true,
): RuleOutcome {
  const rule = leaf.rule;
  switch (rule.kind) {
    case 'binary': {
      if (typeof value !== 'boolean')
        return bad(path, leaf, 'true hoặc false (đạt / không đạt)', 'true or false');
      const memo = leaf.memo;
      if (value)
        return (memo.yes ??= {
          ok: true,
          points: leaf.max,
          explanation: render(leaf, 'đạt', 'Đạt', leaf.max),
        });
      return (memo.no ??= { ok: true, points: 0, explanation: render(leaf, 'không đạt', 'Không đạt', 0) });
    }
    case 'levels': {
      const memo = (leaf.memo.levels ??= new Map());
      if (typeof value === 'string') {
        const hit = memo.get(value);
        if (hit !== undefined) return hit;
      }
      const typed = typeof value === 'string' ? value.normalize('NFC').trim() : undefined;
      // "Đúng Hạn" reads as "đúng hạn"; "dung han" too, unless two levels fold alike.
      const key =
        typed === undefined || rule.levels.has(typed)
          ? typed
          : (rule.cased.get(levelKey(typed)) ?? rule.folded.get(foldKey(typed)) ?? typed);
      const p = key === undefined ? undefined : rule.levels.get(key);
      if (key === undefined || p === undefined) {
        const names = rule.names.map((n) => `"${n}"`).join(', ');
        return bad(path, leaf, `một trong các mức ${names}`, `one of the levels ${names}`);
      }
      const outcome = { ok: true as const, points: p, explanation: render(leaf, key, key, p) };
      if (memo.size < 64) memo.set(value as string, outcome);
      return outcome;
    }
    case 'tiers': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad(path, leaf, 'một số', 'a number');
      const tiers = rule.tiers;
      const text = (leaf.memo.tierText ??= tiers.map((t) => tierRange(t, rule.unit)));
      for (let i = tiers.length - 1; i >= 0; i--) {
        const t = tiers[i] as CTier;
        if (inInterval(t, value))
          return done(leaf, explain ? withUnit(value, rule.unit) : '', text[i] as string, t.points, explain);
      }
      return done(
        leaf,
        explain ? withUnit(value, rule.unit) : '',
        explain ? outsideText(tiers, value, rule.lower, rule.unit) : '',
        0,
        explain,
      );
    }
    case 'proportional': {
      // The ratio as (n1 × n2) / (d1 × d2), kept as factors so nothing is
      // multiplied in floating point.
      let n1: number;
      let n2: number;
      let d1: number;
      let d2: number;
      let input: string;
      if (isRatio(value)) {
        const n = decimalFraction(value.numerator);
        const d = decimalFraction(value.denominator);
        if (n === null || d === null || value.numerator < 0 || value.denominator < 0) {
          return bad(path, leaf, 'tử số và mẫu số không âm', 'a non-negative numerator and denominator');
        }
        if (value.denominator === 0) {
          if (rule.whenEmpty === undefined) return { ok: false, issue: msg.emptyRatio(path, leaf.id) };
          return done(leaf, '0/0', '(không phát sinh)', rule.whenEmpty);
        }
        n1 = n.num;
        n2 = d.den;
        d1 = n.den;
        d2 = d.num;
        input = explain ? `${formatNumberVi(value.numerator)}/${formatNumberVi(value.denominator)}` : '';
      } else if (typeof value === 'number') {
        const f = decimalFraction(value);
        if (f === null) return bad(path, leaf, 'một tỷ lệ', 'a ratio');
        n1 = f.num;
        n2 = 1;
        d1 = f.den;
        d2 = rule.scale;
        input = !explain ? '' : rule.scale === 100 ? `${numVi(value)}%` : numVi(value);
      } else {
        return bad(
          path,
          leaf,
          'một tỷ lệ hoặc { numerator, denominator }',
          'a ratio or { numerator, denominator }',
        );
      }
      if (n1 < 0 || compareProducts(n1, n2, d1, d2) > 0) {
        return {
          ok: false,
          issue: msg.outOfRange(path, leaf.id, input, rule.scale === 100 ? '0–100%' : '0–1'),
        };
      }
      return done(
        leaf,
        input,
        explain ? `× ${formatThousandths(leaf.max)} điểm` : '',
        scalePoints(leaf.max, n1, n2, d1, d2, step),
        explain,
      );
    }
    case 'deduction': {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        return bad(
          path,
          leaf,
          'số lần vi phạm (số nguyên không âm)',
          'a count of violations (a non-negative integer)',
        );
      }
      const taken = mulExact(rule.per, value);
      if (taken === null) return { ok: false, issue: msg.pointsTooLarge(path, leaf.id) };
      const raw = leaf.max - taken;
      const points = Math.max(raw, rule.floor);
      const floorNote = raw < rule.floor ? `, không thấp hơn ${formatThousandths(rule.floor)}` : '';
      return done(
        leaf,
        String(value),
        explain ? `${formatThousandths(rule.per)} điểm trừ${floorNote}` : '',
        points,
        explain,
      );
    }
    case 'manual': {
      const t = typeof value === 'number' || typeof value === 'string' ? parseThousandths(value) : null;
      if (t === null)
        return bad(path, leaf, 'số điểm (tối đa 3 chữ số thập phân)', 'points (at most 3 decimals)');
      if (t < 0)
        return {
          ok: false,
          issue: msg.outOfRange(path, leaf.id, formatThousandths(t), `0–${formatThousandths(leaf.max)}`),
        };
      if (t > leaf.max)
        return {
          ok: false,
          issue: msg.inputAboveMax(path, leaf.id, formatThousandths(t), formatThousandths(leaf.max)),
        };
      return done(leaf, explain ? formatThousandths(t) : '', '', t, explain);
    }
    case 'survey': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return bad(path, leaf, 'điểm trung bình khảo sát (một số)', 'the mean answer (a number)');
      const range = `${formatNumberVi(rule.low)}–${formatNumberVi(rule.high)}`;
      if (value < rule.low || value > rule.high)
        return { ok: false, issue: msg.outOfRange(path, leaf.id, formatNumberVi(value), range) };
      const x = decimalFraction(value)!;
      const lo = decimalFraction(rule.low)!;
      const hi = decimalFraction(rule.high)!;
      const d = Math.max(x.den, lo.den, hi.den);
      const X = onDenominator(x, d);
      const L = onDenominator(lo, d);
      const H = onDenominator(hi, d);
      return done(
        leaf,
        explain ? numVi(value) : '',
        `trên thang ${range}`,
        scalePoints(leaf.max, X - L, 1, H - L, 1, step),
        explain,
      );
    }
    case 'allOf': {
      const conds = rule.conditions;
      const failed: string[] = [];
      if (Array.isArray(value)) {
        if (value.length !== conds.length || value.some((v) => typeof v !== 'boolean')) {
          return bad(
            path,
            leaf,
            `${conds.length} giá trị đúng/sai theo thứ tự các điều kiện`,
            `${conds.length} booleans in the order of the conditions`,
          );
        }
        conds.forEach((c, i) => {
          if (value[i] !== true) failed.push(c);
        });
      } else if (value !== null && typeof value === 'object' && !isRatio(value)) {
        const rec = value as Readonly<Record<string, unknown>>;
        const keys = Object.keys(rec).map((k) => k.normalize('NFC'));
        const list = conds.map((c) => `"${c}"`).join(', ');
        if (
          keys.length !== conds.length ||
          conds.some((c) => typeof (rec[c] ?? rec[c.normalize('NFD')]) !== 'boolean')
        ) {
          return bad(
            path,
            leaf,
            `đúng/sai cho đủ các điều kiện ${list}`,
            `a boolean for each of the conditions ${list}`,
          );
        }
        for (const c of conds) if ((rec[c] ?? rec[c.normalize('NFD')]) !== true) failed.push(c);
      } else {
        return bad(path, leaf, 'đúng/sai cho từng điều kiện', 'a boolean per condition');
      }
      const met = conds.length - failed.length;
      const detail =
        failed.length === 0 ? `Đạt đủ ${met}/${conds.length} điều kiện` : `Không đạt: ${failed.join('; ')}`;
      return done(leaf, `${met}/${conds.length}`, detail, failed.length === 0 ? leaf.max : 0);
    }
    case 'target': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return bad(path, leaf, 'kết quả thực hiện (một số)', 'the actual value (a number)');
      const t = rule.target;
      const unit = t.unit ?? '';
      const goal = `chỉ tiêu ${t.comparator.replace('>=', '≥').replace('<=', '≤')} ${withUnit(t.value, unit)}`;
      const input = withUnit(value, unit);
      if (targetMet(t, value)) return done(leaf, input, `so với ${goal}: đạt`, leaf.max);
      if (rule.partial === 'none') return done(leaf, input, `so với ${goal}: không đạt`, 0);
      if (typeof rule.partial === 'number')
        return done(leaf, input, `so với ${goal}: chưa đạt, tính điểm một phần`, rule.partial);
      // Proportional partial credit: how far the actual got towards the target.
      const a = decimalFraction(value)!;
      const g = decimalFraction(t.value)!;
      // How far the actual got, as (n1 × n2) / (d1 × d2), at most 1.
      let n1 = 0;
      let n2 = 1;
      let d1 = 1;
      let d2 = 1;
      if ((t.comparator === '>' || t.comparator === '>=') && t.value > 0 && value > 0) {
        [n1, n2, d1, d2] = [a.num, g.den, a.den, g.num];
      } else if ((t.comparator === '<' || t.comparator === '<=') && value > 0 && t.value > 0) {
        [n1, n2, d1, d2] = [g.num, a.den, g.den, a.num];
      }
      if (compareProducts(n1, n2, d1, d2) > 0) [n1, n2] = [d1, d2];
      return done(
        leaf,
        input,
        `so với ${goal}: chưa đạt, tính theo tỷ lệ`,
        scalePoints(leaf.max, n1, n2, d1, d2, step),
      );
    }
  }
}
