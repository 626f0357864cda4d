/**
 * Small readers of table cells for `planFromRows`.
 *
 * @internal
 * @module
 */
import { foldVi as foldVietnamese } from '../../core/text.js';
import type { ColumnRef } from './options.js';

/** Folded text with punctuation as spaces: for comparing headers and keywords. @internal */
export function fold(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Removes the inline markup an HTML export leaves ("<b>2.</b>"); the text is kept. @internal */
export function stripMarkup(cell: string): string {
  return cell.includes('<') ? cell.replace(/<\/?(?:b|strong|i|em|u|br\s*\/?)>/giu, '').trim() : cell;
}

/** Cells trimmed and in NFC; numbers (as spreadsheet readers give them) as text. @internal */
export function cellsOf(row: readonly unknown[]): string[] {
  return row.map((c: unknown) =>
    typeof c === 'string'
      ? c.normalize('NFC').trim()
      : typeof c === 'number' || typeof c === 'boolean' || typeof c === 'bigint'
        ? String(c)
        : '',
  );
}

/** The index a column reference names, or null. @internal */
export function findColumn(
  ref: ColumnRef,
  header: readonly string[] | undefined,
  width: number,
): number | null {
  if (typeof ref === 'number')
    return Number.isInteger(ref) && ref >= 0 && ref < Math.max(width, 1) ? ref : null;
  if (header === undefined) return null;
  const want = fold(ref);
  if (want === '') return null;
  const exact = header.findIndex((h) => fold(h) === want);
  if (exact >= 0) return exact;
  const partial = header.findIndex((h) => fold(h).includes(want));
  return partial >= 0 ? partial : null;
}

/** Joins two texts with `sep` when both are non-empty. @internal */
export function joinText(a: string, b: string, sep: string): string {
  if (b === '') return a;
  if (a === '') return b;
  return a + sep + b;
}

/** Content lines join with a line break before a bullet or after a colon, else a space (a word split over rows). @internal */
export function joinContent(a: string, b: string): string {
  return joinText(a, b, /^[-+•*]/u.test(b) || /[:;.]$/u.test(a) ? '\n' : ' ');
}

/** An id made from a name: "Sở Kế hoạch và Đầu tư" → "so-ke-hoach-va-dau-tu". @internal */
export function slug(name: string): string {
  const s = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'co-quan' : s.slice(0, 60).replace(/-+$/, '');
}

/** The year of a year-group title ("NĂM 2016", "Nhiệm vụ năm 2017"). @internal */
export function yearOfTitle(title: string): number | undefined {
  const m = /^(?:nhiem vu )?nam (\d{4})$/.exec(fold(title));
  return m === null ? undefined : Number(m[1]);
}

/** Text all in capitals ("CẢI CÁCH THỂ CHẾ"). @internal */
export function isUpperTitle(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}
