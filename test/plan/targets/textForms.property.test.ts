// One text kernel: agency names, target texts and processing times read the
// same in NFC and NFD, without diacritics, in upper case, with the look-alike
// Ð (U+00D0) / ð (U+00F0) for Đ / đ, and with zero-width and bidirectional
// characters inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProcessingTime } from '../../../src/dossier/parseProcessingTime.js';
import { agencyNameKey } from '../../../src/plan/agencies/nameKey.js';
import { parseTargets } from '../../../src/plan/targets/index.js';

/** Written without diacritics: NFD, marks dropped, Đ/đ as D/d. */
const stripped = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
/** Đ/đ typed as the look-alikes of a mis-decoded document. */
const lookAlike = (s: string): string => s.normalize('NFC').replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');
/** Invisible characters inside words and between them. */
const invisible = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/ /g, ' \u200b')
    .replace(/([a-zà-ỹ])([a-zà-ỹ])/giu, '$1\u200d$2')
    .replace(/^/, '\u202b')
    .replace(/$/, '\u202c');

/** Every written form a reading must not depend on. */
const FORMS: readonly (readonly [string, (s: string) => string])[] = [
  ['NFC', (s) => s.normalize('NFC')],
  ['NFD', (s) => s.normalize('NFD')],
  ['without diacritics', stripped],
  ['upper case', (s) => s.toUpperCase()],
  ['look-alike Ð', lookAlike],
  ['zero-width and bidi characters', invisible],
  ['all at once', (s) => invisible(lookAlike(s.toUpperCase().normalize('NFD')))],
];

const TARGET_PIECES = [
  'Tối thiểu',
  'ít nhất',
  'không quá',
  'dưới',
  'trên',
  'đạt',
  'Đạt',
  '≥',
  '<',
  '80%',
  '0,90%',
  '200',
  '03',
  '15 ngày',
  '20 phút',
  'TTHC',
  'thủ tục',
  'hồ sơ',
  'đơn vị',
  'Top',
  'nhóm',
  'tỉnh dẫn đầu',
  'điểm',
  'triệu đồng',
  'cán bộ cấp xã',
  'đạt chuẩn',
  'trở lên',
  'từ',
  'đến',
  ';',
  ',',
];
const targetText = fc
  .array(fc.constantFrom(...TARGET_PIECES), { minLength: 1, maxLength: 14 })
  .map((xs) => xs.join(' '));

const TIME_PIECES = [
  'Không quá',
  '05',
  '15',
  '0,5',
  'ngày',
  'ngày làm việc',
  'giờ',
  'Trong ngày',
  'sau',
  '15 giờ',
  'trả trong ngày làm việc tiếp theo',
  'Hẹn lần 1:',
  'Hẹn lần 2:',
  'quy đổi',
  '16 giờ',
  '(',
  ')',
  'và',
  ';',
  'Đối với',
  'tháng',
];
const timeText = fc
  .array(fc.constantFrom(...TIME_PIECES), { minLength: 1, maxLength: 10 })
  .map((xs) => xs.join(' '));

const NAME_PIECES = [
  'Sở',
  'Nội vụ',
  'Tư pháp',
  'Đài',
  'Phát thanh',
  'và',
  'Truyền hình',
  'UBND',
  'Ủy ban nhân dân',
  'Uỷ ban',
  'tỉnh',
  'Văn phòng',
  'Đồng Tháp',
  'LĐ-TB&XH',
  'TT&TT',
  'Kế hoạch',
  'Đầu tư',
  'các',
  'huyện',
];
const name = fc
  .array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 8 })
  .map((xs) => xs.join(' '));

describe('one reading whatever the written form', () => {
  it.each(FORMS)('target texts: %s', (_form, write) => {
    const read = (s: string) => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);
    fc.assert(
      fc.property(targetText, (text) => {
        expect(read(write(text))).toEqual(read(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each(FORMS)('processing times: %s', (_form, write) => {
    const read = (s: string) => {
      const r = parseProcessingTime(s);
      return r.ok ? { ...r.value, raw: '' } : r.issues.map((i) => i.code);
    };
    fc.assert(
      fc.property(timeText, (text) => {
        expect(read(write(text))).toEqual(read(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each(FORMS)('agency names: %s', (_form, write) => {
    fc.assert(
      fc.property(name, (text) => {
        expect(agencyNameKey(write(text))).toBe(agencyNameKey(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the seed plans’ wording the same in every form', () => {
    const target = 'Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%; của các xã, phường: dưới 0,50%';
    const time = 'Không quá 23 ngày (15 ngày và 08 ngày làm việc)';
    const agency = 'Sở Lao động - Thương binh và Xã hội';
    for (const [form, write] of FORMS) {
      expect(
        parseTargets(write(target)).map((t) => [t.comparator, t.value, t.unit]),
        form,
      ).toEqual([
        ['<', 0.9, '%'],
        ['<', 0.5, '%'],
      ]);
      const r = parseProcessingTime(write(time));
      expect(r.ok && r.value.kind, form).toBe('mixed');
      expect(agencyNameKey(write(agency)), form).toBe('so lao dong thuong binh xa hoi');
    }
  });
});
