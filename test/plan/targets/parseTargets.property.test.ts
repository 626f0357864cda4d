import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc } from '../../../src/core/text.js';
import { parseTargets } from '../../../src/plan/targets/index.js';

const COMPARATORS = new Set(['>', '>=', '<', '<=', '=']);

/** Pieces of target sentences, shuffled into text that looks like plan objectives. */
const piece = fc.constantFrom(
  'Trên',
  'trên',
  'tối thiểu',
  'Tối đa',
  'ít nhất',
  'không quá',
  'không dưới',
  'dưới',
  'đạt',
  'từ',
  'đến',
  'trở lên',
  'mức',
  'có',
  'Top',
  'tốp',
  'vị thứ',
  '80%',
  '0,90%',
  '1.000',
  '200',
  '03',
  '15',
  '20',
  'phút',
  'ngày',
  'giờ',
  'thủ tục',
  'TTHC',
  'hồ sơ',
  'xã',
  'triệu đồng',
  'đồng',
  '%',
  ';',
  ',',
  '.',
  '-',
  '+',
  '\n',
  ' ',
  'cán bộ',
  'cấp xã',
  'đạt chuẩn',
  'năm 2020',
  '2016-2020',
  'Quý III',
  'mức độ 3, 4',
  'ISO 9001:2008',
  '(',
  ')',
  'và',
  'Phấn đấu',
);
const sentence = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' '));

const shape = (text: string) =>
  parseTargets(text).map((t) => [t.comparator, t.value, t.unit, t.subject ?? '', t.raw]);

describe('parseTargets (properties)', () => {
  it('never throws, and returns well-formed targets, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), sentence),
        (text) => {
          const nfc = toNfc(text); // NFC, look-alikes as Đ/đ, invisible characters removed
          for (const t of parseTargets(text)) {
            expect(COMPARATORS.has(t.comparator)).toBe(true);
            expect(Number.isFinite(t.value)).toBe(true);
            expect(t.value).toBeGreaterThanOrEqual(0);
            expect(t.unit).not.toBe('');
            expect(nfc.includes(t.raw)).toBe(true); // raw is a piece of the text, as stored
            expect(Object.isFrozen(t)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads NFD text exactly as NFC text', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(shape(text.normalize('NFD'))).toEqual(shape(text.normalize('NFC')));
      }),
      { numRuns: 300 },
    );
  });

  it('reads upper-case text with the same comparators, values and units', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const pick = (s: string) => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);
        expect(pick(text.toUpperCase())).toEqual(pick(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a clause the same after a line ending in a number (a counterexample fast-check found)', () => {
    const pick = (s: string) => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);
    expect(pick('ISO 9001:2008\n2016-2020 %')).toEqual(pick('2016-2020 %'));
    expect(pick('năm 2020\nđạt 80-90%')).toEqual([
      ['>=', 80, '%'],
      ['<=', 90, '%'],
    ]);
  });

  it('finds each clause’s targets whatever other clauses stand beside it', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const pick = (s: string) => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);
        expect(pick(`${a}\n${b}`)).toEqual([...pick(a), ...pick(b)]);
      }),
      { numRuns: 300 },
    );
  });
});
