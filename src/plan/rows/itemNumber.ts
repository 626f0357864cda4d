/**
 * Item numbers as Vietnamese plans write them: "I.", "II", "A.", "1.",
 * "1.2.", "I.1", "a)", "đ)", sometimes in bold ("<b>2.</b>").
 *
 * @module
 */

/**
 * The Vietnamese alphabet order used for lettered items: a b c d đ e g h i k
 * l m n o p q r s t u v x y (no f, j, w, z).
 *
 * @example
 * ```ts
 * import { VIETNAMESE_ITEM_LETTERS } from 'cchc';
 * VIETNAMESE_ITEM_LETTERS.indexOf('đ'); // 4
 * VIETNAMESE_ITEM_LETTERS[5];           // 'e'
 * ```
 */
export const VIETNAMESE_ITEM_LETTERS: readonly string[] = Object.freeze([
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
]);

/**
 * Item letters in the order they are read: the Vietnamese letters with f, j,
 * w and z in their Latin places, since some plans letter their items the
 * Latin way ("e) … f) … g)", Quyết định 2701/QĐ-UBND of Vĩnh Long, 2017).
 */
const ITEM_LETTER_ORDER: readonly string[] = [...'abcd', 'đ', ...'efghijklmnopqrstuvwxyz'];

/** @internal */
export type ItemKind = 'roman' | 'upper' | 'arabic' | 'letter';

/** @internal */
export interface ItemNumber {
  readonly kind: ItemKind;
  /** The number without punctuation: "II", "A", "1.2", "đ". */
  readonly core: string;
  /** As written, without markup: "II.", "a)", "1.". */
  readonly written: string;
  /** Wrapped in bold markup. */
  readonly bold: boolean;
  /** The text after the number (all of it when the number came from its own cell). */
  readonly rest: string;
  /** Its place in its sequence: II → 2, "c)" → 3, "đ)" → 5, "1.2" → 2. */
  readonly value: number;
  /** The numbering style: "roman", "upper", "letter", or "arabic1", "arabic2"… by the number of parts. */
  readonly style: string;
  /** How deep the style sits in an outline (smaller is higher): A. → I. → 1. → 1.1 → a) → bullets. */
  readonly rank: number;
}

/** The outline rank of an unnumbered heading in capitals or a year ("NĂM 2016"): between Roman and Arabic. @internal */
export const HEADING_RANK = 2;
/** The outline rank of a bulleted row ("- …", "+ …"). @internal */
export const BULLET_RANK = 9;

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function styleOf(kind: ItemKind, core: string): { value: number; style: string; rank: number } {
  switch (kind) {
    case 'upper':
      return { value: core.charCodeAt(0) - 64, style: 'upper', rank: 0 };
    case 'roman':
      return { value: romanValue(core), style: 'roman', rank: 1 };
    case 'letter':
      return { value: ITEM_LETTER_ORDER.indexOf(core) + 1, style: 'letter', rank: 8 };
    default: {
      // The depth is the number of parts, counted up to 4 (no split: a cell may hold a long run of them).
      let depth = 1;
      for (let i = core.indexOf('.'); i >= 0 && depth < 4; i = core.indexOf('.', i + 1)) depth++;
      const value = Number(core.slice(core.lastIndexOf('.') + 1));
      return { value, style: `arabic${depth}`, rank: 3 + depth };
    }
  }
}

const TAGS = /<\/?(?:b|strong|i|em|u)>/giu;

/** The longest text an item number and the space after it are looked for in. */
const MAX_NUMBER_TEXT = 64;

function isRoman(s: string): boolean {
  return /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) && s !== '';
}

/**
 * Reads the item number at the start of `text` (or, with `whole`, the whole
 * cell is the number). Returns null when there is none.
 *
 * @internal
 */
export function readItemNumber(text: string, whole = false): ItemNumber | null {
  const bold = /^\s*<(?:b|strong)>/iu.test(text);
  const plain = text.replace(TAGS, '').trim();
  // "I.1" (a task of group I), "IV", "A", "1.2", "đ"; in a text the number ends with a space, the
  // end, or — after "." or ")" — a capital letter ("1.Ban hành", as PDF text often runs them on).
  const re = whole
    ? /^((?:[IVX]+\.\d{1,2}(?:\.\d{1,2})*|[IVX]+|[A-Z]|\d{1,3}(?:\.\d{1,2})*|[a-zđ])(?:\s*[.):])?)\s*$/u
    : /^((?:[IVX]+\.\d{1,2}(?:\.\d{1,2})*|[IVX]+|[A-Z]|\d{1,3}(?:\.\d{1,2})*|[a-zđ])\s*[.):]?)(?:\s+|$|(?<=[.)])(?=\p{Lu}))/u;
  // An item number is short: only the start of a long cell is matched (a long run of
  // "1.1.1…" costs the regex engine more than it is worth, and is no item number).
  const head = plain.length > MAX_NUMBER_TEXT ? plain.slice(0, MAX_NUMBER_TEXT) : plain;
  const m = re.exec(head);
  if (m === null || (head !== plain && (whole || m[0].length === head.length))) return null;
  const written = (m[1] ?? '').replace(/\s+/g, '');
  const core = written.replace(/[.):]+$/u, '');
  const punct = written !== core;
  const rest = whole ? '' : plain.slice(m[0].length).trim();
  let kind: ItemKind;
  if (/^\d/.test(core) || /^[IVX]+\.\d/.test(core)) kind = 'arabic';
  else if (isRoman(core)) kind = 'roman';
  else if (/^[A-Z]$/.test(core)) kind = 'upper';
  else kind = 'letter';
  // Without punctuation only Roman and Arabic numbers count ("I NĂM 2016", "1 Ban hành");
  // a lone letter must be followed by ")" or "." ("a)", "đ.").
  if (!punct && !whole && (kind === 'upper' || kind === 'letter')) return null;
  if (kind === 'letter' && !ITEM_LETTER_ORDER.includes(core)) return null;
  // "I" alone before a lower-case word is more likely a word than a number.
  if (!whole && rest === '' && !punct) return null;
  return { kind, core, written, bold, rest, ...styleOf(kind, core) };
}
