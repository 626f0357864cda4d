/**
 * Every JSON example in docs/scoring.md loads: whole sets as they are,
 * single nodes inside a one-node set, fragments ("adjustments": …) inside a
 * set. A doc example that stops loading fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteriaSet, scoreUnit } from '../../src/scoring/index.js';

const text = readFileSync('docs/scoring.md', 'utf8');
const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

function asSet(block: string): unknown {
  const trimmed = block.trim();
  const value = (trimmed.startsWith('{') ? JSON.parse(trimmed) : JSON.parse(`{${trimmed}}`)) as Record<
    string,
    unknown
  >;
  if ('schemaVersion' in value) return value;
  if ('rule' in value || 'children' in value)
    return { schemaVersion: 1, id: 'doc', title: 'Doc', nodes: [value] };
  return {
    schemaVersion: 1,
    id: 'doc',
    title: 'Doc',
    nodes: [{ id: 'x', title: 'X', max: 1, rule: { kind: 'binary' } }],
    ...value,
  };
}

describe('docs/scoring.md examples', () => {
  it('has the examples (one per rule kind and more)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(13);
  });
  it.each(blocks.map((b, i) => [i, b] as const))('block %i loads', (_i, block) => {
    const r = loadCriteriaSet(asSet(block));
    if (!r.ok) expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });
  it('the explanations quoted for tiers and proportional are what the library writes', () => {
    const tiers = loadCriteriaSet(asSet(blocks[3]!));
    const prop = loadCriteriaSet(asSet(blocks[6]!));
    if (!tiers.ok || !prop.ok) throw new Error('doc blocks changed');
    const t = scoreUnit(tiers.value, { a: 85 });
    const p = scoreUnit(prop.value, { a: 97.5 });
    expect(t.ok && t.value.nodes['a']?.explanation).toBe(
      'Tỷ lệ hoàn thành 85% thuộc mức từ 70% đến 90% → 1/2 điểm',
    );
    expect(text).toContain('"Tỷ lệ hoàn thành 85% thuộc mức từ 70% đến 90%\n→ 1/2 điểm"');
    expect(p.ok && p.value.nodes['a']?.explanation).toBe('Tỷ lệ hồ sơ đúng hạn 97,5% × 2 điểm → 1,95/2 điểm');
  });
  it('the tier with both ends scores as the text says', () => {
    const both = loadCriteriaSet(asSet(blocks[5]!));
    if (!both.ok) throw new Error('doc blocks changed');
    const points = (x: number) => {
      const r = scoreUnit(both.value, { a: x });
      return r.ok ? r.value.nodes['a']?.points : undefined;
    };
    expect([99.999, 89.999, 100.5].map(points)).toEqual([2, 1, 0]);
    const r = scoreUnit(both.value, { a: 100.5 });
    expect(r.ok && r.value.nodes['a']?.explanation).toContain('thuộc mức trên 100%');
  });
});
