/**
 * The provincial area structure of the PAR Index under QĐ 2948/QĐ-BNV
 * (28/12/2017): 8 areas with their maxima, each area one `manual` leaf.
 *
 * @module
 */
import type { CriteriaSetJson, SourceDocument } from '../types.js';

/**
 * Source: Quyết định 2948/QĐ-BNV ngày 28/12/2017 của Bộ Nội vụ, the area
 * maxima of the provincial index (UBND tỉnh), as published by the Ministry's
 * training pages: https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610.
 * Titles are the area names as recorded there, abbreviations written out.
 * The per-criterion table (38 criteria, 81 components) was not reachable, so
 * each area is a single `manual` leaf: enter the area's points.
 *
 * @internal
 */
export const vnProvince2017Json: CriteriaSetJson & { readonly document: SourceDocument } = {
  schemaVersion: 1,
  id: 'vn-province-2017',
  title: 'Chỉ số CCHC cấp tỉnh năm 2017 — cấu trúc lĩnh vực (QĐ 2948/QĐ-BNV)',
  document: { number: '2948/QĐ-BNV', date: '2017-12-28', issuer: 'Bộ Nội vụ' },
  source: {
    title: 'Bộ Chỉ số CCHC của UBND tỉnh, thành phố trực thuộc Trung ương (điểm tối đa từng lĩnh vực)',
    number: '2948/QĐ-BNV',
    date: '2017-12-28',
    issuer: 'Bộ Nội vụ',
    url: 'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610',
    note:
      'Chỉ có cấu trúc 8 lĩnh vực và điểm tối đa từng lĩnh vực (tổng 100). Bảng tiêu chí, tiêu chí thành phần (38 tiêu chí, 81 tiêu chí thành phần) chưa đọc được: mỗi lĩnh vực là một mục nhập điểm trực tiếp (manual). / ' +
      'Area structure and maxima only (sum 100); the table of 38 criteria and 81 components was not readable, so each area is one manual leaf.',
  },
  year: 2017,
  unitType: 'province',
  counts: { areas: 8 },
  nodes: [
    { id: '1', title: 'Công tác chỉ đạo, điều hành CCHC', max: 10, rule: { kind: 'manual' } },
    {
      id: '2',
      title: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật',
      max: 10,
      rule: { kind: 'manual' },
    },
    { id: '3', title: 'Cải cách thủ tục hành chính', max: 14.5, rule: { kind: 'manual' } },
    { id: '4', title: 'Cải cách tổ chức bộ máy', max: 11, rule: { kind: 'manual' } },
    {
      id: '5',
      title: 'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
      max: 16,
      rule: { kind: 'manual' },
    },
    { id: '6', title: 'Cải cách tài chính công', max: 7, rule: { kind: 'manual' } },
    { id: '7', title: 'Hiện đại hóa hành chính', max: 16, rule: { kind: 'manual' } },
    {
      id: '8',
      title: 'Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội',
      max: 15.5,
      rule: { kind: 'manual' },
    },
  ],
};
