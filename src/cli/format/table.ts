/**
 * Plain-text tables and paragraphs that fit a width. Widths count Unicode
 * code points of NFC text (Vietnamese letters are one column each), ignoring
 * ANSI colour codes. Users' text in cells is made safe (one line, control
 * characters escaped) before it is measured.
 *
 * @module
 */
import { oneLine } from './safe.js';

/** Column alignment. */
export type Align = 'left' | 'right';

/** A cell: text, or text with a style (a colour) applied after padding is measured. */
export type Cell = string | { readonly text: string; readonly style: (s: string) => string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the ESC of colour codes on purpose
const ANSI = /\u001b\[[0-9;]*m/g;
const MARKS = /\p{M}/gu;

/** Display width of a text: code points of the NFC text without colour codes or combining marks. */
export function textWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  const visible = plain.normalize('NFC').replace(MARKS, '');
  let n = 0;
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n += 1; // a high surrogate starts a pair counted once
  }
  return n;
}

/** The characters of a text as display units: a base code point with the marks that follow it. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    if (out.length > 0 && /\p{M}/u.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts text to `max` columns with an ellipsis (line breaks read as spaces, controls escaped). */
export function truncate(text: string, max: number): string {
  const clean = oneLine(text);
  const chars = units(clean);
  return chars.length <= max ? clean : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/**
 * Wraps one line of text at spaces to lines of at most `width` columns; a word
 * longer than the width is cut. More than `maxLines` lines: the last one ends
 * with an ellipsis.
 */
export function wrapLine(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line: string[] = [];
  const flush = () => {
    lines.push(line.join(''));
    line = [];
  };
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const chars = units(word);
    if (line.length > 0 && line.length + 1 + chars.length > w) flush();
    if (line.length > 0) line.push(' ');
    for (const ch of chars) {
      if (line.length >= w) flush();
      line.push(ch);
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = units(kept[maxLines - 1] ?? '');
  kept[maxLines - 1] = (last.length >= w ? last.slice(0, w - 1) : last).join('') + '…';
  return kept;
}

/**
 * A paragraph of users' and our text wrapped to `width`, every line starting
 * with `indent`, continuation lines with `hanging` (default: the indent).
 */
export function wrapText(text: string, width: number, indent = '', hanging = indent): string {
  const first = wrapLine(oneLine(text), width - textWidth(indent));
  if (first.length <= 1) return indent + (first[0] ?? '');
  const rest = wrapLine(first.slice(1).join(' '), width - textWidth(hanging));
  return [indent + first[0], ...rest.map((l) => hanging + l)].join('\n');
}

/** A label and its value, the value wrapped beside the label: `Hạn hoàn thành: 30/06/2018`. */
export function labelled(label: string, value: string, width: number, labelWidth = 16): string {
  const head = label + ' '.repeat(Math.max(1, labelWidth - textWidth(label)));
  const lines = wrapLine(oneLine(value), width - textWidth(head));
  return head + lines.join(`\n${' '.repeat(textWidth(head))}`);
}

/** How a table fits a width: the columns that may wrap (titles, names), at most `maxLines` lines a cell. */
export interface Fit {
  readonly width: number;
  readonly flex: readonly number[];
  readonly maxLines?: number;
  /** Narrowest a flexible column becomes when there is room for it (10). */
  readonly minWidth?: number;
}

/** The largest cap T such that the flexible widths, each cut to T, sum to at most `room`. */
function capFor(widths: readonly number[], room: number, min: number): number {
  let lo = min;
  let hi = 0;
  for (const w of widths) if (w > hi) hi = w;
  const sum = (t: number) => {
    let s = 0;
    for (const w of widths) s += Math.min(w, t);
    return s;
  };
  if (sum(hi) <= room) return hi;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Renders rows under a header, columns separated by two spaces, a rule under
 * the header; trailing spaces trimmed. A header may hold a line break (a
 * two-line heading). With `fit`, flexible columns are narrowed until the table
 * fits the width and their cells wrap onto several lines.
 */
export function renderTable(
  header: readonly string[],
  cells: readonly (readonly Cell[])[],
  align: readonly Align[] = [],
  indent = '  ',
  fit?: Fit,
): string {
  const heads = header.map((h) => h.split('\n'));
  const rows = cells.map((r) =>
    r.map((c) =>
      typeof c === 'string' ? { text: oneLine(c), style: null } : { text: oneLine(c.text), style: c.style },
    ),
  );
  const widths = heads.map((lines) => {
    let w = 0;
    for (const l of lines) w = Math.max(w, textWidth(l));
    return w;
  });
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const w = textWidth(row[i]?.text ?? '');
      if (w > (widths[i] ?? 0)) widths[i] = w;
    }
  }
  const maxLines = fit?.maxLines ?? 3;
  const flexible = new Set(fit?.flex ?? []);
  if (fit) {
    const fixed = widths.reduce((n, w, i) => n + (flexible.has(i) ? 0 : w), 0);
    const room = fit.width - textWidth(indent) - 2 * (widths.length - 1) - fixed;
    const flexWidths = widths.filter((_, i) => flexible.has(i));
    // Narrower than `minWidth` only when the fixed columns leave no more room (at least 4).
    const min = Math.max(4, Math.min(fit.minWidth ?? 10, Math.floor(room / Math.max(1, flexWidths.length))));
    const cap = capFor(flexWidths, Math.max(room, min * flexWidths.length), min);
    for (let i = 0; i < widths.length; i++) if (flexible.has(i)) widths[i] = Math.min(widths[i] ?? 0, cap);
  }
  const lineOf = (parts: readonly string[], styles: readonly (((s: string) => string) | null)[]) =>
    (
      indent +
      parts
        .map((p, i) => {
          const padded = pad(p, widths[i] ?? 0, align[i] ?? 'left');
          const style = styles[i];
          if (!style || p === '') return padded;
          return align[i] === 'right'
            ? padded.slice(0, padded.length - p.length) + style(p)
            : style(p) + padded.slice(p.length);
        })
        .join('  ')
    ).trimEnd();
  const block = (cols: readonly string[][], styles: readonly (((s: string) => string) | null)[]) => {
    let height = 0;
    for (const c of cols) height = Math.max(height, c.length);
    const out: string[] = [];
    for (let k = 0; k < height; k++)
      out.push(
        lineOf(
          cols.map((c) => c[k] ?? ''),
          styles,
        ),
      );
    return out;
  };
  const headCols = heads.map((lines, i) =>
    lines.flatMap((l) => (textWidth(l) > (widths[i] ?? 0) ? wrapLine(l, widths[i] ?? 0) : [l])),
  );
  const headHeight = headCols.reduce((n, c) => Math.max(n, c.length), 0);
  // Two-line headings sit on the rule: shorter ones are pushed down.
  const headLines = block(
    headCols.map((c) => [...Array<string>(headHeight - c.length).fill(''), ...c]),
    [],
  );
  const out = [...headLines, indent + widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of rows) {
    const cols = widths.map((w, i) => {
      const text = row[i]?.text ?? '';
      return textWidth(text) > w ? wrapLine(text, w, maxLines) : [text];
    });
    out.push(
      ...block(
        cols,
        widths.map((_, i) => row[i]?.style ?? null),
      ),
    );
  }
  return out.join('\n');
}
