/**
 * Four component criteria of Cà Mau's PAR-Index decision (QĐ 1880/QĐ-UBND,
 * 2013), the ones whose rules and points are recorded: a PARTIAL preset.
 *
 * @module
 */
import type { CriteriaSetJson, SourceDocument } from '../types.js';

/**
 * Source: Quyết định 1880/QĐ-UBND năm 2013 của UBND tỉnh Cà Mau (xác định Chỉ
 * số cải cách hành chính), as recorded in the design note PAR-INDEX.md
 * ("Scoring rules seen in real criteria sets") from
 * https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx
 * — annual plan on time 1 / late 0,5 / not issued 0; plan covering every task
 * of the province's plan and funded → 1; plan completion over 90 % → 2, 70 %
 * to 90 % → 1, under 70 % → 0; every periodic report (quarter I, half-year,
 * quarter III, year) on time → 1, else 0. The rest of the decision's table
 * (other criteria, the area maxima, the decision's own numbering, its date)
 * was not readable: ids here are descriptive, not the decision's.
 *
 * @internal
 */
export const caMau2013ExcerptJson: CriteriaSetJson & { readonly document: SourceDocument } = {
  schemaVersion: 1,
  id: 'vn-ca-mau-2013-excerpt',
  title:
    'Cà Mau 2013 (QĐ 1880/QĐ-UBND) — trích 4 tiêu chí thành phần về kế hoạch và báo cáo CCHC (KHÔNG đầy đủ)',
  document: {
    number: '1880/QĐ-UBND',
    issuer: 'UBND tỉnh Cà Mau',
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx',
  },
  source: {
    title: 'Quyết định 1880/QĐ-UBND năm 2013 xác định Chỉ số cải cách hành chính tỉnh Cà Mau — trích',
    number: '1880/QĐ-UBND',
    issuer: 'UBND tỉnh Cà Mau',
    url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx',
    note:
      'Bản trích: chỉ 4 tiêu chí thành phần có quy tắc chấm và điểm đã ghi nhận (tổng 5 điểm), không phải toàn bộ lĩnh vực hay bộ chỉ số; mã và tên mục là mô tả, không phải số thứ tự của Quyết định. / ' +
      'Excerpt: only the 4 components whose rules and points are recorded (5 points in all), not a whole area or set; ids and titles are descriptive, not the decision’s numbering.',
  },
  counts: { areas: 1, criteria: 4 },
  nodes: [
    {
      id: 'ke-hoach-bao-cao',
      title: 'Kế hoạch và báo cáo CCHC (trích từ lĩnh vực công tác chỉ đạo, điều hành CCHC)',
      max: 5,
      children: [
        {
          id: 'ke-hoach-ban-hanh',
          title: 'Ban hành kế hoạch CCHC năm',
          max: 1,
          rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } },
        },
        {
          id: 'ke-hoach-noi-dung',
          title: 'Kế hoạch CCHC năm đủ nhiệm vụ theo kế hoạch của tỉnh và có kinh phí thực hiện',
          max: 1,
          rule: {
            kind: 'allOf',
            conditions: ['Đủ nhiệm vụ theo kế hoạch CCHC của tỉnh', 'Có kinh phí thực hiện'],
          },
        },
        {
          id: 'ke-hoach-hoan-thanh',
          title: 'Mức độ hoàn thành kế hoạch CCHC',
          max: 2,
          rule: {
            kind: 'tiers',
            label: 'Tỷ lệ hoàn thành',
            tiers: [
              { min: 70, points: 1 },
              { above: 90, points: 2 },
            ],
          },
        },
        {
          id: 'bao-cao-dinh-ky',
          title: 'Thực hiện chế độ báo cáo CCHC định kỳ đúng hạn',
          max: 1,
          rule: {
            kind: 'allOf',
            conditions: ['Báo cáo quý I', 'Báo cáo 6 tháng', 'Báo cáo quý III', 'Báo cáo năm'],
          },
        },
      ],
    },
  ],
};
