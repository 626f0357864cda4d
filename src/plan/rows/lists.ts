/**
 * Lists inside one cell: bulleted products, content items, the lines of a
 * deadline cell, and the lines that state targets.
 *
 * @internal
 * @module
 */
import { foldVi, isSpaceCode } from '../../core/text.js';
import { parseTargets } from '../targets/index.js';

/** "-", "–", "—", "+", "•": the signs a bullet starts with. */
function isBulletCode(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2b || c === 0x2022;
}

/** ";", ":", "." or a line break: what a bullet may follow. */
function isListBreakCode(c: number): boolean {
  return c === 0x3b || c === 0x3a || c === 0x2e || c === 0x0a;
}

/**
 * Offsets of the bullets that start a list item inside a cell: a bullet
 * ("-", "–", "+", "•") followed by a space, at the start of the cell or of
 * a line, or after ";", ":" or "." (spaces between allowed): "- Báo cáo; -
 * Quyết định". A dash between words ("kinh tế - xã hội", "2016 - 2020") is
 * not one. One forward scan over character codes (no string per character).
 */
function bulletStarts(text: string): number[] {
  const out: number[] = [];
  let prev = 0x0a; // the last character that is not a space; a line break at the start
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBulletCode(c) && isListBreakCode(prev)) {
      const after = text.charCodeAt(i + 1);
      if (Number.isNaN(after) || isSpaceCode(after)) out.push(i);
    }
    if (c === 0x0a || c === 0x0d) prev = 0x0a;
    else if (!isSpaceCode(c)) prev = c;
  }
  return out;
}

/** The cell cut before each bullet that starts an item (and at line breaks), trimmed, without empties. */
function pieces(text: string): string[] {
  const cuts = bulletStarts(text);
  const out: string[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    for (const line of text.slice(from, at).split(/\r?\n/u)) {
      const t = line.trim();
      if (t !== '') out.push(t);
    }
    from = at;
  }
  return out;
}

/**
 * The items of a products cell: one per line and per bullet ("- Báo cáo
 * kết quả rà soát; - Quyết định công bố văn bản" → two), the bullet and the
 * ";" that ends an item dropped.
 *
 * @internal
 */
export function splitProducts(cell: string): string[] {
  return pieces(cell)
    .map((p) => {
      const item = p.replace(/^[-–—+•*]\s*/u, '');
      return item.endsWith(';') ? item.slice(0, -1).trimEnd() : item;
    })
    .filter((p) => p !== '');
}

/**
 * The content with each inline bullet item on a line of its own ("Rà soát:
 * - A; - B" → "Rà soát:\n- A;\n- B"); words and punctuation are kept.
 *
 * @internal
 */
export function listLines(content: string): string {
  const cuts = bulletStarts(content);
  if (cuts.length === 0) return content;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    const seg = content.slice(from, at);
    let end = seg.length;
    while (end > 0 && seg.charAt(end - 1) !== '\n' && isSpaceCode(seg.charCodeAt(end - 1))) end--;
    // A bullet already at the start of the cell or of a line stays where it is.
    out += end === 0 || seg.charAt(end - 1) === '\n' ? seg : `${seg.slice(0, end)}\n`;
    from = at;
  }
  return out + content.slice(from);
}

/**
 * The items of a content cell that pairs with `n` deadline lines: its lines,
 * or its lines after a first line ending with ":" (the items' lead-in).
 * Null when the counts differ.
 *
 * @internal
 */
export function contentItems(
  content: string,
  n: number,
): { readonly head: string; readonly items: readonly string[] } | null {
  const lines = content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === n) return { head: '', items: lines };
  const head = lines[0] ?? '';
  if (lines.length === n + 1 && head.endsWith(':')) return { head, items: lines.slice(1) };
  return null;
}

/** Words that make a line read as a target when a number follows ("tối thiểu 200 TTHC", "tỷ lệ … 15%"). */
const TARGET_WORDS =
  /(?:^|[^a-z])(?:ty le|chi tieu|toi thieu|toi da|it nhat|khong qua|khong vuot qua|top|xep hang)(?=[^a-z]|$)/gu;

/** How far after such a word its number may stand ("tỷ lệ hồ sơ giải quyết đúng hạn đạt 95"). */
const TARGET_REACH = 60;

/** A target word with a number soon after it. */
function targetWordWithNumber(folded: string): boolean {
  for (const m of folded.matchAll(TARGET_WORDS)) {
    const from = m.index + m[0].length;
    if (/\d/u.test(folded.slice(from, from + TARGET_REACH))) return true;
  }
  return false;
}

/** A target is stated in a sentence: longer lines are kept in the title but not read for targets. */
const MAX_TARGET_LINE = 2000;

/** One line of a task's content, and whether and how it states a target. */
export interface TargetLine {
  readonly line: string;
  /** The line states a target the library reads: it goes to the task's `targets`. */
  readonly read: boolean;
  /** The line looks like a target but none could be read: it goes to the reading report. */
  readonly unread: boolean;
}

/**
 * The lines of a task's content that state targets: a bullet line with a
 * target, or any line with a percentage target (these go to `targets`); and
 * the lines that look like a target — a "%" or a word such as "tối thiểu",
 * "chỉ tiêu", "tỷ lệ" with a number — from which none could be read. Lines
 * without a digit, or longer than 2,000 characters, are not read for targets.
 *
 * @internal
 */
export function targetLines(content: string): TargetLine[] {
  const out: TargetLine[] = [];
  for (const raw of content.split('\n')) {
    const bullet = /^\s*[-–—+•*]/u.test(raw);
    const line = raw.replace(/^\s*[-–—+•*]\s*/u, '').trim();
    if (line === '' || line.length > MAX_TARGET_LINE) continue;
    // A target has a number written in digits: a line without one is not read for targets.
    if (!/\d/u.test(line)) continue;
    const f = foldVi(line);
    const looks = f.includes('%') || f.includes('phan tram') || targetWordWithNumber(f);
    const found = bullet || looks ? parseTargets(line) : [];
    if (found.length > 0 && (bullet || found.some((x) => x.unit === '%')))
      out.push({ line, read: true, unread: false });
    else if (found.length === 0 && looks) out.push({ line, read: false, unread: true });
  }
  return out;
}
