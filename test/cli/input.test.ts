import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryIssue, jsonErrorOffset } from '../../src/cli/input.js';

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('where JSON goes wrong', () => {
  it('points at the first character that cannot continue the text', () => {
    expect(jsonErrorOffset('{"a":[1,2,{"b":null}]}')).toBe(-1);
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{ "id": ')).toBe(8); // ends too early
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('"a\u0001"')).toBe(2);
  });

  it('agrees with JSON.parse on any text, and accepts any JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (j) => {
        expect(jsonErrorOffset(j)).toBe(-1);
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (s) => {
          expect(jsonErrorOffset(s) === -1).toBe(parses(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('walks a million nested brackets without recursion', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset(`${deep}]`)).toBe(2_000_000);
  });
});

describe('bytes that are not UTF-8 text', () => {
  it('names spreadsheets, PDFs, UTF-16, NUL bytes and other encodings; passes UTF-8', () => {
    const code = (bytes: number[]) => binaryIssue(Uint8Array.from(bytes))?.code ?? null;
    expect(code([0x50, 0x4b, 0x03, 0x04])).toBe('binary_file'); // .xlsx, .docx, .zip
    expect(code([0xd0, 0xcf, 0x11, 0xe0])).toBe('binary_file'); // .xls
    expect(code([0x25, 0x50, 0x44, 0x46])).toBe('binary_file'); // %PDF
    expect(code([0xff, 0xfe, 0x7b, 0x00])).toBe('not_utf8');
    expect(code([0x7b, 0x00, 0x7d])).toBe('binary_file');
    expect(code([0x4b, 0xea, 0x20])).toBe('not_utf8'); // Windows-1258 "Kê "
    expect(code([...new TextEncoder().encode('{"t":"Kế hoạch"}')])).toBeNull();
    expect(code([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).toBeNull(); // UTF-8 with a byte-order mark
  });
});
