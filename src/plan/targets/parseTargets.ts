import { deepFreeze } from '../../core/freeze.js';
import type { Comparator, Target } from '../types.js';
import {
  AFTER_COMPARATORS,
  COMPARATORS,
  COUNT_NOUNS,
  FILLERS,
  LEAD_INS,
  RANGE_JOINERS,
  RANK_WORDS,
  UNITS,
  matchEndingAt,
  matchStartingAt,
  type ComparatorWord,
} from './lexicon.js';
import { readVietnameseNumber } from './readNumber.js';
import { tokenize, type Token } from './tokenize.js';

/** How many tokens a comparator may stand before its number (fillers included). */
const MAX_LOOKBACK = 6;

interface Quantity {
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

function isBoundary(t: Token): boolean {
  if (t.newlineBefore) return true;
  if (t.kind !== 'punct') return false;
  return t.fold === ';' || t.fold === '.' || t.fold === '!' || t.fold === '?' || t.fold === '•';
}

/** Splits token indexes into clauses: [start, end) ranges. */
function clauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.newlineBefore && i > start) {
      out.push([start, i]);
      start = i;
    }
    if (isBoundary(t) && !t.newlineBefore) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

function numberAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num') return null;
  return readVietnameseNumber(t.fold);
}

/** Reads a rank ("Top 03", "vị thứ 15-20") starting at token `i`. */
function readRank(tokens: readonly Token[], i: number, end: number): Quantity | null {
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

/** Reads "<number> <unit>" at token `i`; null when the number is not a quantity. */
function readMeasure(tokens: readonly Token[], i: number, end: number): Quantity | null {
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

/** Finds the comparator written before the quantity, not reaching before `min`. */
function readComparator(tokens: readonly Token[], q: Quantity, min: number): void {
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

/** Lower is better for times and ranks; more is better for shares, counts, money. */
function defaultComparator(unit: string): Comparator {
  return unit === 'minutes' || unit === 'hours' || unit === 'days' || unit === 'rank' ? '<=' : '>=';
}

/** Punctuation and spaces trimmed from the ends of a subject (no regex: a `[…]+$` pattern is quadratic on long runs). */
const EDGE = new Set([',', ';', ':', '.', '-', '–', '—', '+', '•', '*']);

function isEdge(c: string, start: boolean): boolean {
  return EDGE.has(c) || (start && c === ')') || c.trim() === '';
}

function trimEnds(text: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = text.length;
  if (start) while (a < b && isEdge(text.charAt(a), true)) a++;
  if (end) while (b > a && isEdge(text.charAt(b - 1), false)) b--;
  return text.slice(a, b);
}
const TRAILING_WORDS = ['và', 'va', 'đạt', 'dat', 'còn', 'con', 'là', 'la', 'có', 'co', 'các', 'cac'];

/** Drops joining words left at the end ("… cấp huyện và"); one backward scan. */
function dropTrailingWords(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && isEdge(text.charAt(end - 1), false)) end--;
    let sp = end;
    while (sp > 0 && text.charAt(sp - 1).trim() !== '') sp--;
    if (!TRAILING_WORDS.includes(text.slice(sp, end).toLowerCase())) return text.slice(0, end);
    end = sp;
  }
}

function tidy(text: string): string {
  return dropTrailingWords(trimEnds(text, true, false)).replace(/\s+/gu, ' ').trim();
}

function stripLeadIns(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && tokens[i]?.kind === 'punct') i++;
  for (;;) {
    const p = matchStartingAt(LEAD_INS, tokens, i);
    if (p === null || i + p.keys.length > to) return i;
    i += p.keys.length;
    while (i < to && tokens[i]?.kind === 'punct') i++;
  }
}

function scanClause(nfc: string, tokens: readonly Token[], start: number, end: number): Target[] {
  const qs: Quantity[] = [];
  let i = start;
  while (i < end) {
    const q = readRank(tokens, i, end) ?? readMeasure(tokens, i, end);
    if (q === null) {
      i++;
      continue;
    }
    readComparator(tokens, q, qs.length > 0 ? (qs[qs.length - 1] as Quantity).next : start);
    qs.push(q);
    i = q.next;
  }
  // "từ 70 đến 90%": the bare lower end takes the unit of the upper end.
  const withRanges: Quantity[] = [];
  for (const q of qs) {
    const joiner = q.first - 1;
    const bare = joiner - 1;
    const isJoiner =
      joiner > start &&
      q.unit !== 'rank' &&
      (q.comparator === undefined || q.compStart === joiner) &&
      (matchStartingAt(RANGE_JOINERS, tokens, joiner) !== null ||
        ['-', '–', '—'].includes(tokens[joiner]?.fold ?? ''));
    const prev = withRanges[withRanges.length - 1];
    if (isJoiner) {
      if (prev !== undefined && prev.next === joiner && prev.comparator?.from === true) {
        q.comparator = { comparator: '<=' };
        q.compStart = joiner;
      } else {
        const lower = numberAt(tokens, bare);
        const from = lower === null ? null : matchEndingAt(COMPARATORS, tokens, bare, start);
        if (lower !== null && from !== null && from.phrase.value.from === true && (prev === undefined || prev.next <= from.start)) {
          withRanges.push({
            first: bare,
            next: bare + 1,
            value: lower,
            unit: q.unit,
            compStart: from.start,
            comparator: from.phrase.value,
          });
          q.comparator = { comparator: '<=' };
          q.compStart = joiner;
        }
      }
    }
    withRanges.push(q);
  }
  const out: Target[] = [];
  for (let k = 0; k < withRanges.length; k++) {
    const q = withRanges[k] as Quantity;
    const following = withRanges[k + 1];
    const segEnd = following === undefined ? end : following.compStart;
    const prefixFrom = k === 0 ? stripLeadIns(tokens, start, q.compStart) : q.compStart;
    const prefix = k === 0 ? tidy(nfc.slice(tokens[prefixFrom]?.start ?? 0, tokens[q.compStart]?.start ?? 0)) : '';
    const qEnd = (tokens[q.next - 1] as Token).end;
    const segEndChar = segEnd < tokens.length ? (tokens[segEnd] as Token).start : nfc.length;
    const suffix = tidy(nfc.slice(qEnd, Math.max(qEnd, segEndChar)));
    const subject = [prefix, suffix].filter((s) => s !== '').join(' ');
    const rawStart = k === 0 ? (tokens[stripBullets(tokens, start, q.compStart)] as Token).start : (tokens[q.compStart] as Token).start;
    const raw = dropTrailingWords(nfc.slice(rawStart, Math.max(rawStart, segEndChar))).trim();
    const comparator = q.after ?? (q.comparator?.comparator === undefined ? defaultComparator(q.unit) : q.comparator.comparator);
    // A rank "from" bound reads as the bound itself; a rank is better when smaller.
    const cmp: Comparator = q.unit === 'rank' && q.comparator?.comparator === undefined ? '<=' : comparator;
    const target: Target =
      subject === ''
        ? { comparator: cmp, value: q.value, unit: q.unit, raw }
        : { comparator: cmp, value: q.value, unit: q.unit, subject, raw };
    out.push(target);
  }
  return out;
}

function stripBullets(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && tokens[i]?.kind === 'punct' && ['-', '+', '•', '*', '–', '·'].includes(tokens[i]?.fold ?? '')) i++;
  return i;
}

/**
 * Reads every measurable target (chỉ tiêu) in a text: a sentence, a bullet
 * list, or a whole objectives section. Several targets in one sentence are
 * all returned, in order ("100% Sở, Ban, ngành và 30% xã, phường, thị
 * trấn" gives two). Never throws; the cost is linear in the text length.
 *
 * How the text is read:
 * - a quantity is a number with a unit: "%" (or "phần trăm"), "phút",
 *   "giờ", "ngày" (and "ngày làm việc"), "đồng" / "triệu đồng" / "tỷ đồng"
 *   (→ `vnd`), or a counted noun ("200 thủ tục", "200 TTHC", "10 xã" →
 *   `count`); a rank is "Top 03", "tốp 10", "vị thứ 15-20", "hạng 5"
 *   (→ `rank`, the upper end of a range). Numbers in dates, codes and
 *   levels ("08/11/2011", "2016-2020", "ISO 9001:2008", "mức độ 3") are not
 *   quantities.
 * - the comparator is the phrase just before the number (across the
 *   fillers "mức", "có", "là", "ở", "tới", "còn", "trong"): "trên", "hơn"
 *   → `>`; "tối thiểu", "ít nhất", "không dưới", "từ", "đạt" → `>=`;
 *   "dưới" → `<`; "tối đa", "không quá", "không vượt quá" → `<=`; "bằng" →
 *   `=`; or after it: "trở lên" → `>=`, "trở xuống" → `<=`. "đạt" gives
 *   way to a stronger word ("đạt trên 85%" → `>`). "từ 70% đến 90%" gives
 *   two targets, `>=` 70 and `<=` 90.
 * - a bare quantity is a goal to reach: `>=` for shares, counts and money
 *   ("100% …" → `>=` 100), `<=` for times and ranks.
 * - `subject` is what the clause says is measured, with lead-ins such as
 *   "Phấn đấu", "Đảm bảo" dropped; `raw` is the part of the text the target
 *   was read from.
 *
 * @param text - Vietnamese text, NFC or NFD, with or without diacritics.
 * @returns The targets found, deeply frozen; empty when none.
 * @example
 * ```ts
 * import { parseTargets } from 'cchc';
 * const ts = parseTargets('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%; của các xã, phường: dưới 0,50%');
 * ts.map((t) => `${t.comparator} ${t.value}${t.unit}`); // ['< 0.9%', '< 0.5%']
 * ```
 */
export function parseTargets(text: string): readonly Target[] {
  if (typeof text !== 'string' || text.length === 0) return deepFreeze([]);
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const out: Target[] = [];
  for (const [start, end] of clauses(tokens)) out.push(...scanClause(nfc, tokens, start, end));
  return deepFreeze(out);
}
