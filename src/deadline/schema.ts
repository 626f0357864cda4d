/**
 * zod schemas for the structured form of a {@link Deadline} (for plans
 * stored as JSON with their deadlines already read).
 *
 * @module
 */
import * as z from 'zod';
import { isIsoDate, isValidYmd, type IsoDate } from '../calendar/isoDate.js';
import { milestoneEnd, milestoneStart, PART_KINDS, partsMilestones, sameMilestone } from './milestone.js';
import type { Deadline, Milestone, RecurrenceCutoff } from './types.js';

const year = z.number().int().min(1000).max(9999);
const isoDate = z.custom<IsoDate>((v) => isIsoDate(v), { message: 'not an existing YYYY-MM-DD date' });

const dateM = z.object({ kind: z.literal('date'), date: isoDate, before: z.boolean() });
const monthM = z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12) });
const quarterM = z.object({
  kind: z.literal('quarter'),
  year,
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
const halfM = z.object({ kind: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) });
const yearM = z.object({ kind: z.literal('year'), year });

/**
 * Schema of a {@link Milestone}.
 *
 * @example
 * ```ts
 * import { milestoneSchema } from 'cchc';
 * milestoneSchema.safeParse({ kind: 'quarter', year: 2018, quarter: 2 }).success; // true
 * milestoneSchema.safeParse({ kind: 'quarter', year: 2018, quarter: 5 }).success; // false
 * ```
 */
export const milestoneSchema: z.ZodType<Milestone> = z.discriminatedUnion('kind', [
  dateM,
  monthM,
  quarterM,
  halfM,
  yearM,
]);

const raw = z.string();

const cutoffSchema: z.ZodType<RecurrenceCutoff> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('day-of-month'),
    day: z.number().int().min(1).max(31),
    month: z.union([
      z.literal('first'),
      z.literal('last'),
      z.literal('next'),
      z.number().int().min(1).max(12),
    ]),
    before: z.boolean(),
  }),
  z.object({
    kind: z.literal('week-of-month'),
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('last')]),
  }),
  z.object({
    kind: z.literal('weekday'),
    weekday: z.number().int().min(0).max(6),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    before: z.boolean(),
  }),
  z
    .object({
      kind: z.literal('day-of-year'),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      before: z.boolean(),
    })
    .refine((c) => isValidYmd(2000, c.month, c.day), { message: 'no such day in any year' }),
  z.object({ kind: z.literal('month-of-year'), month: z.number().int().min(1).max(12) }),
]) as z.ZodType<RecurrenceCutoff>;

const MONTHS_IN = { week: 0, month: 1, quarter: 3, half: 6, year: 12 } as const;

/**
 * Schema of a {@link Deadline}: each kind's fields, plus the rules the
 * parser keeps (a range does not end before it starts; a multi has two or
 * more milestones in due order; a cut-off fits its period).
 *
 * @example
 * ```ts
 * import { deadlineSchema, parseDeadline } from 'cchc';
 * deadlineSchema.safeParse(parseDeadline('Quý II/2018')).success; // true
 * deadlineSchema.safeParse({ kind: 'quarter', raw: '', year: 2018, quarter: 7 }).success; // false
 * ```
 */
export const deadlineSchema: z.ZodType<Deadline> = z
  .discriminatedUnion('kind', [
    dateM.extend({ raw }),
    monthM.extend({ raw }),
    quarterM.extend({ raw }),
    halfM.extend({ raw }),
    yearM.extend({ raw }),
    z.object({
      kind: z.literal('multi'),
      raw,
      milestones: z.array(milestoneSchema).min(1),
      parts: z
        .array(z.lazy((): z.ZodType<Deadline> => deadlineSchema))
        .min(2)
        .optional(),
    }),
    z.object({
      kind: z.literal('range'),
      raw,
      from: milestoneSchema,
      to: milestoneSchema.nullable(),
      completeBy: milestoneSchema.optional(),
    }),
    z.object({
      kind: z.literal('continuous'),
      raw,
      from: milestoneSchema.nullable(),
      until: milestoneSchema.nullable(),
      event: z.string().min(1).nullable(),
    }),
    z.object({
      kind: z.literal('recurring'),
      raw,
      every: z.enum(['week', 'month', 'quarter', 'half', 'year']),
      times: z.number().int().min(1).max(31),
      cutoff: cutoffSchema.nullable(),
      from: milestoneSchema.nullable(),
      until: milestoneSchema.nullable(),
      events: z.array(z.string().min(1)),
    }),
    z.object({
      kind: z.literal('event'),
      raw,
      trigger: z.string().min(1),
      after: z
        .object({ amount: z.number().int().min(1), unit: z.enum(['days', 'working-days', 'months']) })
        .nullable(),
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
  .superRefine((d, ctx) => {
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
      ctx.addIssue({ code: 'custom', path: ['completeBy'], message: 'completeBy only on an open range' });
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
      if (!ok) ctx.addIssue({ code: 'custom', path: ['cutoff'], message: 'cut-off does not fit the period' });
    }
  }) as unknown as z.ZodType<Deadline>;
