/**
 * Reading budget cells (kinh phí dự kiến) as officials write them.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { Budget } from './types.js';

/** Units and their value in đồng; the longest spellings first. */
const UNITS: readonly (readonly [string, number])[] = [
  ['triệu đồng', 1_000_000],
  ['tỷ đồng', 1_000_000_000],
  ['nghìn đồng', 1_000],
  ['ngàn đồng', 1_000],
  ['triệu', 1_000_000],
  ['trđ', 1_000_000],
  ['tr', 1_000_000],
  ['tỷ', 1_000_000_000],
  ['đồng', 1],
  ['vnđ', 1],
  ['đ', 1],
];

/** "1.250" → 1250, "2,5" → 2.5, "05" → 5; null when not a number. */
function readAmount(s: string): number | null {
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads a budget cell: an amount with its unit and what it is per
 * ("50tr/huyện", "05tr/kỳ", "40 tr", "80 triệu đồng", "1.200 triệu đồng"),
 * or only a note ("Kinh phí tự chủ", "Theo Kế hoạch"), which is kept as
 * `text` with no amount. `source` is the funding source as written
 * ("NS tỉnh"). Never throws (a value that is not a string reads as empty
 * text); text is normalised to NFC and trimmed.
 *
 * @example
 * ```ts
 * import { parseBudget } from 'cchc';
 * parseBudget('05tr/kỳ').amountVnd;          // 5000000
 * parseBudget('80 triệu đồng').unit;         // 'triệu đồng'
 * parseBudget('Kinh phí tự chủ').amount;     // undefined
 * parseBudget('40 tr', 'NS tỉnh').source;    // 'NS tỉnh'
 * ```
 */
export function parseBudget(text: string, source?: string): Budget {
  // Never throws: a value that is not text (null from a sheet's empty cell, a number) is no budget text.
  const t = typeof text === 'string' ? text.normalize('NFC').trim() : '';
  const src = typeof source === 'string' ? source.normalize('NFC').trim() : undefined;
  const base: { -readonly [K in keyof Budget]: Budget[K] } = { text: t };
  const slash = t.indexOf('/');
  const head = slash < 0 ? t : t.slice(0, slash);
  const m = /^(\d[\d.,]*)/.exec(head);
  if (m !== null) {
    const amount = readAmount(m[1] ?? '');
    const unitText = head.slice(m[0].length).trim().replace(/\s+/g, ' ').toLowerCase();
    const unit = UNITS.find(([u]) => u === unitText);
    if (amount !== null && unit !== undefined) {
      base.amount = amount;
      base.unit = unit[0];
      base.amountVnd = Math.round(amount * unit[1]);
      const per = slash < 0 ? '' : t.slice(slash + 1).trim();
      if (per !== '') base.per = per;
    }
  }
  if (src !== undefined && src !== '') base.source = src;
  return deepFreeze(base);
}
