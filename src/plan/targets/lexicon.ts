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
import { foldVi } from '../../core/text.js';
import { type Tokens, WORD } from './tokenize.js';

/** A word sequence and how it reads. @internal */
export interface Phrase<T> {
  readonly words: readonly (readonly string[])[];
  readonly keys: readonly string[];
  readonly value: T;
}

function phrase<T>(text: string, value: T): Phrase<T> {
  // "tỷ|tỉ đồng": alternatives per word separated by '|'.
  const words = text.split(' ').map((w) => w.split('|').map((s) => s.normalize('NFC').toLowerCase()));
  const keys = words.map((alts) => foldVi(alts[0] ?? ''));
  return { words, keys, value };
}

/**
 * A list of phrases, read on first use: splitting, normalising and folding
 * the words of every list costs a few milliseconds that an app which never
 * reads a target should not pay at import.
 *
 * @internal
 */
export interface PhraseList<T> {
  /** The phrases, in the list's order (read once, then kept). */
  readonly phrases: readonly Phrase<T>[];
}

function phrases<T>(make: () => readonly Phrase<T>[]): PhraseList<T> {
  let made: readonly Phrase<T>[] | undefined;
  return {
    get phrases() {
      if (made === undefined) made = make();
      return made;
    },
  };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Does token `i` spell word `k` of phrase `p`?
 *
 * @internal
 */
export function wordMatches<T>(p: Phrase<T>, k: number, tokens: Tokens, i: number): boolean {
  if (tokens.kind(i) !== WORD || !tokens.foldIs(i, p.keys[k] ?? '')) return false;
  const orig = tokens.orig(i);
  return isAscii(orig) || (p.words[k] ?? []).includes(orig);
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
export const COMPARATORS: PhraseList<ComparatorWord> = phrases<ComparatorWord>(() => [
  phrase('lớn hơn hoặc bằng', { comparator: '>=' }),
  phrase('cao hơn hoặc bằng', { comparator: '>=' }),
  phrase('nhiều hơn hoặc bằng', { comparator: '>=' }),
  phrase('nhỏ hơn hoặc bằng', { comparator: '<=' }),
  phrase('bé hơn hoặc bằng', { comparator: '<=' }),
  phrase('thấp hơn hoặc bằng', { comparator: '<=' }),
  phrase('ít hơn hoặc bằng', { comparator: '<=' }),
  phrase('không vượt quá', { comparator: '<=' }),
  phrase('không lớn hơn', { comparator: '<=' }),
  phrase('không nhỏ hơn', { comparator: '>=' }),
  phrase('không bé hơn', { comparator: '>=' }),
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
  phrase('bé hơn', { comparator: '<' }),
  phrase('không quá', { comparator: '<=' }),
  phrase('không vượt', { comparator: '<=' }),
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
]);

/**
 * Words that may stand between a comparator and its number ("trên mức 80%",
 * "ít nhất có 60%", "còn tối đa 20 phút", "nằm trong Top 03").
 *
 * @internal
 */
export const FILLERS: PhraseList<null> = phrases<null>(() => [
  phrase('mức', null),
  phrase('có', null),
  phrase('là', null),
  phrase('ở', null),
  phrase('tới', null),
  phrase('còn', null),
  phrase('trong', null),
  phrase('nằm', null),
  phrase('thuộc', null),
  phrase('vào', null),
]);

/** Words after the quantity that set the comparator: "từ 80% trở lên". @internal */
export const AFTER_COMPARATORS: PhraseList<Comparator> = phrases<Comparator>(() => [
  phrase('trở lên', '>='),
  phrase('trở xuống', '<='),
]);

/** Words joining the two ends of a range: "từ 70% đến 90%". @internal */
export const RANGE_JOINERS: PhraseList<null> = phrases<null>(() => [
  phrase('đến', null),
  phrase('tới', null),
]);

/** A unit written after the number, with a multiplier. @internal */
export interface UnitWord {
  readonly unit: string;
  readonly factor: number;
  /** Time units may be followed by "/01 lần giao dịch". */
  readonly per?: boolean;
  /**
   * Read only after a comparator: "tối đa 3 tháng" is a target, "trong 3
   * năm" is a period of time.
   */
  readonly explicit?: boolean;
  /**
   * Read only when no other noun follows: "90 điểm" is a score, "10 điểm
   * giao dịch" counts places.
   */
  readonly standalone?: boolean;
}

/**
 * Units written as words after the number ("%" is handled as punctuation).
 *
 * @internal
 */
export const UNITS: PhraseList<UnitWord> = phrases<UnitWord>(() => [
  phrase('phần trăm', { unit: '%', factor: 1 }),
  phrase('ngày làm việc', { unit: 'days', factor: 1, per: true }),
  phrase('phút', { unit: 'minutes', factor: 1, per: true }),
  phrase('giờ làm việc', { unit: 'hours', factor: 1, per: true }),
  phrase('giờ', { unit: 'hours', factor: 1, per: true }),
  phrase('ngày', { unit: 'days', factor: 1, per: true }),
  phrase('tỷ|tỉ đồng', { unit: 'vnd', factor: 1e9 }),
  phrase('triệu đồng', { unit: 'vnd', factor: 1e6 }),
  phrase('nghìn|ngàn đồng', { unit: 'vnd', factor: 1e3 }),
  phrase('đồng', { unit: 'vnd', factor: 1 }),
  phrase('vnđ|vnd', { unit: 'vnd', factor: 1 }),
  phrase('điểm', { unit: 'points', factor: 1, standalone: true }),
  phrase('tuần', { unit: 'weeks', factor: 1, explicit: true }),
  phrase('tháng', { unit: 'months', factor: 1, explicit: true }),
  phrase('năm', { unit: 'years', factor: 1, explicit: true }),
]);

/**
 * Number words written after a number and before what it counts ("1,5 triệu
 * lượt", "20 nghìn hồ sơ"); "triệu đồng" and "tỷ đồng" are money units.
 *
 * @internal
 */
export const MULTIPLIERS: PhraseList<number> = phrases<number>(() => [
  phrase('nghìn|ngàn', 1e3),
  phrase('triệu', 1e6),
  phrase('tỷ|tỉ', 1e9),
]);

/**
 * Nouns that make a bare number a count ("200 thủ tục", "200 TTHC",
 * "10 xã"). The noun stays in the target's subject.
 *
 * @internal
 */
export const COUNT_NOUNS: PhraseList<null> = phrases<null>(() =>
  [
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
    'điểm cầu',
    'hội nghị',
    'hội thảo',
    'buổi',
    'đợt',
    'lần',
    'đoàn',
    'sàn',
    'hệ thống',
    'nền tảng',
    'ứng dụng',
    'cổng',
    'trang',
    'tài khoản',
    'nhiệm vụ',
    'kế hoạch',
    'chương trình',
    'dự án',
    'sáng kiến',
    'sản phẩm',
    'học viên',
    'tin',
    'bài',
    'cá nhân',
    'tổ chức',
    // "tăng 03 bậc": places climbed in a ranking
    'bậc',
  ].map((w) => phrase(w, null)),
);

/**
 * Words that cannot be what a number counts: after "tối thiểu 3" a noun
 * makes a count ("tối thiểu 01 sàn giao dịch dữ liệu"), but "từ 2 đến 5",
 * "ít nhất 1 trong 3" or "trên 1 của" do not.
 *
 * @internal
 */
export const NOT_COUNTED: PhraseList<null> = phrases<null>(() =>
  [
    'và',
    'của',
    'với',
    'so',
    'trở',
    'đến',
    'tới',
    'trên',
    'dưới',
    'theo',
    'tại',
    'trong',
    'là',
    'có',
    'được',
    'hoặc',
    'hay',
    'thì',
    'mà',
    'khi',
    'nếu',
    'đối',
    'từ',
    'ở',
    'cho',
    'về',
    'như',
    'để',
    'do',
    'bởi',
    'vào',
    'ra',
    'quý',
    'mức',
    'lên',
    'xuống',
    'hơn',
    'nhất',
    'đạt',
    'phần',
    // "dân số từ 15 tuổi trở lên": an age says who is counted, it is no target
    'tuổi',
  ].map((w) => phrase(w, null)),
);

/** Words that introduce a rank: "Top 03", "tốp 10", "vị thứ 15", "hạng 5". @internal */
export const RANK_WORDS: PhraseList<null> = phrases<null>(() => [
  phrase('xếp hạng thứ', null),
  phrase('hạng thứ', null),
  phrase('thứ hạng', null),
  phrase('vị trí thứ', null),
  phrase('vị thứ', null),
  phrase('xếp thứ', null),
  phrase('đứng thứ', null),
  phrase('top|tốp', null),
  phrase('hạng', null),
]);

/**
 * A group of the best, after "nhóm N …": "trong nhóm 5 địa phương đứng
 * đầu", "nhóm 10 tỉnh, thành phố dẫn đầu".
 *
 * @internal
 */
export const LEADERS: PhraseList<null> = phrases<null>(() => [
  phrase('dẫn đầu', null),
  phrase('đứng đầu', null),
  phrase('hàng đầu', null),
  phrase('cao nhất', null),
  phrase('tốt nhất', null),
]);

/**
 * A group of the worst ("nhóm 10 tỉnh có chỉ số thấp nhất", "Top 10 cuối
 * bảng"): not a rank to reach, never read as one.
 *
 * @internal
 */
export const LAGGARDS: PhraseList<null> = phrases<null>(() => [
  phrase('thấp nhất', null),
  phrase('kém nhất', null),
  phrase('yếu nhất', null),
  phrase('cuối bảng', null),
  phrase('xếp cuối', null),
  phrase('đứng cuối', null),
]);

/** "nhóm" before a number: a group of ranks when {@link LEADERS} follow. @internal */
export const GROUP_WORDS: PhraseList<null> = phrases<null>(() => [phrase('nhóm', null)]);

/** Negation before a rank ("không nằm trong Top 10"): the rank is not a goal. @internal */
export const NEGATIONS: PhraseList<null> = phrases<null>(() => [phrase('không', null), phrase('chưa', null)]);

/** A fall in a ranking before a count of places ("giảm 2 bậc", "tụt 3 bậc"): a loss, never a goal. @internal */
export const FALLS: PhraseList<null> = phrases<null>(() => [phrase('giảm', null), phrase('tụt', null)]);

/** Places in a ranking, as counted after a change ("bậc", "hạng"). @internal */
export const PLACES: PhraseList<null> = phrases<null>(() => [phrase('bậc', null), phrase('hạng', null)]);

/** Words at the start of a subject that only introduce it. @internal */
export const LEAD_INS: PhraseList<null> = phrases<null>(() => [
  phrase('phấn|phân đấu|đầu', null),
  phrase('đảm bảo', null),
  phrase('bảo đảm', null),
  phrase('duy trì', null),
  phrase('trong đó', null),
  phrase('hướng đến|tới', null),
]);

/**
 * Matches phrase `p` forwards at token index `i`; returns the number of
 * tokens matched, 0 if none.
 *
 * @internal
 */
export function matchAt<T>(p: Phrase<T>, tokens: Tokens, i: number): number {
  for (let k = 0; k < p.keys.length; k++) {
    if (!wordMatches(p, k, tokens, i + k)) return 0;
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
  list: PhraseList<T>,
  tokens: Tokens,
  end: number,
  min: number,
): { phrase: Phrase<T>; start: number } | null {
  if (tokens.kind(end - 1) !== WORD) return null;
  for (const p of list.phrases) {
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
export function matchStartingAt<T>(list: PhraseList<T>, tokens: Tokens, i: number): Phrase<T> | null {
  if (tokens.kind(i) !== WORD) return null;
  for (const p of list.phrases) if (matchAt(p, tokens, i) > 0) return p;
  return null;
}
