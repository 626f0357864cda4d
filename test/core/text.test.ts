import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldVi, toNfc } from '../../src/core/text.js';
import { foldViAligned } from '../../src/core/text.js';
import { growthRatios } from '../support/growth.js';

/** Words from the sample plans, with every Vietnamese diacritic and Đ. */
const WORDS = [
  'Quý',
  'Thường xuyên',
  'Đột xuất',
  'Ủy ban nhân dân',
  'Uỷ ban',
  'Sở Nội vụ',
  'trước ngày',
  'hằng năm',
  'Định kỳ',
  'ĐẠT',
  'Không đạt',
  'Ban hành kịp thời',
  'tỷ lệ',
  'Văn phòng',
  'Giỗ Tổ Hùng Vương',
  'ngày làm việc',
  'Ưu tiên',
  'Ỷ lại',
  'ưỡn',
];

const stripped = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
const lookAlike = (s: string) => s.normalize('NFC').replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');
const noisy = (s: string) => s.replace(/ /g, '\u00a0 \u200b\u00ad').replace(/^/, '\u202a');

describe('text kernel', () => {
  it('folds NFC, NFD, upper case, stripped text and look-alikes to the same form', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        const key = foldKey(text);
        expect(foldKey(text.normalize('NFD'))).toBe(key);
        expect(foldKey(text.toUpperCase())).toBe(key);
        expect(foldKey(stripped(text))).toBe(key);
        expect(foldKey(lookAlike(text))).toBe(key);
        expect(foldKey(noisy(text))).toBe(key);
        expect(key).toMatch(/^[a-z ]*$/);
        expect(foldVi(text.normalize('NFD'))).toBe(foldVi(text.normalize('NFC')));
      }),
    );
  });

  it('reads every dash and space alike', () => {
    expect(foldKey('Lao động – Thương binh')).toBe('lao dong - thuong binh');
    expect(foldKey('Lao động\u2212Thương\u3000binh')).toBe('lao dong-thuong binh');
    expect(foldKey('  \t Sở\u00a0\u00a0Nội vụ \n')).toBe('so noi vu');
  });

  it('writes look-alikes as Đ/đ and drops invisible characters in NFC', () => {
    expect(toNfc('\u00d0ài Phát thanh')).toBe('Đài Phát thanh');
    expect(toNfc('\u00f0ột xuất')).toBe('đột xuất');
    expect(toNfc('Quy\u0301 I')).toBe('Quý I');
    expect(toNfc('Qu\u200bý\u202e')).toBe('Quý');
    expect(toNfc('Sở Nội vụ')).toBe('Sở Nội vụ');
  });

  it('keeps offsets when folding aligned', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(foldViAligned(s).length).toBe(s.length);
      }),
    );
    const text = 'Trên 80% CÁN BỘ cấp xã';
    const at = foldViAligned(text).indexOf('can bo');
    expect(text.slice(at, at + 6)).toBe('CÁN BỘ');
  });

  it('never throws on lone surrogates and odd code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof foldKey(s)).toBe('string');
        expect(typeof toNfc(s)).toBe('string');
      }),
    );
  });

  it('runs in linear time on combining marks, zero-width and bidirectional characters', () => {
    for (const piece of ['a\u0301\u0323', '\u200b\u202e', 'Đ\u00a0–', 'quý ']) {
      const ratios = growthRatios(
        (s: string) => foldKey(s),
        (n) => piece.repeat(Math.ceil(n / piece.length)),
      );
      for (const r of ratios) expect(r).toBeLessThanOrEqual(15);
    }
  });
});
