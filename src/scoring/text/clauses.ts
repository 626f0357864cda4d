/**
 * A scoring text cut into clauses — "Ban hành kịp thời: 1 điểm", one per
 * line, "·", ";", or after the points when several share a line — and each
 * clause cut into its condition and its points ("…: 1đ", "… được 0,5
 * điểm", "… (1 điểm)", "…: điểm tối đa", "…: không điểm").
 *
 * @internal
 * @module
 */
import { K, type Tok } from './tokens.js';

/** A clause: tokens [a, b), its condition [a, c) and its points (thousandths), or null when it states none. @internal */
export interface Clause {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly points: number | null;
}

/** Whether the words starting at `i` (before `end`) are `words`. @internal */
export function wordsAt(t: readonly Tok[], i: number, end: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) {
    const tk = t[i + k] as Tok;
    if (tk.k !== K.Word || tk.w !== words[k]) return false;
  }
  return true;
}

/** Whether the words ending just before `j` (from `start`) are `words`. @internal */
export function wordsBefore(t: readonly Tok[], j: number, start: number, words: readonly string[]): boolean {
  return j - words.length >= start && wordsAt(t, j - words.length, j, words);
}

function isUnit(tk: Tok | undefined): boolean {
  return tk !== undefined && tk.k === K.Word && (tk.w === 'diem' || tk.w === 'd');
}

/** Thousandths of a number token when it has at most three decimals, else null. */
function th(tk: Tok): number | null {
  if (tk.d > 3) return null;
  const t = Math.round(tk.v * 1000);
  return Number.isSafeInteger(t) ? t : null;
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
  t: readonly Tok[],
  j: number,
  start: number,
  max: number,
): { readonly from: number; readonly value: number | null } | null {
  const last = t[j - 1];
  if (last === undefined || j - 1 < start) return null;
  // "(1 điểm)", "(điểm tối đa)": one level of brackets.
  if (last.k === K.RParen) {
    if (t[j - 2]?.k === K.RParen) return null;
    const inner = pointsEndingAt(t, j - 1, start, max);
    if (inner !== null && inner.from - 1 >= start && t[inner.from - 1]?.k === K.LParen)
      return { from: inner.from - 1, value: inner.value };
    return null;
  }
  // "điểm tối đa", "tối đa" (after ":" or "được")
  if (wordsBefore(t, j, start, ['toi', 'da'])) {
    if (wordsBefore(t, j - 2, start, ['diem'])) return { from: j - 3, value: max };
    const before = t[j - 3];
    if (before !== undefined && j - 3 >= start && (before.k === K.Colon || before.w === 'duoc'))
      return { from: j - 2, value: max };
    return null;
  }
  // "không điểm", "không tính điểm", "không được điểm", "không chấm điểm"
  if (last.k === K.Word && last.w === 'diem') {
    for (const w of ZERO_PHRASES)
      if (wordsBefore(t, j - 1, start, w)) return { from: j - 1 - w.length, value: 0 };
  }
  // "1 điểm", "0,5đ", "01 điểm"
  if (isUnit(last) && t[j - 2]?.k === K.Num && j - 2 >= start) {
    const num = t[j - 2] as Tok;
    return { from: j - 2, value: th(num) };
  }
  // ": 1", "= 0,5", "→ 0"
  if (last.k === K.Num && j - 2 >= start) {
    const sign = t[j - 2]?.k;
    if (sign === K.Colon || sign === K.Eq || sign === K.Arrow) return { from: j - 1, value: th(last) };
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
function conditionEnd(t: readonly Tok[], a: number, from: number): number {
  let c = from;
  while (c > a) {
    const tk = t[c - 1] as Tok;
    if (tk.k === K.Colon || tk.k === K.Eq || tk.k === K.Arrow || tk.k === K.Dash || tk.k === K.Comma) {
      c--;
      continue;
    }
    if (tk.k !== K.Word) break;
    let cut = 0;
    for (const w of CONNECTORS) {
      if (wordsBefore(t, c, a + 1, w)) {
        cut = w.length;
        break;
      }
    }
    if (cut === 0) break;
    c -= cut;
  }
  return c;
}

/** Skips a bullet at a clause's start: "-", "+", "*", "a)", "1.", "1)". */
function skipBullet(t: readonly Tok[], a: number, b: number): number {
  const tk = t[a];
  if (tk === undefined || a >= b) return a;
  if (tk.k === K.Dash || tk.k === K.Plus || tk.k === K.Times) return a + 1;
  const next = t[a + 1];
  const after = t[a + 2];
  if (
    next !== undefined &&
    a + 2 < b &&
    after?.k === K.Word &&
    (next.k === K.RParen || (next.k === K.Dot && tk.k === K.Num)) &&
    ((tk.k === K.Word && tk.w.length === 1) || (tk.k === K.Num && tk.d === 0))
  )
    return a + 2;
  return a;
}

/** Adds the clause [a0, b0) (trailing "." and "," and a leading bullet trimmed) with its points. */
function pushClause(out: Clause[], t: readonly Tok[], a0: number, b0: number, max: number): void {
  let b = b0;
  while (b > a0 && (t[b - 1]?.k === K.Dot || t[b - 1]?.k === K.Comma)) b--;
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
export function splitClauses(t: readonly Tok[], max: number): Clause[] {
  const out: Clause[] = [];
  let segStart = 0;
  for (let i = 0; i <= t.length; i++) {
    const tk = t[i];
    if (tk !== undefined && tk.k !== K.Break && tk.k !== K.Semi) continue;
    // One segment [segStart, i): cut after inner points expressions.
    let lastColon = -1;
    for (let k = segStart; k < i; k++) if (t[k]?.k === K.Colon) lastColon = k;
    let a = segStart;
    for (let j = segStart + 1; j < i; j++) {
      const next = t[j];
      if (next === undefined) break;
      if (next.k !== K.Comma && next.k !== K.Dot && !(next.k === K.Word && lastColon > j)) continue;
      // Only a number, "điểm"/"đ", "tối đa" or ")" ends a points expression.
      const end = t[j - 1] as Tok;
      if (
        end.k !== K.Num &&
        end.k !== K.RParen &&
        !(end.k === K.Word && (end.w === 'diem' || end.w === 'd' || end.w === 'da'))
      )
        continue;
      // Not inside a longer points expression ("1 điểm", "1 điểm tối đa").
      if (next.k === K.Word && (next.w === 'diem' || next.w === 'd' || next.w === 'toi')) continue;
      const p = pointsEndingAt(t, j, a, max);
      if (p === null || p.from <= a) continue;
      if (next.k === K.Word) {
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
