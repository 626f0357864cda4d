// "Every source cell lands somewhere": for random tables in the shapes the
// seed plans use, every word of every cell after the header row is in the
// plan JSON planFromRows returns (or the table is refused with issues).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromRows } from '../../src/plan/index.js';

const HEADER = ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Ghi chú', 'Người theo dõi'];
const NUMBERS = ['', '', '1.', '2.', 'a)', 'đ)', 'I', 'II.', '<b>3.</b>', 'A.'];
const CONTENT = [
  'Ban hành Kế hoạch cải cách hành chính năm 2018',
  'NĂM 2016',
  'Cải cách thể chế',
  'đạo điều hành và tham mưu cải',
  '- Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;',
  'Công khai thủ tục hành chính: 100% các sở, ngành công khai',
  '',
];
const AGENCIES = [
  '',
  'Sở Nội vụ',
  'Văn phòng UBND tỉnh',
  'Sở Xây dựng',
  'Các sở, ban, ngành tỉnh, UBND cấp huyện và các cơ quan có liên quan',
  'Ban Xúc tiến đầu tư và hỗ trợ doanh nghiệp tỉnh',
  'và Đầu tư',
];
const DEADLINES = ['', '', 'Quý III', 'Tháng 12/2017', 'Thường xuyên trong năm 2018', 'Từ quý IV/2017'];
const NOTES = ['', '', 'NS tỉnh', 'Phối hợp với Đài truyền thanh'];
const EXTRA = ['', '', 'Chuyên viên A'];

const row = fc.tuple(
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...CONTENT),
  fc.constantFrom(...AGENCIES),
  fc.constantFrom(...AGENCIES),
  fc.constantFrom(...DEADLINES),
  fc.constantFrom(...NOTES),
  fc.constantFrom(...EXTRA),
);

const words = (cell: string): string[] =>
  cell
    .replace(/<\/?b>/g, '')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '' && w !== 'và');

describe('planFromRows keeps every cell', () => {
  it('every word of every cell is in the result (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const r = planFromRows([HEADER, ...rows], {
          columns: {
            number: 'TT',
            content: 'Nội dung',
            lead: 'Chủ trì',
            support: 'Phối hợp',
            deadline: 'Thời gian',
            note: 'Ghi chú',
          },
          headerRow: 0,
          plan: { id: 'p', title: 'Kế hoạch', year: 2018 },
          agencies: [
            { id: 'snv', name: 'Sở Nội vụ', classes: ['so-nganh'] },
            { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh', classes: ['so-nganh'] },
            { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư', classes: ['so-nganh'] },
          ],
          classes: [
            { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' },
            { id: 'ubnd-huyen', name: 'UBND cấp huyện' },
          ],
        });
        if (!r.ok) {
          expect(r.issues.map((i) => i.code)).toEqual(['no_tasks']);
          return;
        }
        const out = JSON.stringify(r.value);
        for (const cells of rows)
          for (const cell of cells) for (const w of words(cell)) expect(out).toContain(w);
      }),
      { numRuns: 300 },
    );
  });
});
