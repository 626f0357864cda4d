/**
 * Cutting a target's subject and raw text out of its clause.
 *
 * @internal
 * @module
 */
import { LEAD_INS, matchStartingAt } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Punctuation and spaces trimmed from the ends of a subject (no regex: a `[…]+$` pattern is quadratic on long runs). @internal */
export const EDGE = new Set([',', ';', ':', '.', '-', '–', '—', '+', '•', '*']);

/** Is `c` punctuation or space to trim (a ")" only at the start)? @internal */
export function isEdge(c: string, start: boolean): boolean {
  return EDGE.has(c) || (start && c === ')') || c.trim() === '';
}

/** Trims edge characters from the start and/or end of `text`. @internal */
export function trimEnds(text: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = text.length;
  if (start) while (a < b && isEdge(text.charAt(a), true)) a++;
  if (end) while (b > a && isEdge(text.charAt(b - 1), false)) b--;
  return text.slice(a, b);
}
/** Joining words that cannot end a subject. @internal */
export const TRAILING_WORDS = ['và', 'va', 'đạt', 'dat', 'còn', 'con', 'là', 'la', 'có', 'co', 'các', 'cac'];

/** Drops joining words left at the end ("… cấp huyện và"); one backward scan. @internal */
export function dropTrailingWords(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && isEdge(text.charAt(end - 1), false)) end--;
    let sp = end;
    while (sp > 0 && text.charAt(sp - 1).trim() !== '') sp--;
    if (!TRAILING_WORDS.includes(text.slice(sp, end).toLowerCase())) return text.slice(0, end);
    end = sp;
  }
}

/** A subject cut from its clause: edges and joining words dropped, spaces collapsed. @internal */
export function tidy(text: string): string {
  return dropTrailingWords(trimEnds(text, true, false))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Skips lead-ins ("Phấn đấu", "Đảm bảo") and punctuation at the start of a clause. @internal */
export function stripLeadIns(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && tokens[i]?.kind === 'punct') i++;
  for (;;) {
    const p = matchStartingAt(LEAD_INS, tokens, i);
    if (p === null || i + p.keys.length > to) return i;
    i += p.keys.length;
    while (i < to && tokens[i]?.kind === 'punct') i++;
  }
}

/** Skips bullets ("-", "+", "•") at the start of a clause. @internal */
export function stripBullets(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (
    i < to &&
    tokens[i]?.kind === 'punct' &&
    ['-', '+', '•', '*', '–', '·'].includes(tokens[i]?.fold ?? '')
  )
    i++;
  return i;
}
