/**
 * zod schemas for the structured form of a {@link Deadline} (for plans
 * stored as JSON with their deadlines already read).
 *
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate, isValidYmd, type IsoDate } from '../calendar/isoDate.js';
import { milestoneEnd, milestoneStart, PART_KINDS, partsMilestones, sameMilestone } from './milestone.js';
import type { Deadline, Milestone, RecurrenceCutoff } from './types.js';

/**
 * Builds the schemas. They are built on first use, not when the module is
 * imported: building them costs a few milliseconds that an app which never
 * checks a stored deadline should not pay.
 */
function build() {
  const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
  const year = int(1000, 9999);
  const isoDate = z.custom<IsoDate>((v) => isIsoDate(v), { message: 'not an existing YYYY-MM-DD date' });

  const dateM = z.object({ kind: z.literal('date'), date: isoDate, before: z.boolean() });
  const monthM = z.object({ kind: z.literal('month'), year, month: int(1, 12) });
  const quarterM = z.object({
    kind: z.literal('quarter'),
    year,
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  });
  const halfM = z.object({ kind: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) });
  const yearM = z.object({ kind: z.literal('year'), year });

  const milestoneSchema: z.ZodMiniType<Milestone> = z.discriminatedUnion('kind', [
    dateM,
    monthM,
    quarterM,
    halfM,
    yearM,
  ]);

  const raw = z.string();

  const cutoffSchema: z.ZodMiniType<RecurrenceCutoff> = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('day-of-month'),
      day: int(1, 31),
      month: z.union([z.literal('first'), z.literal('last'), z.literal('next'), int(1, 12)]),
      before: z.boolean(),
    }),
    z.object({
      kind: z.literal('week-of-month'),
      week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('last')]),
    }),
    z.object({
      kind: z.literal('weekday'),
      weekday: int(0, 6),
      time: z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
      before: z.boolean(),
    }),
    z
      .object({
        kind: z.literal('day-of-year'),
        month: int(1, 12),
        day: int(1, 31),
        before: z.boolean(),
      })
      .check(z.refine((c) => isValidYmd(2000, c.month, c.day), { message: 'no such day in any year' })),
    z.object({ kind: z.literal('month-of-year'), month: int(1, 12) }),
  ]) as z.ZodMiniType<RecurrenceCutoff>;

  const MONTHS_IN = { week: 0, month: 1, quarter: 3, half: 6, year: 12 } as const;

  const deadlineSchema: z.ZodMiniType<Deadline> = z
    .discriminatedUnion('kind', [
      z.extend(dateM, { raw }),
      z.extend(monthM, { raw }),
      z.extend(quarterM, { raw }),
      z.extend(halfM, { raw }),
      z.extend(yearM, { raw }),
      z.object({
        kind: z.literal('multi'),
        raw,
        milestones: z.array(milestoneSchema).check(z.minLength(1)),
        parts: z.optional(
          z.array(z.lazy((): z.ZodMiniType<Deadline> => deadlineSchema)).check(z.minLength(2)),
        ),
      }),
      z.object({
        kind: z.literal('range'),
        raw,
        from: milestoneSchema,
        to: z.nullable(milestoneSchema),
        completeBy: z.optional(milestoneSchema),
      }),
      z.object({
        kind: z.literal('continuous'),
        raw,
        from: z.nullable(milestoneSchema),
        until: z.nullable(milestoneSchema),
        event: z.nullable(z.string().check(z.minLength(1))),
      }),
      z.object({
        kind: z.literal('recurring'),
        raw,
        every: z.enum(['week', 'month', 'quarter', 'half', 'year']),
        times: int(1, 31),
        cutoff: z.nullable(cutoffSchema),
        from: z.nullable(milestoneSchema),
        until: z.nullable(milestoneSchema),
        events: z.array(z.string().check(z.minLength(1))),
      }),
      z.object({
        kind: z.literal('event'),
        raw,
        trigger: z.string().check(z.minLength(1)),
        after: z.nullable(
          z.object({ amount: z.int().check(z.gte(1)), unit: z.enum(['days', 'working-days', 'months']) }),
        ),
      }),
      z.object({
        kind: z.literal('unknown'),
        raw,
        reason: z.enum([
          'empty',
          'impossible-date',
          'impossible-period',
          'no-year',
          'ambiguous',
          'unrecognised',
        ]),
      }),
    ])
    .check(
      z.superRefine(
        (d, ctx) => {
          const order = (a: Milestone | null, b: Milestone | null): boolean =>
            a === null || b === null || milestoneStart(a) <= milestoneEnd(b);
          if (d.kind === 'range' && !order(d.from as Milestone, d.to as Milestone | null)) {
            ctx.addIssue({ code: 'custom', path: ['to'], message: 'range ends before it starts' });
          }
          if (
            (d.kind === 'continuous' || d.kind === 'recurring') &&
            !order(d.from as Milestone | null, d.until as Milestone | null)
          ) {
            ctx.addIssue({ code: 'custom', path: ['until'], message: 'ends before it starts' });
          }
          if (d.kind === 'range' && d.completeBy !== undefined && d.to !== null) {
            ctx.addIssue({
              code: 'custom',
              path: ['completeBy'],
              message: 'completeBy only on an open range',
            });
          }
          if (d.kind === 'multi') {
            const ends = d.milestones.map((m) => milestoneEnd(m as Milestone));
            for (let i = 1; i < ends.length; i++) {
              if ((ends[i] as number) < (ends[i - 1] as number))
                ctx.addIssue({ code: 'custom', path: ['milestones', i], message: 'milestones out of order' });
            }
            const parts = d.parts as readonly Deadline[] | undefined;
            if (parts === undefined) {
              if (d.milestones.length < 2)
                ctx.addIssue({
                  code: 'custom',
                  path: ['milestones'],
                  message: 'a multi without parts has two milestones or more',
                });
            } else {
              parts.forEach((p, i) => {
                if (!PART_KINDS.has(p.kind) || (p.kind === 'multi' && p.parts !== undefined))
                  ctx.addIssue({
                    code: 'custom',
                    path: ['parts', i],
                    message: 'a part is a dated kind, a multi, a range or continuous',
                  });
              });
              const want = partsMilestones(parts);
              const same =
                want.length === d.milestones.length &&
                want.every((m, i) => sameMilestone(m, d.milestones[i] as Milestone));
              if (!same)
                ctx.addIssue({
                  code: 'custom',
                  path: ['milestones'],
                  message: 'milestones are not the due milestones of the parts',
                });
            }
          }
          if (d.kind === 'recurring' && d.cutoff !== null) {
            const c = d.cutoff;
            const ok =
              c.kind === 'weekday'
                ? d.every === 'week'
                : c.kind === 'day-of-month'
                  ? d.every !== 'week' && (typeof c.month !== 'number' || c.month <= MONTHS_IN[d.every])
                  : c.kind === 'week-of-month'
                    ? d.every === 'month'
                    : d.every === 'year';
            if (!ok)
              ctx.addIssue({ code: 'custom', path: ['cutoff'], message: 'cut-off does not fit the period' });
          }
        },
        // The rules across fields read the milestones' days: only for a value
        // whose fields are valid (a month 13 has no last day to compare).
        { when: (payload) => payload.issues.length === 0 },
      ),
    ) as unknown as z.ZodMiniType<Deadline>;
  return { milestoneSchema, deadlineSchema };
}

let built: ReturnType<typeof build> | undefined;

function schemas(): ReturnType<typeof build> {
  if (built === undefined) built = build();
  return built;
}

/**
 * The zod schema of a {@link Milestone} (zod's mini build: `parse`,
 * `safeParse`, and it composes into an app's own zod 4 schemas). A function,
 * not a value, so that importing the library does not load zod: the schema is
 * built on the first call and the same one is returned after.
 *
 * @example
 * ```ts
 * import { milestoneSchema } from 'cchc';
 * milestoneSchema().safeParse({ kind: 'quarter', year: 2018, quarter: 2 }).success; // true
 * milestoneSchema().safeParse({ kind: 'quarter', year: 2018, quarter: 5 }).success; // false
 * ```
 */
export function milestoneSchema(): z.ZodMiniType<Milestone> {
  return schemas().milestoneSchema;
}

/**
 * The zod schema of a {@link Deadline}: each kind's fields, plus the rules the
 * parser keeps (a range does not end before it starts; a multi has two or
 * more milestones in due order; a cut-off fits its period). A function, not a
 * value, so that importing the library does not load zod: the schema is built
 * on the first call and the same one is returned after.
 *
 * @example
 * ```ts
 * import { deadlineSchema, parseDeadline } from 'cchc';
 * deadlineSchema().safeParse(parseDeadline('Quý II/2018')).success; // true
 * deadlineSchema().safeParse({ kind: 'quarter', raw: '', year: 2018, quarter: 7 }).success; // false
 * ```
 */
export function deadlineSchema(): z.ZodMiniType<Deadline> {
  return schemas().deadlineSchema;
}
