// Targets (chỉ tiêu) as public documents word them, read as an official reads them: the
// comparator, the value and the unit of each; with and without diacritics, NFC and NFD.
// Each row names the document (number and issuer) or the page it was read on.
import { describe, expect, it } from 'vitest';
import { meetsTarget, parseTarget, parseTargets } from '../../src/plan/targets/index.js';
import { spellings } from './variants.js';

type Reading = [comparator: string, value: number, unit: string];
const readAll = (s: string): Reading[] => parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);

// Nghị quyết 66/NQ-CP (2025) of the Government, programme of cutting administrative
// procedures, as reported by Báo Đấu thầu (m.baodauthau.vn, "Cắt giảm, đơn giản hóa điều
// kiện đầu tư kinh doanh không cần thiết").
const NQ66 = 'Nghị quyết 66/NQ-CP 2025 (Chính phủ), via m.baodauthau.vn post176261';
// UBND tỉnh Thanh Hóa, Kế hoạch chuyển đổi số năm 2025, as reported by Báo Mới
// (lite.baomoi.com, "90% thủ tục hành chính được cung cấp trực tuyến toàn trình trong năm 2025").
const TH = 'Kế hoạch chuyển đổi số năm 2025, UBND tỉnh Thanh Hóa, via lite.baomoi.com c51227903';
// Bộ Thông tin và Truyền thông figures for 2024, kinhtedothi.vn "Hà Nam dẫn đầu cả nước về tỷ lệ
// hồ sơ trực tuyến toàn trình".
const EMC =
  'Bộ TT&TT, EMC 2024 figures, via kinhtedothi.vn ha-nam-dan-dau-ca-nuoc-ve-ty-le-ho-so-truc-tuyen-toan-trinh';
// Bộ Nội vụ, PAR Index 2024 announcement, via baomoi.net.vn c51908021.
const PAR2024 = 'Bộ Nội vụ, công bố Chỉ số CCHC 2024, via baomoi.net.vn c51908021';
// Báo Thừa Thiên Huế, section Cải cách hành chính (news.baothuathienhue.vn).
const BTTH = 'news.baothuathienhue.vn/chinh-tri-xa-hoi/cai-cach-hanh-chinh';
// Bộ Nội vụ, Kế hoạch kiểm soát thủ tục hành chính năm 2025 (news.laodong.vn
// "bo-noi-vu-dat-muc-tieu-ve-thu-tuc-hanh-chinh-nam-2025-1446903").
const BNV2025 = 'Bộ Nội vụ, Kế hoạch kiểm soát TTHC năm 2025, via news.laodong.vn 1446903';

// Kế hoạch 100 ngày (Nghị quyết 57-NQ/TW) of Đảng bộ xã Công Hải, the tasks' expected outputs.
const CH = 'Kế hoạch 100 ngày thực hiện Nghị quyết 57-NQ/TW, Đảng bộ xã Công Hải';

const rows: readonly [text: string, expected: Reading[], source: string][] = [
  [
    'Chính phủ đặt mục tiêu năm 2025 giảm ít nhất 30% thời gian giải quyết thủ tục hành chính, 30% chi phí tuân thủ thủ tục hành chính.',
    [
      ['>=', 30, '%'],
      ['>=', 30, '%'],
    ],
    NQ66,
  ],
  [
    'bảo đảm bãi bỏ ít nhất 30% điều kiện đầu tư kinh doanh không cần thiết; giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC.',
    [
      ['>=', 30, '%'],
      ['>=', 30, '%'],
      ['>=', 30, '%'],
    ],
    NQ66,
  ],
  [
    'Cắt giảm 50% thời gian giải quyết TTHC, 50% chi phí tuân thủ TTHC so với năm 2024; 100% TTHC quy định tại quy chuẩn kỹ thuật, tiêu chuẩn bắt buộc áp dụng phải được công bố, rà soát, cắt giảm, đơn giản hóa; 100% chế độ báo cáo của doanh nghiệp được thực hiện điện tử.',
    [
      ['>=', 50, '%'],
      ['>=', 50, '%'],
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
    NQ66,
  ],
  ['phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số', [['<=', 10, 'rank']], TH],
  [
    'đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, với tối thiểu 70% hồ sơ được xử lý trực tuyến và 45% giao dịch thanh toán trực tuyến.',
    [
      ['>=', 90, '%'],
      ['>=', 70, '%'],
      ['>=', 45, '%'],
    ],
    TH,
  ],
  ['Đáng chú ý, 90% hồ sơ giải quyết thủ tục hành chính sẽ được số hóa.', [['>=', 90, '%']], TH],
  [
    'Tỉnh đặt mục tiêu 100% thôn, bản được phủ sóng di động và 100% hộ gia đình có kết nối Internet.',
    [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
    TH,
  ],
  [
    '100% văn bản, hồ sơ công việc được xử lý trên môi trường mạng, 80% cuộc họp thực hiện thông qua hệ thống họp không giấy tờ.',
    [
      ['>=', 100, '%'],
      ['>=', 80, '%'],
    ],
    TH,
  ],
  [
    'Đến cuối năm 2025, toàn tỉnh phấn đấu có 06 huyện, thị xã, thành phố và 300 xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số.',
    [
      ['>=', 6, 'count'],
      ['>=', 300, 'count'],
    ],
    TH,
  ],
  [
    'tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt 20% GRDP. Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%. Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%.',
    [
      ['>=', 20, '%'],
      ['>=', 10, '%'],
      ['>', 10, '%'],
      ['>=', 80, '%'],
    ],
    TH,
  ],
  // "chỉ đạt 45,8%" is what was reached (a report), the target is "50%"
  ['Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%.', [['>=', 50, '%']], EMC],
  [
    'Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ 90% trở lên; nhóm B gồm 50 tỉnh, thành đạt từ 80% đến dưới 90%.',
    [
      ['>=', 90, '%'],
      ['>=', 80, '%'],
      ['<', 90, '%'],
    ],
    PAR2024,
  ],
  ['Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính', [['<=', 10, 'rank']], BTTH],
  [
    'Tỷ lệ giải quyết hồ sơ trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu 50%',
    [['>=', 50, '%']],
    BNV2025,
  ],
  [
    'Phấn đấu đạt tỷ lệ số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực',
    [['>=', 100, '%']],
    BNV2025,
  ],
  [
    '100% thôn có cáp quang băng rộng; không có khu vực dân cư bị lõm sóng, thiếu điện',
    [['>=', 100, '%']],
    CH,
  ],
  ['Tối thiểu 98% dữ liệu được chuẩn hoá, đồng bộ', [['>=', 98, '%']], CH],
  ['Tối thiểu 80% dữ liệu đủ điều kiện được làm sạch, đồng bộ', [['>=', 80, '%']], CH],
  ['100% văn bản được ký số, ban hành toàn trình trên hệ thống ĐHTN', [['>=', 100, '%']], CH],
  ['Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 98%', [['>=', 98, '%']], CH],
  ['Tối thiểu 50% người dân trong độ tuổi trưởng thành có chữ ký số cá nhân', [['>=', 50, '%']], CH],
  [
    '100% học sinh có học bạ số; 100% trường học không dùng tiền mặt',
    [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
    CH,
  ],
  // the date is no quantity
  ['Tỷ lệ giải ngân vốn NSNN cho CĐS đạt tối thiểu 85% trước ngày 15/12/2026', [['>=', 85, '%']], CH],
  [
    'Kế hoạch và Biên bản kiểm tra tối thiểu 30% tổ chức, bộ phận trực thuộc trong năm',
    [['>=', 30, '%']],
    CH,
  ],
  [
    'Đạt ≥100 lượt người tham gia trực tiếp và ≥100 tin, bài đăng phát trên loa đài, cổng TTĐT',
    [
      ['>=', 100, 'count'],
      ['>=', 100, 'count'],
    ],
    CH,
  ],
  // "mức độ 2" is a level, not a quantity
  ['Cấp tài khoản định danh điện tử VNeID mức độ 2 cho 100% công dân đủ điều kiện', [['>=', 100, '%']], CH],
];

describe('targets read from public plans and reports', () => {
  for (const [text, expected, source] of rows) {
    for (const [spelling, written] of spellings(text)) {
      it(`${spelling}: ${text.slice(0, 70)}… (${source})`, () => {
        expect(readAll(written)).toEqual(expected);
      });
    }
  }
});

describe('a value reached is not a target', () => {
  // kinhtedothi.vn (Bộ TT&TT figures): "tỷ lệ này chỉ đạt 45,8%"; Cổng TTĐT tỉnh Hòa Bình,
  // 21/09/2022: "tỷ lệ giải quyết hồ sơ thủ tục hành chính đạt 96,6%" is a result too, but
  // written with a bare "đạt" it reads like a plan's target, and is read as one.
  it.each([
    ['tỷ lệ này chỉ đạt 45,8%'],
    ['tỷ lệ hồ sơ trực tuyến toàn trình đã đạt 68,54%'],
    ['tỷ lệ này mới đạt 18,54%'],
    ['ty le nay chi dat 45,8%'],
  ])('%s', (text) => {
    expect(readAll(text)).toEqual([]);
  });

  it('a strong comparator after "đã đạt" is still a result', () => {
    expect(readAll('Năm 2024 Chỉ số SIPAS đã đạt trên 85%')).toEqual([]);
  });

  it('"đạt" alone stays a target: "đạt 80%" (Thanh Hóa plan)', () => {
    expect(readAll('Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 80%')).toEqual([['>=', 80, '%']]);
  });
});

describe("meetsTarget on the plans' targets", () => {
  it('"giảm ít nhất 30% thời gian": a cut of 30% meets it, 29.9% does not (Nghị quyết 66/NQ-CP)', () => {
    const t = parseTarget('giảm ít nhất 30% thời gian giải quyết thủ tục hành chính');
    expect(t).not.toBeNull();
    if (t === null) return;
    expect(meetsTarget(t, 30)).toBe(true);
    expect(meetsTarget(t, 29.9)).toBe(false);
  });
  it('"đạt trên 10%": exactly 10% is not above it (Thanh Hóa plan)', () => {
    const t = parseTarget('Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%');
    expect(t).not.toBeNull();
    if (t === null) return;
    expect(meetsTarget(t, 10)).toBe(false);
    expect(meetsTarget(t, 10.001)).toBe(true);
  });
  it('"top 10": rank 10 meets it, 11 does not', () => {
    const t = parseTarget('phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số');
    expect(t).not.toBeNull();
    if (t === null) return;
    expect(meetsTarget(t, 10)).toBe(true);
    expect(meetsTarget(t, 11)).toBe(false);
  });
});

describe('a change a report puts in brackets is not a target', () => {
  // Kế hoạch 214/KH-UBND (2021) of UBND tỉnh Hà Giang, preamble; Kế hoạch 252/KH-UBND (2018) of
  // UBND tỉnh Tiền Giang, preamble; Báo Tây Ninh, "Chỉ số CCHC và chỉ số SIPAS Tây Ninh tiếp tục tăng".
  it.each([
    [
      'năm 2020 tỉnh Hà Giang đạt 83,87 điểm, xếp thứ 33/63 tỉnh, thành phố (tăng 4,64 điểm và 20 bậc so với năm 2019).',
      [
        ['>=', 83.87, 'points'],
        ['<=', 33, 'rank'],
      ],
    ],
    [
      '- Năm 2016, đạt 70,61 điểm (giảm 14,9 điểm), xếp thứ 39/63 tỉnh, thành phố (giảm 7 hạng so với năm 2015).',
      [
        ['>=', 70.61, 'points'],
        ['<=', 39, 'rank'],
      ],
    ],
    [
      'Tỉnh Tây Ninh, chỉ số CCHC năm 2019 đạt 80,05%, nằm vị trí số 44 (tăng 4 bậc so với 2018) thuộc các tỉnh, thành phố nhóm B',
      [['>=', 80.05, '%']],
    ],
  ])('%s', (text, expected) => {
    // The figures reached ("đạt 83,87 điểm", "xếp thứ 33/63") read as targets: without a word
    // such as "đã" or "chỉ", a report's result and a plan's target are written alike.
    for (const [, written] of spellings(text)) expect(readAll(written)).toEqual(expected);
  });
  it('a bracket with its own comparator is still read: "(tối thiểu 80%)"', () => {
    expect(readAll('Tỷ lệ hồ sơ trực tuyến (tăng tối thiểu 10% so với năm 2024)')).toEqual([['>=', 10, '%']]);
  });
});
