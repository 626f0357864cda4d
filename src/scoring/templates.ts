/**
 * Explanation templates: the default per rule kind, and a template compiled
 * once per leaf (label, title and max filled in; input, detail and points
 * left as slots), so rendering is a few concatenations.
 *
 * @internal
 * @module
 */
import { formatThousandths } from './decimal.js';
import type { Rule } from './types.js';

/** The default explanation template of each rule kind. @internal */
export const DEFAULT_TEMPLATE: Readonly<Record<Rule['kind'], string>> = {
  binary: '{detail} → {points}/{max} điểm',
  levels: 'Mức "{input}" → {points}/{max} điểm',
  tiers: '{label} {input} thuộc mức {detail} → {points}/{max} điểm',
  proportional: '{label} {input} {detail} → {points}/{max} điểm',
  deduction: '{input} lần vi phạm × {detail} → {points}/{max} điểm',
  manual: 'Điểm chấm {input} → {points}/{max} điểm',
  survey: 'Điểm khảo sát trung bình {input} {detail} → {points}/{max} điểm',
  allOf: '{detail} → {points}/{max} điểm',
  target: '{label} {input} {detail} → {points}/{max} điểm',
};

/** The default `{label}` of each rule kind. @internal */
export const DEFAULT_LABEL: Readonly<Record<Rule['kind'], string>> = {
  binary: 'Kết quả',
  levels: 'Mức',
  tiers: 'Kết quả',
  proportional: 'Tỷ lệ',
  deduction: 'Số lần vi phạm',
  manual: 'Điểm',
  survey: 'Điểm khảo sát',
  allOf: 'Điều kiện',
  target: 'Kết quả',
};

/** Slots: 0 = input, 1 = detail, 2 = points. @internal */
export type TemplatePart = string | 0 | 1 | 2;

const SLOT: Readonly<Record<string, 0 | 1 | 2>> = { '{input}': 0, '{detail}': 1, '{points}': 2 };

/** @internal */
export function compileTemplate(rule: Rule, title: string, maxThousandths: number): readonly TemplatePart[] {
  const filled = (rule.explain ?? DEFAULT_TEMPLATE[rule.kind])
    .replaceAll('{label}', rule.label ?? DEFAULT_LABEL[rule.kind])
    .replaceAll('{max}', formatThousandths(maxThousandths))
    .replaceAll('{title}', title);
  const parts: TemplatePart[] = [];
  for (const piece of filled.split(/(\{input\}|\{detail\}|\{points\})/)) {
    const slot = SLOT[piece];
    if (slot !== undefined) parts.push(slot);
    else if (piece !== '') parts.push(piece);
  }
  return parts;
}

/** @internal */
export function renderTemplate(
  parts: readonly TemplatePart[],
  input: string,
  detail: string,
  points: number,
): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else out += p === 0 ? input : p === 1 ? detail : formatThousandths(points);
  }
  return out;
}
