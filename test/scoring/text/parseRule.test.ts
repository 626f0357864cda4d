/**
 * parseRule: one leaf's scoring text, as a decision's annex words it, read
 * into a rule kind — every family, the issues it refuses with, what it
 * leaves manual, and the points exact to the thousandth once scored.
 *
 * Sources of the phrasings:
 * - CM: Quyết định 1880/QĐ-UBND (2013) of UBND tỉnh Cà Mau, annex rows 1.1–1.2,
 *   https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx
 * - GV: a Vietnamese university's staff evaluation form (tiers "từ 70% đến dưới
 *   100%", "từ 30% dưới 50%", "từ 100% … trở lên"; items "Cứ mỗi một lần …",
 *   "Mỗi một ngày nộp điểm trễ …"), github.com/duthienkt/absol-acomp,
 *   demo/selectmenu/selecmenu_longtext_items.js — the outcome texts are theirs,
 *   the points beside them are ours.
 * - DT: a regulation on urban classification quoted in the Turbo-AI/doc2query
 *   dataset (huggingface.co/datasets/Turbo-AI/doc2query-generate-filter):
 *   "… từ 10% đến 20% … được tính 1 điểm; trên 20% thì cứ thêm 5% được tính
 *   thêm 0,25 điểm, nhưng tối đa không quá 2 điểm" — a rule no kind expresses.
 * - HN: Hà Nội's framework for district departments (thuonggiaonline.vn,
 *   "Hà Nội ban hành khung chỉ số đánh giá kết quả công tác CCHC"): points
 *   "đánh giá qua điều tra xã hội học (ĐT XHH)".
 * - F: the family's other spellings, written in the forms above (separators,
 *   "được … điểm", "(1 điểm)", comparator signs); not quoted from a decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/index.js';
import {
  formatRule,
  loadCriteriaSet,
  parseRule,
  type Rule,
  type ScoreInput,
  scoreUnit,
} from '../../../src/scoring/index.js';
import { growthRatios } from '../../support/growth.js';
import { ruleCase } from './arbitraries.js';

function rule(text: string, max: number, unitOf?: string): Rule {
  const r = parseRule(text, unitOf === undefined ? { max } : { max, unitOf });
  if (!r.ok) throw new Error(`issues: ${r.issues.map((i) => `${i.code} ${i.message}`).join('; ')}`);
  return r.value;
}
function codes(text: string, max: number): string[] {
  const r = parseRule(text, { max });
  return r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);
}
/** Points the rule gives an input, through loadCriteriaSet and scoreUnit. */
function points(r: Rule, max: number, input: ScoreInput): number | undefined {
  const set = unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 't',
      title: 'T',
      nodes: [{ id: 'x', title: 'X', max, rule: r }],
    }),
  );
  return unwrap(scoreUnit(set, { x: input })).nodes['x']?.points;
}

describe('levels: named outcomes with points', () => {
  const CM = { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 };
  it.each([
    ['CM', 'Ban hành kịp thời: 1 · Ban hành không kịp thời: 0,5 · Không ban hành: 0'],
    ['F', 'Ban hành kịp thời: 1 điểm; Ban hành không kịp thời: 0,5 điểm; Không ban hành: 0'],
    ['F', 'Ban hành kịp thời: 1 điểm\nBan hành không kịp thời: 0,5 điểm\nKhông ban hành: 0 điểm'],
    ['F', '- Ban hành kịp thời : 1đ\n- Ban hành không kịp thời : 0,5đ\n- Không ban hành : 0đ'],
    ['F', 'Ban hành kịp thời được 1 điểm, Ban hành không kịp thời được 0,5 điểm, Không ban hành không điểm'],
    ['F', 'Ban hành kịp thời (1 điểm); Ban hành không kịp thời (0,5 điểm); Không ban hành (0 điểm)'],
    [
      'F',
      'Nếu Ban hành kịp thời thì được 1 điểm. Ban hành không kịp thời: 0,5 điểm. Không ban hành: 0 điểm.',
    ],
    ['F', '+ Ban hành kịp thời: điểm tối đa\n+ Ban hành không kịp thời: 0.5 điểm\n+ Không ban hành: 0'],
    ['F', 'Ban hành kịp thời: 1 điểm Ban hành không kịp thời: 0,5 điểm Không ban hành: 0 điểm'],
  ])('%s: %s', (_source, text) => {
    expect(rule(text, 1)).toEqual({ kind: 'levels', levels: CM });
  });

  it('keeps the names as written; inputs match them without regard to case, diacritics or spacing', () => {
    const r = rule('Ban hành kịp thời: 1 · Ban hành không kịp thời: 0,5 · Không ban hành: 0', 1);
    expect(points(r, 1, 'ban hanh khong kip thoi')).toBe(0.5);
    expect(points(r, 1, 'BAN HÀNH  KỊP THỜI')).toBe(1);
    expect(points(r, 1, 'Không ban hành'.normalize('NFD'))).toBe(0);
  });

  it('reads NFD text, text without diacritics and text with invisible characters alike', () => {
    const nfd = 'Đúng hạn: 1 điểm; Trễ hạn: 0,5 điểm; Không ban hành: 0'.normalize('NFD');
    expect(rule(nfd, 1)).toEqual({
      kind: 'levels',
      levels: { 'Đúng hạn': 1, 'Trễ hạn': 0.5, 'Không ban hành': 0 },
    });
    expect(rule('Dung han: 1 diem; Tre han: 0,5 diem; Khong ban hanh: 0', 1)).toEqual({
      kind: 'levels',
      levels: { 'Dung han': 1, 'Tre han': 0.5, 'Khong ban hanh': 0 },
    });
    expect(rule('Đúng\u200b hạn: 1; Trễ hạn: 0,5', 1)).toEqual({
      kind: 'levels',
      levels: { 'Đúng hạn': 1, 'Trễ hạn': 0.5 },
    });
  });

  it('keeps points exact to the thousandth', () => {
    const r = rule('Tốt: 0,125 điểm; Khá: 0,1 điểm; Trung bình: 0,075', 0.125);
    expect(r).toEqual({ kind: 'levels', levels: { Tốt: 0.125, Khá: 0.1, 'Trung bình': 0.075 } });
    expect(points(r, 0.125, 'kha')).toBe(0.1);
  });

  it('takes any name as a level, "__proto__" and "constructor" included', () => {
    const r = rule('__proto__: 1; constructor: 0,5; toString: 0', 1);
    expect(Object.keys((r as { levels: object }).levels)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(points(r, 1, 'constructor')).toBe(0.5);
  });

  it('warns when no outcome reaches the max', () => {
    expect(codes('Tốt: 1 điểm; Khá: 0,5 điểm', 2)).toEqual(['rule_below_max']);
  });
});

describe('binary and allOf', () => {
  it.each([
    ['CM', 'Đạt yêu cầu: 1 · Không đạt yêu cầu: 0'],
    ['F', 'Đạt: 1 điểm, không đạt: 0'],
    ['F', 'Có: 1; Không: 0'],
    ['F', 'Có ban hành kế hoạch: 1 điểm\nKhông ban hành: 0 điểm'],
    ['F', 'Thực hiện: điểm tối đa; Không thực hiện: 0'],
    ['F', 'Có kế hoạch kiểm tra: 1 điểm'],
  ])('binary — %s: %s', (_source, text) => {
    expect(rule(text, 1)).toEqual({ kind: 'binary' });
  });

  it('reads "Có …/Không …" as binary only when the points are the max and 0', () => {
    expect(rule('Có: 0,5; Không: 0', 1)).toEqual({ kind: 'levels', levels: { Có: 0.5, Không: 0 } });
  });

  it.each([
    [
      'CM',
      'Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1 · Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí: 0',
      ['Xác định đầy đủ nhiệm vụ', 'có bố trí kinh phí'],
    ],
    [
      'CM',
      'Đủ số lượng và đúng thời gian quy định: 1 · Không đủ số lượng báo cáo hoặc không đúng thời gian quy định: 0',
      ['Đủ số lượng', 'đúng thời gian quy định'],
    ],
    [
      'F',
      'Báo cáo quý I, báo cáo 6 tháng và báo cáo năm đúng hạn: 1 điểm; Không đạt một trong các điều kiện trên: 0',
      ['Báo cáo quý I', 'báo cáo 6 tháng', 'báo cáo năm đúng hạn'],
    ],
  ])('allOf — %s: %s', (_source, text, conditions) => {
    const r = rule(text, 1);
    expect(r).toEqual({ kind: 'allOf', conditions });
    const all = Object.fromEntries(conditions.map((c) => [c, true]));
    expect(points(r, 1, all)).toBe(1);
    expect(points(r, 1, { ...all, [conditions[1] as string]: false })).toBe(0);
  });
});

describe('tiers: ranges with points, ends exactly as written', () => {
  it('CM: "trên 90%: 2 · từ 70% - 90%: 1 · dưới 70%: 0" — 90 is in the middle tier, 90,001 above', () => {
    const r = rule(
      'Thực hiện trên 90% kế hoạch: 2 · Thực hiện từ 70% - 90% kế hoạch: 1 · Dưới 70% kế hoạch: 0',
      2,
    );
    expect(r).toEqual({
      kind: 'tiers',
      tiers: [
        { above: 90, points: 2 },
        { min: 70, points: 1 },
      ],
    });
    expect([69.999, 70, 90, 90.001].map((x) => points(r, 2, x))).toEqual([0, 1, 1, 2]);
  });

  it('F: "100%: 2; từ 80% đến dưới 100%: 1; dưới 80%: 0" — the exclusive end holds, "100%" is reached at 100', () => {
    const r = rule('Thực hiện 100% kế hoạch: 2 điểm\nTừ 80% đến dưới 100%: 1 điểm\nDưới 80%: 0 điểm', 2);
    expect(r).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 100, points: 2 },
        { min: 80, points: 1 },
      ],
    });
    expect([79.999, 80, 99.999, 100, 100.5].map((x) => points(r, 2, x))).toEqual([0, 1, 1, 2, 2]);
  });

  it('GV: "từ 100% … trở lên", "từ 70% đến dưới 100%", "từ 50% đến dưới 70%", "từ 30% dưới 50%", in any order', () => {
    const text =
      'Hoàn thành từ 70% đến dưới 100% định mức giờ chuẩn: 1 điểm; Hoàn thành từ 30% dưới 50% định mức giờ chuẩn: 0,25 điểm; ' +
      'Hoàn thành từ 50% đến dưới 70% định mức giờ chuẩn: 0,5 điểm; Hoàn thành từ 100% định mức giờ chuẩn trở lên: 2 điểm';
    const r = rule(text, 2);
    expect(r).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 100, points: 2 },
        { min: 70, points: 1 },
        { min: 50, points: 0.5 },
        { min: 30, points: 0.25 },
      ],
    });
    expect([29.999, 30, 49.999, 50, 69.999, 70, 99.999, 100].map((x) => points(r, 2, x))).toEqual([
      0, 0.25, 0.25, 0.5, 0.5, 1, 1, 2,
    ]);
  });

  it.each([
    [
      '≥ 90%: 2 điểm; từ 70% đến dưới 90%: 1 điểm; < 70%: 0',
      [
        { min: 90, points: 2 },
        { min: 70, points: 1 },
      ],
    ],
    [
      '> 90%: 2; >=70% và <=90%: 1',
      [
        { above: 90, points: 2 },
        { min: 70, points: 1 },
      ],
    ],
    ['Từ 5% trở lên: 1 điểm; dưới 5%: 0', [{ min: 5, points: 1 }]],
    [
      'Đạt từ 90 đến 100%: 2; đạt 70 đến dưới 90%: 1',
      [
        { min: 90, max: 100, points: 2 },
        { min: 70, points: 1 },
      ],
    ],
  ])('F, comparator signs and joiners: %s', (text, tiers) => {
    expect(rule(text, 2)).toEqual({ kind: 'tiers', tiers });
  });

  it('refuses "≥ 90%" beside "70% - 90%": 90 would be in both', () => {
    expect(codes('>= 90%: 2; 70% - 90%: 1', 2)).toEqual(['tiers_overlap']);
  });

  it('lower is better: "không quá 5%: 1; trên 5% đến 10%: 0,5; trên 10%: 0"', () => {
    const r = rule(
      'Tỷ lệ hồ sơ trễ hạn không quá 5%: 1 điểm; trên 5% đến 10%: 0,5 điểm; trên 10%: 0 điểm',
      1,
    );
    expect(r).toEqual({
      kind: 'tiers',
      direction: 'lower-is-better',
      tiers: [
        { max: 5, points: 1 },
        { max: 10, points: 0.5 },
      ],
    });
    expect([0, 5, 5.001, 10, 10.001].map((x) => points(r, 1, x))).toEqual([1, 1, 0.5, 0.5, 0]);
  });

  it('lower is better with signs: "≤ 1%: 2; < 3%: 1"; a lone "dưới 5%" range is lower-is-better too', () => {
    expect(rule('≤ 1%: 2; trên 1% và < 3%: 1', 2)).toEqual({
      kind: 'tiers',
      direction: 'lower-is-better',
      tiers: [
        { max: 1, points: 2 },
        { below: 3, points: 1 },
      ],
    });
    expect(rule('Dưới 5%: 1 điểm', 1)).toEqual({
      kind: 'tiers',
      direction: 'lower-is-better',
      tiers: [{ below: 5, points: 1 }],
    });
  });

  it('bounds without "%": a count, with its unit from unitOf', () => {
    expect(
      rule('Từ 5 sáng kiến trở lên: 1 điểm; từ 3 đến dưới 5 sáng kiến: 0,5 điểm', 1, 'sáng kiến'),
    ).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 5, points: 1 },
        { min: 3, points: 0.5 },
      ],
      unit: 'sáng kiến',
    });
    // "1 cuộc" has no comparator and no "%": a range beside a name is not guessed.
    expect(rule('Từ 2 cuộc kiểm tra trở lên: 1 điểm; 1 cuộc: 0,5 điểm', 1)).toEqual({
      kind: 'manual',
      text: 'Từ 2 cuộc kiểm tra trở lên: 1 điểm; 1 cuộc: 0,5 điểm',
    });
  });

  it('refuses overlapping, gapped and rising-and-falling ranges, and points above the max', () => {
    expect(codes('từ 70% đến 90%: 1; từ 85% trở lên: 2', 2)).toEqual(['tiers_overlap']);
    expect(codes('từ 70% đến dưới 80%: 1; từ 90% trở lên: 2', 2)).toEqual(['tiers_gap']);
    expect(codes('dưới 90%: 1; trên 90%: 2', 2)).toEqual(['tiers_gap']);
    expect(codes('dưới 50%: 0; từ 50% đến dưới 80%: 2; từ 80% trở lên: 1', 2)).toEqual([
      'tiers_not_monotone',
    ]);
    expect(codes('Trên 90%: 3 điểm; từ 70% đến 90%: 1 điểm', 2)).toEqual(['points_above_max']);
  });
});

describe('target, proportional, deduction, survey', () => {
  it('target where the words say "chỉ tiêu"', () => {
    expect(rule('Đạt chỉ tiêu từ 80% trở lên: 2 điểm; Không đạt chỉ tiêu: 0 điểm', 2)).toEqual({
      kind: 'target',
      target: { comparator: '>=', value: 80, unit: '%' },
    });
    expect(rule('Đạt chỉ tiêu trên 95%: 1 điểm; không đạt chỉ tiêu: 0,5 điểm', 1)).toEqual({
      kind: 'target',
      target: { comparator: '>', value: 95, unit: '%' },
      partial: { kind: 'fixed', points: 0.5 },
    });
    const r = rule(
      'Đạt chỉ tiêu 100%: 2 điểm\nKhông đạt chỉ tiêu: điểm tính theo tỷ lệ kết quả so với chỉ tiêu',
      2,
    );
    expect(r).toEqual({
      kind: 'target',
      target: { comparator: '>=', value: 100, unit: '%' },
      partial: { kind: 'proportional' },
    });
    expect(points(r, 2, 76)).toBe(1.52);
  });

  it.each([
    ['F', 'Điểm = tỷ lệ % × điểm tối đa', 2, { kind: 'proportional', scale: 100 }],
    ['F', 'tỷ lệ % x 2', 2, { kind: 'proportional', scale: 100 }],
    [
      'F',
      'điểm đạt = (số văn bản ban hành đúng hạn / tổng số văn bản phải ban hành) × 2',
      2,
      { kind: 'proportional' },
    ],
    ['F', 'Điểm tối đa nhân với tỷ lệ % hồ sơ đúng hạn', 1.5, { kind: 'proportional', scale: 100 }],
    [
      'F',
      'Điểm = tỷ lệ % hồ sơ giải quyết đúng hạn × 1\nTrường hợp không phát sinh hồ sơ: điểm tối đa',
      1,
      { kind: 'proportional', scale: 100, whenEmpty: 1 },
    ],
  ])('proportional — %s: %s', (_s, text, max, want) => {
    expect(rule(text, max)).toEqual(want);
  });

  it('proportional points are exact: 97,5% of 2 is 1,95; 1 of 3 of 1 is 0,333', () => {
    expect(points(rule('tỷ lệ % x 2', 2), 2, 97.5)).toBe(1.95);
    expect(points(rule('(số đạt / tổng số) × 1', 1), 1, { numerator: 1, denominator: 3 })).toBe(0.333);
  });

  it('a formula whose factor is above the max is refused; below the max it is left manual (never guessed)', () => {
    expect(codes('tỷ lệ % x 3', 2)).toEqual(['points_above_max']);
    const r = parseRule('tỷ lệ % x 1', { max: 2 });
    expect(r.ok && r.value).toEqual({ kind: 'manual', text: 'tỷ lệ % x 1' });
    expect(r.ok && r.warnings[0]?.messageEn).toContain("the formula's factor 1 differs from the max 2");
  });

  it.each([
    ['F', 'Mỗi văn bản chậm trừ 0,25 điểm', 1, { kind: 'deduction', per: 0.25 }],
    ['F', 'Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm', 2, { kind: 'deduction', per: 0.25, floor: 1 }],
    ['F', 'Mỗi lần vi phạm trừ 0,5 điểm, trừ tối đa 1 điểm', 2, { kind: 'deduction', per: 0.5, floor: 1 }],
    [
      'GV',
      'Cứ mỗi một lần không tham gia đầy đủ các lớp học trừ 0,5 điểm, trừ đến hết điểm',
      1,
      { kind: 'deduction', per: 0.5 },
    ],
    [
      'GV',
      'Mỗi một ngày nộp điểm trễ so với thời hạn yêu cầu trừ 0,1 điểm',
      1,
      { kind: 'deduction', per: 0.1 },
    ],
    [
      'F',
      'Không có văn bản chậm: 1 điểm; mỗi văn bản chậm trừ 0,25 điểm',
      1,
      { kind: 'deduction', per: 0.25 },
    ],
    [
      'F',
      'Mỗi trường hợp thiếu trừ 0,25 điểm, tối đa trừ 1,25 điểm',
      1,
      { kind: 'deduction', per: 0.25, floor: -0.25 },
    ],
  ])('deduction — %s: %s', (_s, text, max, want) => {
    const r = rule(text, max);
    expect(r).toEqual(want);
  });

  it('deduction points: 3 violations at 0,25 from 2 with "tối đa trừ 1" → 1,25; 5 → 1', () => {
    const r = rule('Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm', 2);
    expect([0, 3, 5].map((n) => points(r, 2, n))).toEqual([2, 1.25, 1]);
  });

  it('HN: points "qua điều tra xã hội học" are entered from the survey (manual) and flagged survey', () => {
    const r = parseRule('Điểm đánh giá qua điều tra xã hội học', { max: 3 });
    expect(r).toMatchObject({ ok: true, survey: true, value: { kind: 'manual' } });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['rule_manual']);
    expect(rule('Điều tra xã hội học, thang điểm 1 - 5', 3)).toEqual({ kind: 'survey', scale: [1, 5] });
    const share = parseRule('Điều tra xã hội học: điểm = tỷ lệ % người hài lòng × điểm tối đa', { max: 2 });
    expect(share).toMatchObject({ ok: true, survey: true, value: { kind: 'proportional', scale: 100 } });
  });
});

describe('what it cannot read is left manual with the text and a reason — never guessed', () => {
  it.each([
    [
      'DT',
      'Dân số tạm trú quy đổi từ 10% đến 20% so với dân số thường trú được tính 1 điểm; trên 20% thì cứ thêm 5% được tính thêm 0,25 điểm, nhưng tối đa không quá 2 điểm',
      2,
    ],
    ['F', 'Hội đồng thẩm định xem xét, quyết định mức điểm', 1],
    ['F', 'Trên 90%: 2 điểm; Đúng hạn: 1 điểm', 2],
    ['F', 'Ban hành kịp thời: 0,5 điểm', 1],
    ['F', 'Ban hành kịp thời\nBan hành chậm: 0,5', 1],
    ['F', 'Có tổ chức kiểm tra: 0,5 điểm. Có kết luận kiểm tra: 0,5 điểm', 1],
  ])('%s: %s', (_s, text, max) => {
    const r = parseRule(text, { max });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ kind: 'manual', text });
    expect(r.warnings.map((w) => w.code)).toEqual(['rule_unread']);
    expect(r.warnings[0]?.message).toMatch(/^Chưa đọc được cách chấm/u);
  });

  it('an empty text is manual with rule_missing; "Chấm điểm trực tiếp" is manual on purpose', () => {
    expect(parseRule('  ', { max: 1 })).toMatchObject({ ok: true, value: { kind: 'manual' } });
    expect(codes('', 1)).toEqual(['rule_missing']);
    expect(parseRule('Chấm điểm trực tiếp', { max: 1 })).toMatchObject({
      ok: true,
      value: { kind: 'manual' },
    });
    expect(codes('Chấm điểm trực tiếp', 1)).toEqual(['rule_manual']);
  });
});

describe('issues', () => {
  it('refuses levels above the max and names that fold to the same key', () => {
    expect(codes('Ban hành kịp thời: 1,5 điểm; Không ban hành: 0', 1)).toEqual(['points_above_max']);
    expect(codes('Đúng hạn: 1; đúng  hạn: 0,5', 1)).toEqual(['duplicate_level']);
    expect(codes('Đúng hạn: 1; Dung han: 0,5', 1)).toEqual(['duplicate_level']);
  });
  it('refuses a bad max and a text that is not text, never throwing', () => {
    expect(codes('Đạt: 1', -1)).toEqual(['invalid_max']);
    expect(codes('Đạt: 1', 0.0001)).toEqual(['invalid_max']);
    expect(parseRule(42 as unknown as string, { max: 1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type' }],
    });
    expect(parseRule('Đạt: 1', null as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_max' }],
    });
  });
  it('property: never throws, and every rule it returns loads with its max', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc
        .array(
          fc.constantFrom(
            'Đạt',
            ':',
            '1',
            'điểm',
            ';',
            'trên',
            '90',
            '%',
            'từ',
            '-',
            'dưới',
            'trừ',
            'mỗi',
            '×',
            'tỷ lệ',
            '0,5',
            '\n',
            'không',
            'và',
            'hoặc',
            '(',
            ')',
            'chỉ tiêu',
            'điều tra xã hội học',
          ),
          { maxLength: 30 },
        )
        .map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 5000 }), (t, m) => {
        const max = m / 1000;
        const r = parseRule(t, { max });
        if (!r.ok) return true;
        return loadCriteriaSet({
          schemaVersion: 1,
          id: 't',
          title: 'T',
          nodes: [{ id: 'x', title: 'X', max, rule: r.value }],
        }).ok;
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        (a, b) => typeof parseRule(a as string, b as never).ok === 'boolean',
      ),
    );
  });
});

describe('formatRule and back', () => {
  it('writes the annex lines of each kind', () => {
    expect(
      formatRule({
        kind: 'tiers',
        tiers: [
          { above: 90, points: 2 },
          { min: 70, points: 1 },
        ],
      }),
    ).toBe('Trên 90%: 2 điểm\nTừ 70% đến 90%: 1 điểm\nDưới 70%: 0 điểm');
    expect(
      formatRule({
        kind: 'tiers',
        tiers: [
          { min: 100, points: 2 },
          { min: 80, below: 100, points: 1 },
        ],
      }),
    ).toBe('Từ 100% trở lên: 2 điểm\nTừ 80% đến dưới 100%: 1 điểm\nDưới 80%: 0 điểm');
    expect(formatRule({ kind: 'binary' }, { max: 1.5 })).toBe('Đạt: 1,5 điểm\nKhông đạt: 0 điểm');
    expect(formatRule({ kind: 'deduction', per: 0.25, floor: -0.25 }, { max: 1 })).toBe(
      'Mỗi lần vi phạm trừ 0,25 điểm, tối đa trừ 1,25 điểm',
    );
    expect(formatRule({ kind: 'deduction', per: 0.25, floor: -0.25 })).toBe(
      'Mỗi lần vi phạm trừ 0,25 điểm, không thấp hơn -0,25 điểm',
    );
    expect(
      formatRule({ kind: 'allOf', conditions: ['Đủ số lượng', 'đúng thời gian quy định'] }, { max: 1 }),
    ).toBe('Đủ số lượng và đúng thời gian quy định: 1 điểm\nKhông đạt một trong các điều kiện trên: 0 điểm');
    expect(formatRule({ kind: 'manual', text: 'Hội đồng xem xét' })).toBe('Hội đồng xem xét');
  });

  it('property: parseRule(formatRule(r)) equals r for every kind text can express', () => {
    fc.assert(
      fc.property(ruleCase, ({ rule: r, max, unitOf }) => {
        const text = formatRule(r, { max });
        const back = parseRule(text, unitOf === undefined ? { max } : { max, unitOf });
        expect(back.ok && back.value).toEqual(r);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: a rule read from its text scores every input as the rule itself', () => {
    fc.assert(
      fc.property(ruleCase, fc.double({ min: -10, max: 300, noNaN: true }), ({ rule: r, max, unitOf }, x) => {
        if (r.kind !== 'tiers' && r.kind !== 'target') return;
        const back = rule(formatRule(r, { max }), max, unitOf);
        const v = Math.round(x * 1000) / 1000;
        expect(points(back, max, v)).toBe(points(r, max, v));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseRule runs in linear time', () => {
  it('growth ratio ≤ 15 per tenfold text (levels lines, tier lines)', () => {
    const line = (i: number) => (i % 2 === 0 ? `Mức ${i} hoàn thành: 0,5 điểm\n` : `Trên ${i}%: 1 điểm\n`);
    const make = (chars: number) => {
      let s = '';
      for (let i = 0; s.length < chars; i++) s += line(i);
      return s;
    };
    const ratios = growthRatios((t: string) => parseRule(t, { max: 1 }), make, {
      sizes: [2_000, 20_000, 200_000],
      rounds: 5,
    });
    for (const r of ratios) expect(r).toBeLessThanOrEqual(15);
  });
});
