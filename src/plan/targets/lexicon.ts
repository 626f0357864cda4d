/**
 * The words of target sentences: comparators, fillers, units, counted nouns.
 * Each entry lists its Vietnamese spellings; matching accepts a spelling
 * exactly (any case, NFC or NFD) or its diacritic-free form typed in plain
 * ASCII ("toi thieu"), but not another Vietnamese word that folds the same
 * way ("đất" is not "đạt").
 *
 * @internal
 * @module
 */
import type { Comparator } from '../types.js';
import { foldText } from './fold.js';
import type { Token } from './tokenize.js';

/** A word sequence and how it reads. @internal */
export interface Phrase<T> {
  readonly words: readonly (readonly string[])[];
  readonly keys: readonly string[];
  readonly value: T;
}

function phrase<T>(text: string, value: T): Phrase<T> {
  // "tỷ|tỉ đồng": alternatives per word separated by '|'.
  const words = text.split(' ').map((w) => w.split('|').map((s) => s.normalize('NFC').toLowerCase()));
  const keys = words.map((alts) => foldText(alts[0] ?? ''));
  return { words, keys, value };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Does token `t` spell word `k` of phrase `p`?
 *
 * @internal
 */
export function wordMatches<T>(p: Phrase<T>, k: number, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  if (t.fold !== p.keys[k]) return false;
  return isAscii(t.orig) || (p.words[k] ?? []).includes(t.orig);
}

/** How a comparator word reads; `weak` ("đạt") gives way to a stronger one before it. @internal */
export interface ComparatorWord {
  readonly comparator: Comparator;
  readonly weak?: boolean;
  /** "từ": opens a range "từ A đến B". */
  readonly from?: boolean;
}

/**
 * Comparator phrases, longest first so that "không dưới" wins over "dưới".
 *
 * @internal
 */
export const COMPARATORS: readonly Phrase<ComparatorWord>[] = [
  phrase('không vượt quá', { comparator: '<=' }),
  phrase('không ít hơn', { comparator: '>=' }),
  phrase('không nhiều hơn', { comparator: '<=' }),
  phrase('không cao hơn', { comparator: '<=' }),
  phrase('không thấp hơn', { comparator: '>=' }),
  phrase('cao hơn', { comparator: '>' }),
  phrase('nhiều hơn', { comparator: '>' }),
  phrase('lớn hơn', { comparator: '>' }),
  phrase('ít hơn', { comparator: '<' }),
  phrase('thấp hơn', { comparator: '<' }),
  phrase('nhỏ hơn', { comparator: '<' }),
  phrase('không quá', { comparator: '<=' }),
  phrase('không dưới', { comparator: '>=' }),
  phrase('tối thiểu', { comparator: '>=' }),
  phrase('ít nhất', { comparator: '>=' }),
  phrase('tối đa', { comparator: '<=' }),
  phrase('nhiều nhất', { comparator: '<=' }),
  phrase('trên', { comparator: '>' }),
  phrase('hơn', { comparator: '>' }),
  phrase('dưới', { comparator: '<' }),
  phrase('bằng', { comparator: '=' }),
  phrase('từ', { comparator: '>=', from: true }),
  phrase('đạt', { comparator: '>=', weak: true }),
];

/**
 * Words that may stand between a comparator and its number ("trên mức 80%",
 * "ít nhất có 60%", "còn tối đa 20 phút", "nằm trong Top 03").
 *
 * @internal
 */
export const FILLERS: readonly Phrase<null>[] = [
  phrase('mức', null),
  phrase('có', null),
  phrase('là', null),
  phrase('ở', null),
  phrase('tới', null),
  phrase('còn', null),
  phrase('trong', null),
  phrase('nằm', null),
];

/** Words after the quantity that set the comparator: "từ 80% trở lên". @internal */
export const AFTER_COMPARATORS: readonly Phrase<Comparator>[] = [
  phrase('trở lên', '>='),
  phrase('trở xuống', '<='),
];

/** Words joining the two ends of a range: "từ 70% đến 90%". @internal */
export const RANGE_JOINERS: readonly Phrase<null>[] = [phrase('đến', null), phrase('tới', null)];

/** A unit written after the number, with a multiplier. @internal */
export interface UnitWord {
  readonly unit: string;
  readonly factor: number;
  /** Time units may be followed by "/01 lần giao dịch". */
  readonly per?: boolean;
}

/**
 * Units written as words after the number ("%" is handled as punctuation).
 *
 * @internal
 */
export const UNITS: readonly Phrase<UnitWord>[] = [
  phrase('phần trăm', { unit: '%', factor: 1 }),
  phrase('ngày làm việc', { unit: 'days', factor: 1, per: true }),
  phrase('phút', { unit: 'minutes', factor: 1, per: true }),
  phrase('giờ', { unit: 'hours', factor: 1, per: true }),
  phrase('ngày', { unit: 'days', factor: 1, per: true }),
  phrase('tỷ|tỉ đồng', { unit: 'vnd', factor: 1e9 }),
  phrase('triệu đồng', { unit: 'vnd', factor: 1e6 }),
  phrase('nghìn|ngàn đồng', { unit: 'vnd', factor: 1e3 }),
  phrase('đồng', { unit: 'vnd', factor: 1 }),
  phrase('vnđ|vnd', { unit: 'vnd', factor: 1 }),
];

/**
 * Nouns that make a bare number a count ("200 thủ tục", "200 TTHC",
 * "10 xã"). The noun stays in the target's subject.
 *
 * @internal
 */
export const COUNT_NOUNS: readonly Phrase<null>[] = [
  'thủ tục',
  'tthc',
  'dịch vụ',
  'hồ sơ',
  'văn bản',
  'cơ quan',
  'đơn vị',
  'xã',
  'phường',
  'huyện',
  'cán bộ',
  'công chức',
  'viên chức',
  'người',
  'lượt',
  'doanh nghiệp',
  'cuộc',
  'lớp',
  'mô hình',
  'phần mềm',
  'cơ sở dữ liệu',
  'đề án',
  'bộ phận',
  'chứng thư',
].map((w) => phrase(w, null));

/** Words that introduce a rank: "Top 03", "tốp 10", "vị thứ 15", "hạng 5". @internal */
export const RANK_WORDS: readonly Phrase<null>[] = [
  phrase('vị thứ', null),
  phrase('xếp thứ', null),
  phrase('đứng thứ', null),
  phrase('top|tốp', null),
  phrase('hạng', null),
];

/** Words at the start of a subject that only introduce it. @internal */
export const LEAD_INS: readonly Phrase<null>[] = [
  phrase('phấn|phân đấu|đầu', null),
  phrase('đảm bảo', null),
  phrase('bảo đảm', null),
  phrase('duy trì', null),
  phrase('trong đó', null),
];

/**
 * Matches phrase `p` forwards at token index `i`; returns the number of
 * tokens matched, 0 if none.
 *
 * @internal
 */
export function matchAt<T>(p: Phrase<T>, tokens: readonly Token[], i: number): number {
  for (let k = 0; k < p.keys.length; k++) {
    if (!wordMatches(p, k, tokens[i + k])) return 0;
  }
  return p.keys.length;
}

/**
 * The first phrase of `list` that ends just before token index `end`
 * (exclusive), not reaching before `min`.
 *
 * @internal
 */
export function matchEndingAt<T>(
  list: readonly Phrase<T>[],
  tokens: readonly Token[],
  end: number,
  min: number,
): { phrase: Phrase<T>; start: number } | null {
  for (const p of list) {
    const start = end - p.keys.length;
    if (start < min) continue;
    if (matchAt(p, tokens, start) > 0) return { phrase: p, start };
  }
  return null;
}

/**
 * The first phrase of `list` that starts at token index `i`.
 *
 * @internal
 */
export function matchStartingAt<T>(
  list: readonly Phrase<T>[],
  tokens: readonly Token[],
  i: number,
): Phrase<T> | null {
  for (const p of list) if (matchAt(p, tokens, i) > 0) return p;
  return null;
}
