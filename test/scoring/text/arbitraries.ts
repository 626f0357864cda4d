/**
 * fast-check arbitraries of rules in the canonical form `parseRule` gives
 * (tiers best first, no worst tier worth 0, the other end only on the best
 * tier), with the leaf's max: what `formatRule` must write so that
 * `parseRule` reads it back unchanged.
 */
import fc from 'fast-check';
import type { Rule, Tier } from '../../../src/scoring/index.js';

/** Points in thousandths up to `max` thousandths, as a number. */
const thousandths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((t) => t / 1000);

const LEVEL_NAMES = [
  'Ban hành kịp thời',
  'Ban hành chậm',
  'Đúng hạn',
  'Trễ hạn',
  'Đầy đủ',
  'Tốt',
  'Khá',
  'Trung bình',
  'Yếu',
  'Có kế hoạch chi tiết',
  'Hoàn thành xuất sắc',
  'Báo cáo quý I',
  'Thực hiện một phần',
  'Được Bộ Nội vụ công nhận',
];

const CONDITIONS = [
  'Đủ số lượng',
  'đúng thời gian quy định',
  'Có bố trí kinh phí',
  'Xác định đầy đủ nhiệm vụ',
  'Có tài liệu kiểm chứng',
  'Báo cáo quý I',
  'Báo cáo 6 tháng',
  'Báo cáo năm',
];

/** Bounds: whole numbers or two decimals, 0–200. */
const bound = fc.oneof(
  fc.integer({ min: 0, max: 200 }),
  fc.integer({ min: 0, max: 20000 }).map((n) => n / 100),
);

export interface RuleCase {
  readonly rule: Rule;
  readonly max: number;
  readonly unitOf?: string;
}

const maxArb = fc.integer({ min: 1, max: 20000 }).map((t) => t / 1000);

const levels: fc.Arbitrary<RuleCase> = maxArb.chain((max) =>
  fc.uniqueArray(fc.constantFrom(...LEVEL_NAMES), { minLength: 2, maxLength: 5 }).chain((names) =>
    fc
      .array(thousandths(0, Math.round(max * 1000)), { minLength: names.length, maxLength: names.length })
      .map((ps) => {
        const lv: Record<string, number> = {};
        // One level reaches the max (levels that only add up to it are read as items, not levels).
        names.forEach((n, i) => {
          lv[n] = i === 0 ? max : (ps[i] as number);
        });
        return { rule: { kind: 'levels', levels: lv } as Rule, max };
      }),
  ),
);

function tiersCase(lower: boolean): fc.Arbitrary<RuleCase> {
  return fc
    .record({
      max: fc.integer({ min: 10, max: 20000 }).map((t) => t / 1000),
      bounds: fc.uniqueArray(bound, { minLength: 1, maxLength: 4 }),
      strict: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      openWorst: fc.boolean(),
      farEnd: fc.option(fc.record({ gap: fc.integer({ min: 0, max: 50 }), incl: fc.boolean() }), {
        nil: undefined,
      }),
      unit: fc.constantFrom<string | undefined>(undefined, '', 'văn bản'),
      seeds: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 5, maxLength: 5 }),
    })
    .map(({ max, bounds, strict, openWorst, farEnd, unit, seeds }) => {
      const sorted = [...bounds].sort((a, b) => a - b);
      const n = sorted.length + (openWorst ? 1 : 0);
      // Points rising strictly from the worst tier to the best, the worst above 0 (with equal
      // points everywhere the text cannot say which way is better).
      const top = Math.round(max * 1000);
      const steps = seeds.slice(0, n).sort((a, b) => a - b);
      const pts = steps.map((s) => Math.floor((top * s) / 10) / 1000);
      const tiers: Tier[] = [];
      if (!lower) {
        // Worst first: an open-below tier, then one tier per bound.
        if (openWorst) {
          const b0 = sorted[0] as number;
          tiers.push(
            strict[0] ? { max: b0, points: pts[0] as number } : { below: b0, points: pts[0] as number },
          );
        }
        sorted.forEach((b, i) => {
          const p = pts[i + (openWorst ? 1 : 0)] as number;
          const loIn = openWorst && i === 0 ? !strict[0] : !strict[i % 4];
          const t: Record<string, number> = loIn ? { min: b } : { above: b };
          if (i === sorted.length - 1 && farEnd !== undefined) {
            const hi = b + farEnd.gap;
            if (hi > b || (farEnd.incl && loIn)) t[farEnd.incl ? 'max' : 'below'] = hi;
          }
          t['points'] = p;
          tiers.push(t as unknown as Tier);
        });
      } else {
        const desc = [...sorted].reverse();
        if (openWorst) {
          const b0 = desc[0] as number;
          tiers.push(
            strict[0] ? { min: b0, points: pts[0] as number } : { above: b0, points: pts[0] as number },
          );
        }
        desc.forEach((b, i) => {
          const p = pts[i + (openWorst ? 1 : 0)] as number;
          const hiIn = openWorst && i === 0 ? !strict[0] : !strict[i % 4];
          const t: Record<string, number> = hiIn ? { max: b } : { below: b };
          if (i === desc.length - 1 && farEnd !== undefined) {
            const lo = b - farEnd.gap;
            if (lo < b || (farEnd.incl && hiIn)) t[farEnd.incl ? 'min' : 'above'] = lo;
          }
          t['points'] = p;
          tiers.push(t as unknown as Tier);
        });
      }
      const best = tiers.reverse();
      const base = lower
        ? { kind: 'tiers' as const, direction: 'lower-is-better' as const, tiers: best }
        : { kind: 'tiers' as const, tiers: best };
      const rule = (unit === undefined ? base : { ...base, unit }) as Rule;
      return unit === undefined || unit === '' ? { rule, max } : { rule, max, unitOf: unit };
    });
}

const proportional: fc.Arbitrary<RuleCase> = maxArb.chain((max) =>
  fc
    .record({
      scale: fc.constantFrom<1 | 100>(1, 100),
      whenEmpty: fc.option(thousandths(0, Math.round(max * 1000)), { nil: undefined }),
    })
    .map(({ scale, whenEmpty }) => {
      const r: Record<string, unknown> = { kind: 'proportional' };
      if (scale === 100) r['scale'] = 100;
      if (whenEmpty !== undefined) r['whenEmpty'] = whenEmpty;
      return { rule: r as unknown as Rule, max };
    }),
);

const deduction: fc.Arbitrary<RuleCase> = maxArb.chain((max) =>
  fc
    .record({
      per: thousandths(1, Math.round(max * 1000)),
      floor: fc.option(
        fc.integer({ min: -2000, max: Math.round(max * 1000) - 1 }).map((t) => t / 1000),
        { nil: undefined },
      ),
    })
    .map(({ per, floor }) => ({
      rule: (floor === undefined || floor === 0
        ? { kind: 'deduction', per }
        : { kind: 'deduction', per, floor }) as Rule,
      max,
    })),
);

const survey: fc.Arbitrary<RuleCase> = fc
  .record({ max: maxArb, lo: fc.integer({ min: 0, max: 10 }), span: fc.integer({ min: 1, max: 10 }) })
  .map(({ max, lo, span }) => ({ rule: { kind: 'survey', scale: [lo, lo + span] } as Rule, max }));

const allOf: fc.Arbitrary<RuleCase> = fc
  .record({
    max: maxArb,
    conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { minLength: 2, maxLength: 4 }),
  })
  .map(({ max, conditions }) => ({ rule: { kind: 'allOf', conditions } as Rule, max }));

const target: fc.Arbitrary<RuleCase> = maxArb.chain((max) =>
  fc
    .record({
      comparator: fc.constantFrom('>=', '>', '<', '<=', '=') as fc.Arbitrary<'>=' | '>' | '<' | '<=' | '='>,
      value: bound,
      pct: fc.boolean(),
      partial: fc.oneof(
        fc.constant(undefined),
        fc.constant({ kind: 'proportional' as const }),
        thousandths(1, Math.max(1, Math.round(max * 1000) - 1)).map((p) => ({
          kind: 'fixed' as const,
          points: p,
        })),
      ),
    })
    .filter(({ partial }) => partial?.kind !== 'fixed' || partial.points < max)
    .map(({ comparator, value, pct, partial }) => {
      const t = pct ? { comparator, value, unit: '%' } : { comparator, value };
      return {
        rule: (partial === undefined
          ? { kind: 'target', target: t }
          : { kind: 'target', target: t, partial }) as Rule,
        max,
      };
    }),
);

const simple: fc.Arbitrary<RuleCase> = fc.oneof(
  maxArb.map((max) => ({ rule: { kind: 'binary' } as Rule, max })),
  maxArb.map((max) => ({ rule: { kind: 'manual' } as Rule, max })),
  maxArb.map((max) => ({
    rule: { kind: 'manual', text: 'Hội đồng thẩm định xem xét, quyết định' } as Rule,
    max,
  })),
);

/** Every rule kind text can express, canonical. */
export const ruleCase: fc.Arbitrary<RuleCase> = fc.oneof(
  levels,
  tiersCase(false),
  tiersCase(true),
  proportional,
  deduction,
  survey,
  allOf,
  target,
  simple,
);
