/**
 * Plain-text tables with aligned columns. Widths count Unicode code points of
 * NFC text (Vietnamese letters are one column each), ignoring ANSI colour codes.
 *
 * @module
 */

/** Column alignment. */
export type Align = 'left' | 'right';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the ESC of colour codes on purpose
const ANSI = /\u001b\[[0-9;]*m/g;

/** Display width of a cell: code points of the NFC text without colour codes. */
export function textWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  // Combining marks left after NFC take no column; every other code point takes one.
  const visible = plain.normalize('NFC').replace(MARKS, '');
  let n = 0;
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n += 1; // a high surrogate starts a pair counted once
  }
  return n;
}

const MARKS = /\p{M}/gu;

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts text to `max` columns with an ellipsis (line breaks read as spaces). */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean.normalize('NFC')];
  return chars.length <= max ? clean : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/**
 * Renders rows under a header, columns separated by two spaces, a rule under
 * the header. Trailing spaces are trimmed.
 */
export function renderTable(
  header: readonly string[],
  cells: readonly (readonly string[])[],
  align: readonly Align[] = [],
  indent = '  ',
): string {
  // One line per row: line breaks and runs of spaces inside a cell become one space.
  const rows = cells.map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim()));
  const widths = header.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    (indent + cells.map((c, i) => pad(c, widths[i] ?? 0, align[i] ?? 'left')).join('  ')).trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
