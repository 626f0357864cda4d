// The examples of docs/plans.md and docs/agencies.md, run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createAgencyRegistry,
  expandAgencies,
  findAgency,
  loadPlan,
  resolveAgencies,
  toJSON,
} from '../../src/index.js';

function jsonBlocks(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);
}

describe('docs/plans.md', () => {
  it('its full JSON example loads, with only the expected warning, and round-trips', () => {
    const [example] = jsonBlocks('docs/plans.md');
    const r = loadPlan(example);
    expect(r.ok ? r.value.warnings.map((w) => w.code) : r.issues).toEqual(['empty_class']);
    if (!r.ok) return;
    expect(r.value.groups[0]?.tasks[2]?.budget).toMatchObject({ amountVnd: 50_000_000, source: 'NS tỉnh' });
    expect(r.value.reporting[0]?.deadline.kind).toBe('recurring');
    const again = loadPlan(toJSON(r.value));
    expect(again.ok && again.value).toEqual(r.value);
  });
});

describe('docs/agencies.md', () => {
  const registry = createAgencyRegistry(
    [
      { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] },
      { id: 'stp', name: 'Sở Tư pháp', classes: ['so-nganh'] },
      { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' },
    ],
    [
      { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' },
      { id: 'ubnd-huyen', name: 'UBND cấp huyện', aliases: ['UBND các huyện, thị, thành phố'] },
    ],
  );
  it('gives the answers the page shows', () => {
    expect(registry.members['so-nganh']).toEqual(['snv', 'stp']);
    expect(findAgency('VP Uỷ ban nhân dân tỉnh', registry)).toBe('vp-ubnd');
    expect(expandAgencies(['vp-ubnd', 'so-nganh'], registry)).toEqual(['vp-ubnd', 'snv', 'stp']);
    expect(expandAgencies(['ubnd-huyen'], registry)).toEqual(['ubnd-huyen']);
    expect(resolveAgencies('Sở Nội vụ, Sở Tư pháp và các cơ quan có liên quan', registry)).toMatchObject({
      ids: ['snv', 'stp'],
      unmatched: [],
      generic: ['các cơ quan có liên quan'],
    });
    expect(resolveAgencies('Các Sở: Tư pháp, Nội vụ, Xây dựng', registry)).toMatchObject({
      ids: ['stp', 'snv'],
      unmatched: ['Sở Xây dựng'],
      generic: [],
    });
    expect(resolveAgencies('Các sở, ban, ngành tỉnh; UBND cấp huyện', registry).ids).toEqual([
      'so-nganh',
      'ubnd-huyen',
    ]);
    expect(resolveAgencies('Sở Nội vụ và các đơn vị khác', registry).generic).toEqual(['các đơn vị khác']);
    expect(findAgency('UBND các huyện, thị, thành phố', registry)).toBe('ubnd-huyen');
  });
});
