/**
 * Small readers of table cells for `planFromRows`.
 *
 * @internal
 * @module
 */
import { foldVi, toNfc } from '../../core/text.js';
import type { ColumnRef } from './options.js';

/** Folded text with punctuation as spaces: for comparing headers and keywords. @internal */
export function fold(s: string): string {
  return foldVi(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Removes the inline markup an HTML export leaves ("<b>2.</b>"); the text is kept. @internal */
export function stripMarkup(cell: string): string {
  return cell.includes('<') ? cell.replace(/<\/?(?:b|strong|i|em|u|br\s*\/?)>/giu, '').trim() : cell;
}

/** Formula results and rich text are read this deep, no deeper. */
const MAX_CELL_DEPTH = 2;

/** A date a spreadsheet reader gives (exceljs: midnight UTC) as `YYYY-MM-DD`, read in UTC. */
function dateText(d: Date): string | null {
  const t = d.getTime();
  return Number.isFinite(t) ? d.toISOString().slice(0, 10) : null;
}

function objectText(value: object, depth: number): string | null {
  if (value instanceof Date) return dateText(value);
  if (depth >= MAX_CELL_DEPTH) return null;
  const o = value as Record<string, unknown>;
  // exceljs cell values: { richText: [{ text }] }, { text, hyperlink }, { formula, result }.
  const rich = o.richText;
  if (Array.isArray(rich)) {
    let s = '';
    for (const part of rich) {
      const t =
        part !== null && typeof part === 'object' ? (part as Record<string, unknown>).text : undefined;
      if (typeof t !== 'string') return null;
      s += t;
    }
    return s;
  }
  if (typeof o.text === 'string') return o.text;
  if ('result' in o) return rawText(o.result, depth + 1);
  return null;
}

function rawText(value: unknown, depth: number): string | null {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : null;
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return '';
      try {
        return objectText(value, depth);
      } catch {
        // A hostile object (a Proxy whose traps throw): not text.
        return null;
      }
    default:
      return null; // symbols and functions
  }
}

/**
 * The text of one cell as a CSV or spreadsheet reader gives it: strings
 * trimmed and in NFC; numbers, booleans and big integers as written; a
 * `Date` as its `YYYY-MM-DD` (in UTC, as spreadsheet readers store dates);
 * exceljs rich text, hyperlinks and formula results as their text; `null`
 * and `undefined` as empty. `null` when the value is not text at all (an
 * object of another shape, a symbol, a function, `NaN`).
 *
 * @internal
 */
export function cellText(value: unknown): string | null {
  const raw = rawText(value, 0);
  return raw === null ? null : toNfc(raw).trim();
}

/** The index a column reference names, or null. @internal */
export function findColumn(
  ref: ColumnRef,
  header: readonly string[] | undefined,
  width: number,
): number | null {
  if (typeof ref === 'number')
    return Number.isInteger(ref) && ref >= 0 && ref < Math.max(width, 1) ? ref : null;
  if (typeof ref !== 'string' || header === undefined) return null;
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

/** A bullet that starts a line or a cell: "-", "–", "+", "•", "*". @internal */
export function startsWithBullet(text: string): boolean {
  return /^[-–—+•*]/u.test(text);
}

/** Content lines join with a line break before a bullet or after a colon, else a space (a word split over rows). @internal */
export function joinContent(a: string, b: string): string {
  return joinText(a, b, startsWithBullet(b) || /[:;.]$/u.test(a) ? '\n' : ' ');
}

/** Text that starts with a lower-case letter: the rest of a cell split over rows. @internal */
export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** An id made from a name: "Sở Kế hoạch và Đầu tư" → "so-ke-hoach-va-dau-tu". @internal */
export function slug(name: string): string {
  const s = foldVi(name.slice(0, 200))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'co-quan' : s.slice(0, 60).replace(/-+$/, '');
}

/** The year of a year-group title ("NĂM 2016", "Nhiệm vụ năm 2017"). @internal */
export function yearOfTitle(title: string): number | undefined {
  if (title.length > 40) return undefined;
  const m = /^(?:nhiem vu )?nam (\d{4})$/.exec(fold(title));
  return m === null ? undefined : Number(m[1]);
}

/** Text all in capitals ("CẢI CÁCH THỂ CHẾ"). @internal */
export function isUpperTitle(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Words of a text (runs without spaces), counted up to `max`. @internal */
export function wordCount(text: string, max: number): number {
  let n = 0;
  for (const _m of text.matchAll(/\S+/gu)) if (++n >= max) break;
  return n;
}
