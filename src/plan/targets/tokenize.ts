/**
 * A small, linear-time tokenizer for target sentences.
 *
 * @internal
 * @module
 */
import { foldLetterCode, foldViAligned, isSpaceCode } from '../../core/text.js';

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

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter (of any script) or a combining mark; the code units of `folded` at `i`. */
function isLetterAt(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return foldLetterCode(c) !== '' || OTHER_LETTER.test(folded.charAt(i));
}

function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * Splits NFC text into words, numbers (with Vietnamese separators kept
 * inside: "1.000", "0,90") and single punctuation characters. Each
 * character is looked at a bounded number of times, so the cost is linear.
 *
 * @internal
 */
export function tokenize(nfc: string): readonly Token[] {
  const folded = foldViAligned(nfc);
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  let space = false;
  const n = nfc.length;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isNewline(c)) {
      newline = true;
      space = true;
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
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
        const d = folded.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44) && isDigit(folded.charCodeAt(i + 1)))
          i += 2; // "." or ","
        else break;
      }
      glued = i < n && isLetterAt(folded, i);
      const next = folded.charAt(i);
      const before = folded.charAt(start - 1);
      if ((next === '/' || next === '-' || next === ':' || next === '.') && isDigit(folded.charCodeAt(i + 1)))
        joined = true;
      if ((before === '/' || before === '-' || before === ':') && isDigit(folded.charCodeAt(start - 2)))
        joined = true;
    } else if (isLetterAt(folded, i)) {
      kind = 'word';
      i++;
      while (i < n && isLetterAt(folded, i)) i++;
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
