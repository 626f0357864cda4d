/**
 * Small readers of an annex table's cells: the cells as text, a column
 * named by its header, item numbers ("1.1.2", "II", "a)"), points ("0,5",
 * "1,5 điểm").
 *
 * @internal
 * @module
 */
import { foldKey, toNfc } from '../../core/text.js';
import type { ColumnRef } from '../../plan/rows/options.js';
import { parseThousandths } from '../decimal.js';

/** Cells as trimmed NFC text; numbers (as spreadsheet readers give them) as text. @internal */
export function cellsOf(row: unknown): string[] {
  if (!Array.isArray(row)) return [];
  const out: string[] = [];
  for (let i = 0; i < row.length; i++) {
    const c: unknown = row[i];
    out.push(
      typeof c === 'string'
        ? toNfc(c).trim()
        : typeof c === 'number' && Number.isFinite(c)
          ? String(c)
          : typeof c === 'boolean' || typeof c === 'bigint'
            ? String(c)
            : '',
    );
  }
  return out;
}

/** Header text folded for comparing: no case, diacritics, punctuation or extra spaces. @internal */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** The index a column reference names in a header row, or null. @internal */
export function findColumn(
  ref: ColumnRef,
  header: readonly string[] | undefined,
  width: number,
): number | null {
  if (typeof ref === 'number')
    return Number.isInteger(ref) && ref >= 0 && ref < Math.max(width, 1) ? ref : null;
  if (typeof ref !== 'string' || header === undefined) return null;
  const want = headerKey(ref);
  if (want === '') return null;
  const keys = header.map(headerKey);
  const exact = keys.indexOf(want);
  if (exact >= 0) return exact;
  const partial = keys.findIndex((h) => h.includes(want));
  return partial >= 0 ? partial : null;
}

/** The kind of an item number: Roman ("II"), capital letter ("A"), Arabic with its depth ("1.2" → 2), letter ("a", "đ"). @internal */
export type NumberStyle = 'roman' | 'upper' | 'letter' | `arabic${number}`;

/** An item number as read from its cell. @internal */
export interface ItemNumber {
  /** Without punctuation: "II", "1.2", "đ". */
  readonly core: string;
  readonly style: NumberStyle;
  /** Dotted Arabic with two or more parts ("1.2"): the number names its place by itself. */
  readonly dotted: boolean;
}

const ITEM = /^(?:([IVX]{1,6})|([A-Z])|(\d{1,3}(?:\.\d{1,3}){0,7})|([a-zđ]))[.):]?$/u;
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Reads a whole cell as an item number ("1.1.2", "1.1.2.", "II", "A.", "a)"), or null. @internal */
export function readItemNumber(cell: string): ItemNumber | null {
  const text = cell.replace(/\s+/gu, '');
  if (text.length === 0 || text.length > 40) return null;
  const m = ITEM.exec(text);
  if (m === null) return null;
  if (m[1] !== undefined && /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u.test(m[1]))
    return { core: m[1], style: 'roman', dotted: false };
  if (m[1] !== undefined) return null;
  if (m[2] !== undefined) return { core: m[2], style: 'upper', dotted: false };
  if (m[3] !== undefined) {
    const parts = m[3].split('.').length;
    return { core: m[3], style: `arabic${parts}`, dotted: parts > 1 };
  }
  if (m[4] !== undefined && LETTERS.includes(m[4])) return { core: m[4], style: 'letter', dotted: false };
  return null;
}

/** A dotted number at the start of a title ("1.2.3 Xác định…", "1.2. Báo cáo"), with the rest. @internal */
export function leadingNumber(title: string): { readonly number: ItemNumber; readonly rest: string } | null {
  const m = /^(\d{1,3}(?:\.\d{1,3}){1,7})\.?\s+(\S.*)$/su.exec(title);
  if (m === null) return null;
  const number = readItemNumber(m[1] as string);
  return number === null ? null : { number, rest: (m[2] as string).trim() };
}

/** Points in a cell ("1", "0,5", "1,5 điểm", "20đ"), in thousandths; null when the cell is no such number. @internal */
export function pointsCell(cell: string): number | null {
  const m = /^(\d{1,12}(?:[.,]\d{1,3})?)\s*(?:điểm|đ)?\.?$/iu.exec(cell.trim());
  if (m === null) return null;
  return parseThousandths(m[1] as string);
}

/** Text in capitals ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"). @internal */
export function isCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The Roman numeral of 1–39 (ids of area headings written without a number). @internal */
export function roman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '';
  return n >= 1 && n < 40 ? tens + ones : String(n);
}
