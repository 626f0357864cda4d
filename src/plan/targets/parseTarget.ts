import { deepFreeze } from '../../core/freeze.js';
import { toNfc } from '../../core/text.js';
import type { Target } from '../types.js';
import { parseTargets } from './parseTargets.js';

/**
 * Reads one target (chỉ tiêu) from a sentence: "Trên 80% cán bộ cấp xã đạt
 * chuẩn" → `{ comparator: '>', value: 80, unit: '%' }`. When the sentence
 * holds several targets this is the first one (use {@link parseTargets} for
 * all of them); `raw` is the whole text given (NFC, trimmed, invisible
 * characters removed). Returns `null` when the text states no measurable
 * target. Never throws.
 *
 * @param text - Vietnamese text, NFC or NFD, with or without diacritics.
 * @returns The target, deeply frozen, or `null`.
 * @example
 * ```ts
 * import { parseTarget } from 'cchc';
 * parseTarget('Tối thiểu 200 TTHC được cung cấp trực tuyến mức độ 3');
 * // { comparator: '>=', value: 200, unit: 'count', subject: 'TTHC được cung cấp trực tuyến mức độ 3', raw: '…' }
 * parseTarget('Top 03 các huyện, thành phố'); // { comparator: '<=', value: 3, unit: 'rank', … }
 * parseTarget('< 5%'); // { comparator: '<', value: 5, unit: '%', raw: '< 5%' }
 * parseTarget('Tăng cường công tác kiểm tra'); // null
 * ```
 */
export function parseTarget(text: string): Target | null {
  const first = parseTargets(text)[0];
  if (first === undefined) return null;
  const raw = toNfc(text).trim();
  return deepFreeze({ ...first, raw });
}
