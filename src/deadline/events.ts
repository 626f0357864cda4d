/**
 * Event phrases inside deadline text (internal): where they start ("khi …",
 * "sau khi …", "đột xuất …", "theo …", "kể từ …", "nếu …", "tùy theo …"),
 * how several are split, and a time counted from one ("trong thời hạn 45
 * ngày làm việc kể từ …").
 *
 * @internal
 * @module
 */
import { toNfc } from '../core/text.js';
import { Cursor, num } from './cursor.js';
import { NOT_NFC, ODD_SPACE, ODD_TEXT, type Token } from './text.js';
import type { EventDeadline } from './types.js';

/** Where the first event phrase starts ("khi …", "sau khi …", "đột xuất …", "theo …", "kể từ …"), or -1. */
export function eventMarker(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined || t.k !== 'w') return -1;
  switch (t.v) {
    case 'khi':
    case 'neu':
      return 1;
    case 'sau':
      return isWord(tokens[j + 1], 'khi') ? 1 : -1;
    case 'ngay':
      // "ngay sau khi" (right after), not "15 ngày sau khi" (a time limit)
      return isWord(tokens[j + 1], 'sau') &&
        isWord(tokens[j + 2], 'khi') &&
        (j === 0 || tokens[j - 1]?.k !== 'n')
        ? 1
        : -1;
    case 'dot':
      return isWord(tokens[j + 1], 'xuat') ? 1 : -1;
    case 'theo':
      return j > 0 && isWord(tokens[j - 1], 'tiep') ? -1 : 1;
    case 'ke':
      // "Kể từ ngày 01/7/2025" with nothing after the date is a start, not an event
      return isWord(tokens[j + 1], 'tu') && !onlyDate(tokens, j + 2) ? 1 : -1;
    case 'tuy':
      return isWord(tokens[j + 1], 'theo') || isWord(tokens[j + 1], 'thuoc') ? 1 : -1;
    default:
      return -1;
  }
}

/** Whether the tokens from `j` on are nothing but a date ("ngày 01/7/2025", "01 tháng 7 năm 2025"). */
function onlyDate(tokens: readonly Token[], j: number): boolean {
  if (j >= tokens.length) return false;
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (
      t.k === 'w'
        ? t.v !== 'ngay' && t.v !== 'thang' && t.v !== 'nam'
        : t.k === 'p' && t.v !== '/' && t.v !== '-' && t.v !== '.'
    )
      return false;
  }
  return true;
}

function isWord(t: Token | undefined, v: string): boolean {
  return t !== undefined && t.k === 'w' && t.v === v;
}

/** Index of the first event phrase in the tokens, or -1. */
export function findEventStart(tokens: readonly Token[]): number {
  for (let j = 0; j < tokens.length; j++) if (eventMarker(tokens, j) > 0) return j;
  return -1;
}

/**
 * Splits the event part at "và" / "," / ";" / "hoặc" followed by another
 * event phrase. `flags`: the text's flags ({@link ODD_TEXT}: quoted through
 * the kernel's `toNfc`; {@link NOT_NFC}, {@link ODD_SPACE}: what quoting must mend).
 */
export function splitEvents(seg: readonly Token[], text: string, flags: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let j = 1; j < seg.length; j++) {
    const t = seg[j] as Token;
    const isJoin =
      (t.k === 'w' && (t.v === 'va' || t.v === 'hoac')) || (t.k === 'p' && (t.v === ',' || t.v === ';'));
    if (isJoin && eventMarker(seg, j + 1) > 0) {
      pushEvent(out, seg, start, j, text, flags);
      start = j + 1;
      j++;
    }
  }
  pushEvent(out, seg, start, seg.length, text, flags);
  return out;
}

/** Adds the text of tokens a..b (without trailing punctuation): NFC, lower case, spaces collapsed. */
function pushEvent(
  out: string[],
  seg: readonly Token[],
  a: number,
  b: number,
  text: string,
  flags: number,
): void {
  let end = b;
  while (end > a && (seg[end - 1] as Token).k === 'p') end--;
  if (end <= a) return;
  // the kernel's stored form (NFC, Đ for its look-alike, no invisible characters), lower case, spaces
  // evened; text with nothing for NFC to change is NFC already, and single spaces are even
  let s = text.slice((seg[a] as Token).s, (seg[end - 1] as Token).e);
  if (flags & ODD_TEXT) s = toNfc(s);
  else if (flags & NOT_NFC) s = s.normalize('NFC');
  s = s.toLowerCase();
  if (flags & (ODD_TEXT | ODD_SPACE)) s = s.replace(/\s+/g, ' ');
  out.push(s);
}

/** "trong thời hạn 45 ngày làm việc", "trong vòng 30 ngày", "03 tháng", "chậm nhất 05 ngày làm việc". */
export function readDuration(head: readonly Token[]): EventDeadline['after'] {
  const c = new Cursor(head);
  if (c.w2('cham', 'nhat')) c.i += c.w('la', 2) ? 3 : 2;
  if (c.w('trong')) c.i++;
  if (c.w2('thoi', 'han')) c.i += 2;
  else if (c.w('vong')) c.i++;
  const n = c.n();
  if (n === null || n.v.length > 3) return null;
  c.i++;
  let unit: 'days' | 'working-days' | 'months';
  if (c.seq(['ngay', 'lam', 'viec'])) {
    unit = 'working-days';
    c.i += 3;
  } else if (c.w('ngay')) {
    unit = 'days';
    c.i++;
  } else if (c.w('thang')) {
    unit = 'months';
    c.i++;
  } else return null;
  if (!c.done) return null;
  const amount = num(n);
  return amount > 0 ? { amount, unit } : null;
}
