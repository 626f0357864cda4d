// Scoring rules as criteria tables word them, read as the assessing official reads them;
// with and without diacritics, NFC and NFD. A rule no kind expresses, or one the text leaves
// open, is read as `manual` with a warning that says why — never as a guess.
import { describe, expect, it } from 'vitest';
import { parseRule } from '../../src/scoring/text/index.js';
import type { Rule } from '../../src/scoring/types.js';
import { spellings } from './variants.js';

// Quyết định 1880/QĐ-UBND (2013) of UBND tỉnh Cà Mau, Chỉ số CCHC annex, rows 1.1.1–1.2.2
// (thuvienphapluat.vn …Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx).
const CM = 'QĐ 1880/QĐ-UBND 2013, UBND tỉnh Cà Mau';
// Bảng tiêu chí thi đua ngành Tư pháp năm 2022 (Sở Tư pháp Đồng Tháp, thidua.stp.dongthap.gov.vn;
// the same rows on chidanphapluat.vn), tiêu chí 1.1 "Thẩm định đạt … văn bản gửi đến đúng tiến độ".
const TP = 'Bảng tiêu chí thi đua ngành Tư pháp 2022, Sở Tư pháp Đồng Tháp';
// Bộ Thông tin và Truyền thông, Phụ lục 1B "Cách tính điểm đánh giá mức độ ứng dụng công nghệ
// thông tin các bộ, cơ quan ngang bộ" (pdfslide.net copy), items 1 and 4.
const CNTT = 'Phụ lục 1B cách tính điểm ứng dụng CNTT các bộ (Bộ TT&TT)';
// Quyết định 25/2021/QĐ-TTg (chuẩn tiếp cận pháp luật), bảng chấm điểm of UBND xã Đông Quang,
// huyện Đông Sơn, Thanh Hóa (dongquang.dongson.gov.vn, "bảng chấm điểm TCPL", 03/01/2023), and the
// same table quoted on 123docz.net (chỉ tiêu 2–4).
const TCPL = 'QĐ 25/2021/QĐ-TTg, bảng chấm điểm chuẩn tiếp cận pháp luật cấp xã';
// thuvienphapluat.vn tư vấn on the same standard: "Từ 80% đến dưới 90%: 01 điểm …".
const TVPL = 'thuvienphapluat.vn tư vấn, chuẩn tiếp cận pháp luật (tỷ lệ tuyên truyền viên được tập huấn)';

// Quy định 11-QĐ/TU of the provincial Party committee, Phụ lục 3 (annual assessment of the
// commune level on Nghị quyết 57-NQ/TW), as transcribed in the public tracking tool of Đảng bộ xã
// Công Hải (criteria I.1–IV.3.4).
const QD11 = 'Quy định 11-QĐ/TU, Phụ lục 3 (cấp xã), as transcribed for Đảng bộ xã Công Hải';

type Want = { readonly rule: Rule } | { readonly manual: string } | { readonly issue: string };

const rows: readonly [max: number, text: string, want: Want, source: string][] = [
  [
    1,
    'Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5\nKhông ban hành: 0',
    {
      rule: {
        kind: 'levels',
        levels: { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 },
      },
    },
    CM,
  ],
  [
    1,
    'Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1\nKhông xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí: 0',
    { rule: { kind: 'allOf', conditions: ['Xác định đầy đủ nhiệm vụ', 'có bố trí kinh phí'] } },
    CM,
  ],
  [1, 'Đạt yêu cầu: 1\nKhông đạt yêu cầu: 0', { rule: { kind: 'binary' } }, CM],
  [
    2,
    'Thực hiện trên 90% kế hoạch: 2\nThực hiện từ 70% - 90% kế hoạch: 1\nDưới 70% kế hoạch: 0',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { above: 90, points: 2 },
          { min: 70, points: 1 },
        ],
      },
    },
    CM,
  ],
  [
    1,
    'Đủ số lượng và đúng thời gian quy định: 1\nKhông đủ số lượng báo cáo hoặc không đúng thời gian quy định: 0',
    { rule: { kind: 'allOf', conditions: ['Đủ số lượng', 'đúng thời gian quy định'] } },
    CM,
  ],
  [
    2,
    'Thẩm định đạt 100% văn bản gửi đến đúng tiến độ: 2\nThẩm định đạt từ 95% đến dưới 100% văn bản gửi đến đúng tiến độ: 1,75\nThẩm định đạt từ 80% đến dưới 95% văn bản gửi đến đúng tiến độ: 1,5\nThẩm định đạt từ 70% đến dưới 80% văn bản gửi đến đúng tiến độ: 1\nThẩm định đạt từ 60% đến dưới 70% văn bản gửi đến đúng tiến độ: 0,5\nThẩm định đạt dưới 60% văn bản gửi đến đúng tiến độ: 0',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 2 },
          { min: 95, points: 1.75 },
          { min: 80, points: 1.5 },
          { min: 70, points: 1 },
          { min: 60, points: 0.5 },
        ],
      },
    },
    TP,
  ],
  [
    1,
    '+ Từ 80% đến dưới 90%: 01 điểm\n+ Từ 70% đến dưới 80%: 0,5 điểm\n+ Từ 50% đến dưới 70%: 0,25 điểm\n+ Dưới 50%: 0 điểm',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 80, below: 90, points: 1 },
          { min: 70, points: 0.5 },
          { min: 50, points: 0.25 },
        ],
      },
    },
    TVPL,
  ],
  [20, 'Điểm = Tỷ lệ * điểm tối đa', { rule: { kind: 'proportional' } }, CNTT],
  // Points for each application listed, capped at 5: no rule kind adds points per item.
  [
    5,
    'Liệt kê mỗi ứng dụng sử dụng trên mạng diện rộng của Bộ: 1 điểm, tổng điểm cho các ứng dụng không quá 5 điểm',
    { manual: 'rule_unread' },
    CNTT,
  ],
  // A one-off penalty on top of 0 points, not an amount for each violation.
  [
    1,
    '4. Không bố trí, không đảm bảo yêu cầu, trách nhiệm quy định tại điểm 1, 2, 3 của chỉ tiêu này bị 0 điểm và bị trừ 0,25 điểm',
    { manual: 'rule_unread' },
    TCPL,
  ],
  // The formula of the rate; how the rate becomes points the row does not say.
  [
    10,
    'Tỷ lệ % = (Tổng số lượt thủ tục hành chính được giải quyết đúng trình tự, thủ tục, thời hạn/Tổng số lượt thủ tục hành chính được tiếp nhận, giải quyết) x 100',
    { manual: 'rule_unread' },
    TCPL,
  ],
  // No points in the text but the case of nothing to assess.
  [
    2,
    'Phản ánh, kiến nghị về giải quyết thủ tục hành chính được tiếp nhận, xử lý đúng trình tự, thủ tục, thời hạn (Trong năm đánh giá không có phản ánh, kiến nghị về giải quyết thủ tục hành chính được tính 02 điểm)',
    { manual: 'rule_unread' },
    TCPL,
  ],
  // "từ 01 (một) văn bản … trở lên" is a count range beside a named level: left to the assessor.
  [
    1,
    'a) Ban hành đầy đủ các văn bản quy phạm pháp luật: 1\nb) Không ban hành từ 01 (một) văn bản quy phạm pháp luật trở lên: 0',
    { manual: 'rule_unread' },
    TCPL,
  ],
  [
    1,
    '- Từ 30% trở lên: 1 điểm\n- Từ 25% đến dưới 30%: 0,5 điểm\n- Dưới 25%: 0,25 điểm\n- Không thực hiện: 0 điểm',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 30, points: 1 },
          { min: 25, points: 0.5 },
          { above: 0, points: 0.25 },
        ],
      },
    },
    QD11,
  ],
  [
    1,
    '- Tất cả vấn đề phát hiện qua kiểm tra đã được chỉ đạo xử lý: 1 điểm\n- Vẫn còn vấn đề chưa được chỉ đạo xử lý: 0 điểm',
    {
      rule: {
        kind: 'levels',
        levels: {
          'Tất cả vấn đề phát hiện qua kiểm tra đã được chỉ đạo xử lý': 1,
          'Vẫn còn vấn đề chưa được chỉ đạo xử lý': 0,
        },
      },
    },
    QD11,
  ],
  [
    10,
    '- Hoàn thành đúng tiến độ 100% nhiệm vụ, chỉ tiêu được giao: 10 điểm\n- Đạt từ 90% đến dưới 100%: 8 điểm\n- Đạt từ 80% đến dưới 90%: 6 điểm\n- Đạt từ 70% đến dưới 80%: 4 điểm\n- Dưới 70%: 0 điểm',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 10 },
          { min: 90, points: 8 },
          { min: 80, points: 6 },
          { min: 70, points: 4 },
        ],
      },
    },
    QD11,
  ],
  [
    10,
    '- Triển khai sử dụng hiệu quả và cập nhật thông tin, dữ liệu thường xuyên: 10 điểm\n- Có triển khai sử dụng nhưng cập nhật thông tin, dữ liệu không thường xuyên: 03 điểm\n- Không thực hiện: 0 điểm',
    {
      rule: {
        kind: 'levels',
        levels: {
          'Triển khai sử dụng hiệu quả và cập nhật thông tin, dữ liệu thường xuyên': 10,
          'Có triển khai sử dụng nhưng cập nhật thông tin, dữ liệu không thường xuyên': 3,
          'Không thực hiện': 0,
        },
      },
    },
    QD11,
  ],
  [
    4,
    '- Đúng số lượng theo quy định: 4 điểm\n- Không đúng số lượng: 0 điểm',
    { rule: { kind: 'binary' } },
    QD11,
  ],
  [
    3,
    '- Có xây dựng Kế hoạch: 3 điểm\n- Không xây dựng Kế hoạch: 0 điểm',
    { rule: { kind: 'binary' } },
    QD11,
  ],
  [
    4,
    '- Đạt từ 100 lượt người tham gia: 4 điểm\n- Đạt từ 50 - dưới 100 lượt người: 3 điểm\n- Dưới 50 lượt người: 2 điểm\n- Không tổ chức: 0 điểm',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 4 },
          { min: 50, points: 3 },
          { above: 0, points: 2 },
        ],
        unit: '',
      },
    },
    QD11,
  ],
  [
    3,
    '- Có ít nhất 05 bài viết/phóng sự chuyên sâu tuyên truyền trên các cơ quan báo chí: Đạt 3 điểm.\n- Có từ 2 - 4 bài: Đạt 1,5 điểm',
    {
      rule: {
        kind: 'tiers',
        tiers: [
          { min: 5, points: 3 },
          { min: 2, points: 1.5 },
        ],
        unit: '',
      },
    },
    QD11,
  ],
  [
    3,
    '- Báo cáo kết quả cụ thể theo từng nhiệm vụ, cập nhật đầy đủ minh chứng trên Hệ thống và gửi Cơ quan thường trực Ban Chỉ đạo trước ngày 15/12: 3 điểm\n- Không nộp báo cáo tự đánh giá hoặc không cập nhật đầy đủ minh chứng trên Hệ thống: 0 điểm',
    {
      rule: {
        kind: 'allOf',
        conditions: [
          'Báo cáo kết quả cụ thể theo từng nhiệm vụ',
          'cập nhật đầy đủ minh chứng trên Hệ thống',
          'gửi Cơ quan thường trực Ban Chỉ đạo trước ngày 15/12',
        ],
      },
    },
    QD11,
  ],
  // "Đạt tối đa 3 điểm": up to 3, the assessor's call — not a fixed level.
  [
    6,
    '- Giải pháp mang tính tiên phong, giải quyết dứt điểm điểm nghẽn hành chính hoặc kỹ thuật khó chưa đơn vị nào xử lý được: Đạt 6 điểm.\n- Giải pháp cải tiến từ mô hình cũ: Đạt tối đa 3 điểm.',
    { manual: 'rule_unread' },
    QD11,
  ],
  // Two groups of units, each with its own scale.
  [
    5,
    'a) Nhóm đơn vị không xây dựng Kế hoạch:\n- Có tổ chức: 2 điểm\n- Không Tổ chức: 0 điểm\nb) Nhóm đơn vị có xây dựng Kế hoạch:\n- Đạt từ 100% kế hoạch: 5 điểm\n- Đạt từ 85 - dưới 100%: 4 điểm\n- Từ 60% đến dưới 85%: 3 điểm\n- Dưới 60%: 2 điểm\n- Không tổ chức: 0 điểm',
    { manual: 'rule_unread' },
    QD11,
  ],
  // A proportional band between two fixed ones.
  [
    10,
    '- Đạt từ 85% trở lên: 10 điểm\n- Từ 60% đến dưới 85%: Điểm = (Tỷ lệ giải ngân/85%) x 10, tối đa 10 điểm, làm tròn 02 chữ số\n- Dưới 60%: 0 điểm',
    { manual: 'rule_unread' },
    QD11,
  ],
  // "không quá 30 ngày" describes the level; the named levels beside it are left to the assessor.
  [
    3,
    '- Ban hành kế hoạch đạt yêu cầu về thời gian (không quá 30 ngày kể từ ngày kế hoạch của Tỉnh ủy, UBND tỉnh hoặc Ban Chỉ đạo cấp tỉnh về thực hiện Nghị quyết số 57-NQ/TW được ban hành, tùy theo nhiệm vụ được giao) và bảo đảm chất lượng: 03 điểm\n- Trễ hạn yêu cầu về thời gian (không quá 60 ngày kể từ ngày kế hoạch được ban hành) và bảo đảm chất lượng: 1,5 điểm\n- Không đạt yêu cầu hoặc địa phương không ban hành kế hoạch: 0 điểm',
    { manual: 'rule_unread' },
    QD11,
  ],
  // A one-off penalty.
  [
    1,
    'Không hoàn thành công việc, nhiệm vụ được giao tại Kế hoạch năm của tỉnh: trừ 01 điểm',
    { manual: 'rule_unread' },
    QD11,
  ],
];

function reading(text: string, max: number): Want {
  const r = parseRule(text, { max });
  if (!r.ok) return { issue: r.issues[0]?.code ?? '' };
  if (r.value.kind === 'manual') return { manual: r.warnings[0]?.code ?? '' };
  return { rule: r.value };
}

/** Level names are kept as written: compare them in the spelling the test wrote them in. */
function respelled(want: Want, spell: (s: string) => string): Want {
  if (!('rule' in want)) return want;
  const r = want.rule;
  if (r.kind === 'levels')
    return {
      rule: {
        kind: 'levels',
        levels: Object.fromEntries(Object.entries(r.levels).map(([k, v]) => [spell(k), v])),
      },
    };
  if (r.kind === 'allOf') return { rule: { kind: 'allOf', conditions: r.conditions.map(spell) } };
  return want;
}

describe('scoring rules from criteria tables', () => {
  for (const [max, text, want, source] of rows) {
    const forms = spellings(text);
    for (const [spelling, written] of forms) {
      it(`${spelling}: ${text.replace(/\n/g, ' · ').slice(0, 70)}… (max ${max}; ${source})`, () => {
        const spell = (s: string): string =>
          (spellings(s).find(([k]) => k === spelling)?.[1] ?? s).normalize('NFC');
        const got = reading(written, max);
        const exp = respelled(want, spell);
        // names come back NFC whatever the input's form
        expect(got).toEqual(spelling === 'NFD' ? respelled(want, (s) => s.normalize('NFC')) : exp);
      });
    }
  }
});

describe('deductions need an amount for each violation', () => {
  it.each([
    ['Mỗi văn bản chậm trừ 0,25 điểm', 1, { kind: 'deduction', per: 0.25 }],
    ['Nộp muộn: trừ 0,25 điểm/ngày', 1, { kind: 'deduction', per: 0.25 }],
    [
      'Cứ mỗi một lần không tham gia đầy đủ các lớp học trừ 0,5 điểm, trừ đến hết điểm',
      2,
      { kind: 'deduction', per: 0.5 },
    ],
  ])('%s', (text, max, rule) => {
    expect(reading(text, max)).toEqual({ rule });
  });
  it('"bị trừ 0,25 điểm" alone is a one-off penalty: manual', () => {
    expect(reading('Không thực hiện chế độ báo cáo bị trừ 0,25 điểm', 1)).toEqual({ manual: 'rule_unread' });
  });
});

describe('"mỗi" awards for each item, "mới" does not', () => {
  it('"Có sáng kiến mới: 1; Không có: 0" stays a binary outcome', () => {
    expect(
      Object.hasOwn(
        reading('Có sáng kiến mới được áp dụng: 1\nKhông có sáng kiến mới được áp dụng: 0', 1),
        'rule',
      ),
    ).toBe(true);
  });
  it('"mỗi quý" is a frequency, not a count: "Báo cáo đầy đủ mỗi quý: 1; Không đầy đủ: 0,5; Không báo cáo: 0" stays levels', () => {
    const got = reading('Báo cáo đầy đủ mỗi quý: 0,5\nBáo cáo không đầy đủ: 0,25\nKhông báo cáo: 0', 1);
    expect('rule' in got && got.rule.kind).toBe('levels');
  });
});

describe('"Không thực hiện: 0" beside the tiers: none scores 0, a little scores the worst tier', () => {
  it('"Dưới 25%: 0,25 điểm" (Quy định 11-QĐ/TU): 0% → 0, 10% → 0,25, 27% → 0,5, 30% → 1', async () => {
    const { loadCriteriaSet, scoreUnit } = await import('../../src/scoring/index.js');
    const { unwrap } = await import('../../src/core/index.js');
    const r = parseRule(
      '- Từ 30% trở lên: 1 điểm\n- Từ 25% đến dưới 30%: 0,5 điểm\n- Dưới 25%: 0,25 điểm\n- Không thực hiện: 0 điểm',
      { max: 1 },
    );
    if (!r.ok) throw new Error('not read');
    const set = unwrap(
      loadCriteriaSet({
        schemaVersion: 1,
        id: 't',
        title: 'T',
        nodes: [{ id: 'x', title: 'X', max: 1, rule: r.value }],
      }),
    );
    const at = (v: number) => unwrap(scoreUnit(set, { x: v })).nodes['x']?.points;
    expect([at(0), at(10), at(27), at(30)]).toEqual([0, 0.25, 0.5, 1]);
  });
});
