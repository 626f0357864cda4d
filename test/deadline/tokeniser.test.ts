/**
 * The deadline tokeniser against its reference (the tokeniser as it was
 * before it was tuned for speed): the same tokens,
 * flags and verdicts, token for token, on generated deadline-like text — with
 * and without diacritics, NFC and NFD, any case, stray spaces and line
 * breaks, invisible characters, look-alikes, dashes, debris and lone
 * surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../src/deadline/text.js';
import { tokenise as referenceTokenise } from './support/tokeniseReference.js';

/** Words of deadline phrases, as plans write them. */
const WORDS = [
  'Quý',
  'quý',
  'Tháng',
  'năm',
  'Năm',
  'ngày',
  'trước',
  'Trước',
  'Định',
  'kỳ',
  'hàng',
  'hằng',
  'mỗi',
  'tuần',
  'Thường',
  'xuyên',
  'trong',
  'Giai',
  'đoạn',
  'Từ',
  'đến',
  'và',
  'các',
  'tiếp',
  'theo',
  'Hoàn',
  'thành',
  'chậm',
  'nhất',
  'Kế',
  'hoạch',
  'Khi',
  'có',
  'văn',
  'bản',
  'pháp',
  'luật',
  'mới',
  'đột',
  'xuất',
  'yêu',
  'cầu',
  'của',
  'cuối',
  'đầu',
  'thứ',
  'Sáu',
  'h',
  'liên',
  'tục',
  'suốt',
  'quanh',
  'Uỷ',
  'ban',
  'nhân',
  'dân',
  'tỉnh',
  'báo',
  'cáo',
  'I',
  'II',
  'III',
  'IV',
  'QIII',
  'q',
  'Th',
  'ường',
  'Ðà',
  'ð',
  'Đ',
  'ĐỊNH',
  'Ư',
  'ươ',
  'x'.repeat(60),
  'ữ'.repeat(55),
  'abcdefghijklmnopqrstuvwxyz',
  'constructor',
];

/** Numbers as plans write them. */
const NUMBERS = [
  '1',
  '6',
  '06',
  '12',
  '15',
  '25',
  '30',
  '2018',
  '2024',
  '2099',
  '2100',
  '1999',
  '0',
  '20162020',
  '16',
  '00',
  '123',
];

/** Punctuation, spaces, invisible characters, marks and debris. */
const MARKS = [
  '/',
  '-',
  '–',
  '—',
  '−',
  ',',
  '.',
  ';',
  ':',
  '&',
  '+',
  '(',
  ')',
  '|',
  '*',
  '"',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u0085',
  '\u200b',
  '\u00ad',
  '\u200e',
  '\u202a',
  '\u2066',
  '\ufeff',
  '\ufe0f',
  '\u034f',
  '\u0301',
  '\u0323',
  '\u1dc4',
  '\u20d0',
  '\ufe20',
  '\u061c',
  '\u212b',
  '\u2160',
  'Ａ',
  'Ω',
  'Я',
  '😀',
  '\ud800',
  '\udc00',
  '\u1f00',
  '\u1eff',
  '\u02c6',
  '\u00aa',
  '\u00b5',
];

const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
);

/** Without diacritics: NFD with the combining marks dropped, đ written d. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D');
}

const FORMS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => s.normalize('NFC'),
  (s) => s.normalize('NFD'),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  plain,
  (s) => plain(s).toLowerCase(),
];

/** Deadline-like text: fragments joined with spaces or glued, in one of the forms above. */
const phrase = fc
  .record({
    parts: fc.array(fc.tuple(fragment, fc.constantFrom(' ', '', ' ', '/')), { maxLength: 24 }),
    form: fc.integer({ min: 0, max: FORMS.length - 1 }),
  })
  .map(({ parts, form }) => {
    let s = '';
    // built by concatenation, as callers build text: the tokeniser must read strings of any make-up
    for (const [f, sep] of parts) s += f + sep;
    return (FORMS[form] as (s: string) => string)(s);
  });

describe('tokenise: the same tokens as the reference tokeniser', () => {
  it('on generated deadline-like text (diacritics or not, NFC/NFD, any case, debris)', () => {
    fc.assert(
      fc.property(phrase, (s) => {
        expect(tokenise(s)).toEqual(referenceTokenise(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(tokenise(s)).toEqual(referenceTokenise(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('on every code unit alone, between letters and between digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `Qu${ch}ý`, `1${ch}2`, `${ch} ${ch}`]) {
        const got = tokenise(s);
        const want = referenceTokenise(s);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ s, got }).toEqual({ s, got: want });
      }
    }
  });

  it('past the most tokens a phrase may have', () => {
    for (const s of ['Quý I, '.repeat(100), '1/'.repeat(300), 'năm '.repeat(300)]) {
      expect(tokenise(s)).toEqual(referenceTokenise(s));
    }
  });

  it('on numbers of every length, with and without invisible characters', () => {
    for (let n = 0; n < 10_000; n += 7) {
      for (const s of [String(n), String(n).padStart(4, '0'), `2${String(n % 100).padStart(2, '0')}5`]) {
        for (const t of [s, `ngày ${s}/${s}`, `${s[0] ?? ''}\u00ad${s.slice(1)}`]) {
          expect(tokenise(t)).toEqual(referenceTokenise(t));
        }
      }
    }
  });
});
