/**
 * A small, linear-time tokenizer for target sentences.
 *
 * Tokens are kept in typed arrays, not as one object each: a megabyte of text
 * holds hundreds of thousands of tokens, and that many small objects alive
 * at once make the garbage collector's work grow faster than the text.
 *
 * @internal
 * @module
 */
import { foldLetterCode, foldViAligned, isSpaceCode } from '../../core/text.js';

/** Token kinds. @internal */
export const WORD = 0;
/** @internal */
export const NUM = 1;
/** @internal */
export const PUNCT = 2;

const NEWLINE_BEFORE = 1;
const SPACE_BEFORE = 2;
const GLUED = 4;
const JOINED = 8;

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter (of any script) or a combining mark; the code unit of `folded` at `i`. */
function isLetterAt(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return foldLetterCode(c) !== '' || OTHER_LETTER.test(folded.charAt(i));
}

function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * The tokens of a text: words, numbers (with Vietnamese separators kept
 * inside: "1.000", "0,90") and single punctuation characters. Token `i`
 * spans `[start(i), end(i))` of the NFC text and of its fold (same length).
 * Out-of-range indexes read as no token (`kind` -1, empty text).
 *
 * @internal
 */
export class Tokens {
  readonly length: number;
  /** The NFC text. */
  readonly nfc: string;
  /** The NFC text folded one unit for one ({@link foldViAligned}). */
  readonly folded: string;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;

  constructor(nfc: string) {
    const folded = foldViAligned(nfc);
    const n = nfc.length;
    const kinds = new Uint8Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const flags = new Uint8Array(n);
    let count = 0;
    let i = 0;
    let before = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (isNewline(c)) {
        before |= NEWLINE_BEFORE | SPACE_BEFORE;
        i++;
        continue;
      }
      if (isSpaceCode(c)) {
        before |= SPACE_BEFORE;
        i++;
        continue;
      }
      const start = i;
      let kind: number;
      let flag = before;
      if (isDigit(c)) {
        kind = NUM;
        i++;
        while (i < n) {
          const d = folded.charCodeAt(i);
          if (isDigit(d)) i++;
          else if ((d === 46 || d === 44) && isDigit(folded.charCodeAt(i + 1)))
            i += 2; // "." or ","
          else break;
        }
        if (i < n && isLetterAt(folded, i)) flag |= GLUED;
        const next = folded.charAt(i);
        const prev = folded.charAt(start - 1);
        if (
          (next === '/' || next === '-' || next === ':' || next === '.') &&
          isDigit(folded.charCodeAt(i + 1))
        )
          flag |= JOINED;
        if ((prev === '/' || prev === '-' || prev === ':') && isDigit(folded.charCodeAt(start - 2)))
          flag |= JOINED;
      } else if (isLetterAt(folded, i)) {
        kind = WORD;
        i++;
        while (i < n && isLetterAt(folded, i)) i++;
      } else {
        kind = PUNCT;
        i++;
      }
      kinds[count] = kind;
      starts[count] = start;
      ends[count] = i;
      flags[count] = flag;
      count++;
      before = 0;
    }
    // "đạt 80-90%": two shares joined by a dash are a range, not a code like "2016-2020"
    for (let k = 0; k + 3 < count; k++) {
      const a = starts[k] as number;
      const b = starts[k + 2] as number;
      if (
        kinds[k] === NUM &&
        kinds[k + 2] === NUM &&
        kinds[k + 3] === PUNCT &&
        folded.charAt(ends[k] as number) === '-' &&
        (ends[k + 1] as number) === b &&
        '%\uff05'.includes(folded.charAt(starts[k + 3] as number)) &&
        (ends[k] as number) - a <= 4 &&
        (ends[k + 2] as number) - b <= 4
      ) {
        flags[k] = (flags[k] as number) & ~JOINED;
        flags[k + 2] = (flags[k + 2] as number) & ~JOINED;
      }
    }
    this.length = count;
    this.nfc = nfc;
    this.folded = folded;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /** The kind of token `i` ({@link WORD}, {@link NUM}, {@link PUNCT}), -1 when there is none. */
  kind(i: number): number {
    return i >= 0 && i < this.length ? (this.kinds[i] as number) : -1;
  }

  /** Where token `i` starts in the text; the text's length past the last token. */
  start(i: number): number {
    return i >= 0 && i < this.length ? (this.starts[i] as number) : this.nfc.length;
  }

  /** Where token `i` ends in the text; the text's length past the last token. */
  end(i: number): number {
    return i >= 0 && i < this.length ? (this.ends[i] as number) : this.nfc.length;
  }

  /** The folded text of token `i` ("" when none). */
  fold(i: number): string {
    return i >= 0 && i < this.length ? this.folded.slice(this.starts[i], this.ends[i]) : '';
  }

  /** The NFC text of token `i`, lower-cased ("" when none). */
  orig(i: number): string {
    return i >= 0 && i < this.length ? this.nfc.slice(this.starts[i], this.ends[i]).toLowerCase() : '';
  }

  /** Is the folded text of token `i` exactly `s`? (No string is made.) */
  foldIs(i: number, s: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const a = this.starts[i] as number;
    return (this.ends[i] as number) - a === s.length && this.folded.startsWith(s, a);
  }

  /** Is token `i` punctuation, one of the characters of `chars`? */
  punctIn(i: number, chars: string): boolean {
    return this.kind(i) === PUNCT && chars.includes(this.folded.charAt(this.starts[i] as number));
  }

  /** A line break comes before token `i`. */
  newlineBefore(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & NEWLINE_BEFORE) !== 0;
  }

  /** Whitespace comes before token `i`. */
  spaceBefore(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & SPACE_BEFORE) !== 0;
  }

  /** For numbers: a letter follows at once ("30c", "20phút"). */
  glued(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & GLUED) !== 0;
  }

  /** For numbers: part of a date or code ("08/11/2011", "2016-2020", "9001:2008"). */
  joined(i: number): boolean {
    return i >= 0 && i < this.length && ((this.flags[i] as number) & JOINED) !== 0;
  }
}

/**
 * Splits NFC text into tokens. Each character is looked at a bounded number
 * of times, so the cost is linear.
 *
 * @internal
 */
export function tokenize(nfc: string): Tokens {
  return new Tokens(nfc);
}
