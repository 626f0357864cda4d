/**
 * The matching key of an agency name: how two written forms of the same
 * agency come out equal.
 *
 * @module
 */

/** Whole-word abbreviations officials write, folded, and their long forms. */
const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ubnd: 'uy ban nhan dan',
    hdnd: 'hoi dong nhan dan',
    ubmttq: 'uy ban mat tran to quoc',
    mttq: 'mat tran to quoc',
    vp: 'van phong',
    tthc: 'thu tuc hanh chinh',
    cchc: 'cai cach hanh chinh',
    cntt: 'cong nghe thong tin',
    bhxh: 'bao hiem xa hoi',
    tp: 'thanh pho',
    tx: 'thi xa',
    ub: 'uy ban',
  }),
);

/**
 * Compound abbreviations written with "&", "-", "," or nothing between the
 * parts ("TT&TT", "LĐ-TB&XH", "KH&ĐT", "KHĐT", "VH,TT&DL"), folded, and their
 * long forms.
 */
const COMPOUNDS: readonly (readonly [readonly string[], string])[] = [
  [['ld', 'tb', 'xh'], 'lao dong thuong binh va xa hoi'],
  [['vh', 'tt', 'dl'], 'van hoa the thao va du lich'],
  [['nn', 'ptnt'], 'nong nghiep va phat trien nong thon'],
  [['tt', 'tt'], 'thong tin va truyen thong'],
  [['kh', 'dt'], 'ke hoach va dau tu'],
  [['tn', 'mt'], 'tai nguyen va moi truong'],
  [['gd', 'dt'], 'giao duc va dao tao'],
  [['kh', 'cn'], 'khoa hoc va cong nghe'],
  [['gt', 'vt'], 'giao thong van tai'],
];

const COMPOUND_RES: readonly (readonly [RegExp, string])[] = COMPOUNDS.map(([parts, long]) => [
  new RegExp(`(?<![a-z0-9])${parts.join('[ ]?[&,-]?[ ]?')}(?![a-z0-9])`, 'g'),
  ` ${long} `,
]);

/**
 * Folds Vietnamese text for matching: NFC, lower case, diacritics removed
 * ("Ủy" and "Uỷ" both give "uy", "đ" gives "d").
 *
 * @internal
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The key two written forms of one agency share: case, diacritics, spacing
 * and punctuation are ignored, common abbreviations are written out
 * ("UBND" → "Ủy ban nhân dân", "VP" → "Văn phòng", "Sở TT&TT" → "Sở Thông tin
 * và Truyền thông", "Sở LĐ-TB&XH" → "Sở Lao động - Thương binh và Xã hội",
 * "HĐND", "TTHC", "KH&ĐT", "TN&MT", "GD&ĐT", "NN&PTNT"…), the word "và", a
 * leading "các" and a trailing "tỉnh" are dropped ("Văn phòng UBND" and
 * "Văn phòng Ủy ban nhân dân tỉnh" are one agency in a province's plan).
 *
 * @example
 * ```ts
 * import { agencyNameKey } from 'cchc';
 * agencyNameKey('VP UBND tỉnh') === agencyNameKey('Văn phòng Uỷ ban nhân dân tỉnh'); // true
 * agencyNameKey('Sở TT&TT'); // 'so thong tin truyen thong'
 * ```
 */
export function agencyNameKey(name: string): string {
  let s = foldVietnamese(name);
  s = s.replace(/[\s\u00a0]+/g, ' ');
  for (const [re, long] of COMPOUND_RES) s = s.replace(re, long);
  const words = s
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((w) => (WORDS.get(w) ?? w).split(' '))
    .filter((w) => w !== '' && w !== 'va');
  if (words[0] === 'cac' && words.length > 1) words.shift();
  if (words[words.length - 1] === 'tinh' && words.length > 1) words.pop();
  return words.join(' ');
}
