/**
 * Criteria 1.1 and 1.2 of Cà Mau's PAR-Index decision (QĐ 1880/QĐ-UBND,
 * 2013), read from the annex's rows by `criteriaFromRows`: a PARTIAL preset.
 *
 * @module
 */
import { CchcError } from '../../core/result.js';
import { criteriaFromRows } from '../text/criteriaFromRows.js';
import type { CriteriaSetJson, SourceDocument } from '../types.js';
import { CA_MAU_1880_ROWS, CA_MAU_1880_SOURCE_URL } from './caMau1880Rows.js';

const document: SourceDocument = {
  number: '1880/QĐ-UBND',
  issuer: 'UBND tỉnh Cà Mau',
  url: CA_MAU_1880_SOURCE_URL,
};

function build(): CriteriaSetJson & { readonly document: SourceDocument } {
  const r = criteriaFromRows(CA_MAU_1880_ROWS, {
    columns: { number: 'STT', title: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', max: 'Điểm tối đa' },
    headerRow: 0,
    set: {
      id: 'vn-ca-mau-2013-excerpt',
      title:
        'Cà Mau 2013 (QĐ 1880/QĐ-UBND) — tiêu chí 1.1 Kế hoạch CCHC năm và 1.2 Báo cáo CCHC (KHÔNG đầy đủ)',
      document,
      source: {
        title:
          'Quyết định 1880/QĐ-UBND năm 2013 xác định Chỉ số cải cách hành chính tỉnh Cà Mau — Phụ lục, trích',
        number: '1880/QĐ-UBND',
        issuer: 'UBND tỉnh Cà Mau',
        url: CA_MAU_1880_SOURCE_URL,
        note:
          'Bản trích: tiêu chí 1.1 (5 điểm) và 1.2 (2 điểm) của lĩnh vực 1 "Công tác chỉ đạo, điều hành CCHC" (20 điểm), đọc từ các dòng của Phụ lục bằng criteriaFromRows; từ tiêu chí 1.3 trở đi chưa đọc được. Mã là số thứ tự của Quyết định. / ' +
          'Excerpt: criteria 1.1 (5 points) and 1.2 (2 points) of area 1 "Công tác chỉ đạo, điều hành CCHC" (20 points), read from the annex rows by criteriaFromRows; criterion 1.3 onwards was not readable. Ids are the decision’s numbering.',
      },
    },
  });
  // Shipped data: a failure here is a bug in the library, caught by its tests.
  if (!r.ok) throw new CchcError(r.issues);
  return r.value as CriteriaSetJson & { readonly document: SourceDocument };
}

let json: (CriteriaSetJson & { readonly document: SourceDocument }) | undefined;

/**
 * Source: the annex of Quyết định 1880/QĐ-UBND năm 2013 của UBND tỉnh Cà Mau
 * (xác định Chỉ số cải cách hành chính), criteria 1.1 and 1.2, typed in
 * caMau1880Rows.ts and read by `criteriaFromRows`. The decision's date and
 * everything after row 1.2.2 were not readable.
 *
 * @internal
 */
export function caMau2013ExcerptJson(): CriteriaSetJson & { readonly document: SourceDocument } {
  json ??= build();
  return json;
}
