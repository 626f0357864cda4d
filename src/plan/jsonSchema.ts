/**
 * The JSON Schema of the plan format, generated from the zod schemas.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { planSchemas, planSchemaTextKeys } from './schema.js';

/**
 * The titles and descriptions of the generated JSON Schema, by the key each
 * described schema carries (see `described` in `schema.ts`). Kept here, not in
 * the schemas, so that code that only loads plans does not carry the texts.
 */
const TEXTS: Readonly<Record<string, z.core.GlobalMeta>> = {
  plan: {
    title: 'cchc plan',
    description: 'A public administration reform plan (kế hoạch cải cách hành chính), schemaVersion 1.',
  },
  id: { description: 'An id, unique in its list.' },
  date: { description: 'A calendar date, YYYY-MM-DD.' },
  decision: { description: 'The decision (văn bản) that made a change.' },
  'decision.number': { description: 'e.g. "1520/QĐ-UBND".' },
  'decision.issuer': { description: 'e.g. "UBND tỉnh Vĩnh Long".' },
  succession: { description: 'A succession: the agency merged, was renamed or split into others.' },
  'succession.agencyIds': {
    description: 'The agencies that take over (one for a merger or rename, several for a split).',
  },
  'succession.on': { description: "From this date the successors hold the agency's assignments." },
  agency: { description: 'An agency (cơ quan, đơn vị).' },
  'agency.name': { description: 'Full name, e.g. "Sở Nội vụ".' },
  'agency.aliases': { description: 'Other written forms, e.g. "SNV".' },
  'agency.classes': { description: 'Ids of the classes the agency belongs to.' },
  'agency.succeededBy': {
    description: "Who took over the agency's assignments, and from when (merger, split, rename).",
  },
  'agency.endedOn': { description: 'The day the agency ceased to exist (giải thể), YYYY-MM-DD.' },
  class: { description: 'A class of agencies; a lead/support reference expands to its members.' },
  'class.name': { description: 'e.g. "Các sở, ban, ngành tỉnh".' },
  budget: { description: 'Estimated budget (kinh phí dự kiến), as written.' },
  'budget.text': { description: 'The budget as written: "50tr/huyện", "Kinh phí tự chủ".' },
  'budget.source': { description: 'Funding source as written: "NS tỉnh".' },
  task: { description: 'A task (nhiệm vụ) of the appendix.' },
  'task.title': { description: 'The task (nội dung) as written.' },
  'task.number': { description: 'The item number as written: "1.", "a)", "đ)".' },
  'task.lead': { description: 'Agency or class ids that lead (chủ trì).' },
  'task.support': { description: 'Agency or class ids that support (phối hợp).' },
  'task.deadline': { description: 'The deadline text as written in the plan.' },
  'task.targets': { description: 'Target statements (chỉ tiêu) of the task, as written.' },
  group: { description: 'A group of tasks: a reform area or a year.' },
  'group.year': { description: 'The context year of a year-group ("I. NĂM 2016").' },
  target: { description: 'A target statement (chỉ tiêu).' },
  reporting: { description: 'A reporting duty (chế độ báo cáo).' },
  'reporting.from': { description: 'Agency or class ids that report.' },
  'reporting.to': { description: 'Who receives the reports, as text or an agency id.' },
  'reporting.deadline': {
    description: 'When, as written: "chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11".',
  },
  taskPatch: { description: 'Fields of a task to replace; `note: null` and `budget: null` remove them.' },
  change: { description: 'One edit of the plan (the same operations as applyChanges).' },
  amendment: { description: 'An amendment (kế hoạch sửa đổi, bổ sung; gia hạn): changes decided on a date.' },
  'amendment.decidedOn': {
    description: 'The day the amendment was decided, YYYY-MM-DD; it is in force from then.',
  },
  'plan.schema': { description: 'Optional link to this JSON Schema, for editors.' },
  'plan.document.number': { description: 'e.g. "2701/QĐ-UBND".' },
  'plan.document.date': { description: 'YYYY-MM-DD.' },
  'plan.amendments': {
    description: 'Amendments in the order they were decided (decidedOn never decreases).',
  },
};

/** The `$id` the schema file is published under (package export `cchc/schema/plan.schema.json`). */
const SCHEMA_ID = 'https://unpkg.com/cchc/schema/plan.schema.json';

/**
 * The JSON Schema (draft 2020-12) of `PlanJson`, for validating plans in
 * other languages. Generated from the same zod schemas `loadPlan` uses; the
 * package also ships it as `cchc/schema/plan.schema.json`. Cross-field rules
 * (unique ids, known agency ids, real dates) are checked by `loadPlan` only.
 *
 * @example
 * ```ts
 * import { planJsonSchema } from 'cchc';
 * const schema = planJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function planJsonSchema(): Readonly<Record<string, unknown>> {
  const texts = z.registry<z.core.GlobalMeta>();
  for (const [schema, key] of planSchemaTextKeys()) {
    const meta = TEXTS[key];
    if (meta === undefined) throw new Error(`planJsonSchema: no text for "${key}"`);
    texts.add(schema, meta);
  }
  const generated = z.toJSONSchema(planSchemas().planJsonZod, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: texts,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return deepFreeze({ $schema, $id: SCHEMA_ID, ...rest });
}
