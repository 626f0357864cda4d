/**
 * The tokens of a scoring text: folded words ("Ban hành" → "ban", "hanh"),
 * numbers with a decimal comma or point ("0,25"), and the signs a rule is
 * written with (":", "%", "×", "≥", "·", …). One pass, linear in the text;
 * every token keeps its offsets in the NFC text, so names are cut from the
 * words as written.
 *
 * @internal
 * @module
 */
import { foldViAligned, isDashCode, isSpaceCode } from '../../core/text.js';

/** Token kinds. @internal */
export const K = {
  Word: 0,
  Num: 1,
  Pct: 2,
  Colon: 3,
  /** ";" */
  Semi: 4,
  /** A line break, "·", "•", "|": one clause ends. */
  Break: 5,
  Comma: 6,
  Dot: 7,
  LParen: 8,
  RParen: 9,
  Dash: 10,
  /** "×", "*" */
  Times: 11,
  Slash: 12,
  Eq: 13,
  Gt: 14,
  Ge: 15,
  Lt: 16,
  Le: 17,
  /** "→", "=>" */
  Arrow: 18,
  Plus: 19,
  Other: 20,
} as const;

/** @internal */
export type Kind = (typeof K)[keyof typeof K];

/** One token: its kind, offsets [s, e) in the NFC text, the folded word or the number. @internal */
export interface Tok {
  readonly k: Kind;
  readonly s: number;
  readonly e: number;
  /** Folded word (Word), '' otherwise. */
  readonly w: string;
  /** The number (Num), 0 otherwise. */
  readonly v: number;
  /** Digits after the decimal sign (Num). */
  readonly d: number;
}

/** A letter of a word: ASCII (folded text is lower case) or a letter beyond Latin-1 punctuation and the symbol blocks. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c < 0x2c00) return false; // punctuation, arrows, operators, shapes
  if (c >= 0x3000 && c < 0x3040) return false; // CJK punctuation
  if (c >= 0xfe00 && c < 0xff00) return false; // variation selectors, small forms
  return !isSpaceCode(c) && !isDashCode(c);
}

const SINGLE: Readonly<Record<number, Kind>> = {
  37: K.Pct,
  58: K.Colon,
  59: K.Semi,
  10: K.Break,
  13: K.Break,
  183: K.Break, // ·
  8226: K.Break, // •
  8729: K.Break, // ∙
  9642: K.Break, // ▪
  124: K.Break, // |
  44: K.Comma,
  46: K.Dot,
  40: K.LParen,
  91: K.LParen,
  41: K.RParen,
  93: K.RParen,
  215: K.Times,
  42: K.Times,
  8727: K.Times,
  47: K.Slash,
  61: K.Eq,
  8805: K.Ge,
  8804: K.Le,
  8594: K.Arrow,
  43: K.Plus,
};

/** Tokens of NFC text (see `toNfc`). @internal */
export function tokenize(nfc: string): Tok[] {
  const f = foldViAligned(nfc);
  const out: Tok[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      const s = i;
      while (i < n && isDigit(f.charCodeAt(i))) i++;
      let d = 0;
      let text = f.slice(s, i);
      const sep = f.charCodeAt(i);
      if ((sep === 0x2c || sep === 0x2e) && isDigit(f.charCodeAt(i + 1))) {
        const fs = i + 1;
        i = fs;
        while (i < n && isDigit(f.charCodeAt(i))) i++;
        d = i - fs;
        text = `${text}.${f.slice(fs, i)}`;
      }
      out.push({ k: K.Num, s, e: i, w: '', v: Number(text), d });
      continue;
    }
    if (isWordCode(c)) {
      const s = i;
      while (i < n && isWordCode(f.charCodeAt(i))) i++;
      out.push({ k: K.Word, s, e: i, w: f.slice(s, i), v: 0, d: 0 });
      continue;
    }
    if (isSpaceCode(c) && c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) {
      i++;
      continue;
    }
    if (c === 0x2028 || c === 0x2029) {
      out.push({ k: K.Break, s: i, e: i + 1, w: '', v: 0, d: 0 });
      i++;
      continue;
    }
    const next = f.charCodeAt(i + 1);
    if ((c === 0x3e || c === 0x3c) && next === 0x3d) {
      out.push({ k: c === 0x3e ? K.Ge : K.Le, s: i, e: i + 2, w: '', v: 0, d: 0 });
      i += 2;
      continue;
    }
    if (c === 0x3d && next === 0x3e) {
      out.push({ k: K.Arrow, s: i, e: i + 2, w: '', v: 0, d: 0 });
      i += 2;
      continue;
    }
    if (c === 0x3e || c === 0x3c) {
      out.push({ k: c === 0x3e ? K.Gt : K.Lt, s: i, e: i + 1, w: '', v: 0, d: 0 });
      i++;
      continue;
    }
    const k = isDashCode(c) ? K.Dash : (SINGLE[c] ?? K.Other);
    out.push({ k, s: i, e: i + 1, w: '', v: 0, d: 0 });
    i++;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
