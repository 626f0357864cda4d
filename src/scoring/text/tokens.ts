/**
 * The tokens of a scoring text: folded words ("Ban hành" → "ban", "hanh"),
 * numbers with a decimal comma or point ("0,25"), and the signs a rule is
 * written with (":", "%", "×", "≥", "·", …). One pass, linear in the text;
 * every token keeps its offsets in the text, so names are cut from the
 * words as written. Tokens live in typed arrays (no object per token), so
 * a long text costs no more garbage than a short one per character.
 *
 * @internal
 * @module
 */
import { foldLetterCode, isDashCode, isFoldIgnorable, isSpaceCode } from '../../core/text.js';

/** Token kinds; 0 is "no token" (before the start or past the end). @internal */
export const K = {
  None: 0,
  Word: 1,
  Num: 2,
  Pct: 3,
  Colon: 4,
  /** ";" */
  Semi: 5,
  /** A line break, "·", "•", "|": one clause ends. */
  Break: 6,
  Comma: 7,
  Dot: 8,
  LParen: 9,
  RParen: 10,
  Dash: 11,
  /** "×", "*" */
  Times: 12,
  Slash: 13,
  Eq: 14,
  Gt: 15,
  Ge: 16,
  Lt: 17,
  Le: 18,
  /** "→", "=>" */
  Arrow: 19,
  Plus: 20,
  Other: 21,
} as const;

/** @internal */
export type Kind = (typeof K)[keyof typeof K];

/**
 * The tokens of one text. Every accessor takes a token index and answers
 * "nothing" (kind 0, word '', number 0) outside [0, n).
 *
 * @internal
 */
export class Toks {
  n = 0;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private nums: Float64Array;
  private decs: Uint8Array;
  private words: string[];

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.nums = new Float64Array(capacity);
    this.decs = new Uint8Array(capacity);
    this.words = new Array<string>(capacity).fill('');
  }

  /** The token's kind ({@link K}), 0 outside the tokens. */
  k(i: number): number {
    return i >= 0 && i < this.n ? (this.kinds[i] as number) : 0;
  }
  /** The folded word of a Word token, '' otherwise. */
  w(i: number): string {
    return i >= 0 && i < this.n && this.kinds[i] === K.Word ? (this.words[i] as string) : '';
  }
  /** The number of a Num token. */
  v(i: number): number {
    return i >= 0 && i < this.n ? (this.nums[i] as number) : 0;
  }
  /** Digits after the decimal sign of a Num token. */
  d(i: number): number {
    return i >= 0 && i < this.n ? (this.decs[i] as number) : 0;
  }
  /** Start offset in the text. */
  s(i: number): number {
    return i >= 0 && i < this.n ? (this.starts[i] as number) : 0;
  }
  /** End offset in the text. */
  e(i: number): number {
    return i >= 0 && i < this.n ? (this.ends[i] as number) : 0;
  }

  /** Appends a token (the store grows when full). */
  push(k: number, s: number, e: number, w: string, v: number, d: number): void {
    if (this.n === this.kinds.length) this.grow();
    const i = this.n++;
    this.kinds[i] = k;
    this.starts[i] = s;
    this.ends[i] = e;
    this.words[i] = w;
    this.nums[i] = v;
    this.decs[i] = Math.min(d, 255);
  }

  private grow(): void {
    const cap = Math.max(16, this.kinds.length * 2);
    const kinds = new Uint8Array(cap);
    kinds.set(this.kinds);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    const nums = new Float64Array(cap);
    nums.set(this.nums);
    const decs = new Uint8Array(cap);
    decs.set(this.decs);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.nums = nums;
    this.decs = decs;
    for (let i = this.words.length; i < cap; i++) this.words.push('');
  }
}

/** One store reused call after call for short texts (the readers are not re-entered). */
const SHARED = new Toks(256);

/** A letter of a word in NFC text: ASCII letters, or a letter beyond Latin-1 punctuation and the symbol blocks. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  // Latin letters with diacritics, Vietnamese (U+1EA0–U+1EF9), combining marks: the common case.
  if (c < 0x2000) return c !== 0x1680;
  if (c >= 0x2000 && c < 0x2c00) return false; // punctuation, arrows, operators, shapes
  if (c >= 0x3000 && c < 0x3040) return false; // CJK punctuation
  if (c >= 0xfe00 && c < 0xff00) return false; // variation selectors, small forms
  return !isSpaceCode(c) && !isDashCode(c);
}

/** The kind of a one-character sign. */
function signKind(c: number): Kind {
  switch (c) {
    case 0x25:
      return K.Pct;
    case 0x3a:
      return K.Colon;
    case 0x3b:
      return K.Semi;
    case 0x0a:
    case 0x0d:
    case 0xb7: // ·
    case 0x2022: // •
    case 0x2219: // ∙
    case 0x25aa: // ▪
    case 0x7c: // |
    case 0x2028:
    case 0x2029:
      return K.Break;
    case 0x2c:
      return K.Comma;
    case 0x2e:
      return K.Dot;
    case 0x28:
    case 0x5b:
      return K.LParen;
    case 0x29:
    case 0x5d:
      return K.RParen;
    case 0xd7:
    case 0x2a:
    case 0x2217:
      return K.Times;
    case 0x2f:
      return K.Slash;
    case 0x3d:
      return K.Eq;
    case 0x2265:
      return K.Ge;
    case 0x2264:
      return K.Le;
    case 0x2192:
      return K.Arrow;
    case 0x2b:
      return K.Plus;
    default:
      return isDashCode(c) ? K.Dash : K.Other;
  }
}

/** Folded words already seen (the vocabulary of scoring texts is small); cleared when it grows large. */
const FOLDED = new Map<string, string>();

/** The folded form of the word [s, e) of NFC text, through the text kernel's letter fold. */
function foldWord(nfc: string, s: number, e: number): string {
  const word = nfc.slice(s, e);
  const known = FOLDED.get(word);
  if (known !== undefined) return known;
  const folded = foldSlice(nfc, s, e);
  if (FOLDED.size >= 4096) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

function foldSlice(nfc: string, s: number, e: number): string {
  let ascii = true;
  for (let i = s; i < e; i++) {
    if (nfc.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return nfc.slice(s, e).toLowerCase();
  let w = '';
  for (let i = s; i < e; i++) {
    const c = nfc.charCodeAt(i);
    if (c < 0x80) w += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c);
    else if (!isFoldIgnorable(c)) {
      const f = foldLetterCode(c);
      w += f !== '' ? f : nfc.charAt(i).toLowerCase();
    }
  }
  return w;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Tokens of a text, NFC or NFD: combining marks and invisible characters are
 * folded away inside words and skipped between them, Ð/ð read as Đ/đ.
 *
 * @internal
 */
export function tokenize(nfc: string): Toks {
  // Short texts share one store; a long one gets its own, freed with it.
  const out = nfc.length <= 4096 ? SHARED : new Toks(Math.max(16, nfc.length >> 2));
  out.n = 0;
  const n = nfc.length;
  let i = 0;
  while (i < n) {
    const c = nfc.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      // Digits as an exact integer, then one correctly rounded division for the decimals:
      // the same double as Number("0.25").
      const s = i;
      let whole = 0;
      while (i < n) {
        const x = nfc.charCodeAt(i);
        if (!isDigit(x)) break;
        whole = whole * 10 + (x - 0x30);
        i++;
      }
      let d = 0;
      let v = whole;
      const sep = nfc.charCodeAt(i);
      if ((sep === 0x2c || sep === 0x2e) && isDigit(nfc.charCodeAt(i + 1))) {
        const fs = i + 1;
        i = fs;
        let scaled = whole;
        while (i < n) {
          const x = nfc.charCodeAt(i);
          if (!isDigit(x)) break;
          scaled = scaled * 10 + (x - 0x30);
          i++;
        }
        d = i - fs;
        v =
          Number.isSafeInteger(scaled) && d <= 22
            ? scaled / 10 ** d
            : Number(`${nfc.slice(s, fs - 1)}.${nfc.slice(fs, i)}`);
      } else if (!Number.isSafeInteger(whole)) v = Number(nfc.slice(s, i));
      out.push(K.Num, s, i, '', v, d);
      continue;
    }
    if (isWordCode(c)) {
      const s = i;
      while (i < n) {
        const x = nfc.charCodeAt(i);
        if (!isWordCode(x) && !(x >= 0x300 && isFoldIgnorable(x))) break;
        i++;
      }
      out.push(K.Word, s, i, foldWord(nfc, s, i), 0, 0);
      continue;
    }
    if (c === 0x20 || (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029 && isSpaceCode(c))) {
      i++;
      continue;
    }
    // Invisible characters (zero-width, bidirectional controls, stray combining marks) are no token.
    if (c >= 0x300 && isFoldIgnorable(c)) {
      i++;
      continue;
    }
    const next = nfc.charCodeAt(i + 1);
    if ((c === 0x3e || c === 0x3c) && next === 0x3d) {
      out.push(c === 0x3e ? K.Ge : K.Le, i, i + 2, '', 0, 0);
      i += 2;
      continue;
    }
    if (c === 0x3d && next === 0x3e) {
      out.push(K.Arrow, i, i + 2, '', 0, 0);
      i += 2;
      continue;
    }
    if (c === 0x3e || c === 0x3c) {
      out.push(c === 0x3e ? K.Gt : K.Lt, i, i + 1, '', 0, 0);
      i++;
      continue;
    }
    out.push(signKind(c), i, i + 1, '', 0, 0);
    i++;
  }
  return out;
}
