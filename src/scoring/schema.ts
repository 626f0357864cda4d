/**
 * The zod schema of `CriteriaSetJson`: shapes only (unknown fields are an
 * error). The checks that need the whole tree — sums, ids, tiers, bands,
 * counts — are in `checks.ts`, so every problem is reported at once.
 *
 * @internal
 * @module
 */
import * as z from 'zod';

const text = z.string().trim().min(1);
const points = z.number().finite();
const nonNegative = z.number().finite().min(0);

const ruleText = { label: text.optional(), explain: text.optional() };

/** One tier; its bounds (one of min/above, one of max/below) are checked in checks.ts. */
const tierSchema = z.strictObject({
  min: z.number().finite().optional(),
  above: z.number().finite().optional(),
  max: z.number().finite().optional(),
  below: z.number().finite().optional(),
  points: nonNegative,
});

/** The rule kinds this version knows. @internal */
export const RULE_KINDS = [
  'binary',
  'levels',
  'tiers',
  'proportional',
  'deduction',
  'manual',
  'survey',
  'allOf',
  'target',
] as const;

/** @internal */
export const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('binary'), ...ruleText }),
  z.strictObject({ kind: z.literal('levels'), levels: z.record(text, nonNegative), ...ruleText }),
  z.strictObject({
    kind: z.literal('tiers'),
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
    tiers: z.array(tierSchema).min(1),
    unit: z.string().optional(),
    ...ruleText,
  }),
  z.strictObject({
    kind: z.literal('proportional'),
    scale: z.union([z.literal(1), z.literal(100)]).optional(),
    whenEmpty: nonNegative.optional(),
    ...ruleText,
  }),
  z.strictObject({
    kind: z.literal('deduction'),
    per: z.number().finite().positive(),
    floor: points.optional(),
    ...ruleText,
  }),
  z.strictObject({ kind: z.literal('manual'), text: z.string().optional(), ...ruleText }),
  z.strictObject({
    kind: z.literal('survey'),
    scale: z.tuple([z.number().finite(), z.number().finite()]),
    ...ruleText,
  }),
  z.strictObject({ kind: z.literal('allOf'), conditions: z.array(text).min(1), ...ruleText }),
  z.strictObject({
    kind: z.literal('target'),
    target: z.strictObject({
      comparator: z.enum(['>', '>=', '<', '<=', '=']),
      value: z.number().finite(),
      unit: z.string().optional(),
      raw: z.string().optional(),
    }),
    partial: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('proportional') }),
        z.strictObject({ kind: z.literal('fixed'), points: nonNegative }),
      ])
      .optional(),
    ...ruleText,
  }),
]);

const evidenceSchema = z.strictObject({ required: z.boolean(), items: z.array(text).optional() });

/** A node: exactly one of `children` and `rule` (checked in checks.ts). @internal */
export const nodeSchema: z.ZodType<unknown> = z.strictObject({
  id: text,
  title: text,
  max: nonNegative,
  get children() {
    return z.array(nodeSchema).min(1).optional();
  },
  rule: ruleSchema.optional(),
  source: z.enum(['assessment', 'survey']).optional(),
  evidence: evidenceSchema.optional(),
  note: z.string().optional(),
});

const unitType = z.enum(['province', 'ministry', 'department', 'district', 'commune']);
const bandSchema = z.strictObject({
  name: text,
  min: z.number().finite().min(0).max(100),
  below: z.number().finite().min(0).max(100).optional(),
});
const bands = z.array(bandSchema).min(1);

/** The whole `CriteriaSetJson`. @internal */
export const criteriaSetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: text,
  title: text,
  source: z
    .union([
      z.string(),
      z.strictObject({
        title: z.string().optional(),
        number: z.string().optional(),
        date: z.string().optional(),
        issuer: z.string().optional(),
        url: z.string().optional(),
        note: z.string().optional(),
      }),
    ])
    .optional(),
  document: z
    .strictObject({
      number: text,
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      issuer: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  unitType: unitType.optional(),
  counts: z
    .strictObject({
      areas: z.number().int().min(0).optional(),
      criteria: z.number().int().min(0).optional(),
      components: z.number().int().min(0).optional(),
    })
    .optional(),
  precision: z.number().int().min(0).max(3).optional(),
  classes: bands.optional(),
  classesByUnitType: z.partialRecord(unitType, bands).optional(),
  adjustments: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        kind: z.enum(['bonus', 'penalty']),
        max: nonNegative,
        per: z.number().finite().positive().optional(),
      }),
    )
    .optional(),
  nodes: z.array(nodeSchema).min(1),
});
