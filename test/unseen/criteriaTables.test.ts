// Criteria tables laid out as the decisions print them, read by criteriaFromRows: the scoring
// lines under a leaf (Cà Mau) and the scoring lines with their points in the max column
// (ngành Tư pháp, Đồng Tháp).
import { describe, expect, it } from 'vitest';
import { criteriaFromRows } from '../../src/scoring/text/index.js';

describe('criteria tables as published', () => {
  // Quyết định 1880/QĐ-UBND (2013) of UBND tỉnh Cà Mau, annex rows 1.1.1 and 1.1.4 (the
  // parents' maxima here are the sums of these two leaves).
  it('Cà Mau 1880/QĐ-UBND: levels and tiers written on the rows under the leaf', () => {
    const rows = [
      ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm đánh giá'],
      ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '3', ''],
      ['1.1', 'Kế hoạch CCHC năm', '3', ''],
      ['1.1.1', 'Ban hành kế hoạch CCHC năm', '1', ''],
      ['', 'Ban hành kịp thời: 1', '', ''],
      ['', 'Ban hành không kịp thời: 0,5', '', ''],
      ['', 'Không ban hành: 0', '', ''],
      ['1.1.4', 'Mức độ thực hiện kế hoạch CCHC', '2', ''],
      ['', 'Thực hiện trên 90% kế hoạch: 2', '', ''],
      ['', 'Thực hiện từ 70% - 90% kế hoạch: 1', '', ''],
      ['', 'Dưới 70% kế hoạch: 0', '', ''],
    ];
    const r = criteriaFromRows(rows, {
      columns: { number: 'STT', title: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', max: 'Điểm tối đa' },
      set: { id: 'ca-mau-2013', title: 'Chỉ số CCHC Cà Mau 2013' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const leaves = r.value.nodes[0]?.children?.[0]?.children ?? [];
    expect(leaves.map((n) => [n.id, n.max, n.rule])).toEqual([
      [
        '1.1.1',
        1,
        {
          kind: 'levels',
          levels: { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 },
        },
      ],
      [
        '1.1.4',
        2,
        {
          kind: 'tiers',
          tiers: [
            { above: 90, points: 2 },
            { min: 70, points: 1 },
          ],
        },
      ],
    ]);
  });

  // Bảng tiêu chí thi đua ngành Tư pháp năm 2022 (Sở Tư pháp Đồng Tháp), tiêu chí 1.1: each
  // scoring line in the title column, its points in the "Điểm chuẩn" column.
  it('ngành Tư pháp 2022: scoring lines with their points in the max column', () => {
    const rows = [
      ['Số TT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm chấm'],
      [
        'I',
        'CÔNG TÁC XÂY DỰNG, THẨM ĐỊNH ĐỀ NGHỊ VÀ DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT VÀ CÔNG TÁC PHÁP CHẾ',
        '2',
        '',
      ],
      ['1', 'Công tác xây dựng pháp luật, thẩm định đề nghị và dự thảo văn bản quy phạm pháp luật', '2', ''],
      [
        '1.1',
        'Lập đề nghị xây dựng văn bản quy phạm pháp luật (Thẩm định đề nghị xây dựng Nghị quyết của Hội đồng nhân dân)',
        '2',
        '',
      ],
      ['', 'Thẩm định đạt 100% văn bản gửi đến đúng tiến độ', '2', ''],
      ['', 'Thẩm định đạt từ 95% đến dưới 100% văn bản gửi đến đúng tiến độ', '1.75', ''],
      ['', 'Thẩm định đạt từ 80% đến dưới 95% văn bản gửi đến đúng tiến độ', '1.5', ''],
      ['', 'Thẩm định đạt từ 70% đến dưới 80% văn bản gửi đến đúng tiến độ', '1', ''],
      ['', 'Thẩm định đạt từ 60% đến dưới 70% văn bản gửi đến đúng tiến độ', '0.5', ''],
      ['', 'Thẩm định đạt dưới 60% văn bản gửi đến đúng tiến độ', '0', ''],
    ];
    const r = criteriaFromRows(rows, {
      columns: { number: 'Số TT', title: 'Tiêu chí', max: 'Điểm chuẩn' },
      set: { id: 'tu-phap-2022', title: 'Thi đua ngành Tư pháp 2022' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const leaf = r.value.nodes[0]?.children?.[0]?.children?.[0];
    expect(leaf?.max).toBe(2);
    expect(leaf?.rule).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 100, points: 2 },
        { min: 95, points: 1.75 },
        { min: 80, points: 1.5 },
        { min: 70, points: 1 },
        { min: 60, points: 0.5 },
      ],
    });
  });
});
