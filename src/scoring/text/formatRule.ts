/**
 * `formatRule`: a rule back into the Vietnamese an annex prints, one
 * outcome per line — the text `parseRule` reads back into the same rule.
 *
 * @module
 */
import { formatThousandths, fullNumberVi, parseThousandths } from '../decimal.js';
import { boundsOf, describeRange, resolveTiers, type TierBounds } from '../tierIntervals.js';
import type { Rule, TargetSpec } from '../types.js';

/**
 * Options of {@link formatRule}: the leaf's maximum, so that the text can
 * say "1 điểm" rather than "điểm tối đa" and state a deduction's floor as
 * "tối đa trừ …".
 *
 * @example
 * ```ts
 * import type { FormatRuleOptions } from 'cchc';
 * const o: FormatRuleOptions = { max: 2 };
 * ```
 */
export interface FormatRuleOptions {
  /** The leaf's maximum, in points. */
  readonly max?: number;
}

/** A number in full with a decimal comma (no rounding: bounds are written as they are). */
function num(v: number): string {
  return fullNumberVi(v);
}

function withUnit(v: number, unit: string | undefined): string {
  if (unit === undefined || unit === '%') return `${num(v)}%`;
  return unit === '' ? num(v) : `${num(v)} ${unit}`;
}

function points(v: number): string {
  const t = parseThousandths(v);
  return `${t === null ? num(v) : formatThousandths(t)} điểm`;
}

function cap(text: string): string {
  return text === '' ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

function maxText(max: number | undefined): string {
  return max === undefined ? 'điểm tối đa' : points(max);
}

function tiersText(rule: Extract<Rule, { kind: 'tiers' }>): string[] {
  const lower = rule.direction === 'lower-is-better';
  const bounds: TierBounds[] = [];
  rule.tiers.forEach((t, i) => {
    const b = boundsOf(t as unknown as Readonly<Record<string, unknown>>, t.points, i);
    if (b !== null) bounds.push(b);
  });
  const { intervals } = resolveTiers(bounds, lower);
  const show = (v: number): string => withUnit(v, rule.unit);
  const lines = [...intervals]
    .reverse()
    .map((t) => `${cap(describeRange(t.lo, t.loIn, t.hi, t.hiIn, show))}: ${points(t.points)}`);
  const worst = intervals[0];
  if (worst !== undefined) {
    // What lies beyond the worst tier scores 0: say so, as annexes do ("Dưới 70%: 0 điểm").
    if (!lower && worst.lo !== Number.NEGATIVE_INFINITY)
      lines.push(
        `${cap(describeRange(Number.NEGATIVE_INFINITY, false, worst.lo, !worst.loIn, show))}: 0 điểm`,
      );
    if (lower && worst.hi !== Number.POSITIVE_INFINITY)
      lines.push(
        `${cap(describeRange(worst.hi, !worst.hiIn, Number.POSITIVE_INFINITY, false, show))}: 0 điểm`,
      );
  }
  return lines;
}

const COMPARATOR_TEXT: Readonly<Record<TargetSpec['comparator'], (v: string) => string>> = {
  '>=': (v) => `từ ${v} trở lên`,
  '>': (v) => `trên ${v}`,
  '<': (v) => `dưới ${v}`,
  '<=': (v) => `không quá ${v}`,
  '=': (v) => `đúng ${v}`,
};

/**
 * Writes a rule as the Vietnamese text of an annex's "cách chấm" column,
 * one outcome per line, in the forms {@link parseRule} reads: levels
 * ("Ban hành kịp thời: 1 điểm"), binary ("Đạt: 1 điểm / Không đạt: 0
 * điểm"), tiers best first with each range as the scorer reads it ("Trên
 * 90%: 2 điểm / Từ 70% đến 90%: 1 điểm / Dưới 70%: 0 điểm"), allOf,
 * proportional ("Điểm = tỷ lệ % × 2 điểm"), deduction ("Mỗi lần vi phạm
 * trừ 0,25 điểm, tối đa trừ 1 điểm"), survey, target; a manual rule gives
 * the decision's own text when it kept one. Labels and explanation
 * templates are not part of the text.
 *
 * `parseRule(formatRule(r, { max }), { max })` gives `r` back for every
 * rule text can express (see docs/criteria-from-annex.md for the few
 * spellings it normalises).
 *
 * @example
 * ```ts
 * import { formatRule } from 'cchc';
 * formatRule({ kind: 'tiers', tiers: [{ above: 90, points: 2 }, { min: 70, points: 1 }] });
 * // 'Trên 90%: 2 điểm\nTừ 70% đến 90%: 1 điểm\nDưới 70%: 0 điểm'
 * formatRule({ kind: 'deduction', per: 0.25, floor: 1 }, { max: 2 });
 * // 'Mỗi lần vi phạm trừ 0,25 điểm, tối đa trừ 1 điểm'
 * ```
 */
export function formatRule(rule: Rule, options: FormatRuleOptions = {}): string {
  const max = typeof options.max === 'number' && Number.isFinite(options.max) ? options.max : undefined;
  switch (rule.kind) {
    case 'binary':
      return `Đạt: ${maxText(max)}\nKhông đạt: 0 điểm`;
    case 'levels':
      return Object.entries(rule.levels)
        .map(([name, p]) => `${name}: ${points(p)}`)
        .join('\n');
    case 'tiers':
      return tiersText(rule).join('\n');
    case 'proportional': {
      const ratio = rule.scale === 100 ? 'tỷ lệ %' : 'tỷ lệ (số đạt / tổng số)';
      const lines = [`Điểm = ${ratio} × ${maxText(max)}`];
      if (rule.whenEmpty !== undefined) lines.push(`Không phát sinh: ${points(rule.whenEmpty)}`);
      return lines.join('\n');
    }
    case 'deduction': {
      const head = `Mỗi lần vi phạm trừ ${points(rule.per)}`;
      const floor = rule.floor ?? 0;
      if (floor === 0) return head;
      const ft = parseThousandths(floor);
      const mt = max === undefined ? null : parseThousandths(max);
      if (ft !== null && mt !== null && mt - ft > 0)
        return `${head}, tối đa trừ ${formatThousandths(mt - ft)} điểm`;
      return `${head}, không thấp hơn ${points(floor)}`;
    }
    case 'manual':
      return rule.text ?? 'Chấm điểm trực tiếp';
    case 'survey':
      return `Điểm điều tra xã hội học: điểm trung bình trên thang ${num(rule.scale[0])} - ${num(rule.scale[1])}, quy đổi tuyến tính về 0 - ${maxText(max)}`;
    case 'allOf': {
      const c = rule.conditions;
      const joined = c.length < 2 ? (c[0] ?? '') : `${c.slice(0, -1).join(', ')} và ${c[c.length - 1]}`;
      return `${joined}: ${maxText(max)}\nKhông đạt một trong các điều kiện trên: 0 điểm`;
    }
    case 'target': {
      const t = rule.target;
      const value = t.unit === undefined || t.unit === '' ? num(t.value) : withUnit(t.value, t.unit);
      const lines = [`Đạt chỉ tiêu ${COMPARATOR_TEXT[t.comparator](value)}: ${maxText(max)}`];
      const p = rule.partial;
      if (p === undefined) lines.push('Không đạt chỉ tiêu: 0 điểm');
      else if (p.kind === 'fixed') lines.push(`Không đạt chỉ tiêu: ${points(p.points)}`);
      else lines.push('Không đạt chỉ tiêu: điểm tính theo tỷ lệ kết quả so với chỉ tiêu');
      return lines.join('\n');
    }
  }
}
