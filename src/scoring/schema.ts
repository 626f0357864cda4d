/**
 * The zod schema of `CriteriaSetJson`: shapes only (unknown fields are an
 * error). The checks that need the whole tree — sums, ids, tiers, bands,
 * counts — are in `checks.ts`, so every problem is reported at once.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';

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

/**
 * Builds the schemas. They are built on first use ({@link criteriaSchemas}),
 * not when the module is imported: building them costs a few milliseconds
 * that an app which never reads a criteria set should not pay.
 */
function build() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const points = z.number();
  const nonNegative = z.number().check(z.gte(0));

  const ruleText = { label: z.optional(text), explain: z.optional(text) };

  /** One tier; its bounds (one of min/above, one of max/below) are checked in checks.ts. */
  const tierSchema = z.strictObject({
    min: z.optional(z.number()),
    above: z.optional(z.number()),
    max: z.optional(z.number()),
    below: z.optional(z.number()),
    points: nonNegative,
  });

  /** A rule, by kind. */
  const ruleSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('binary'), ...ruleText }),
    z.strictObject({ kind: z.literal('levels'), levels: z.record(text, nonNegative), ...ruleText }),
    z.strictObject({
      kind: z.literal('tiers'),
      direction: z.optional(z.enum(['higher-is-better', 'lower-is-better'])),
      tiers: z.array(tierSchema).check(z.minLength(1)),
      unit: z.optional(z.string()),
      ...ruleText,
    }),
    z.strictObject({
      kind: z.literal('proportional'),
      scale: z.optional(z.union([z.literal(1), z.literal(100)])),
      whenEmpty: z.optional(nonNegative),
      ...ruleText,
    }),
    z.strictObject({
      kind: z.literal('deduction'),
      per: z.number().check(z.positive()),
      floor: z.optional(points),
      ...ruleText,
    }),
    z.strictObject({ kind: z.literal('manual'), text: z.optional(z.string()), ...ruleText }),
    z.strictObject({
      kind: z.literal('survey'),
      scale: z.tuple([z.number(), z.number()]),
      ...ruleText,
    }),
    z.strictObject({
      kind: z.literal('allOf'),
      conditions: z.array(text).check(z.minLength(1)),
      ...ruleText,
    }),
    z.strictObject({
      kind: z.literal('target'),
      target: z.strictObject({
        comparator: z.enum(['>', '>=', '<', '<=', '=']),
        value: z.number(),
        unit: z.optional(z.string()),
        raw: z.optional(z.string()),
      }),
      partial: z.optional(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('proportional') }),
          z.strictObject({ kind: z.literal('fixed'), points: nonNegative }),
        ]),
      ),
      ...ruleText,
    }),
  ]);

  const evidenceSchema = z.strictObject({ required: z.boolean(), items: z.optional(z.array(text)) });

  /** A node: exactly one of `children` and `rule` (checked in checks.ts). */
  const nodeSchema: z.ZodMiniType<unknown> = z.strictObject({
    id: text,
    title: text,
    max: nonNegative,
    get children() {
      return z.optional(z.array(nodeSchema).check(z.minLength(1)));
    },
    rule: z.optional(ruleSchema),
    source: z.optional(z.enum(['assessment', 'survey'])),
    evidence: z.optional(evidenceSchema),
    note: z.optional(z.string()),
  });

  const unitType = z.enum(['province', 'ministry', 'department', 'district', 'commune']);
  const bandSchema = z.strictObject({
    name: text,
    min: z.number().check(z.gte(0), z.lte(100)),
    below: z.optional(z.number().check(z.gte(0), z.lte(100))),
  });
  const bands = z.array(bandSchema).check(z.minLength(1));

  /** The whole `CriteriaSetJson`. */
  const criteriaSetSchema = z.strictObject({
    schemaVersion: z.literal(1),
    id: text,
    title: text,
    source: z.optional(
      z.union([
        z.string(),
        z.strictObject({
          title: z.optional(z.string()),
          number: z.optional(z.string()),
          date: z.optional(z.string()),
          issuer: z.optional(z.string()),
          url: z.optional(z.string()),
          note: z.optional(z.string()),
        }),
      ]),
    ),
    document: z.optional(
      z.strictObject({
        number: text,
        date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
        issuer: z.optional(z.string()),
        url: z.optional(z.string()),
      }),
    ),
    year: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
    period: z.optional(z.strictObject({ from: z.int(), to: z.int() })),
    unitType: z.optional(unitType),
    counts: z.optional(
      z.strictObject({
        areas: z.optional(z.int().check(z.gte(0))),
        criteria: z.optional(z.int().check(z.gte(0))),
        components: z.optional(z.int().check(z.gte(0))),
      }),
    ),
    precision: z.optional(z.int().check(z.gte(0), z.lte(3))),
    classes: z.optional(bands),
    classesByUnitType: z.optional(z.partialRecord(unitType, bands)),
    adjustments: z.optional(
      z.array(
        z.strictObject({
          id: text,
          title: text,
          kind: z.enum(['bonus', 'penalty']),
          max: nonNegative,
          per: z.optional(z.number().check(z.positive())),
        }),
      ),
    ),
    nodes: z.array(nodeSchema).check(z.minLength(1)),
  });
  return { ruleSchema, nodeSchema, criteriaSetSchema };
}

let built: ReturnType<typeof build> | undefined;

/**
 * The criteria-set schemas (`criteriaSetSchema`, `nodeSchema`, `ruleSchema`),
 * built on first call (the same objects every call after).
 *
 * @internal
 */
export function criteriaSchemas(): ReturnType<typeof build> {
  if (built === undefined) built = build();
  return built;
}
