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
import { foldLetterCode, isDashCode, isFoldIgnorable, isSpaceCode } from '../../core/text.js';

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
export function tokenize(nfc: string): Tok[] {
  const out: Tok[] = [];
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
      out.push({ k: K.Num, s, e: i, w: '', v, d });
      continue;
    }
    if (isWordCode(c)) {
      const s = i;
      while (i < n) {
        const x = nfc.charCodeAt(i);
        if (!isWordCode(x) && !(x >= 0x300 && isFoldIgnorable(x))) break;
        i++;
      }
      out.push({ k: K.Word, s, e: i, w: foldWord(nfc, s, i), v: 0, d: 0 });
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
    out.push({ k: signKind(c), s: i, e: i + 1, w: '', v: 0, d: 0 });
    i++;
  }
  return out;
}
