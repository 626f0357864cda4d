/**
 * Cutting a target's subject and raw text out of its clause.
 *
 * @internal
 * @module
 */
import { collapseSpaces } from '../../core/text.js';
import { LEAD_INS, matchStartingAt } from './lexicon.js';
import { NUM, PUNCT, type Tokens, WORD } from './tokenize.js';

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
/** Joining words that cannot end a subject, as written or typed without diacritics. @internal */
export const TRAILING_WORDS: ReadonlySet<string> = new Set([
  'và',
  'va',
  'đạt',
  'dat',
  'còn',
  'con',
  'là',
  'la',
  'có',
  'co',
  'các',
  'cac',
]);

/** Two-word verbs that only lead to the quantity and cannot end a subject: "… (PCI) duy trì". */
const TRAILING_PAIRS: ReadonlySet<string> = new Set([
  'duy trì',
  'duy tri',
  'phấn đấu',
  'phan dau',
  'đảm bảo',
  'dam bao',
  'bảo đảm',
  'bao dam',
]);

/** Start of the word that ends at `end` (a run of non-space characters). */
function wordStart(text: string, end: number): number {
  let sp = end;
  while (sp > 0 && text.charAt(sp - 1).trim() !== '') sp--;
  return sp;
}

/**
 * Drops joining words left at the end of NFC text ("… cấp huyện và", "…
 * (PCI) duy trì"); one backward scan.
 *
 * @internal
 */
export function dropTrailingWords(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && isEdge(text.charAt(end - 1), false)) end--;
    const sp = wordStart(text, end);
    const last = text.slice(sp, end).toLowerCase();
    if (TRAILING_WORDS.has(last)) {
      end = sp;
      continue;
    }
    let sp2 = sp;
    while (sp2 > 0 && text.charAt(sp2 - 1).trim() === '') sp2--;
    const sp3 = wordStart(text, sp2);
    if (sp3 < sp2 && sp2 - sp3 <= 8 && TRAILING_PAIRS.has(`${text.slice(sp3, sp2).toLowerCase()} ${last}`)) {
      end = sp3;
      continue;
    }
    return text.slice(0, end);
  }
}

/** A subject cut from its clause: edges and joining words dropped, spaces collapsed. @internal */
export function tidy(text: string): string {
  return collapseSpaces(dropTrailingWords(trimEnds(text, true, false)));
}

const ROMAN = /^[ivx]{1,5}$/;

/**
 * Skips a list marker at token `i`: "a)", "đ)", "2)", "(3)", "II)". Markers
 * ending in a dot ("1.", "a.") already end a clause.
 */
function skipMarker(tokens: Tokens, i: number, to: number): number {
  let k = i;
  if (k < to && tokens.punctIn(k, '(')) k++;
  if (k + 1 >= to || !tokens.punctIn(k + 1, ')') || tokens.spaceBefore(k + 1)) return i;
  const kind = tokens.kind(k);
  if (kind === NUM) return k + 2;
  if (kind !== WORD) return i;
  const word = tokens.fold(k);
  return word.length <= 2 || ROMAN.test(word) ? k + 2 : i;
}

/**
 * Skips punctuation, list markers ("a)", "2)") and lead-ins ("Phấn đấu",
 * "Đảm bảo") at the start of a clause.
 *
 * @internal
 */
export function stripLeadIns(tokens: Tokens, from: number, to: number): number {
  let i = stripBullets(tokens, from, to);
  while (i < to && tokens.kind(i) === PUNCT) i++;
  for (;;) {
    const p = matchStartingAt(LEAD_INS, tokens, i);
    if (p === null || i + p.keys.length > to) return i;
    i += p.keys.length;
    while (i < to && tokens.kind(i) === PUNCT) i++;
  }
}

/** Skips bullets ("-", "+", "•") and list markers ("a)", "2)") at the start of a clause. @internal */
export function stripBullets(tokens: Tokens, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && tokens.punctIn(i, '-+•*–·')) i++;
    const after = skipMarker(tokens, i, to);
    if (after === i) return i;
    i = after;
  }
}
