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

/** A copy of `s` with metadata for the generated JSON Schema (what classic zod's `.meta()` does). */
const withMeta = <T extends z.ZodMiniType>(s: T, meta: z.core.GlobalMeta): T => {
  const copy = s.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
};
const described = <T extends z.ZodMiniType>(s: T, description: string): T => withMeta(s, { description });
const nonEmpty = () => z.string().check(z.minLength(1));
const id = described(nonEmpty(), 'An id, unique in its list.');
const text = nonEmpty();
const year = z.int().check(z.gte(1900), z.lte(2200));

/** @internal */
export const agencyJsonSchema = described(
  z.strictObject({
    id,
    name: described(text, 'Full name, e.g. "Sở Nội vụ".'),
    aliases: described(z.optional(z.array(text)), 'Other written forms, e.g. "SNV".'),
    classes: described(z.optional(z.array(id)), 'Ids of the classes the agency belongs to.'),
  }),
  'An agency (cơ quan, đơn vị).',
);

/** @internal */
export const classJsonSchema = described(
  z.strictObject({
    id,
    name: described(text, 'e.g. "Các sở, ban, ngành tỉnh".'),
    aliases: z.optional(z.array(text)),
  }),
  'A class of agencies; a lead/support reference expands to its members.',
);

/** @internal */
export const budgetJsonSchema = described(
  z.union([
    z.string(),
    z.strictObject({
      text: described(z.string(), 'The budget as written: "50tr/huyện", "Kinh phí tự chủ".'),
      source: described(z.optional(text), 'Funding source as written: "NS tỉnh".'),
    }),
  ]),
  'Estimated budget (kinh phí dự kiến), as written.',
);

/** @internal */
export const taskJsonSchema = described(
  z.strictObject({
    id,
    title: described(text, 'The task (nội dung) as written.'),
    number: described(z.optional(text), 'The item number as written: "1.", "a)", "đ)".'),
    lead: described(z.array(id), 'Agency or class ids that lead (chủ trì).'),
    support: described(z.optional(z.array(id)), 'Agency or class ids that support (phối hợp).'),
    deadline: described(z.string(), 'The deadline text as written in the plan.'),
    products: z.optional(z.array(text)),
    budget: z.optional(budgetJsonSchema),
    note: z.optional(text),
    targets: described(z.optional(z.array(text)), 'Target statements (chỉ tiêu) of the task, as written.'),
  }),
  'A task (nhiệm vụ) of the appendix.',
);

/** @internal */
export const groupJsonSchema = described(
  z.strictObject({
    id,
    title: text,
    area: z.optional(z.enum(REFORM_AREAS)),
    year: described(z.optional(year), 'The context year of a year-group ("I. NĂM 2016").'),
    tasks: z.array(taskJsonSchema),
  }),
  'A group of tasks: a reform area or a year.',
);

/** @internal */
export const targetJsonSchema = described(z.strictObject({ id, text }), 'A target statement (chỉ tiêu).');

/** @internal */
export const reportingJsonSchema = described(
  z.strictObject({
    id,
    from: described(z.array(id).check(z.minLength(1)), 'Agency or class ids that report.'),
    to: described(z.optional(text), 'Who receives the reports, as text or an agency id.'),
    deadline: described(text, 'When, as written: "chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11".'),
    note: z.optional(text),
  }),
  'A reporting duty (chế độ báo cáo).',
);

/** @internal */
export const planJsonZod = withMeta(
  z.strictObject({
    $schema: described(z.optional(z.string()), 'Optional link to this JSON Schema, for editors.'),
    schemaVersion: z.literal(1),
    id,
    title: text,
    issuer: z.optional(text),
    document: z.optional(
      z.strictObject({
        number: described(text, 'e.g. "2701/QĐ-UBND".'),
        date: described(z.optional(z.string()), 'YYYY-MM-DD.'),
      }),
    ),
    year: z.optional(year),
    period: z.optional(z.strictObject({ from: year, to: year })),
    agencies: z.array(agencyJsonSchema),
    classes: z.array(classJsonSchema),
    groups: z.array(groupJsonSchema),
    targets: z.optional(z.array(targetJsonSchema)),
    reporting: z.optional(z.array(reportingJsonSchema)),
  }),
  {
    title: 'cchc plan',
    description: 'A public administration reform plan (kế hoạch cải cách hành chính), schemaVersion 1.',
  },
);

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
export type PlanJson = z.infer<typeof planJsonZod>;

/**
 * An agency in JSON form.
 *
 * @example
 * ```ts
 * import type { AgencyJson } from 'cchc';
 * const a: AgencyJson = { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] };
 * ```
 */
export type AgencyJson = z.infer<typeof agencyJsonSchema>;

/**
 * A class of agencies in JSON form.
 *
 * @example
 * ```ts
 * import type { ClassJson } from 'cchc';
 * const c: ClassJson = { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' };
 * ```
 */
export type ClassJson = z.infer<typeof classJsonSchema>;

/**
 * A task group in JSON form.
 *
 * @example
 * ```ts
 * import type { GroupJson } from 'cchc';
 * const g: GroupJson = { id: 'I', title: 'NĂM 2016', year: 2016, tasks: [] };
 * ```
 */
export type GroupJson = z.infer<typeof groupJsonSchema>;

/**
 * A task in JSON form; `deadline` is the text as written.
 *
 * @example
 * ```ts
 * import type { TaskJson } from 'cchc';
 * const t: TaskJson = { id: 'I.1', title: 'Ban hành Kế hoạch', lead: ['snv'], deadline: 'Quý I/2018', budget: '40 tr' };
 * ```
 */
export type TaskJson = z.infer<typeof taskJsonSchema>;

/**
 * A budget in JSON form: the text as written, or the text with its funding source.
 *
 * @example
 * ```ts
 * import type { BudgetJson } from 'cchc';
 * const b: BudgetJson = { text: '50tr/huyện', source: 'NS tỉnh' };
 * ```
 */
export type BudgetJson = z.infer<typeof budgetJsonSchema>;

/**
 * A target statement in JSON form.
 *
 * @example
 * ```ts
 * import type { TargetJson } from 'cchc';
 * const t: TargetJson = { id: 'T1', text: 'Trên 80% cán bộ cấp xã đạt chuẩn' };
 * ```
 */
export type TargetJson = z.infer<typeof targetJsonSchema>;

/**
 * A reporting duty in JSON form.
 *
 * @example
 * ```ts
 * import type { ReportingJson } from 'cchc';
 * const r: ReportingJson = { id: 'R1', from: ['phong-ban'], to: 'UBND thành phố', deadline: 'chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11' };
 * ```
 */
export type ReportingJson = z.infer<typeof reportingJsonSchema>;
