import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import { loadCriteriaSet, scoreUnit, type CriterionNode } from '../../src/scoring/index.js';

const set = (nodes: unknown[], extra: Record<string, unknown> = {}) =>
  loadCriteriaSet({ schemaVersion: 1, id: 'x', title: 'X', nodes: nodes as CriterionNode[], ...extra });

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe('points beyond 2^53 − 1 thousandths are refused, never rounded', () => {
  it('refuses a set whose maxima sum past the exact range', () => {
    const r = set([
      {
        id: '1',
        title: 'Một',
        max: 9.2e12,
        children: [
          { id: '1.1', title: 'a', max: 4.6e12, rule: { kind: 'manual' } },
          { id: '1.2', title: 'b', max: 4.6e12, rule: { kind: 'manual' } },
        ],
      },
    ]);
    expect(codes(r)).toContain('points_too_large');
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toContain('nodes.0.max');
    const roots = set([
      { id: 'a', title: 'a', max: 4.5e12, rule: { kind: 'manual' } },
      { id: 'b', title: 'b', max: 4.6e12, rule: { kind: 'manual' } },
    ]);
    expect(codes(roots)).toContain('points_too_large');
  });
  it('scores a set right below the limit exactly', () => {
    const s = unwrap(
      set([
        { id: 'a', title: 'a', max: 4503599627370.495, rule: { kind: 'manual' } },
        { id: 'b', title: 'b', max: 4503599627370.496, rule: { kind: 'manual' } },
      ]),
    );
    const r = unwrap(scoreUnit(s, { a: '4503599627370,495', b: '4503599627370,496' }));
    expect(r.exact.total).toBe(Number.MAX_SAFE_INTEGER);
    expect(r.index).toBe(100);
  });
  it('refuses to score when floors below zero could take a sum past the range', () => {
    const s = unwrap(
      set([
        { id: 'a', title: 'a', max: 1, rule: { kind: 'deduction', per: 1, floor: -5e12 } },
        { id: 'b', title: 'b', max: 4.5e12, rule: { kind: 'manual' } },
      ]),
    );
    expect(codes(scoreUnit(s, { a: 0, b: 1 }))).toEqual(['points_too_large']);
  });
  it('refuses a count whose deduction or bonus passes the range', () => {
    const s = unwrap(
      set([{ id: 'a', title: 'a', max: 10, rule: { kind: 'deduction', per: 1000 } }], {
        adjustments: [{ id: 'thuong', title: 'Thưởng', kind: 'bonus', max: 1, per: 1000 }],
      }),
    );
    expect(unwrap(scoreUnit(s, { a: 1e9 })).total).toBe(0);
    const r = scoreUnit(s, { a: 1e13 });
    expect(codes(r)).toEqual(['points_too_large']);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(['a']);
    expect(codes(scoreUnit(s, { a: 0, thuong: 1e13 }))).toEqual(['points_too_large']);
    expect(unwrap(scoreUnit(s, { a: 0, thuong: 2 })).total).toBe(10);
  });
});
