/**
 * Quantities of a target sentence: a number with its unit, or a rank, and the
 * comparator written before or after it.
 *
 * @internal
 * @module
 */
import type { Comparator } from '../types.js';
import {
  AFTER_COMPARATORS,
  COMPARATORS,
  COUNT_NOUNS,
  FILLERS,
  GROUP_WORDS,
  LAGGARDS,
  LEADERS,
  MULTIPLIERS,
  NOT_COUNTED,
  RANGE_JOINERS,
  RANK_WORDS,
  UNITS,
  matchEndingAt,
  matchStartingAt,
  type ComparatorWord,
} from './lexicon.js';
import { readVietnameseNumber } from './readNumber.js';
import { NUM, PUNCT, type Tokens, WORD } from './tokenize.js';

/** How many tokens a comparator may stand before its number (fillers included). @internal */
export const MAX_LOOKBACK = 6;

/** How many tokens after "nhóm 10" or "Top 10" are searched for "dẫn đầu" or "thấp nhất". */
const GROUP_LOOKAHEAD = 8;

/** A quantity found in a clause, by token indexes. @internal */
export interface Quantity {
  /** Token index where the quantity's words start (the number, or "Top"). */
  first: number;
  /** Token index just after the quantity (unit and "trở lên" included). */
  next: number;
  value: number;
  unit: string;
  /** A comparator written after the quantity ("trở lên"). */
  after?: Comparator;
  /** Token index of the comparator phrase (== first when none). */
  compStart: number;
  comparator?: ComparatorWord;
  /** Read but not a goal ("Top 10 … thấp nhất", "không nằm trong Top 10"): skipped. */
  drop?: boolean;
}

/** The value of the number token at `i`, or null. @internal */
export function numberAt(tokens: Tokens, i: number): number | null {
  if (tokens.kind(i) !== NUM) return null;
  return readVietnameseNumber(tokens.fold(i));
}

const LESS = '<\uff1c'; // < ＜
const MORE = '>\uff1e'; // > ＞
const EQUAL = '=\uff1d'; // = ＝
const AT_MOST = '\u2264\u2266\u2a7d'; // ≤ ≦ ⩽
const AT_LEAST = '\u2265\u2267\u2a7e'; // ≥ ≧ ⩾

/**
 * A comparator written with symbols that ends just before token `k`: "<",
 * "≤", ">", "≥", "=", the pairs "<=", "=<", ">=", "=>", and their full-width
 * forms ("＜", "＞", "＝"). A pair may be written with a space between.
 *
 * @internal
 */
export function symbolEndingAt(
  tokens: Tokens,
  k: number,
  floor: number,
): { comparator: Comparator; start: number } | null {
  if (k - 1 < floor || tokens.kind(k - 1) !== PUNCT) return null;
  const b = k - 2 >= floor ? k - 2 : -1;
  if (tokens.punctIn(k - 1, AT_MOST)) return { comparator: '<=', start: k - 1 };
  if (tokens.punctIn(k - 1, AT_LEAST)) return { comparator: '>=', start: k - 1 };
  if (tokens.punctIn(k - 1, LESS)) {
    return tokens.punctIn(b, EQUAL) ? { comparator: '<=', start: k - 2 } : { comparator: '<', start: k - 1 };
  }
  if (tokens.punctIn(k - 1, MORE)) {
    return tokens.punctIn(b, EQUAL) ? { comparator: '>=', start: k - 2 } : { comparator: '>', start: k - 1 };
  }
  if (tokens.punctIn(k - 1, EQUAL)) {
    if (tokens.punctIn(b, LESS) || tokens.punctIn(b, AT_MOST)) return { comparator: '<=', start: k - 2 };
    if (tokens.punctIn(b, MORE) || tokens.punctIn(b, AT_LEAST)) return { comparator: '>=', start: k - 2 };
    return { comparator: '=', start: k - 1 };
  }
  return null;
}

/**
 * The comparator written before token `first` (across fillers, not reaching
 * before `min`): its reading (undefined when none) and the token index where
 * the comparator phrase (or the fillers) start.
 *
 * @internal
 */
export function comparatorBefore(
  tokens: Tokens,
  first: number,
  min: number,
): { word: ComparatorWord | undefined; start: number } {
  let k = first;
  const floor = Math.max(min, first - MAX_LOOKBACK);
  let found: ComparatorWord | undefined;
  let foundAt = first;
  while (k > floor) {
    const sym = symbolEndingAt(tokens, k, floor);
    if (sym !== null) {
      // A symbol is as strong as a word: "đạt ≥ 80%" is ≥.
      if (found === undefined || found.weak === true) {
        found = { comparator: sym.comparator };
        foundAt = sym.start;
      }
      break;
    }
    const c = matchEndingAt(COMPARATORS, tokens, k, floor);
    if (c !== null) {
      if (found === undefined || found.weak === true) {
        // "tối thiểu đạt 10%": a strong comparator before the weak "đạt" wins.
        if (found === undefined || c.phrase.value.weak !== true) {
          found = c.phrase.value;
          foundAt = c.start;
        }
      }
      if (found.weak !== true) break;
      k = c.start;
      continue;
    }
    const f = matchEndingAt(FILLERS, tokens, k, floor);
    if (f === null) break;
    k = f.start;
  }
  // Fillers alone ("nằm trong Top 03") are not part of the subject.
  return found === undefined ? { word: undefined, start: k } : { word: found, start: foundAt };
}

/** Sets the comparator written before the quantity, not reaching before `min`. @internal */
export function readComparator(tokens: Tokens, q: Quantity, min: number): void {
  const c = comparatorBefore(tokens, q.first, min);
  if (c.word !== undefined) q.comparator = c.word;
  q.compStart = c.start;
}

/**
 * Looks at the few words after a group or a top list ("nhóm 10 tỉnh dẫn
 * đầu", "Top 10 … thấp nhất"): 'lead' when the best are meant, 'lag' when the
 * worst are, null when neither is said. Stops at a number or at punctuation
 * other than a comma.
 */
function groupKind(tokens: Tokens, from: number, end: number): 'lead' | 'lag' | null {
  const stop = Math.min(end, from + GROUP_LOOKAHEAD);
  for (let k = from; k < stop; k++) {
    const kind = tokens.kind(k);
    if (kind === NUM) return null;
    if (kind === PUNCT && !tokens.punctIn(k, ',')) return null;
    if (matchStartingAt(LEADERS, tokens, k) !== null) return 'lead';
    if (matchStartingAt(LAGGARDS, tokens, k) !== null) return 'lag';
  }
  return null;
}

/** Reads a rank ("Top 03", "vị thứ 15-20", "xếp thứ 38/63") starting at token `i`. @internal */
export function readRank(tokens: Tokens, i: number, end: number): Quantity | null {
  const word = matchStartingAt(RANK_WORDS, tokens, i);
  if (word === null) return null;
  let j = i + word.keys.length;
  const value = numberAt(tokens, j);
  if (value === null || j >= end) return null;
  let upper = value;
  j++;
  // A range of ranks: "15-20", "15 – 20", "15 20" (a PDF that lost the dash), "15 đến 20".
  if (j < end) {
    let k = j;
    if (tokens.punctIn(j, '-–—')) k = j + 1;
    else if (matchStartingAt(RANGE_JOINERS, tokens, j) !== null) k = j + 1;
    const second = k < end ? numberAt(tokens, k) : null;
    if (second !== null && second > value && !tokens.glued(k)) {
      upper = second;
      j = k + 1;
    }
  }
  // Out of how many: "xếp thứ 38/63", "đứng thứ 9 trên 63 tỉnh".
  if (j + 1 < end && numberAt(tokens, j + 1) !== null) {
    if (tokens.punctIn(j, '/') || (tokens.kind(j) === WORD && tokens.foldIs(j, 'tren'))) j += 2;
  }
  const q: Quantity = { first: i, next: j, value: upper, unit: 'rank', compStart: i };
  if (groupKind(tokens, j, end) === 'lag') q.drop = true;
  return q;
}

/**
 * Reads a group of the best as a rank: "nhóm 5 địa phương đứng đầu", "nằm
 * trong 10 tỉnh dẫn đầu" → rank `<=` 5, 10. The words after the number must
 * say the best are meant ("dẫn đầu", "đứng đầu", "hàng đầu", "cao nhất",
 * "tốt nhất"); "nhóm 10 tỉnh thấp nhất" is read and dropped; a group without
 * either ("nhóm A", "nhóm 4") is not a rank. The counted words stay in the
 * subject.
 *
 * @internal
 */
export function readGroupRank(tokens: Tokens, i: number, end: number, min: number): Quantity | null {
  let num: number;
  if (matchStartingAt(GROUP_WORDS, tokens, i) !== null) num = i + 1;
  else {
    if (tokens.kind(i) !== NUM || i - 1 < min || tokens.kind(i - 1) !== WORD) return null;
    if (!tokens.foldIs(i - 1, 'trong') && !tokens.foldIs(i - 1, 'thuoc') && !tokens.foldIs(i - 1, 'vao'))
      return null;
    num = i;
  }
  if (num >= end || tokens.kind(num) !== NUM || tokens.joined(num) || tokens.glued(num)) return null;
  const value = numberAt(tokens, num);
  if (value === null || !Number.isInteger(value) || value < 1) return null;
  const kind = groupKind(tokens, num + 1, end);
  if (kind === null) return null;
  const q: Quantity = { first: i, next: num + 1, value, unit: 'rank', compStart: i };
  if (kind === 'lag') q.drop = true;
  return q;
}

/** How many words a number written out in brackets may take ("(mười lăm)", "(một trăm hai mươi)"). */
const MAX_SPELLED = 6;

/**
 * Skips a number written out in words in brackets at token `j` ("(hai)",
 * "(mười lăm)"), as legal texts repeat a number; returns the token after the
 * closing bracket, or `j` when there is none.
 */
function spelledOut(tokens: Tokens, j: number, end: number): number {
  if (!tokens.punctIn(j, '(')) return j;
  let k = j + 1;
  while (k < end && k - j <= MAX_SPELLED && tokens.kind(k) === WORD) k++;
  return k > j + 1 && k < end && tokens.punctIn(k, ')') ? k + 1 : j;
}

/** Punctuation that may close a bare number ("≥ 80;", "> 0,7)"). */
const CLOSERS = ',;.):!?•(';

/** Is there a word at `k` that a number may count ("01 sàn", "02 hội nghị")? */
function countableAt(tokens: Tokens, k: number, end: number): boolean {
  if (k >= end || tokens.kind(k) !== WORD) return false;
  return (
    matchStartingAt(NOT_COUNTED, tokens, k) === null &&
    matchStartingAt(RANK_WORDS, tokens, k) === null &&
    matchStartingAt(COMPARATORS, tokens, k) === null
  );
}

/**
 * Reads "<number> <unit>" at token `i`; null when the number is not a
 * quantity. `min` is where the clause, or the text after the previous
 * quantity, starts: a comparator found there lets a number stand with a
 * noun that is not a known unit ("tối thiểu 01 sàn giao dịch dữ liệu" →
 * count) or with none ("≥ 80" → `number`).
 *
 * @internal
 */
export function readMeasure(tokens: Tokens, i: number, end: number, min: number): Quantity | null {
  if (tokens.kind(i) !== NUM || tokens.joined(i)) return null;
  const raw = readVietnameseNumber(tokens.fold(i));
  const glued = tokens.glued(i);
  if (raw === null) return null;
  // "02 (hai) hội nghị", "15 (mười lăm) ngày": the number written out again in words.
  let j = spelledOut(tokens, i + 1, end);
  let unit: string | null = null;
  let factor = 1;
  let per = false;
  const hasNext = j < end;
  if (hasNext && tokens.punctIn(j, '%\uff05')) {
    unit = '%';
    j++;
  } else if (hasNext) {
    const u = matchStartingAt(UNITS, tokens, j);
    if (!glued && matchStartingAt(COUNT_NOUNS, tokens, j) !== null) {
      unit = 'count';
    } else if (
      u !== null &&
      (u.value.explicit !== true || comparatorBefore(tokens, i, min).word !== undefined) &&
      (u.value.standalone !== true || !countableAt(tokens, j + u.keys.length, end))
    ) {
      unit = u.value.unit;
      factor = u.value.factor;
      per = u.value.per === true;
      j += u.keys.length;
    } else if (!glued) {
      const m = matchStartingAt(MULTIPLIERS, tokens, j);
      const k = m === null ? j : j + m.keys.length;
      if (
        matchStartingAt(COUNT_NOUNS, tokens, k) !== null ||
        (comparatorBefore(tokens, i, min).word !== undefined && countableAt(tokens, k, end))
      ) {
        // "1,5 triệu lượt", "tối thiểu 01 sàn giao dịch dữ liệu": the noun stays in the subject.
        unit = 'count';
        factor = m === null ? 1 : m.value;
        j = k;
      }
    }
  }
  if (unit === null && !glued) {
    // "≥ 80", "> 0,7;", "từ 80 trở lên": a number whose unit the text does not say.
    const c = comparatorBefore(tokens, i, min).word ?? null;
    const closed = !hasNext || tokens.punctIn(j, CLOSERS);
    const after = hasNext && matchStartingAt(AFTER_COMPARATORS, tokens, j) !== null;
    if (c !== null && (after || (closed && c.from !== true))) unit = 'number';
  }
  if (unit === null) return null;
  // "20 phút/01 lần giao dịch": the rate belongs to the quantity.
  if (per && j < end && tokens.punctIn(j, '/')) {
    let k = j + 1;
    if (tokens.kind(k) === NUM) k++;
    let words = 0;
    while (k < end && words < 3 && tokens.kind(k) === WORD) {
      k++;
      words++;
    }
    if (words > 0) j = k;
  }
  const q: Quantity = { first: i, next: j, value: raw * factor, unit, compStart: i };
  if (j < end) {
    const after = matchStartingAt(AFTER_COMPARATORS, tokens, j);
    if (after !== null) {
      q.after = after.value;
      q.next = j + after.keys.length;
    }
  }
  return Number.isFinite(q.value) ? q : null;
}

/** Lower is better for times and ranks; more is better for shares, counts, money, scores. @internal */
export function defaultComparator(unit: string): Comparator {
  return unit === 'minutes' ||
    unit === 'hours' ||
    unit === 'days' ||
    unit === 'weeks' ||
    unit === 'months' ||
    unit === 'years' ||
    unit === 'rank'
    ? '<='
    : '>=';
}
