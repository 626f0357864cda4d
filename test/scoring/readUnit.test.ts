/**
 * How scoring reads a unit's input keys: straight into the compiled set's
 * slots, each key compared first with the previous unit's key at the same
 * place. A call over many units (keys remembered from unit to unit) must
 * answer exactly what scoring each unit alone answers (nothing remembered),
 * and a key written in NFD must count as its NFC id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import {
  loadCriteriaSet,
  scoreUnit,
  scoreUnits,
  type ScoreInput,
  type UnitScore,
} from '../../src/scoring/index.js';

/** Ids with diacritics (so that NFD keys differ from them), a parent, two adjustments. */
const set = unwrap(
  loadCriteriaSet({
    schemaVersion: 1,
    id: 'doc-khoa',
    title: 'Đọc khoá',
    adjustments: [
      { id: 'Thưởng', title: 'Sáng kiến', kind: 'bonus', max: 1, per: 0.5 },
      { id: 'trừ', title: 'Phê bình', kind: 'penalty', max: 1 },
    ],
    nodes: [
      {
        id: 'Nhóm',
        title: 'Nhóm',
        max: 6,
        children: [
          { id: 'Quý', title: 'Báo cáo quý', max: 1, rule: { kind: 'binary' } },
          {
            id: 'Mức',
            title: 'Kế hoạch',
            max: 1,
            rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } },
          },
          { id: 'Tỷ lệ', title: 'Tỷ lệ', max: 1, rule: { kind: 'proportional' } },
          { id: 'Điểm', title: 'Điểm', max: 2, rule: { kind: 'manual' } },
          {
            id: 'Bậc',
            title: 'Hoàn thành',
            max: 1,
            rule: {
              kind: 'tiers',
              tiers: [
                { min: 70, points: 0.5 },
                { above: 90, points: 1 },
              ],
            },
          },
        ],
      },
      { id: 'b', title: 'B', max: 1, rule: { kind: 'binary' } },
    ],
  }),
);

const LEAVES = ['Quý', 'Mức', 'Tỷ lệ', 'Điểm', 'Bậc', 'b'];
const ADJUSTMENTS = ['Thưởng', 'trừ'];
const PARENTS = ['Nhóm'];
const nfd = (s: string): string => s.normalize('NFD');
const KEYS = [
  ...LEAVES,
  ...ADJUSTMENTS,
  ...PARENTS,
  ...[...LEAVES, ...ADJUSTMENTS, ...PARENTS].map(nfd).filter((k) => k !== k.normalize('NFC')),
  'lạ',
  nfd('lạ'),
  'constructor',
  '__proto__',
];

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constantFrom('n/a', 'đúng hạn', 'trễ hạn', nfd('trễ hạn'), 'Đúng Hạn', 'không rõ'),
  fc.integer({ min: -500, max: 3000 }).map((t) => t / 1000),
  fc.integer({ min: 0, max: 1200 }).map((t) => t / 10),
  fc.constant(undefined),
  fc.record({ self: fc.boolean(), appraised: fc.boolean() }),
  fc.record({ value: fc.integer({ min: 0, max: 2000 }).map((t) => t / 1000) }),
);

/** A unit: keys in any order, some repeated (the last value wins, at the first place). */
const unit = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 14 })
  .map((pairs) => Object.fromEntries(pairs) as Record<string, ScoreInput>);

const thousandths = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max }).map((t) => t / 1000);

/** Values each leaf takes (and now and then any value), so that most units score. */
const VALID: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Quý: fc.oneof(fc.boolean(), fc.constant('n/a'), fc.record({ self: fc.boolean(), appraised: fc.boolean() })),
  Mức: fc.constantFrom('đúng hạn', 'trễ hạn', 'không ban hành', nfd('trễ hạn'), 'Đúng Hạn', 'n/a'),
  'Tỷ lệ': thousandths(1000),
  Điểm: fc.oneof(thousandths(2000), fc.record({ value: thousandths(2000) })),
  Bậc: fc.integer({ min: 0, max: 1200 }).map((t) => t / 10),
  b: fc.oneof(fc.boolean(), fc.constant(undefined)),
};

/** Units written alike (as a province's run is), in one order or its reverse, so keys are remembered and then missed. */
const alike = fc
  .uniqueArray(fc.constantFrom(...LEAVES, ...LEAVES.map(nfd)), {
    minLength: 1,
    maxLength: 8,
    selector: (k) => k.normalize('NFC'),
  })
  .chain((keys) =>
    fc
      .array(
        fc.tuple(
          fc.tuple(...keys.map((k) => fc.oneof({ weight: 9, arbitrary: VALID[k.normalize('NFC')]! }, value))),
          fc.boolean(),
        ),
        { maxLength: 8 },
      )
      .map((rows) =>
        rows.map(([vals, reversed]) => {
          const pairs = keys.map((k, i) => [k, vals[i]] as const);
          return Object.fromEntries(reversed ? pairs.reverse() : pairs) as Record<string, ScoreInput>;
        }),
      ),
  );

/** A score as plain data, `nodes` (built on first read) included. */
function plain(s: UnitScore): unknown {
  return JSON.parse(JSON.stringify(s));
}

/** What scoring each unit alone answers, as `scoreUnits` would put it together. */
function oneByOne(units: readonly Record<string, ScoreInput>[]): unknown {
  const issues: unknown[] = [];
  const scores: unknown[] = [];
  units.forEach((u, i) => {
    const r = scoreUnit(set, u);
    if (r.ok) scores.push({ unitId: `u${i}`, score: plain(r.value) });
    else for (const x of r.issues) issues.push({ ...x, path: [`u${i}`, ...x.path] });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: scores };
}

function together(units: readonly Record<string, ScoreInput>[]): unknown {
  const r = scoreUnits(set, Object.fromEntries(units.map((u, i) => [`u${i}`, u])));
  if (!r.ok) return { ok: false, issues: r.issues.map((x) => ({ ...x })) };
  return { ok: true, value: r.value.map((s) => ({ unitId: s.unitId, score: plain(s.score) })) };
}

/** Where a key goes: the id it names (NFC), and whether it is a parent or unknown. */
function classify(k: string): { readonly id: string; readonly kind: 'input' | 'parent' | 'unknown' } {
  for (const id of [k, k.normalize('NFC')]) {
    if (LEAVES.includes(id) || ADJUSTMENTS.includes(id)) return { id, kind: 'input' };
    if (PARENTS.includes(id)) return { id, kind: 'parent' };
  }
  return { id: k, kind: 'unknown' };
}

describe('reading units’ inputs', () => {
  it('property: many units in one call score as each unit alone', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (units) => {
        expect(together(units)).toEqual(oneByOne(units));
      }),
      { numRuns: 300 },
    );
  });

  it('property: units written alike, in one order or another, score as each unit alone', () => {
    let scored = 0;
    fc.assert(
      fc.property(alike, (units) => {
        const r = together(units);
        expect(r).toEqual(oneByOne(units));
        if ((r as { ok: boolean }).ok) scored += units.length;
      }),
      { numRuns: 200 },
    );
    // Most runs score (the property is about scores, not only refusals).
    expect(scored).toBeGreaterThan(100);
  });

  it('property: an NFD key is its NFC id (the same id written twice is refused); parents and unknown keys are refused in key order', () => {
    let scored = 0;
    fc.assert(
      fc.property(unit, (u) => {
        const keys = Object.keys(u);
        const refused = keys
          .map(classify)
          .filter((c) => c.kind !== 'input')
          .map((c) => [c.kind === 'parent' ? 'not_a_leaf' : 'unknown_input', [c.id]]);
        const r = scoreUnit(set, u);
        if (refused.length > 0) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues.slice(0, refused.length).map((i) => [i.code, i.path])).toEqual(refused);
          return;
        }
        // One leaf written both in NFC and in NFD: refused, never one value silently kept.
        const forms = new Map<string, number>();
        for (const k of keys) forms.set(k.normalize('NFC'), (forms.get(k.normalize('NFC')) ?? 0) + 1);
        if ([...forms.values()].some((n) => n > 1)) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues.some((i) => i.code === 'duplicate_id')).toBe(true);
          return;
        }
        // The same unit with every key in NFC.
        const canonical: Record<string, ScoreInput> = {};
        for (const k of keys) if (k === k.normalize('NFC')) canonical[k] = u[k] as ScoreInput;
        for (const k of keys)
          if (k !== k.normalize('NFC')) canonical[k.normalize('NFC')] = u[k] as ScoreInput;
        const expected = scoreUnit(set, canonical);
        expect(r.ok).toBe(expected.ok);
        if (r.ok && expected.ok) {
          expect(plain(r.value)).toEqual(plain(expected.value));
          scored++;
        }
      }),
      { numRuns: 300 },
    );
    expect(scored).toBeGreaterThan(20);
  });

  it('a key that differs from the last unit’s at its place is looked up, not taken from it', () => {
    const r = unwrap(
      scoreUnits(set, {
        a: { Quý: true, b: true },
        b: { b: true, Quý: false },
        c: { [nfd('Quý')]: true, b: false },
      }),
    );
    expect(r.map((s) => [s.unitId, s.score.total, s.score.nodes['Quý']?.points])).toEqual([
      ['a', 2, 1],
      ['b', 1, 0],
      ['c', 1, 1],
    ]);
    const bad = scoreUnits(set, { a: { Quý: true, b: true }, d: { Quý: false, Nhóm: true } });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([['not_a_leaf', ['d', 'Nhóm']]]);
  });
});

describe('a score’s nodes', () => {
  it('keep their place among the keys, enumerable and read-only, built once, shown by JSON and spread', () => {
    const [a, b] = unwrap(scoreUnits(set, { a: { Quý: true }, b: { Quý: false } }));
    const s = a!.score;
    expect(Object.keys(s)).toEqual([
      'total',
      'max',
      'index',
      'exact',
      'nodes',
      'adjustments',
      'missing',
      'notApplicable',
      'warnings',
    ]);
    const d = Object.getOwnPropertyDescriptor(s, 'nodes');
    expect([d?.enumerable, d?.configurable, d?.set]).toEqual([true, false, undefined]);
    expect(s.nodes).toBe(s.nodes);
    expect(s.nodes['Quý']?.points).toBe(1);
    expect(b!.score.nodes['Quý']?.points).toBe(0);
    expect({ ...s }.nodes).toBe(s.nodes);
    expect(Object.keys(JSON.parse(JSON.stringify(s)))).toEqual(Object.keys(s));
    // The getter reads the score it is called on; on anything else it refuses.
    expect(() => d?.get?.call({})).toThrow(TypeError);
  });
});
