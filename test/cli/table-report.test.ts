// The plan-table check's own parts, in process: finding the header and the
// columns, the year, and the reading report's text in time linear in its size.
import { describe, expect, it } from 'vitest';
import {
  guessPlanColumns,
  type TableValidation,
  tableReportText,
  yearOfText,
} from '../../src/cli/commands/planTable.js';
import { growthRatios } from '../support/growth.js';

describe('guessPlanColumns', () => {
  it('finds the columns of the four sample layouts by their headings', () => {
    const layouts: [string[], Record<string, number>][] = [
      [
        ['Nhiệm vụ chung', 'Nhiệm vụ cụ thể', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        { group: 0, content: 1, lead: 2, support: 3, deadline: 4 },
      ],
      [
        [
          'Nhóm nhiệm vụ',
          'Số',
          'Nội dung',
          'Cơ quan chủ trì (theo mục IV)',
          'Cơ quan phối hợp (theo mục IV)',
          'Thời gian hoàn thành',
          'Căn cứ phân công',
          'Nguồn thời hạn',
        ],
        { group: 0, number: 1, content: 2, lead: 3, support: 4, deadline: 5 },
      ],
      [
        [
          'TT',
          'Nội dung và kết quả đầu ra',
          'Lộ trình triển khai',
          'Cơ quan chủ trì tham mưu',
          'Cơ quan phối hợp triển khai thực hiện',
          'Ghi chú',
        ],
        { number: 0, content: 1, deadline: 2, lead: 3, support: 4, note: 5 },
      ],
      [
        [
          'STT',
          'NHIỆM VỤ',
          'SẢN PHẨM',
          'CHỦ TRÌ',
          'PHỐI HỢP',
          'THỜI GIAN',
          'KINH PHÍ (triệu đồng)',
          'NGUỒN KINH PHÍ',
        ],
        { number: 0, content: 1, product: 2, lead: 3, support: 4, deadline: 5, budget: 6, source: 7 },
      ],
    ];
    for (const [header, want] of layouts) {
      const g = guessPlanColumns([['KẾ HOẠCH CCHC NĂM 2019'], header, ['1', 'Việc']]);
      expect(g?.headerRow, header.join('|')).toBe(1);
      expect(g?.columns, header.join('|')).toEqual(want);
    }
    // Without diacritics, and in NFD, the same.
    const plain = guessPlanColumns([['TT', 'Noi dung', 'Co quan chu tri', 'Thoi gian']]);
    expect(plain?.columns).toEqual({ number: 0, content: 1, lead: 2, deadline: 3 });
    const nfd = guessPlanColumns([
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'].map((h) => h.normalize('NFD')),
    ]);
    expect(nfd?.columns).toEqual({ number: 0, content: 1, lead: 2, deadline: 3 });
  });

  it('reads a heading over two rows only when it names more columns', () => {
    const g = guessPlanColumns([
      ['TT', 'Nội dung', 'Cơ quan thực hiện', '', 'Thời gian'],
      ['', '', 'Chủ trì', 'Phối hợp', ''],
    ]);
    expect(g?.headerRow).toBe(1);
    expect(g?.columns).toEqual({ number: 0, content: 1, lead: 2, support: 3, deadline: 4 });
    // A title row above a full header is not part of it.
    const t = guessPlanColumns([['PHỤ LỤC NHIỆM VỤ'], ['TT', 'Nội dung', 'Chủ trì', 'Thời gian']]);
    expect(t?.headerRow).toBe(1);
  });

  it('is null for a table without a content column and one other', () => {
    expect(guessPlanColumns([['a', 'b']])).toBeNull();
    expect(guessPlanColumns([['Nội dung', 'Ghi chú']])).toBeNull();
    expect(guessPlanColumns([])).toBeNull();
  });
});

describe('yearOfText', () => {
  it('reads a period or a year, and nothing from other numbers', () => {
    expect(yearOfText('KẾ HOẠCH CCHC GIAI ĐOẠN 2016 – 2020')).toEqual({ period: { from: 2016, to: 2020 } });
    expect(yearOfText('ke-hoach-2016-2020')).toEqual({ period: { from: 2016, to: 2020 } });
    expect(yearOfText('Kế hoạch CCHC năm 2019 (Quyết định 123/QĐ-UBND)')).toEqual({ year: 2019 });
    expect(yearOfText('phu-luc')).toBeNull();
    expect(yearOfText('Quyết định 12345/QĐ')).toBeNull();
    // A range longer than a plan's is a year followed by another number.
    expect(yearOfText('1990-2030')).toEqual({ year: 1990 });
  });
});

describe('tableReportText', () => {
  const validation = (n: number): TableValidation => ({
    kind: 'table',
    valid: true,
    issues: [],
    warnings: [],
    summary: '',
    summaryEn: '',
    columns: null,
    year: { year: 2019, from: 'option' },
    report: {
      headerRow: 0,
      rows: n,
      groups: 1,
      tasks: n,
      unreadDeadlines: Array.from({ length: n }, (_, i) => ({
        row: i + 1,
        taskId: `I.${i + 1}`,
        text: i % 2 === 0 ? 'Giữa năm' : 'trước ngày 15 tháng 12',
        code: 'unread_deadline' as const,
        reason: 'Không đọc được thời hạn',
        reasonEn: 'The deadline could not be read',
      })),
      unreadTargets: [],
      skippedRows: [],
      emptyLeads: [],
      unknownAgencies: Array.from({ length: n }, (_, i) => ({
        row: i + 1,
        column: 2,
        field: 'lead' as const,
        taskId: `I.${i + 1}`,
        text: `Phòng ${i % 100}`,
        agencyId: `phong-${i % 100}`,
        code: 'agency_created' as const,
        reason: '',
        reasonEn: '',
      })),
    },
  });

  it('lists each agency name once, with its first rows', () => {
    const text = tableReportText(validation(1000), 'vi', 80);
    expect(text).toContain('Tên cơ quan không có trong danh mục: 100 tên, 1000 lần');
    expect(text).toMatch(/Phòng 0 +chủ trì +2, 102, 202, 302, 402, 502, 602, 702, …/);
  });

  it('takes time linear in the number of entries', () => {
    const ratios = growthRatios((v: TableValidation) => tableReportText(v, 'vi', 80), validation, {
      sizes: [500, 5_000, 50_000],
      rounds: 2,
    });
    for (const r of ratios) expect(r).toBeLessThanOrEqual(15);
  });
});
