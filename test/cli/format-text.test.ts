import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { colourWanted, paint } from '../../src/cli/format/color.js';
import { csvCell, toCsv } from '../../src/cli/format/csv.js';
import { renderTable, textWidth, truncate } from '../../src/cli/format/table.js';

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

  it('is read back unchanged by a CSV parser (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const text = toCsv(['a', 'b', 'c'], rows);
          const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
          expect(parsed.data.slice(1, rows.length + 1)).toEqual(rows);
        },
      ),
    );
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
