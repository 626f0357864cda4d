/**
 * The zod schemas of the plan JSON format: the single source of truth for
 * the `PlanJson` types, `loadPlan`'s validation and `planJsonSchema()`.
 *
 * @module
 */
import * as z from 'zod/mini';

/** @internal */
export const REFORM_AREAS = [
  'direction',
  'communication',
  'institutions',
  'procedures',
  'organisation',
  'civil-service',
  'public-finance',
  'digital-government',
  'impact',
] as const;

/**
 * The schemas that carry a title or description in the generated JSON Schema,
 * each with the key of its text. The texts are in `jsonSchema.ts`, which
 * registers them when it generates the schema, so that an app that only loads
 * plans does not carry them.
 */
const DESCRIBED = new Map<z.ZodMiniType, string>();

/** A copy of `s` that the generated JSON Schema describes with the text of `key` (see `jsonSchema.ts`). */
const described = <T extends z.ZodMiniType>(s: T, key: string): T => {
  const copy = s.clone();
  DESCRIBED.set(copy, key);
  return copy;
};

/** Each schema of `shape` made optional. */
function optionalFields<S extends Record<string, z.ZodMiniType>>(
  shape: S,
): { [K in keyof S]: z.ZodMiniOptional<S[K]> } {
  const out: Record<string, z.ZodMiniType> = {};
  for (const [key, schema] of Object.entries(shape)) out[key] = z.optional(schema);
  return out as { [K in keyof S]: z.ZodMiniOptional<S[K]> };
}

/**
 * Builds the schemas. They are built on first use ({@link planSchemas}), not
 * when the module is imported: building them costs a few milliseconds that an
 * app which never loads a plan should not pay.
 */
function build() {
  const nonEmpty = () => z.string().check(z.minLength(1));
  const id = described(nonEmpty(), 'id');
  const text = nonEmpty();
  const year = z.int().check(z.gte(1900), z.lte(2200));
  const date = described(z.string(), 'date');

  const decisionDocumentSchema = described(
    z.strictObject({
      number: described(text, 'decision.number'),
      date: z.optional(date),
      issuer: described(z.optional(text), 'decision.issuer'),
    }),
    'decision',
  );

  const successionJsonSchema = described(
    z.strictObject({
      agencyIds: described(z.array(id).check(z.minLength(1)), 'succession.agencyIds'),
      on: described(date, 'succession.on'),
      document: z.optional(decisionDocumentSchema),
    }),
    'succession',
  );

  const agencyJsonSchema = described(
    z.strictObject({
      id,
      name: described(text, 'agency.name'),
      aliases: described(z.optional(z.array(text)), 'agency.aliases'),
      classes: described(z.optional(z.array(id)), 'agency.classes'),
      succeededBy: described(z.optional(z.array(successionJsonSchema)), 'agency.succeededBy'),
      endedOn: described(z.optional(date), 'agency.endedOn'),
    }),
    'agency',
  );

  const classJsonSchema = described(
    z.strictObject({
      id,
      name: described(text, 'class.name'),
      aliases: z.optional(z.array(text)),
    }),
    'class',
  );

  const budgetJsonSchema = described(
    z.union([
      z.string(),
      z.strictObject({
        text: described(z.string(), 'budget.text'),
        source: described(z.optional(text), 'budget.source'),
      }),
    ]),
    'budget',
  );

  // The fields of a task after its id: the task's shape, and (each optional) its patch's.
  const taskFields = {
    title: described(text, 'task.title'),
    number: described(z.optional(text), 'task.number'),
    lead: described(z.array(id), 'task.lead'),
    support: described(z.optional(z.array(id)), 'task.support'),
    deadline: described(z.string(), 'task.deadline'),
    products: z.optional(z.array(text)),
    budget: z.optional(budgetJsonSchema),
    note: z.optional(text),
    targets: described(z.optional(z.array(text)), 'task.targets'),
  };

  const taskJsonSchema = described(z.strictObject({ id, ...taskFields }), 'task');

  const groupJsonSchema = described(
    z.strictObject({
      id,
      title: text,
      area: z.optional(z.enum(REFORM_AREAS)),
      year: described(z.optional(year), 'group.year'),
      tasks: z.array(taskJsonSchema),
    }),
    'group',
  );

  const targetJsonSchema = described(z.strictObject({ id, text }), 'target');

  const reportingJsonSchema = described(
    z.strictObject({
      id,
      from: described(z.array(id).check(z.minLength(1)), 'reporting.from'),
      to: described(z.optional(text), 'reporting.to'),
      deadline: described(text, 'reporting.deadline'),
      note: z.optional(text),
    }),
    'reporting',
  );

  // Every field optional (as zod's partial() makes them, without carrying partial, omit and
  // extend into every bundle that loads plans); `note` and `budget` may also be null.
  const taskPatchJsonSchema = described(
    z.strictObject({
      ...optionalFields(taskFields),
      budget: z.optional(z.nullable(budgetJsonSchema)),
      note: z.optional(z.nullable(z.string().check(z.minLength(1)))),
    }),
    'taskPatch',
  );

  const role = z.enum(['lead', 'support']);

  const planChangeJsonSchema = described(
    z.discriminatedUnion('op', [
      z.strictObject({
        op: z.literal('addTask'),
        groupId: id,
        task: taskJsonSchema,
        index: z.optional(z.int().check(z.gte(0))),
      }),
      z.strictObject({ op: z.literal('updateTask'), taskId: id, patch: taskPatchJsonSchema }),
      z.strictObject({ op: z.literal('removeTask'), taskId: id }),
      z.strictObject({ op: z.literal('assign'), taskId: id, agencyId: id, role }),
      z.strictObject({ op: z.literal('unassign'), taskId: id, agencyId: id, role: z.optional(role) }),
      z.strictObject({ op: z.literal('setDeadline'), taskId: id, deadline: z.string() }),
      z.strictObject({ op: z.literal('addAgency'), agency: agencyJsonSchema }),
      z.strictObject({ op: z.literal('addTarget'), target: targetJsonSchema }),
      z.strictObject({ op: z.literal('addReportingDuty'), duty: reportingJsonSchema }),
      z.strictObject({ op: z.literal('removeAgency'), agencyId: id }),
      z.strictObject({ op: z.literal('removeTarget'), targetId: id }),
      z.strictObject({ op: z.literal('removeReportingDuty'), dutyId: id }),
    ]),
    'change',
  );

  const amendmentJsonSchema = described(
    z.strictObject({
      id,
      decidedOn: described(date, 'amendment.decidedOn'),
      document: z.optional(decisionDocumentSchema),
      note: z.optional(text),
      changes: z.array(planChangeJsonSchema),
    }),
    'amendment',
  );

  const planJsonZod = described(
    z.strictObject({
      $schema: described(z.optional(z.string()), 'plan.schema'),
      schemaVersion: z.literal(1),
      id,
      title: text,
      issuer: z.optional(text),
      document: z.optional(
        z.strictObject({
          number: described(text, 'plan.document.number'),
          date: described(z.optional(z.string()), 'plan.document.date'),
        }),
      ),
      year: z.optional(year),
      period: z.optional(z.strictObject({ from: year, to: year })),
      agencies: z.array(agencyJsonSchema),
      classes: z.array(classJsonSchema),
      groups: z.array(groupJsonSchema),
      targets: z.optional(z.array(targetJsonSchema)),
      reporting: z.optional(z.array(reportingJsonSchema)),
      amendments: described(z.optional(z.array(amendmentJsonSchema)), 'plan.amendments'),
    }),
    'plan',
  );
  return {
    decisionDocumentSchema,
    successionJsonSchema,
    agencyJsonSchema,
    classJsonSchema,
    budgetJsonSchema,
    taskJsonSchema,
    groupJsonSchema,
    targetJsonSchema,
    reportingJsonSchema,
    taskPatchJsonSchema,
    planChangeJsonSchema,
    amendmentJsonSchema,
    planJsonZod,
  };
}

/**
 * The plan schemas by name: what {@link planSchemas} returns.
 *
 * @internal
 */
export type PlanSchemas = ReturnType<typeof build>;

let built: PlanSchemas | undefined;

/**
 * The plan schemas, built on first call (the same objects every call after).
 *
 * @internal
 */
export function planSchemas(): PlanSchemas {
  if (built === undefined) built = build();
  return built;
}

/**
 * The described schemas of {@link planSchemas}, each with the key of its
 * title and description in the generated JSON Schema.
 *
 * @internal
 */
export function planSchemaTextKeys(): ReadonlyMap<z.ZodMiniType, string> {
  planSchemas();
  return DESCRIBED;
}

/**
 * One schema of the set for code that only parses with it: `safeParse`
 * builds the set on its first call, then parses with the schema itself (the
 * same result and issues).
 *
 * @internal
 */
export interface LazySchema<S extends z.ZodMiniType> {
  safeParse(data: unknown): z.core.util.SafeParseResult<z.output<S>>;
}

function lazy<K extends keyof PlanSchemas>(name: K): LazySchema<PlanSchemas[K]> {
  return {
    safeParse: (data) =>
      planSchemas()[name].safeParse(data) as z.core.util.SafeParseResult<z.output<PlanSchemas[K]>>,
  };
}

/** @internal */
export const agencyJsonSchema = lazy('agencyJsonSchema');
/** @internal */
export const reportingJsonSchema = lazy('reportingJsonSchema');
/** @internal */
export const targetJsonSchema = lazy('targetJsonSchema');
/** @internal */
export const taskJsonSchema = lazy('taskJsonSchema');
/** @internal */
export const taskPatchJsonSchema = lazy('taskPatchJsonSchema');
/** @internal */
export const amendmentJsonSchema = lazy('amendmentJsonSchema');

/**
 * The JSON form of a plan (what `loadPlan` reads and `toJSON` writes); see
 * docs/plans.md for every field.
 *
 * @example
 * ```ts
 * import type { PlanJson } from 'cchc';
 * const json: PlanJson = {
 *   schemaVersion: 1, id: 'vd', title: 'Kế hoạch CCHC năm 2018', year: 2018,
 *   agencies: [{ id: 'snv', name: 'Sở Nội vụ' }], classes: [],
 *   groups: [{ id: 'I', title: 'Công tác chỉ đạo, điều hành', tasks: [
 *     { id: 'I.1', title: 'Ban hành Kế hoạch CCHC', lead: ['snv'], deadline: 'Tháng 12/2017' }] }],
 * };
 * ```
 */
export type PlanJson = z.infer<PlanSchemas['planJsonZod']>;

/**
 * An agency in JSON form.
 *
 * @example
 * ```ts
 * import type { AgencyJson } from 'cchc';
 * const a: AgencyJson = { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] };
 * ```
 */
export type AgencyJson = z.infer<PlanSchemas['agencyJsonSchema']>;

/**
 * A class of agencies in JSON form.
 *
 * @example
 * ```ts
 * import type { ClassJson } from 'cchc';
 * const c: ClassJson = { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' };
 * ```
 */
export type ClassJson = z.infer<PlanSchemas['classJsonSchema']>;

/**
 * A task group in JSON form.
 *
 * @example
 * ```ts
 * import type { GroupJson } from 'cchc';
 * const g: GroupJson = { id: 'I', title: 'NĂM 2016', year: 2016, tasks: [] };
 * ```
 */
export type GroupJson = z.infer<PlanSchemas['groupJsonSchema']>;

/**
 * A task in JSON form; `deadline` is the text as written.
 *
 * @example
 * ```ts
 * import type { TaskJson } from 'cchc';
 * const t: TaskJson = { id: 'I.1', title: 'Ban hành Kế hoạch', lead: ['snv'], deadline: 'Quý I/2018', budget: '40 tr' };
 * ```
 */
export type TaskJson = z.infer<PlanSchemas['taskJsonSchema']>;

/**
 * A budget in JSON form: the text as written, or the text with its funding source.
 *
 * @example
 * ```ts
 * import type { BudgetJson } from 'cchc';
 * const b: BudgetJson = { text: '50tr/huyện', source: 'NS tỉnh' };
 * ```
 */
export type BudgetJson = z.infer<PlanSchemas['budgetJsonSchema']>;

/**
 * A target statement in JSON form.
 *
 * @example
 * ```ts
 * import type { TargetJson } from 'cchc';
 * const t: TargetJson = { id: 'T1', text: 'Trên 80% cán bộ cấp xã đạt chuẩn' };
 * ```
 */
export type TargetJson = z.infer<PlanSchemas['targetJsonSchema']>;

/**
 * A reporting duty in JSON form.
 *
 * @example
 * ```ts
 * import type { ReportingJson } from 'cchc';
 * const r: ReportingJson = { id: 'R1', from: ['phong-ban'], to: 'UBND thành phố', deadline: 'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11' };
 * ```
 */
export type ReportingJson = z.infer<PlanSchemas['reportingJsonSchema']>;

/**
 * An amendment in JSON form: the changes a decision made to the plan, and
 * the day it was decided (from then on they are in force).
 *
 * @example
 * ```ts
 * import type { AmendmentJson } from 'cchc';
 * const a: AmendmentJson = {
 *   id: 'sua-doi-1', decidedOn: '2018-06-15',
 *   document: { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh Vĩnh Long' },
 *   changes: [{ op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' }],
 * };
 * ```
 */
export type AmendmentJson = z.infer<PlanSchemas['amendmentJsonSchema']>;

/**
 * The decision (văn bản) behind an amendment or a succession: its number,
 * date and issuer.
 *
 * @example
 * ```ts
 * import type { DecisionDocument } from 'cchc';
 * const d: DecisionDocument = { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh Vĩnh Long' };
 * ```
 */
export type DecisionDocument = z.infer<PlanSchemas['decisionDocumentSchema']>;

/**
 * A succession in JSON form: from `on`, the agencies in `agencyIds` hold the
 * agency's assignments (one for a merger or a rename, several for a split).
 *
 * @example
 * ```ts
 * import type { SuccessionJson } from 'cchc';
 * const s: SuccessionJson = { agencyIds: ['stc'], on: '2025-03-01' };
 * ```
 */
export type SuccessionJson = z.infer<PlanSchemas['successionJsonSchema']>;
