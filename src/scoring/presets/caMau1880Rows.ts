/**
 * Rows of the annex of Quyết định 1880/QĐ-UBND (2013) of UBND tỉnh Cà Mau
 * (xác định Chỉ số cải cách hành chính): criteria 1.1 and 1.2 of area 1,
 * "Công tác chỉ đạo, điều hành CCHC", as published at
 * https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx
 *
 * The annex's columns as printed: STT | Lĩnh vực/Tiêu chí/Tiêu chí thành
 * phần | Điểm tối đa | Điểm đánh giá (Điều tra XHH, Tự đánh giá, SNV đánh
 * giá) | Điểm đạt được | Chỉ số | Ghi chú. The scoring lines are printed
 * under each component, one per outcome, with their points; they are typed
 * here as rows without a number, the points in the "Điểm tối đa" column,
 * the score columns (empty in the annex) left out. Wording as published,
 * including "quí".
 *
 * Only the opening rows of the table were readable: area 1 has 20 points,
 * of which these two criteria hold 7 (1.1: 5, 1.2: 2); criterion 1.3
 * ("Kiểm tra công tác CCHC", 3 points) and everything after it are
 * missing. An official decision is a legal document, not a protected work
 * (Luật Sở hữu trí tuệ, Điều 15).
 *
 * @internal
 * @module
 */

/** @internal */
export const CA_MAU_1880_SOURCE_URL =
  'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx';

/** The annex rows of criteria 1.1 and 1.2, header first. @internal */
export const CA_MAU_1880_ROWS: readonly (readonly string[])[] = [
  ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa'],
  ['1.1', 'Kế hoạch CCHC năm', '5'],
  ['1.1.1', 'Ban hành kế hoạch CCHC năm', '1'],
  ['', 'Ban hành kịp thời', '1'],
  ['', 'Ban hành không kịp thời', '0,5'],
  ['', 'Không ban hành', '0'],
  [
    '1.1.2',
    'Xác định đầy đủ các nhiệm vụ CCHC trên các lĩnh vực theo kế hoạch năm của UBND tỉnh và bố trí kinh phí thực hiện',
    '1',
  ],
  ['', 'Xác định đầy đủ nhiệm vụ và có bố trí kinh phí', '1'],
  ['', 'Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí', '0'],
  [
    '1.1.3',
    'Các kết quả phải đạt được xác định rõ ràng, cụ thể và định rõ trách nhiệm triển khai của phòng, ban, đơn vị trực thuộc',
    '1',
  ],
  ['', 'Đạt yêu cầu', '1'],
  ['', 'Không đạt yêu cầu', '0'],
  ['1.1.4', 'Mức độ thực hiện kế hoạch CCHC', '2'],
  ['', 'Thực hiện trên 90% kế hoạch', '2'],
  ['', 'Thực hiện từ 70% - 90% kế hoạch', '1'],
  ['', 'Dưới 70% kế hoạch', '0'],
  ['1.2', 'Báo cáo CCHC', '2'],
  [
    '1.2.1',
    'Tất cả báo cáo được gửi đúng thời gian quy định (báo cáo quí I, quí III, báo cáo 6 tháng và báo cáo năm)',
    '1',
  ],
  ['', 'Đủ số lượng và đúng thời gian quy định', '1'],
  ['', 'Không đủ số lượng báo cáo hoặc không đúng thời gian quy định', '0'],
  ['1.2.2', 'Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn', '1'],
  ['', 'Đạt yêu cầu', '1'],
  ['', 'Không đạt yêu cầu', '0'],
];
