/**
 * A scoring text cut into clauses — "Ban hành kịp thời: 1 điểm", one per
 * line, "·", ";", or after the points when several share a line — and each
 * clause cut into its condition and its points ("…: 1đ", "… được 0,5
 * điểm", "… (1 điểm)", "…: điểm tối đa", "…: không điểm").
 *
 * @internal
 * @module
 */
import { parseThousandths } from '../decimal.js';
import { K, type Toks } from './tokens.js';

/** A clause: tokens [a, b), its condition [a, c) and its points (thousandths), or null when it states none. @internal */
export interface Clause {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly points: number | null;
}

/** Whether the words starting at `i` (before `end`) are `words`. @internal */
export function wordsAt(t: Toks, i: number, end: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (t.w(i + k) !== words[k]) return false;
  return true;
}

/** Whether the words ending just before `j` (from `start`) are `words`. @internal */
export function wordsBefore(t: Toks, j: number, start: number, words: readonly string[]): boolean {
  return j - words.length >= start && wordsAt(t, j - words.length, j, words);
}

function isUnit(t: Toks, i: number): boolean {
  const w = t.w(i);
  return w === 'diem' || w === 'd';
}

/** Thousandths of a number token when it has at most three decimals, else null. */
function th(t: Toks, i: number): number | null {
  if (t.d(i) > 3) return null;
  return parseThousandths(t.v(i));
}

const ZERO_PHRASES: readonly (readonly string[])[] = [
  ['khong', 'duoc', 'tinh'],
  ['khong', 'tinh'],
  ['khong', 'duoc'],
  ['khong', 'cham'],
  ['khong'],
];

/**
 * If a points expression ends at token `j - 1` (within [start, j)), the
 * index where it starts and its value in thousandths ('max' for "điểm tối
 * đa"); else null.
 */
function pointsEndingAt(
  t: Toks,
  j: number,
  start: number,
  max: number,
): { readonly from: number; readonly value: number | null } | null {
  const last = j - 1;
  if (last < start || t.k(last) === K.None) return null;
  const lastK = t.k(last);
  // "(1 điểm)", "(điểm tối đa)": one level of brackets.
  if (lastK === K.RParen) {
    if (t.k(j - 2) === K.RParen) return null;
    const inner = pointsEndingAt(t, j - 1, start, max);
    if (inner !== null && inner.from - 1 >= start && t.k(inner.from - 1) === K.LParen)
      return { from: inner.from - 1, value: inner.value };
    return null;
  }
  // "điểm tối đa", "tối đa" (after ":" or "được")
  if (wordsBefore(t, j, start, ['toi', 'da'])) {
    if (wordsBefore(t, j - 2, start, ['diem'])) return { from: j - 3, value: max };
    if (j - 3 >= start && (t.k(j - 3) === K.Colon || t.w(j - 3) === 'duoc'))
      return { from: j - 2, value: max };
    return null;
  }
  // "không điểm", "không tính điểm", "không được điểm", "không chấm điểm"
  if (t.w(last) === 'diem') {
    for (const w of ZERO_PHRASES)
      if (wordsBefore(t, j - 1, start, w)) return { from: j - 1 - w.length, value: 0 };
  }
  // "1 điểm", "0,5đ", "01 điểm"
  if (isUnit(t, last) && t.k(j - 2) === K.Num && j - 2 >= start) return { from: j - 2, value: th(t, j - 2) };
  // ": 1", "= 0,5", "→ 0"
  if (lastK === K.Num && j - 2 >= start) {
    const sign = t.k(j - 2);
    if (sign === K.Colon || sign === K.Eq || sign === K.Arrow) return { from: j - 1, value: th(t, last) };
  }
  return null;
}

/** Words between a condition and its points, longest first ("… thì được tính 1 điểm"). */
const CONNECTORS: readonly (readonly string[])[] = [
  ['thi', 'duoc', 'tinh'],
  ['duoc', 'tinh'],
  ['thi', 'duoc'],
  ['thi', 'tinh'],
  ['duoc'],
  ['thi'],
  ['cho'],
  ['la'],
];

/** Trims the words and signs between a condition and its points ("… thì được", "…:"). */
function conditionEnd(t: Toks, a: number, from: number): number {
  let c = from;
  while (c > a) {
    const k = t.k(c - 1);
    if (k === K.Colon || k === K.Eq || k === K.Arrow || k === K.Dash || k === K.Comma) {
      c--;
      continue;
    }
    if (k !== K.Word) break;
    let cut = 0;
    for (const w of CONNECTORS) {
      if (wordsBefore(t, c, a + 1, w)) {
        cut = w.length;
        break;
      }
    }
    // "…: Đạt 6 điểm": "đạt" right after the colon introduces the points (not "Không đạt: 0").
    if (cut === 0 && t.w(c - 1) === 'dat' && c - 1 > a && t.k(c - 2) === K.Colon) cut = 1;
    if (cut === 0) break;
    c -= cut;
  }
  return c;
}

/** Skips a bullet at a clause's start: "-", "+", "*", "a)", "1.", "1)". */
function skipBullet(t: Toks, a: number, b: number): number {
  if (a >= b) return a;
  const k = t.k(a);
  if (k === K.Dash || k === K.Plus || k === K.Times) return a + 1;
  const next = t.k(a + 1);
  if (
    a + 2 < b &&
    t.k(a + 2) === K.Word &&
    (next === K.RParen || (next === K.Dot && k === K.Num)) &&
    ((k === K.Word && t.w(a).length === 1) || (k === K.Num && t.d(a) === 0))
  )
    return a + 2;
  return a;
}

/** Adds the clause [a0, b0) (trailing "." and "," and a leading bullet trimmed) with its points. */
function pushClause(out: Clause[], t: Toks, a0: number, b0: number, max: number): void {
  let b = b0;
  while (b > a0 && (t.k(b - 1) === K.Dot || t.k(b - 1) === K.Comma)) b--;
  const a = skipBullet(t, a0, b);
  if (a >= b) return;
  const p = pointsEndingAt(t, b, a, max);
  if (p === null) out.push({ a, b, c: b, points: null });
  else out.push({ a, b, c: conditionEnd(t, a, p.from), points: p.value });
}

/**
 * Cuts the tokens into clauses: at line breaks, "·", "•", "|", ";"; and
 * inside a line after a points expression followed by "," or "." or by
 * another "name: points" (a line that lost its breaks in a PDF copy).
 *
 * @internal
 */
export function splitClauses(t: Toks, max: number): Clause[] {
  const out: Clause[] = [];
  let segStart = 0;
  for (let i = 0; i <= t.n; i++) {
    const ik = t.k(i);
    if (i < t.n && ik !== K.Break && ik !== K.Semi) continue;
    // One segment [segStart, i): cut after inner points expressions.
    let lastColon = -1;
    for (let k = segStart; k < i; k++) if (t.k(k) === K.Colon) lastColon = k;
    let a = segStart;
    for (let j = segStart + 1; j < i; j++) {
      const next = t.k(j);
      const nextW = t.w(j);
      if (next !== K.Comma && next !== K.Dot && !(next === K.Word && lastColon > j)) continue;
      // Only a number, "điểm"/"đ", "tối đa" or ")" ends a points expression.
      const end = t.k(j - 1);
      const endW = t.w(j - 1);
      if (end !== K.Num && end !== K.RParen && !(endW === 'diem' || endW === 'd' || endW === 'da')) continue;
      // Not inside a longer points expression ("1 điểm", "1 điểm tối đa").
      if (nextW === 'diem' || nextW === 'd' || nextW === 'toi') continue;
      const p = pointsEndingAt(t, j, a, max);
      if (p === null || p.from <= a) continue;
      if (next === K.Word) {
        pushClause(out, t, a, j, max);
        a = j;
      } else if (j + 1 < i) {
        pushClause(out, t, a, j, max);
        a = j + 1;
      }
    }
    pushClause(out, t, a, i, max);
    segStart = i + 1;
  }
  return out;
}
