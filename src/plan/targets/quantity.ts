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
  RANGE_JOINERS,
  RANK_WORDS,
  UNITS,
  matchEndingAt,
  matchStartingAt,
  type ComparatorWord,
} from './lexicon.js';
import { readVietnameseNumber } from './readNumber.js';
import type { Token } from './tokenize.js';

/** How many tokens a comparator may stand before its number (fillers included). @internal */
export const MAX_LOOKBACK = 6;

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
}

/** The value of the number token at `i`, or null. @internal */
export function numberAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num') return null;
  return readVietnameseNumber(t.fold);
}

/** Reads a rank ("Top 03", "vị thứ 15-20") starting at token `i`. @internal */
export function readRank(tokens: readonly Token[], i: number, end: number): Quantity | null {
  const word = matchStartingAt(RANK_WORDS, tokens, i);
  if (word === null) return null;
  let j = i + word.keys.length;
  const value = numberAt(tokens, j);
  if (value === null || j >= end) return null;
  let upper = value;
  j++;
  // A range of ranks: "15-20", "15 – 20", "15 20" (a PDF that lost the dash), "15 đến 20".
  const sep = tokens[j];
  if (sep !== undefined && j < end) {
    let k = j;
    if (sep.kind === 'punct' && (sep.fold === '-' || sep.fold === '–' || sep.fold === '—')) k = j + 1;
    else if (matchStartingAt(RANGE_JOINERS, tokens, j) !== null) k = j + 1;
    const second = k < end ? numberAt(tokens, k) : null;
    if (second !== null && second > value && !(tokens[k] as Token).glued) {
      upper = second;
      j = k + 1;
    }
  }
  return { first: i, next: j, value: upper, unit: 'rank', compStart: i };
}

/** Reads "<number> <unit>" at token `i`; null when the number is not a quantity. @internal */
export function readMeasure(tokens: readonly Token[], i: number, end: number): Quantity | null {
  const t = tokens[i] as Token;
  if (t.kind !== 'num' || t.joined) return null;
  const raw = readVietnameseNumber(t.fold);
  if (raw === null) return null;
  let j = i + 1;
  let unit: string | null = null;
  let factor = 1;
  let per = false;
  const next = tokens[j];
  if (next !== undefined && j < end && next.kind === 'punct' && next.fold === '%') {
    unit = '%';
    j++;
  } else if (j < end) {
    const u = matchStartingAt(UNITS, tokens, j);
    if (u !== null) {
      unit = u.value.unit;
      factor = u.value.factor;
      per = u.value.per === true;
      j += u.keys.length;
    } else if (!t.glued && matchStartingAt(COUNT_NOUNS, tokens, j) !== null) {
      unit = 'count';
    }
  }
  if (unit === null) return null;
  if (t.glued && unit === 'count') return null;
  // "20 phút/01 lần giao dịch": the rate belongs to the quantity.
  if (per && tokens[j]?.fold === '/' && j < end) {
    let k = j + 1;
    if (tokens[k]?.kind === 'num') k++;
    let words = 0;
    while (k < end && words < 3 && tokens[k]?.kind === 'word') {
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

/** Finds the comparator written before the quantity, not reaching before `min`. @internal */
export function readComparator(tokens: readonly Token[], q: Quantity, min: number): void {
  let k = q.first;
  const floor = Math.max(min, q.first - MAX_LOOKBACK);
  let found: ComparatorWord | undefined;
  let foundAt = q.first;
  while (k > floor) {
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
  if (found !== undefined) {
    q.comparator = found;
    q.compStart = foundAt;
  } else {
    // Fillers alone ("nằm trong Top 03") are not part of the subject.
    q.compStart = k;
  }
}

/** Lower is better for times and ranks; more is better for shares, counts, money. @internal */
export function defaultComparator(unit: string): Comparator {
  return unit === 'minutes' || unit === 'hours' || unit === 'days' || unit === 'rank' ? '<=' : '>=';
}
