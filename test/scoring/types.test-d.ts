/**
 * Type tests: the rule union is discriminated and exhaustive, inputs accept
 * exactly the documented forms, results are read-only.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { RankedUnit, Rule, RuleKind, ScoreInput, UnitScore } from '../../src/scoring/index.js';
import { rankUnits, scoreUnit } from '../../src/scoring/index.js';

describe('scoring types', () => {
  it('has the nine rule kinds', () => {
    expectTypeOf<RuleKind>().toEqualTypeOf<
      'binary' | 'levels' | 'tiers' | 'proportional' | 'deduction' | 'manual' | 'survey' | 'allOf' | 'target'
    >();
  });

  it('narrows rules on kind', () => {
    const describeRule = (r: Rule): string => {
      switch (r.kind) {
        case 'levels':
          expectTypeOf(r.levels).toEqualTypeOf<Readonly<Record<string, number>>>();
          return 'levels';
        case 'deduction':
          expectTypeOf(r.per).toBeNumber();
          return 'deduction';
        case 'binary':
        case 'tiers':
        case 'proportional':
        case 'manual':
        case 'survey':
        case 'allOf':
        case 'target':
          return r.kind;
        default: {
          const never: never = r;
          return never;
        }
      }
    };
    expectTypeOf(describeRule).returns.toBeString();
  });

  it('accepts the input forms and rejects others', () => {
    expectTypeOf<true>().toMatchTypeOf<ScoreInput>();
    expectTypeOf<'n/a'>().toMatchTypeOf<ScoreInput>();
    expectTypeOf<{ numerator: 1; denominator: 2 }>().toMatchTypeOf<ScoreInput>();
    expectTypeOf<{ self: 2; appraised: [{ value: 1.5; by: 'Hội đồng' }] }>().toMatchTypeOf<ScoreInput>();
    expectTypeOf<null>().not.toMatchTypeOf<ScoreInput>();
    expectTypeOf<Date>().not.toMatchTypeOf<ScoreInput>();
  });

  it('returns read-only results', () => {
    expectTypeOf(scoreUnit).returns.toMatchTypeOf<{ ok: boolean }>();
    expectTypeOf(rankUnits).returns.toEqualTypeOf<readonly RankedUnit[]>();
    const edit = (s: UnitScore): void => {
      // @ts-expect-error — a score is read-only
      s.total = 100;
      // @ts-expect-error — so are its lists
      s.missing.push('x');
    };
    expectTypeOf(edit).toBeFunction();
  });
});
