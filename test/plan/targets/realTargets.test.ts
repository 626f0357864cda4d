// Target sentences read in public documents beyond the seed plans, each with
// where it was read: shares, ranks, counts, ranges, and the classes and
// qualifiers that are no target.
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../../src/plan/targets/index.js';

type Reading = [comparator: string, value: number, unit: string];
const readAll = (s: string): Reading[] => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);

const VIETNAMNET =
  'https://vietnamnet.vn/ty-le-tai-su-dung-du-lieu-trong-cung-cap-dich-vu-cong-truc-tuyen-con-thap-2460492.html (Quyết định 942/QĐ-TTg targets)';
const BINHDUONG =
  'https://sonoivu.binhduong.gov.vn/hoat-dong-cai-cach-hanh-chinh/ket-qua-chi-so-hai-long-ve-dich-vu-hanh-chinh-cong-sipas-tinh-binh-duong-nam-2016-286970 (Nghị quyết 30c/NQ-CP)';
const XUANPHUONG =
  'https://xuanphuong.hanoi.gov.vn/cai-cach-hanh-chinh/ubnd-phuong-ban-hanh-ke-hoach-cai-thien-nang-cao-chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-nam-2025-2793250909150849229.htm';
const LAODONG =
  'https://news.laodong.vn/thoi-su/nam-2026-ti-le-nguoi-dan-hai-long-voi-dich-vu-cong-truc-tuyen-dat-toi-thieu-95-1543123.ldo (Quyết định 1565/QĐ-TTg)';
const DIENTU =
  'https://dientuungdung.vn/nam-2023-kinh-te-so-huong-toi-muc-tieu-dong-gop-tren-16-trong-gdp-3984.html';
const DNHN =
  'https://doanhnghiephoinhap.vn/den-nam-2030-80-nguoi-dan-va-doanh-nghiep-se-dung-dich-vu-cong-truc-tuyen-102823.html (Bộ Nội vụ, Nghị quyết 71/NQ-CP)';
const TUYENQUANG = 'https://dofa.tuyenquang.gov.vn/cai-cach-hanh-chinh/trang-4.html';
const HOINHAP = 'https://vietnamhoinhap.vn/vi/ha-nam-dan-dau-ve-ty-le-ho-so-truc-tuyen-toan-trinh-50847.htm';

const rows: readonly [text: string, expected: Reading[], source: string][] = [
  [
    'tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần',
    [['>=', 80, '%']],
    VIETNAMNET,
  ],
  ['tối thiểu 20% thủ tục hành chính của các cơ quan nhà nước được cắt giảm', [['>=', 20, '%']], VIETNAMNET],
  [
    '100% dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng',
    [['>=', 100, '%']],
    VIETNAMNET,
  ],
  [
    'bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020',
    [['>', 80, '%']],
    BINHDUONG,
  ],
  ['đạt mức hài lòng của người dân và tổ chức từ 80% trở lên vào năm 2020', [['>=', 80, '%']], BINHDUONG],
  // a class of the PAPI report and a group with no number are no targets
  ['Chỉ số PAPI duy trì trong nhóm 2 (nhóm Trung bình - Cao) của cả nước', [], XUANPHUONG],
  [
    'Chỉ số PAR INDEX của Thành phố năm 2025 tiếp tục nằm trong nhóm các tỉnh, thành phố trực thuộc Trung ương đứng đầu cả nước',
    [],
    XUANPHUONG,
  ],
  [
    'Năm 2026 tỉ lệ người dân hài lòng với dịch vụ công trực tuyến đạt tối thiểu 95%',
    [['>=', 95, '%']],
    LAODONG,
  ],
  ['phấn đấu tỷ trọng giá trị tăng thêm của kinh tế số trong GDP trên 16%', [['>', 16, '%']], DIENTU],
  ['Tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 8,5%', [['>', 8.5, '%']], DIENTU],
  [
    'Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số, trên 30% doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số',
    [
      ['>', 90, '%'],
      ['>', 30, '%'],
    ],
    DIENTU,
  ],
  ['Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử trên 30%', [['>', 30, '%']], DIENTU],
  // an age says who is counted: it is no target (it used to read as a count of at least 15)
  [
    'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác trên 75%',
    [['>', 75, '%']],
    DIENTU,
  ],
  [
    'Phấn đấu tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin trên 80%',
    [['>', 80, '%']],
    DIENTU,
  ],
  [
    'đến năm 2030, tối thiểu 80% người dân và doanh nghiệp sẽ sử dụng các dịch vụ công trực tuyến',
    [['>=', 80, '%']],
    DNHN,
  ],
  [
    'đến năm 2030, 90% thủ tục hành chính đủ điều kiện sẽ được cung cấp dưới hình thức trực tuyến toàn trình',
    [['>=', 90, '%']],
    DNHN,
  ],
  ['100% hồ sơ và kết quả giải quyết thủ tục hành chính sẽ được số hóa', [['>=', 100, '%']], DNHN],
  // places climbed are a count
  [
    'Tuyên Quang đạt 86,57%, xếp thứ 34/63 tỉnh, thành phố, tăng 2,76%, tăng 1 bậc so với năm 2020',
    [
      ['>=', 86.57, '%'],
      ['<=', 34, 'rank'],
      ['>=', 2.76, '%'],
      ['>=', 1, 'count'],
    ],
    TUYENQUANG,
  ],
  ['Các tỉnh thành còn lại đạt tỷ lệ dưới 50%', [['<', 50, '%']], HOINHAP],
];

describe('target sentences from public documents', () => {
  it.each(rows.map(([t, e, s]) => [`${t} (${s})`, t, e] as const))('%s', (_n, text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });
});

describe('ranges written with a bare dash (no public page found for the exact phrase)', () => {
  it('reads "đạt 80-90%" as from 80 to 90, like "từ 80 đến 90%"', () => {
    expect(readAll('Tỷ lệ hồ sơ đạt 80-90%')).toEqual([
      ['>=', 80, '%'],
      ['<=', 90, '%'],
    ]);
    expect(readAll('giảm 10 - 15% thời gian')).toEqual([
      ['>=', 10, '%'],
      ['<=', 15, '%'],
    ]);
    expect(readAll('Chỉ số SIPAS tăng từ 2 - 3 bậc')).toEqual([
      ['>=', 2, 'count'],
      ['<=', 3, 'count'],
    ]);
  });

  it('keeps dates, codes and periods out of it', () => {
    expect(readAll('Giai đoạn 2016-2020 đạt 80%')).toEqual([['>=', 80, '%']]);
    expect(readAll('ngày 08-11-2011 đạt 50%')).toEqual([['>=', 50, '%']]);
    expect(readAll('Quý 3-80%')).toEqual([['>=', 80, '%']]);
    // a "range" whose ends are the wrong way round is not one
    expect(readAll('đạt 90-80%')).toEqual([['>=', 80, '%']]);
  });

  it('reads an age as no target', () => {
    expect(readAll('trẻ em dưới 6 tuổi được cấp thẻ')).toEqual([]);
    expect(readAll('người từ 60 tuổi trở lên')).toEqual([]);
  });
});
