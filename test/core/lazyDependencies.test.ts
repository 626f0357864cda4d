/**
 * The Node build's first-use loaders of zod, date-fns and immer
 * (src/core/zod.node.ts, src/calendar/dateFns.node.ts,
 * src/core/immer.node.ts, put in place of the static
 * imports by tsup.config.ts): they answer as the packages themselves do, and
 * load nothing until first called. The built package is checked the same way
 * by scripts/checks/import-time.sh.
 */
import { createRequire } from 'node:module';
import * as fc from 'fast-check';
import * as immer from 'immer';
import { describe, expect, it } from 'vitest';
import * as staticZod from 'zod/mini';
import * as staticDateFns from '../../src/calendar/dateFns.js';
import * as lazyDateFns from '../../src/calendar/dateFns.node.js';
import * as lazyImmer from '../../src/core/immer.node.js';
import * as lazyZod from '../../src/core/zod.node.js';

const required = (name: string): boolean =>
  Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes(`/node_modules/${name}/`));

describe('first use', () => {
  it('nothing is required before a function is called', () => {
    expect(required('zod')).toBe(false);
    expect(required('date-fns')).toBe(false);
    expect(required('immer')).toBe(false);
  });
});

describe('zod, loaded on first use', () => {
  // The same schema built from either module; the static module is a
  // superset of the lazy one, so it fits the lazy one's type.
  const build = (z: typeof lazyZod) =>
    z.strictObject({
      id: z.string().check(z.minLength(1), z.trim()),
      year: z.int().check(z.gte(1000), z.lte(9999)),
      kind: z.enum(['month', 'quarter']),
      at: z.discriminatedUnion('k', [
        z.object({ k: z.literal('a'), n: z.number().check(z.positive()) }),
        z.extend(z.object({ k: z.literal('b') }), { code: z.string().check(z.regex(/^[A-Z]+$/)) }),
      ]),
      tags: z.optional(z.nullable(z.array(z.union([z.string(), z.boolean()])))),
      pair: z.optional(z.tuple([z.string(), z.number()])),
      byId: z.optional(z.record(z.string(), z.number())),
      self: z.optional(z.lazy(() => z.string())),
      odd: z.optional(z.custom<number>((v) => typeof v === 'number' && v % 2 === 1)),
    });

  it('names only functions of zod/mini', () => {
    for (const name of Object.keys(lazyZod)) {
      expect(typeof (staticZod as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('checks as zod does, issue for issue', () => {
    const lazy = build(lazyZod);
    const direct = build(staticZod);
    const ok = { id: ' X ', year: 2018, kind: 'month', at: { k: 'b', code: 'AB' }, tags: ['x', true] };
    expect(lazy.safeParse(ok)).toEqual(direct.safeParse(ok));
    expect(lazy.safeParse(ok).success).toBe(true);
    const value = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        year: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double()),
        kind: fc.constantFrom('month', 'quarter', 'year'),
        at: fc.oneof(
          fc.record({ k: fc.constantFrom('a', 'b', 'c'), n: fc.double(), code: fc.string() }),
          fc.anything(),
        ),
        tags: fc.option(fc.array(fc.oneof(fc.string(), fc.boolean(), fc.integer()))),
        pair: fc.anything(),
        byId: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string())),
        odd: fc.integer(),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(lazy.safeParse(v)).toEqual(direct.safeParse(v));
      }),
      { numRuns: 300 },
    );
    const options = { unrepresentable: 'any' } as const;
    const schemas = [lazyZod.toJSONSchema(lazy, options), staticZod.toJSONSchema(direct, options)];
    expect(schemas[0]).toEqual(schemas[1]);
    expect(required('zod')).toBe(true);
  });
});

describe('date-fns, loaded on first use', () => {
  it('formats, parses and validates as the static import does', () => {
    const vi = lazyDateFns.dateFnsVi();
    expect(vi.code).toBe(staticDateFns.dateFnsVi().code);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const date = new Date(2000, 0, 1, 12);
          date.setFullYear(y, m, d);
          for (const pattern of [
            "'ngày' d 'tháng' M 'năm' y",
            'dd/MM/yyyy',
            "EEEE, 'ngày' d 'tháng' M 'năm' y",
          ]) {
            expect(lazyDateFns.format(date, pattern, { locale: vi })).toBe(
              staticDateFns.format(date, pattern, { locale: staticDateFns.dateFnsVi() }),
            );
          }
          const text = staticDateFns.format(date, 'd/M/yyyy');
          const ref = new Date(2000, 0, 1, 12);
          expect(lazyDateFns.parse(text, 'd/M/yyyy', ref).getTime()).toBe(
            staticDateFns.parse(text, 'd/M/yyyy', ref).getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
    expect(lazyDateFns.isValid(new Date(Number.NaN))).toBe(false);
    expect(lazyDateFns.parse('31/11/2025', 'd/M/yyyy', new Date(2000, 0, 1)).getTime()).toBeNaN();
    expect(required('date-fns')).toBe(true);
  });
});

describe('immer, loaded on first use', () => {
  it('produces, records patches and applies them as immer does', () => {
    const base = Object.freeze({ tasks: Object.freeze([{ id: 'I.1', title: 'Một' }]) });
    const next = lazyImmer.produce(base, (draft) => {
      draft.tasks.push(lazyImmer.castDraft({ id: 'I.2', title: 'Hai' }));
    });
    expect(next.tasks.map((t) => t.id)).toEqual(['I.1', 'I.2']);
    expect(Object.isFrozen(next.tasks)).toBe(true);
    expect(base.tasks).toHaveLength(1);

    lazyImmer.enablePatches();
    immer.enablePatches();
    const recipe = (draft: { tasks: { id: string; title: string }[] }) => {
      draft.tasks[0] = { id: 'I.1', title: 'Một (sửa)' };
      draft.tasks.splice(0, 0, { id: 'I.0', title: 'Không' });
    };
    const [lazyNext, patches, inverse] = lazyImmer.produceWithPatches(base, recipe);
    const [staticNext, staticPatches, staticInverse] = immer.produceWithPatches(base, recipe);
    expect(lazyNext).toEqual(staticNext);
    expect(patches).toEqual(staticPatches);
    expect(inverse).toEqual(staticInverse);
    expect(lazyImmer.applyPatches(lazyNext, inverse)).toEqual(base);
    expect(lazyImmer.nothing).toBe(immer.nothing);
    expect(lazyImmer.immerable).toBe(immer.immerable);
    expect(required('immer')).toBe(true);
  });
});
