import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { colourWanted, paint } from '../../src/cli/format/color.js';
import { csvCell, toCsv } from '../../src/cli/format/csv.js';
import { escapeControls, oneLine } from '../../src/cli/format/safe.js';
import { renderTable, textWidth, truncate, wrapLine, wrapText } from '../../src/cli/format/table.js';
import { mdText } from '../../src/cli/report/markdown.js';

describe('text tables', () => {
  it('counts Vietnamese letters as one column, NFC or NFD alike', () => {
    const nfc = 'Sở Thông tin và Truyền thông';
    expect(textWidth(nfc)).toBe(28);
    expect(textWidth(nfc.normalize('NFD'))).toBe(28);
    expect(textWidth('\u001b[31mQuá hạn\u001b[39m')).toBe(7);
  });

  it('aligns columns', () => {
    const t = renderTable(
      ['Cơ quan', 'Số'],
      [
        ['Sở Nội vụ', '3'],
        ['UBND huyện Long Hồ', '12'],
      ],
      ['left', 'right'],
    );
    const lines = t.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('  Sở Nội vụ            3');
    expect(lines[3]).toBe('  UBND huyện Long Hồ  12');
  });

  it('truncates with an ellipsis on code points', () => {
    expect(truncate('Cải cách thủ tục hành chính', 10)).toBe('Cải cách …');
    expect(truncate('Ngắn', 10)).toBe('Ngắn');
  });
});

describe('colours', () => {
  it('only on a TTY, never with NO_COLOR (even empty) or TERM=dumb', () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '' })).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(true, { TERM: 'dumb' })).toBe(false);
    expect(paint(false).red('x')).toBe('x');
    expect(paint(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting', () => {
    expect(csvCell('Sở Nội vụ, Sở Tư pháp')).toBe('"Sở Nội vụ, Sở Tư pháp"');
    expect(csvCell('Kế hoạch "mẫu"')).toBe('"Kế hoạch ""mẫu"""');
    expect(csvCell(85.71)).toBe('85.71');
    expect(csvCell(null)).toBe('');
  });

  it('is read back unchanged by a CSV parser, a formula cell with its apostrophe (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = toCsv(['a', 'b', 'c'], rows);
          const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed.data.slice(1, rows.length + 1)).toEqual(expected);
        },
      ),
    );
  });

  it('neutralises formulas in text cells, never in numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","bấm")')).toBe(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell('Sở Nội vụ = chủ trì')).toBe('Sở Nội vụ = chủ trì');
  });
});

describe('table cells with line breaks', () => {
  it('keep one line per row', () => {
    const t = renderTable(['Mã', 'Thời hạn'], [['II.21', 'Quý I\nQuý IV']]);
    expect(t.split('\n')).toHaveLength(3);
    expect(t).toContain('Quý I Quý IV');
    expect(truncate('Quý I\n  Quý IV', 20)).toBe('Quý I Quý IV');
  });
});

describe("users' text on a terminal", () => {
  it('shows control characters and bidi overrides as escapes, keeps tabs and line feeds', () => {
    expect(escapeControls('Sở\u001b[2J\u001b]0;x\u0007 Nội vụ')).toBe('Sở\\x1b[2J\\x1b]0;x\\x07 Nội vụ');
    expect(escapeControls('a\u202eb\u2066c\u0085d\u007f')).toBe('a\\u202eb\\u2066c\\x85d\\x7f');
    expect(escapeControls('a\tb\nc')).toBe('a\tb\nc');
    expect(oneLine(' Quý I\r\n  Quý IV\u001b ')).toBe('Quý I Quý IV\\x1b');
  });

  it('escapes every control character of any string, and adds nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeControls(s);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the property is about control characters
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: same
        if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s))
          expect(out).toBe(s);
      }),
    );
  });

  it('escapes HTML and Markdown marks in Markdown text', () => {
    expect(mdText('<script>alert(1)</script> & <b>x</b>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;',
    );
    expect(mdText('[bấm](javascript:alert(1)) *đậm* _nghiêng_ `mã` a|b')).toBe(
      '\\[bấm\\](javascript:alert(1)) \\*đậm\\* \\_nghiêng\\_ \\`mã\\` a\\|b',
    );
    expect(mdText('# Tiêu đề')).toBe('\\# Tiêu đề');
    expect(mdText('1. Mục')).toBe('1\\. Mục');
    expect(mdText('a\u001b[31m')).toBe('a\\\\x1b\\[31m');
  });
});

describe('fitting a width', () => {
  it('wraps at spaces, cuts a word longer than the line, ends an over-long cell with an ellipsis', () => {
    expect(wrapLine('Xây dựng văn bản quy phạm pháp luật', 12)).toEqual([
      'Xây dựng văn',
      'bản quy phạm',
      'pháp luật',
    ]);
    expect(wrapLine('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLine('một hai ba bốn năm sáu', 7, 2)).toEqual(['một hai', 'ba bốn…']);
    expect(wrapText('(Ban hành kèm theo Quyết định số 2701/QĐ-UBND)', 20, '  ')).toBe(
      '  (Ban hành kèm theo\n  Quyết định số\n  2701/QĐ-UBND)',
    );
  });

  it('never gives a line longer than the width, whatever the words (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 30 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        (words, w) => {
          for (const line of wrapLine(oneLine(words.join(' ')), w))
            expect(textWidth(line)).toBeLessThanOrEqual(w);
        },
      ),
    );
  });

  it('narrows the flexible columns of a table to the width and wraps their cells', () => {
    const t = renderTable(
      ['Mã', 'Nhiệm vụ', 'Hạn'],
      [
        [
          'II.1',
          'Xây dựng văn bản quy phạm pháp luật trong năm của tỉnh theo danh mục đã đăng ký',
          '31/12/2017',
        ],
      ],
      ['left', 'left', 'left'],
      '  ',
      { width: 40, flex: [1] },
    );
    const lines = t.split('\n');
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(40);
    expect(lines).toHaveLength(5); // header, rule, three lines of the title
    expect(lines[2]).toContain('31/12/2017');
    expect(lines[4]).toMatch(/…$/);
  });

  it('renders 200,000 rows without running out of stack (no spread of the rows)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`T${i}`, 'Nhiệm vụ', String(i)]);
    const t = renderTable(['Mã', 'Nhiệm vụ', 'Số'], rows, ['left', 'left', 'right'], '  ', {
      width: 80,
      flex: [1],
    });
    expect(t.split('\n')).toHaveLength(200_002);
  });

  it('takes a two-line heading, set on the rule', () => {
    const t = renderTable(['Cơ quan', 'Quá\nhạn'], [['Sở Nội vụ', '3']], ['left', 'right']);
    expect(t.split('\n')).toEqual([
      '             Quá',
      '  Cơ quan    hạn',
      '  ─────────  ───',
      '  Sở Nội vụ    3',
    ]);
  });
});
