/**
 * Thanh Hóa's 20 departments, PAR Index 2023, as published with QĐ
 * 482/QĐ-UBND (17/2/2024) — figures from the press report
 * https://congthuong.vn/nganh-giao-duc-thanh-hoa-doi-so-chi-so-cai-cach-hanh-chinh-374748.html
 * Published mean 85.41. Only the two-decimal indices are public; each
 * department is scored here on a 100-point manual set with that index as
 * its total.
 */
export const THANH_HOA_2023: readonly (readonly [string, string, number])[] = [
  ['stc', 'Sở Tài chính', 90.05],
  ['snv', 'Sở Nội vụ', 90.02],
  ['vp', 'Văn phòng UBND tỉnh', 90.02],
  ['stp', 'Sở Tư pháp', 89.3],
  ['stttt', 'Sở Thông tin và Truyền thông', 88.04],
  ['kkt', 'BQL Khu kinh tế Nghi Sơn và các KCN', 86.32],
  ['snn', 'Sở Nông nghiệp và PTNT', 86.02],
  ['sxd', 'Sở Xây dựng', 85.91],
  ['sgtvt', 'Sở Giao thông vận tải', 85.83],
  ['sct', 'Sở Công Thương', 85.26],
  ['skhdt', 'Sở Kế hoạch và Đầu tư', 85.1],
  ['sldtbxh', 'Sở Lao động - Thương binh và Xã hội', 85.03],
  ['skhcn', 'Sở Khoa học và Công nghệ', 85.02],
  ['syt', 'Sở Y tế', 85.02],
  ['svhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 85.01],
  ['ttr', 'Thanh tra tỉnh', 84.6],
  ['sngv', 'Sở Ngoại vụ', 83.69],
  ['bdt', 'Ban Dân tộc', 82.91],
  ['stnmt', 'Sở Tài nguyên và Môi trường', 78.56],
  ['sgddt', 'Sở Giáo dục và Đào tạo', 76.53],
];
