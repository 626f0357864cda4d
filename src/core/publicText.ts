/**
 * The text kernel as the package exports it: the same functions as
 * `./text.ts`, refusing a value that is not a string with a `CchcError`
 * (they threw a TypeError from inside, or folded a number to ""). The
 * library's own modules call `./text.ts` directly.
 *
 * @module
 */
import { CchcError, issue } from './result.js';
import { foldKey as foldKeyOf, foldVi as foldViOf, toNfc as toNfcOf } from './text.js';

function asText(value: unknown, name: string): string {
  if (typeof value === 'string') return value;
  throw new CchcError([
    issue(
      [],
      'invalid_type',
      `${name} cần một chuỗi văn bản, nhận được ${value === null ? 'null' : typeof value}`,
      `${name} takes a string, got ${value === null ? 'null' : typeof value}`,
    ),
  ]);
}

/**
 * Text as the library stores it: Unicode NFC, with the look-alike Ð (U+00D0)
 * and ð (U+00F0) written as the Vietnamese Đ and đ, and invisible
 * characters (zero-width, bidirectional controls, soft hyphens) removed.
 * Spacing is kept as written. Throws a `CchcError` (`invalid_type`) for a
 * value that is not a string.
 *
 * @example
 * ```ts
 * import { toNfc } from 'cchc';
 * toNfc('Quy\u0301 I'); // 'Quý I'
 * toNfc('\u00d0ài'); // 'Đài'
 * ```
 */
export function toNfc(text: string): string {
  return toNfcOf(asText(text, 'toNfc'));
}

/**
 * Folds Vietnamese text for matching: NFC or NFD in; lower case, without
 * diacritics, with Đ/đ and their look-alikes as "d", and invisible
 * characters dropped. Spaces and punctuation are kept as written (see
 * {@link foldKey} to also even them out). Linear time. Throws a `CchcError`
 * (`invalid_type`) for a value that is not a string.
 *
 * @example
 * ```ts
 * import { foldVi } from 'cchc';
 * foldVi('Quý II/2018'); // 'quy ii/2018'
 * foldVi('ĐỘT XUẤT') === foldVi('đột xuất'); // true
 * ```
 */
export function foldVi(text: string): string {
  return foldViOf(asText(text, 'foldVi'));
}

/**
 * The key under which two written forms of a name, a level or a phrase are
 * the same: {@link foldVi}, then every run of spaces (any kind) as one ASCII
 * space, every dash or minus as "-", and no space at either end. Case,
 * diacritics, Unicode form and spacing no longer matter; words and
 * punctuation still do. Throws a `CchcError` (`invalid_type`) for a value
 * that is not a string.
 *
 * @example
 * ```ts
 * import { foldKey } from 'cchc';
 * foldKey('  Ban hành  KỊP THỜI ') === foldKey('ban hanh kip thoi'); // true
 * foldKey('Lao động – Thương binh'); // 'lao dong - thuong binh'
 * ```
 */
export function foldKey(text: string): string {
  return foldKeyOf(asText(text, 'foldKey'));
}
