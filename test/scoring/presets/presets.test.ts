import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { unwrap } from '../../../src/core/index.js';
import {
  criteriaSetToJSON,
  getPreset,
  listPresets,
  loadCriteriaSet,
  presets,
  rankUnits,
  scoreUnit,
  scoreUnits,
  type CriterionNode,
  type CriteriaSet,
} from '../../../src/scoring/index.js';
import type { PresetId } from '../../../src/scoring/presets/index.js';

const ids = Object.keys(presets) as PresetId[];

/** Thousandths, so sums are exact. */
const milli = (x: number): number => Math.round(x * 1000);

function checkSums(nodes: readonly CriterionNode[]): void {
  for (const n of nodes) {
    if (n.children === undefined) continue;
    expect(milli(n.max), `${n.id}: max = sum of children`).toBe(
      n.children.reduce((s, c) => s + milli(c.max), 0),
    );
    checkSums(n.children);
  }
}

describe('presets: every shipped set', () => {
  it.each(ids)('%s loads with no issues from its own JSON (round trip)', (id) => {
    const set = presets[id];
    const again = loadCriteriaSet(criteriaSetToJSON(set));
    expect(again.ok && again.value).toEqual(set);
    expect(Object.isFrozen(set)).toBe(true);
    expect(set.id).toBe(id);
  });

  it.each(ids)('%s: every parent max is the sum of its children', (id) => {
    checkSums(presets[id].nodes);
  });

  it.each(ids)('%s names its source document, issuer, URL and what it lacks', (id) => {
    const set = presets[id];
    expect(set.document?.number).toMatch(/\/QĐ-/);
    expect(set.document?.issuer).toBeTruthy();
    expect(typeof set.source === 'object' && set.source.url).toMatch(/^https:\/\//);
    expect(typeof set.source === 'object' && set.source.note).toMatch(/ \/ /); // Vietnamese / English
    const info = listPresets().find((p) => p.id === id);
    expect(info?.document).toEqual(set.document);
    expect(info?.missing).toBeTruthy();
    expect(info?.missingEn).toBeTruthy();
  });

  it('getPreset finds each by id (NFD or padded reads the same) and names the ids there are for an unknown one', () => {
    for (const id of ids) expect(unwrap(getPreset(` ${id.normalize('NFD')} `))).toBe(presets[id]);
    const r = getPreset('vn-province-2030');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(['unknown_preset']);
      expect(r.issues[0]?.message).toContain('vn-province-2017');
      expect(r.issues[0]?.messageEn).toContain('vn-ca-mau-2013-excerpt');
    }
    expect(getPreset('toString').ok).toBe(false); // not an inherited property
  });

  it('listPresets is frozen, in a fixed order, and agrees with the sets', () => {
    const list = listPresets();
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.map((p) => p.id)).toEqual(['vn-province-2017', 'vn-ca-mau-2013-excerpt']);
    for (const p of list) {
      const set: CriteriaSet = presets[p.id];
      expect(p.leaves).toBe(set.leafIds.length);
      expect(p.title).toBe(set.title);
    }
  });
});

describe('vn-province-2017 (QĐ 2948/QĐ-BNV, 28/12/2017)', () => {
  const set = presets['vn-province-2017'];
  // The area maxima of QĐ 2948/QĐ-BNV (https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610).
  const maxima = [10, 10, 14.5, 11, 16, 7, 16, 15.5];

  it('has the 8 areas with their sourced maxima, summing to 100', () => {
    expect(set.nodes.map((n) => n.max)).toEqual(maxima);
    expect(set.nodes.reduce((s, n) => s + milli(n.max), 0)).toBe(100_000);
    expect(set.nodes.every((n) => n.rule?.kind === 'manual')).toBe(true);
    expect(set.document).toEqual({ number: '2948/QĐ-BNV', date: '2017-12-28', issuer: 'Bộ Nội vụ' });
    expect(set.unitType).toBe('province');
    expect(set.year).toBe(2017);
    expect(listPresets()[0]).toMatchObject({ completeness: 'structure', max: 100, leaves: 8 });
  });

  it('scores a province from its area points, exactly', () => {
    // 9,5 + 9 + 13,25 + 10 + 15 + 6,5 + 14,75 + 12,1 = 90,1
    const s = unwrap(
      scoreUnit(set, { '1': 9.5, '2': 9, '3': 13.25, '4': 10, '5': 15, '6': 6.5, '7': 14.75, '8': 12.1 }),
    );
    expect(s.total).toBe(90.1);
    expect(s.max).toBe(100);
    expect(s.index).toBe(90.1);
    expect(s.missing).toEqual([]);
  });

  it('an area above its maximum is an error naming the area', () => {
    const r = scoreUnit(set, { '3': 14.6 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('input_above_max');
  });

  it('property: the total is the exact sum of any area points within the maxima', () => {
    fc.assert(
      fc.property(fc.tuple(...maxima.map((m) => fc.integer({ min: 0, max: milli(m) }))), (pts) => {
        const inputs = Object.fromEntries(pts.map((p, i) => [String(i + 1), p / 1000]));
        const s = unwrap(scoreUnit(set, inputs));
        return milli(s.total) === pts.reduce((a, b) => a + b, 0);
      }),
    );
  });
});

describe('vn-ca-mau-2013-excerpt (QĐ 1880/QĐ-UBND, Cà Mau, 2013): criteria 1.1 and 1.2 read from the annex rows', () => {
  const set = presets['vn-ca-mau-2013-excerpt'];

  it('holds criteria 1.1 (5 points) and 1.2 (2 points), six components numbered as the decision does, marked partial', () => {
    expect(set.leafIds).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2.1', '1.2.2']);
    expect(set.nodes.map((n) => `${n.id} ${n.title} ${n.max}`)).toEqual([
      '1.1 Kế hoạch CCHC năm 5',
      '1.2 Báo cáo CCHC 2',
    ]);
    expect(listPresets()[1]).toMatchObject({ completeness: 'partial', max: 7, leaves: 6 });
    expect(listPresets()[1]?.missing).toContain('1.3');
    expect(set.title).toContain('KHÔNG đầy đủ');
    expect(set.document?.number).toBe('1880/QĐ-UBND');
  });

  it('reads every rule of the excerpt: levels, allOf, binary, tiers', () => {
    const rule = (id: string) => set.nodes.flatMap((n) => n.children ?? []).find((n) => n.id === id)?.rule;
    expect(rule('1.1.1')).toEqual({
      kind: 'levels',
      levels: { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 },
    });
    expect(rule('1.1.2')).toEqual({
      kind: 'allOf',
      conditions: ['Xác định đầy đủ nhiệm vụ', 'có bố trí kinh phí'],
    });
    expect(rule('1.1.3')).toEqual({ kind: 'binary' });
    expect(rule('1.1.4')).toEqual({
      kind: 'tiers',
      tiers: [
        { above: 90, points: 2 },
        { min: 70, points: 1 },
      ],
    });
    expect(rule('1.2.1')).toEqual({ kind: 'allOf', conditions: ['Đủ số lượng', 'đúng thời gian quy định'] });
    expect(rule('1.2.2')).toEqual({ kind: 'binary' });
  });

  it('scores "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0" at its bounds, and a whole unit exactly', () => {
    const tier = (pct: number) => unwrap(scoreUnit(set, { '1.1.4': pct })).nodes['1.1.4']?.points;
    expect([69.999, 70, 85, 90, 90.001, 100].map(tier)).toEqual([0, 1, 1, 1, 2, 2]);
    const s = unwrap(
      scoreUnit(set, {
        '1.1.1': 'ban hanh khong kip thoi',
        '1.1.2': { 'Xác định đầy đủ nhiệm vụ': true, 'có bố trí kinh phí': true },
        '1.1.3': true,
        '1.1.4': 85,
        '1.2.1': [true, false],
        '1.2.2': false,
      }),
    );
    expect(s.total).toBe(3.5); // 0,5 + 1 + 1 + 1 + 0 + 0
    expect(s.index).toBe(50);
    expect(s.nodes['1.1.1']?.explanation).toBe('Mức "Ban hành không kịp thời" → 0,5/1 điểm');
    expect(s.nodes['1.1.4']?.explanation).toBe('Kết quả 85% thuộc mức từ 70% đến 90% → 1/2 điểm');
    expect(s.nodes['1.2.1']?.explanation).toBe('Không đạt: đúng thời gian quy định → 0/1 điểm');
  });

  it('reads level names written without composed diacritics (NFD) the same', () => {
    const s = unwrap(scoreUnit(set, { '1.1.1': 'Ban hành kịp thời'.normalize('NFD') }));
    expect(s.nodes['1.1.1']?.points).toBe(1);
  });

  it('ranks units scored on it: equal exact indices share a rank', () => {
    const scores = unwrap(
      scoreUnits(set, {
        snv: { '1.1.1': 'Ban hành kịp thời', '1.1.4': 95 },
        stp: { '1.1.1': 'BAN HÀNH KỊP THỜI', '1.1.4': 91 },
        stc: { '1.1.1': 'Không ban hành', '1.1.4': 60 },
      }),
    );
    expect(rankUnits(scores).map((r) => `${r.rank} ${r.unitId}`)).toEqual(['1 snv', '1 stp', '3 stc']);
  });
});
