/**
 * A small, linear-time tokenizer for target sentences.
 *
 * @internal
 * @module
 */
import { foldText } from './fold.js';

/** @internal */
export type TokenKind = 'word' | 'num' | 'punct';

/**
 * One token. `start`/`end` index the NFC text (and its fold, which has the
 * same length). `fold` is the folded form, `orig` the NFC lowercase form.
 *
 * @internal
 */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly fold: string;
  readonly orig: string;
  /** A line break comes before this token. */
  readonly newlineBefore: boolean;
  /** Whitespace comes before this token. */
  readonly spaceBefore: boolean;
  /** For numbers: a letter follows at once ("30c", "20phút"). */
  readonly glued: boolean;
  /** For numbers: part of a date or code ("08/11/2011", "2016-2020", "9001:2008"). */
  readonly joined: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/**
 * Splits NFC text into words, numbers (with Vietnamese separators kept
 * inside: "1.000", "0,90") and single punctuation characters. Each
 * character is looked at a bounded number of times, so the cost is linear.
 *
 * @internal
 */
export function tokenize(nfc: string): readonly Token[] {
  const folded = foldText(nfc);
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  let space = false;
  const n = nfc.length;
  while (i < n) {
    const c = folded.charAt(i);
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      newline = true;
      space = true;
      i++;
      continue;
    }
    if (/\s/u.test(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let glued = false;
    let joined = false;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      while (i < n) {
        const d = folded.charAt(i);
        if (isDigit(d)) i++;
        else if ((d === '.' || d === ',') && isDigit(folded.charAt(i + 1))) i += 2;
        else break;
      }
      const next = folded.charAt(i);
      glued = next !== '' && LETTER.test(next);
      const before = folded.charAt(start - 1);
      const beforeBefore = folded.charAt(start - 2);
      if ((next === '/' || next === '-' || next === ':' || next === '.') && isDigit(folded.charAt(i + 1)))
        joined = true;
      if ((before === '/' || before === '-' || before === ':') && isDigit(beforeBefore)) joined = true;
    } else if (LETTER.test(c)) {
      kind = 'word';
      i++;
      while (i < n && LETTER.test(folded.charAt(i))) i++;
    } else {
      kind = 'punct';
      i++;
    }
    tokens.push({
      kind,
      start,
      end: i,
      fold: folded.slice(start, i),
      orig: nfc.slice(start, i).toLowerCase(),
      newlineBefore: newline,
      spaceBefore: space,
      glued,
      joined,
    });
    newline = false;
    space = false;
  }
  return tokens;
}
