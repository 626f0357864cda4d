/**
 * Tiers with both ends ("từ 80% đến dưới 100%"), the ranges they may not
 * leave open or overlap, and level names written twice (issue 10): the
 * loader's half of reading rules from a decision's text.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, unwrap, type Issue } from '../../src/core/index.js';
import { loadCriteriaSet, scoreUnit, type Rule } from '../../src/scoring/index.js';

function setOf(rule: Rule, max = 2) {
  return loadCriteriaSet({
    schemaVersion: 1,
    id: 't',
    title: 'T',
    nodes: [{ id: 'x', title: 'Tiêu chí', max, rule }],
  });
}
function codes(rule: Rule, max = 2): string[] {
  const r = setOf(rule, max);
  if (r.ok) return [];
  return r.issues.map((i: Issue) => `${formatPath(i.path)} ${i.code}`);
}
function score(rule: Rule, input: number, max = 2) {
  const n = unwrap(scoreUnit(unwrap(setOf(rule, max)), { x: input })).nodes['x'];
  return { points: n?.points, explanation: n?.explanation };
}

describe('tiers with both ends', () => {
  // "Thực hiện 100% kế hoạch: 2; từ 80% đến dưới 100%: 1; dưới 80%: 0".
  const bounded: Rule = {
    kind: 'tiers',
    tiers: [
      { min: 100, points: 2 },
      { min: 80, below: 100, points: 1 },
    ],
  };
  it('reads an exclusive upper end exactly as written, 99.999 in the lower tier, 100 in the upper', () => {
    expect(score(bounded, 99.999)).toEqual({
      points: 1,
      explanation: 'Kết quả 99,999% thuộc mức từ 80% đến dưới 100% → 1/2 điểm',
    });
    expect(score(bounded, 100).points).toBe(2);
    expect(score(bounded, 79.999)).toEqual({
      points: 0,
      explanation: 'Kết quả 79,999% thuộc mức dưới 80% → 0/2 điểm',
    });
  });
  it('gives 0 beyond a best tier that states its far end ("từ 90% đến 100%")', () => {
    const capped: Rule = {
      kind: 'tiers',
      tiers: [
        { min: 90, max: 100, points: 2 },
        { min: 70, points: 1 },
      ],
    };
    expect(score(capped, 100).points).toBe(2);
    expect(score(capped, 100.5)).toEqual({
      points: 0,
      explanation: 'Kết quả 100,5% thuộc mức trên 100% → 0/2 điểm',
    });
    expect(score(capped, 89.5).points).toBe(1);
  });
  it('lets the worst of several tiers give only its other end ("dưới 70%: 0,5 điểm")', () => {
    const rule: Rule = {
      kind: 'tiers',
      tiers: [
        { above: 90, points: 2 },
        { min: 70, points: 1 },
        { below: 70, points: 0.5 },
      ],
    };
    expect(codes(rule)).toEqual([]);
    expect(score(rule, 12)).toEqual({
      points: 0.5,
      explanation: 'Kết quả 12% thuộc mức dưới 70% → 0,5/2 điểm',
    });
    expect(score(rule, 70).points).toBe(1);
  });
  it('reads lower-is-better tiers with a stated lower end ("từ 0% đến 5%")', () => {
    const rule: Rule = {
      kind: 'tiers',
      direction: 'lower-is-better',
      tiers: [
        { min: 0, max: 5, points: 2 },
        { max: 10, points: 1 },
      ],
    };
    expect(score(rule, 5).points).toBe(2);
    expect(score(rule, 5.001)).toEqual({
      points: 1,
      explanation: 'Kết quả 5,001% thuộc mức trên 5% đến 10% → 1/2 điểm',
    });
    expect(score(rule, 10.5).explanation).toBe('Kết quả 10,5% thuộc mức trên 10% → 0/2 điểm');
    expect(score(rule, -1).explanation).toBe('Kết quả -1% thuộc mức dưới 0% → 0/2 điểm');
  });
  it('keeps every old one-bound rule scoring as before (the ladder "highest tier whose bound holds")', () => {
    const old: Rule = {
      kind: 'tiers',
      tiers: [
        { min: 70, points: 1 },
        { above: 90, points: 2 },
      ],
    };
    expect([69.999, 70, 90, 90.001].map((x) => score(old, x).points)).toEqual([0, 1, 1, 2]);
  });
});

describe('tiers that overlap, leave a gap or are empty are refused', () => {
  it('overlap: "từ 70% đến 90%: 1" and "từ 85%: 2"', () => {
    expect(
      codes({
        kind: 'tiers',
        tiers: [
          { min: 70, max: 90, points: 1 },
          { min: 85, points: 2 },
        ],
      }),
    ).toEqual(['nodes[0].rule.tiers[1] tiers_overlap']);
  });
  it('overlap at one point: "từ 70% đến 90%" then "từ 90%"', () => {
    expect(
      codes({
        kind: 'tiers',
        tiers: [
          { min: 70, max: 90, points: 1 },
          { min: 90, points: 2 },
        ],
      }),
    ).toEqual(['nodes[0].rule.tiers[1] tiers_overlap']);
  });
  it('gap: "từ 70% đến dưới 80%" then "từ 90%"; and the point missing between "dưới 90%" and "trên 90%"', () => {
    expect(
      codes({
        kind: 'tiers',
        tiers: [
          { min: 70, below: 80, points: 1 },
          { min: 90, points: 2 },
        ],
      }),
    ).toEqual(['nodes[0].rule.tiers[1] tiers_gap']);
    expect(
      codes({
        kind: 'tiers',
        tiers: [
          { min: 70, below: 90, points: 1 },
          { above: 90, points: 2 },
        ],
      }),
    ).toEqual(['nodes[0].rule.tiers[1] tiers_gap']);
  });
  it('empty range, two ends of one side, and a lone tier without its direction bound', () => {
    expect(codes({ kind: 'tiers', tiers: [{ min: 90, below: 90, points: 1 }] })).toEqual([
      'nodes[0].rule.tiers[0] tier_empty',
    ]);
    expect(codes({ kind: 'tiers', tiers: [{ min: 90, above: 80, points: 1 } as never] })).toEqual([
      'nodes[0].rule.tiers[0] tier_bound',
    ]);
    expect(codes({ kind: 'tiers', tiers: [{ below: 70, points: 1 }] })).toEqual([
      'nodes[0].rule.tiers[0] tier_bound',
    ]);
  });
});

describe('level names written twice (issue 10)', () => {
  it('refuses names that differ only in case, spacing or Unicode form, naming both', () => {
    const nfd = 'Đúng hạn'.normalize('NFD');
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 't',
      title: 'T',
      nodes: [
        { id: 'a', title: 'A', max: 1, rule: { kind: 'levels', levels: { 'Đúng hạn': 1, [nfd]: 0.5 } } },
        { id: 'b', title: 'B', max: 1, rule: { kind: 'levels', levels: { 'trễ hạn': 1, 'TRỄ  HẠN ': 0.5 } } },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'nodes[0].rule.levels.Đúng hạn duplicate_level',
      'nodes[1].rule.levels.TRỄ  HẠN  duplicate_level',
    ]);
    expect(r.issues[1]?.message).toBe(
      'Mức "TRỄ  HẠN " trùng với mức "trễ hạn" (chỉ khác chữ hoa, chữ thường, dấu, khoảng trắng hoặc cách mã hóa Unicode)',
    );
  });
  it('refuses names that differ only by diacritics or invisible characters: scoring could not tell them apart', () => {
    // Inputs match levels through the text kernel's foldKey; "tre han" would name both.
    const r = setOf({ kind: 'levels', levels: { 'trễ hạn': 0.5, 'trẻ hạn': 1 } }, 1);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['duplicate_level']);
    const zw = setOf({ kind: 'levels', levels: { Đạt: 1, 'Đ\u200bạt\u00a0': 0 } }, 1);
    expect(zw.ok ? [] : zw.issues.map((i) => i.code)).toEqual(['duplicate_level']);
  });
});
