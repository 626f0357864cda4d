/**
 * docs/presets.md: the skeleton for a national set does NOT load until the
 * user fills it (every placeholder is reported), the filled miniature loads
 * and scores, and the tables agree with the shipped presets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, unwrap } from '../../../src/core/index.js';
import { listPresets, loadCriteriaSet, presets, scoreUnit } from '../../../src/scoring/index.js';

const text = readFileSync(new URL('../../../docs/presets.md', import.meta.url), 'utf8');
const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);

describe('docs/presets.md', () => {
  it('has the skeleton and the filled miniature', () => {
    expect(blocks).toHaveLength(2);
  });

  it('the skeleton does not load: every "<…>" placeholder is an issue with its path', () => {
    const r = loadCriteriaSet(blocks[0]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => formatPath(i.path));
    for (let a = 0; a < 8; a++) expect(paths).toContain(`nodes[${a}].max`);
    expect(paths).toContain('nodes[0].children[0].children[1].max');
  });

  it('the skeleton declares the known structure of QĐ 876/QĐ-BNV (8 areas, 37 criteria, 88 components)', () => {
    const s = blocks[0] as { counts: unknown; document: { number: string; date: string }; nodes: unknown[] };
    expect(s.counts).toEqual({ areas: 8, criteria: 37, components: 88 });
    expect(s.document).toMatchObject({ number: '876/QĐ-BNV', date: '2022-11-10' });
    expect(s.nodes).toHaveLength(8);
  });

  it('the filled miniature loads, checks its counts and scores', () => {
    const set = unwrap(loadCriteriaSet(blocks[1]));
    const s = unwrap(scoreUnit(set, { '1.1.1': 'trễ hạn', '1.1.2': 91, '2.1.1': 4 }));
    expect(s.total).toBe(4); // 0,5 + 2 + 2 × (4 − 1) / (5 − 1) = 1,5
    const wrongCount = loadCriteriaSet({
      ...(blocks[1] as object),
      counts: { areas: 2, criteria: 2, components: 4 },
    });
    expect(wrongCount.ok || wrongCount.issues.map((i) => i.code)).toEqual(['count_mismatch']);
  });

  it('the area table of vn-province-2017 is the preset', () => {
    for (const n of presets['vn-province-2017'].nodes) {
      expect(text).toContain(`| ${n.id} | ${n.title} | ${String(n.max).replace('.', ',')} |`);
    }
  });

  it('names every preset with its document number', () => {
    for (const p of listPresets()) {
      expect(text).toContain(`\`${p.id}\``);
      expect(text).toContain(p.document.number);
    }
  });
});
