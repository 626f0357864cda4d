// The four seed plans (samples/*.plan.json, built from the seed tables):
// each loads without errors, and toJSON gives back equal JSON (keys may be
// in another order: toJSON writes the plan's own fields first).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan, toJSON } from '../../src/plan/index.js';

const SAMPLES = ['vinh-long-2018', 'quang-nam-2016-2020', 'vinh-yen-2022', 'hoa-binh-2016-2020'];

describe.each(SAMPLES)('samples/%s.plan.json', (id) => {
  const json = JSON.parse(readFileSync(`samples/${id}.plan.json`, 'utf8')) as unknown;
  it('loads, and toJSON writes back the same JSON', () => {
    const r = loadPlan(json);
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (!r.ok) return;
    expect(toJSON(r.value)).toEqual(json);
  });
});
