/**
 * Diacritic folding for matching Vietnamese words, keeping positions.
 *
 * @internal
 * @module
 */

/**
 * Folds one NFC character to a lowercase, diacritic-free base letter
 * ("Ố" → "o", "đ" → "d"). A character whose decomposition starts with a
 * combining mark, or that has no decomposition, is only lowercased.
 *
 * @internal
 */
export function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  const base = c.normalize('NFD').charAt(0);
  if (base === '' || /\p{M}/u.test(base)) return c.toLowerCase().charAt(0) || c;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/**
 * Folds an NFC string one UTF-16 code unit at a time, so that index `i` of
 * the result corresponds to index `i` of the input (needed to cut the
 * original text at positions found in the folded text). Surrogate pairs
 * and other characters without a one-unit fold are kept as they are.
 *
 * @internal
 */
export function foldText(nfc: string): string {
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charAt(i);
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += c;
    } else {
      const f = foldChar(c);
      out += f.length === 1 ? f : c;
    }
  }
  return out;
}
