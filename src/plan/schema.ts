/**
 * The zod schemas of the plan JSON format: the single source of truth for
 * the `PlanJson` types, `loadPlan`'s validation and `planJsonSchema()`.
 *
 * @module
 */
import * as z from 'zod';

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

const id = z.string().min(1).meta({ description: 'An id, unique in its list.' });
const text = z.string().min(1);
const year = z.number().int().min(1900).max(2200);
const date = z.string().meta({ description: 'A calendar date, YYYY-MM-DD.' });

/** @internal */
export const decisionDocumentSchema = z
  .strictObject({
    number: text.meta({ description: 'e.g. "1520/QĐ-UBND".' }),
    date: date.optional(),
    issuer: text.optional().meta({ description: 'e.g. "UBND tỉnh Vĩnh Long".' }),
  })
  .meta({ description: 'The decision (văn bản) that made a change.' });

/** @internal */
export const successionJsonSchema = z
  .strictObject({
    agencyIds: z.array(id).min(1).meta({
      description: 'The agencies that take over (one for a merger or rename, several for a split).',
    }),
    on: date.meta({ description: "From this date the successors hold the agency's assignments." }),
    document: decisionDocumentSchema.optional(),
  })
  .meta({ description: 'A succession: the agency merged, was renamed or split into others.' });

/** @internal */
export const agencyJsonSchema = z
  .strictObject({
    id,
    name: text.meta({ description: 'Full name, e.g. "Sở Nội vụ".' }),
    aliases: z.array(text).optional().meta({ description: 'Other written forms, e.g. "SNV".' }),
    classes: z.array(id).optional().meta({ description: 'Ids of the classes the agency belongs to.' }),
    succeededBy: z.array(successionJsonSchema).optional().meta({
      description: "Who took over the agency's assignments, and from when (merger, split, rename).",
    }),
    endedOn: date
      .optional()
      .meta({ description: 'The day the agency ceased to exist (giải thể), YYYY-MM-DD.' }),
  })
  .meta({ description: 'An agency (cơ quan, đơn vị).' });

/** @internal */
export const classJsonSchema = z
  .strictObject({
    id,
    name: text.meta({ description: 'e.g. "Các sở, ban, ngành tỉnh".' }),
    aliases: z.array(text).optional(),
  })
  .meta({ description: 'A class of agencies; a lead/support reference expands to its members.' });

/** @internal */
export const budgetJsonSchema = z
  .union([
    z.string(),
    z.strictObject({
      text: z.string().meta({ description: 'The budget as written: "50tr/huyện", "Kinh phí tự chủ".' }),
      source: text.optional().meta({ description: 'Funding source as written: "NS tỉnh".' }),
    }),
  ])
  .meta({ description: 'Estimated budget (kinh phí dự kiến), as written.' });

/** @internal */
export const taskJsonSchema = z
  .strictObject({
    id,
    title: text.meta({ description: 'The task (nội dung) as written.' }),
    number: text.optional().meta({ description: 'The item number as written: "1.", "a)", "đ)".' }),
    lead: z.array(id).meta({ description: 'Agency or class ids that lead (chủ trì).' }),
    support: z.array(id).optional().meta({ description: 'Agency or class ids that support (phối hợp).' }),
    deadline: z.string().meta({ description: 'The deadline text as written in the plan.' }),
    products: z.array(text).optional(),
    budget: budgetJsonSchema.optional(),
    note: text.optional(),
    targets: z
      .array(text)
      .optional()
      .meta({ description: 'Target statements (chỉ tiêu) of the task, as written.' }),
  })
  .meta({ description: 'A task (nhiệm vụ) of the appendix.' });

/** @internal */
export const groupJsonSchema = z
  .strictObject({
    id,
    title: text,
    area: z.enum(REFORM_AREAS).optional(),
    year: year.optional().meta({ description: 'The context year of a year-group ("I. NĂM 2016").' }),
    tasks: z.array(taskJsonSchema),
  })
  .meta({ description: 'A group of tasks: a reform area or a year.' });

/** @internal */
export const targetJsonSchema = z
  .strictObject({ id, text })
  .meta({ description: 'A target statement (chỉ tiêu).' });

/** @internal */
export const reportingJsonSchema = z
  .strictObject({
    id,
    from: z.array(id).min(1).meta({ description: 'Agency or class ids that report.' }),
    to: text.optional().meta({ description: 'Who receives the reports, as text or an agency id.' }),
    deadline: text.meta({
      description: 'When, as written: "chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11".',
    }),
    note: text.optional(),
  })
  .meta({ description: 'A reporting duty (chế độ báo cáo).' });

/** @internal */
export const taskPatchJsonSchema = taskJsonSchema
  .omit({ id: true })
  .partial()
  .extend({ note: z.string().min(1).nullable().optional(), budget: budgetJsonSchema.nullable().optional() })
  .meta({ description: 'Fields of a task to replace; `note: null` and `budget: null` remove them.' });

const role = z.enum(['lead', 'support']);

/** @internal */
export const planChangeJsonSchema = z
  .discriminatedUnion('op', [
    z.strictObject({
      op: z.literal('addTask'),
      groupId: id,
      task: taskJsonSchema,
      index: z.number().int().min(0).optional(),
    }),
    z.strictObject({ op: z.literal('updateTask'), taskId: id, patch: taskPatchJsonSchema }),
    z.strictObject({ op: z.literal('removeTask'), taskId: id }),
    z.strictObject({ op: z.literal('assign'), taskId: id, agencyId: id, role }),
    z.strictObject({ op: z.literal('unassign'), taskId: id, agencyId: id, role: role.optional() }),
    z.strictObject({ op: z.literal('setDeadline'), taskId: id, deadline: z.string() }),
    z.strictObject({ op: z.literal('addAgency'), agency: agencyJsonSchema }),
    z.strictObject({ op: z.literal('addTarget'), target: targetJsonSchema }),
    z.strictObject({ op: z.literal('addReportingDuty'), duty: reportingJsonSchema }),
  ])
  .meta({ description: 'One edit of the plan (the same operations as applyChanges).' });

/** @internal */
export const amendmentJsonSchema = z
  .strictObject({
    id,
    decidedOn: date.meta({
      description: 'The day the amendment was decided, YYYY-MM-DD; it is in force from then.',
    }),
    document: decisionDocumentSchema.optional(),
    note: text.optional(),
    changes: z.array(planChangeJsonSchema),
  })
  .meta({ description: 'An amendment (kế hoạch sửa đổi, bổ sung; gia hạn): changes decided on a date.' });

/** @internal */
export const planJsonZod = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Optional link to this JSON Schema, for editors.' }),
    schemaVersion: z.literal(1),
    id,
    title: text,
    issuer: text.optional(),
    document: z
      .strictObject({
        number: text.meta({ description: 'e.g. "2701/QĐ-UBND".' }),
        date: z.string().optional().meta({ description: 'YYYY-MM-DD.' }),
      })
      .optional(),
    year: year.optional(),
    period: z.strictObject({ from: year, to: year }).optional(),
    agencies: z.array(agencyJsonSchema),
    classes: z.array(classJsonSchema),
    groups: z.array(groupJsonSchema),
    targets: z.array(targetJsonSchema).optional(),
    reporting: z.array(reportingJsonSchema).optional(),
    amendments: z
      .array(amendmentJsonSchema)
      .optional()
      .meta({ description: 'Amendments in the order they were decided (decidedOn never decreases).' }),
  })
  .meta({
    title: 'cchc plan',
    description: 'A public administration reform plan (kế hoạch cải cách hành chính), schemaVersion 1.',
  });

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
export type AmendmentJson = z.infer<typeof amendmentJsonSchema>;

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
export type DecisionDocument = z.infer<typeof decisionDocumentSchema>;

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
export type SuccessionJson = z.infer<typeof successionJsonSchema>;
