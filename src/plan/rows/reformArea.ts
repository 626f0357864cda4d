/**
 * The reform area (lĩnh vực CCHC) a group title names.
 *
 * @module
 */
import { foldVi } from '../../core/text.js';
import type { ReformArea } from '../types.js';

/**
 * Keywords of each area, folded (no diacritics, lower case), tried in this
 * order: the first area with a keyword in the title wins. The wording follows
 * the areas of the seed plans and of Nghị quyết 30c/NQ-CP (2011) and
 * Nghị quyết 76/NQ-CP (2021) as the plans quote them.
 */
const KEYWORDS: readonly (readonly [ReformArea, readonly string[]])[] = [
  ['direction', ['chi dao, dieu hanh', 'chi dao dieu hanh', 'chi dao, dieu hanh', 'cong tac chi dao']],
  ['communication', ['thong tin, tuyen truyen', 'tuyen truyen']],
  ['procedures', ['thu tuc hanh chinh', 'tthc', 'mot cua']],
  ['institutions', ['the che']],
  ['organisation', ['to chuc bo may']],
  [
    'civil-service',
    ['che do cong vu', 'cai cach cong vu', 'doi ngu can bo', 'can bo, cong chuc', 'can bo cong chuc'],
  ],
  ['public-finance', ['tai chinh cong']],
  [
    'digital-government',
    [
      'hien dai hoa',
      'chinh quyen dien tu',
      'chinh quyen so',
      'chinh phu dien tu',
      'chinh phu so',
      'cong nghe thong tin',
      'cntt',
    ],
  ],
  ['impact', ['tac dong']],
];

/**
 * The reform area a group title names ("II. Cải cách thể chế" →
 * `institutions`), read without regard to case or diacritics; `undefined`
 * when the title names none ("I. NĂM 2016").
 *
 * @example
 * ```ts
 * import { reformAreaOf } from 'cchc';
 * reformAreaOf('Công tác chỉ đạo, điều hành'); // 'direction'
 * reformAreaOf('CAI CACH THU TUC HANH CHINH');  // 'procedures'
 * reformAreaOf('Hiện đại hóa hành chính');     // 'digital-government'
 * reformAreaOf('NĂM 2016');                    // undefined
 * ```
 */
export function reformAreaOf(title: string): ReformArea | undefined {
  if (typeof title !== 'string') return undefined; // no title, no area
  const f = foldVi(title).replace(/\s+/g, ' ');
  for (const [area, words] of KEYWORDS) if (words.some((w) => f.includes(w))) return area;
  return undefined;
}
