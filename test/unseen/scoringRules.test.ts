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
