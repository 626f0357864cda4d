/**
 * The JSON Schema of the plan format, generated from the zod schemas.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { planSchemas } from './schema.js';

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
  const generated = z.toJSONSchema(planSchemas().planJsonZod, {
    target: 'draft-2020-12',
    io: 'input',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return deepFreeze({ $schema, $id: SCHEMA_ID, ...rest });
}
