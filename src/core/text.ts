/**
 * The Vietnamese text kernel: the one place where the library decides when two
 * written forms of a word are "the same". Every reader (deadlines, targets,
 * agency names, processing times, criteria and level names) folds through it,
 * so "Quý", "QUÝ", "Quy", "Quý" in NFD, and "Ðài" written with the look-alike
 * U+00D0 all read alike.
 *
 * What folding does, in one pass, linear in the input:
 * - Unicode NFC and NFD input read the same (combining marks are dropped);
 * - letters lose their diacritics and their case ("Ố" → "o");
 * - Đ, đ and their look-alikes from mis-decoded documents (Ð U+00D0, ð U+00F0,
 *   as Windows-1258 text shows when read as Windows-1252) become "d";
 * - zero-width characters, soft hyphens, variation selectors and
 *   bidirectional controls vanish (they are invisible and only ever noise);
 * - (in {@link foldKey}) every kind of space becomes one ASCII space, every
 *   dash or minus sign "-", and the ends are trimmed.
 *
 * @module
 */

/** Zero-width and formatting characters: invisible, dropped by every fold. */
function isIgnorable(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    c === 0x061c || // Arabic letter mark (bidi)
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0xfeff // zero-width no-break space (BOM)
  );
}

/** Combining marks (the diacritics of NFD text). */
function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/**
 * Whether a UTF-16 code unit is a space of any kind (ASCII whitespace,
 * no-break space, the Unicode space separators, line and paragraph separators).
 *
 *
 * @internal
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Whether a UTF-16 code unit is a dash or a minus sign of any kind
 * ("-", "‐", "‑", "‒", "–", "—", "―", "−", "﹘", "﹣", "－").
 *
 *
 * @internal
 */
export function isDashCode(c: number): boolean {
  return (
    c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d
  );
}

/**
 * Base letters of the precomposed Latin letters up to U+1EFF, lower case; ''
 * when none. Built on the first fold (7,700 normalisations), not at import.
 */
let BASE: readonly string[] | undefined;

function buildBase(): readonly string[] {
  const t = new Array<string>(0x1f00).fill('');
  for (let c = 0x41; c <= 0x5a; c++) t[c] = String.fromCharCode(c + 32);
  for (let c = 0x61; c <= 0x7a; c++) t[c] = String.fromCharCode(c);
  for (let c = 0xc0; c < 0x1f00; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    if (base !== c && base < 0x80) {
      const lower = base >= 0x41 && base <= 0x5a ? base + 32 : base;
      if (lower >= 0x61 && lower <= 0x7a) t[c] = String.fromCharCode(lower);
    }
  }
  // Đ đ, and the look-alikes of badly decoded documents: Ð (eth, U+00D0), ð (U+00F0).
  for (const c of [0x110, 0x111, 0xd0, 0xf0]) t[c] = 'd';
  BASE = t;
  return t;
}

/**
 * The folded form of one UTF-16 code unit of Vietnamese text: a lower-case
 * ASCII letter for a Latin letter with or without diacritics ("Ố" → "o",
 * "Đ", "Ð" → "d"), '' for a letter it cannot fold (and for everything else).
 * Readers that tokenise text themselves use it to fold as they scan.
 *
 *
 * @internal
 */
export function foldLetterCode(c: number): string {
  return c < 0x1f00 ? ((BASE ?? buildBase())[c] as string) : '';
}

/**
 * Whether a UTF-16 code unit disappears when text is folded: a combining
 * mark (NFD diacritics), a zero-width or bidirectional control, a soft hyphen
 * or a variation selector.
 *
 *
 * @internal
 */
export function isFoldIgnorable(c: number): boolean {
  return c >= 0xad && (isCombiningMark(c) || isIgnorable(c));
}

/**
 * Text as the library stores it: Unicode NFC, with the look-alike Ð (U+00D0)
 * and ð (U+00F0) written as the Vietnamese Đ and đ, and invisible
 * characters (zero-width, bidirectional controls, soft hyphens) removed.
 * Spacing is kept as written.
 *
 * @example
 * ```ts
 * import { toNfc } from 'cchc';
 * toNfc('Quy\u0301 I'); // 'Quý I'
 * toNfc('\u00d0ài'); // 'Đài'
 * ```
 */
export function toNfc(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xd0 || c === 0xf0 || (c >= 0xad && isIgnorable(c))) {
      first = i;
      break;
    }
  }
  if (first < 0) return text.normalize('NFC');
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xd0) out[n++] = 0x110;
    else if (c === 0xf0) out[n++] = 0x111;
    else if (!isIgnorable(c)) out[n++] = c;
  }
  return fromCodes(out, n).normalize('NFC');
}

/**
 * Folds Vietnamese text for matching: NFC or NFD in; lower case, without
 * diacritics, with Đ/đ and their look-alikes as "d", and invisible
 * characters dropped. Spaces and punctuation are kept as written (see
 * {@link foldKey} to also even them out). Linear time.
 *
 * @example
 * ```ts
 * import { foldVi } from 'cchc';
 * foldVi('Quý II/2018'); // 'quy ii/2018'
 * foldVi('ĐỘT XUẤT') === foldVi('đột xuất'); // true
 * ```
 */
export function foldVi(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) {
      plain = false;
      break;
    }
  }
  if (plain) return text; // lower-case ASCII folds to itself: no copy
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      continue;
    }
    if (isFoldIgnorable(c)) continue;
    const f = foldLetterCode(c);
    if (f !== '') {
      out[n++] = f.charCodeAt(0);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out[n++] = c; // surrogates (emoji, rare scripts) are kept as they are
      continue;
    }
    // Letters beyond the table (Greek, Cyrillic, …) are only lower-cased; a
    // character whose lower case is longer (İ) keeps its own form.
    const lower = String.fromCharCode(c).toLowerCase();
    out[n++] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return fromCodes(out, n);
}

/** The string of the first `n` code units of `codes`, in chunks (no spread of unbounded length). */
function fromCodes(codes: Uint16Array, n: number): string {
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/**
 * Folds NFC text one UTF-16 code unit for one, so that position `i` of the
 * result is position `i` of the input: readers that find a phrase in the
 * folded text can cut the original at the same offsets. Letters fold as in
 * {@link foldVi}; every other unit (combining marks and invisible characters
 * included) maps to itself, lower-cased when that keeps one unit. Pass NFC
 * text (see {@link toNfc}).
 *
 *
 * @internal
 */
export function foldViAligned(nfc: string): string {
  const out = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c < 0x80) {
      out[i] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      continue;
    }
    const f = foldLetterCode(c);
    if (f !== '') out[i] = f.charCodeAt(0);
    else if (c >= 0xd800 && c <= 0xdfff) out[i] = c;
    else {
      const lower = String.fromCharCode(c).toLowerCase();
      out[i] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  return fromCodes(out, nfc.length);
}

/**
 * The key under which two written forms of a name, a level or a phrase are
 * the same: {@link foldVi}, then every run of spaces (any kind) as one ASCII
 * space, every dash or minus as "-", and no space at either end. Case,
 * diacritics, Unicode form and spacing no longer matter; words and
 * punctuation still do.
 *
 * @example
 * ```ts
 * import { foldKey } from 'cchc';
 * foldKey('  Ban hành  KỊP THỜI ') === foldKey('ban hanh kip thoi'); // true
 * foldKey('Lao động – Thương binh'); // 'lao dong - thuong binh'
 * ```
 */
export function foldKey(text: string): string {
  const folded = foldVi(text);
  const out = new Uint16Array(folded.length);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isSpaceCode(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      out[n++] = 0x20;
      pendingSpace = false;
    }
    out[n++] = isDashCode(c) ? 0x2d : c;
  }
  return fromCodes(out, n);
}

/**
 * Text with every run of spaces of any kind (line breaks included) written
 * as one ASCII space, and no space at either end; everything else is kept as
 * written. Linear, in one buffer (no string per run: a megabyte of short
 * lines stays cheap).
 *
 *
 * @internal
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  let tidy = n === 0 || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(n - 1)));
  for (let i = 0; tidy && i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || isSpaceCode(text.charCodeAt(i + 1)))) tidy = false;
  }
  if (tidy) return text;
  const out = new Uint16Array(n);
  let k = 0;
  let pending = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      pending = k > 0;
      continue;
    }
    if (pending) {
      out[k++] = 0x20;
      pending = false;
    }
    out[k++] = c;
  }
  return fromCodes(out, k);
}
