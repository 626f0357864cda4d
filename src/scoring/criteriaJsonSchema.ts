/**
 * `criteriaJsonSchema`: the JSON Schema of `CriteriaSetJson`, for editors
 * and other languages (also shipped as `cchc/schema/criteria.schema.json`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../core/freeze.js';
import { criteriaSchemas } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a criteria set, generated from the
 * same zod schema `loadCriteriaSet` uses. It checks shapes; the checks that
 * need the whole tree (sums, ids, tiers, bands, counts) are only in
 * `loadCriteriaSet`.
 *
 * @example
 * ```ts
 * import { criteriaJsonSchema } from 'cchc';
 * const schema = criteriaJsonSchema();
 * schema.$id; // 'https://cchc.dev/schema/criteria.schema.json'
 * ```
 */
export function criteriaJsonSchema(): Readonly<Record<string, unknown>> {
  const names = z.registry<{ id: string }>();
  const { criteriaSetSchema, nodeSchema, ruleSchema } = criteriaSchemas();
  names.add(nodeSchema, { id: 'CriterionNode' });
  names.add(ruleSchema, { id: 'Rule' });
  const generated = z.toJSONSchema(criteriaSetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: names,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return deepFreeze({
    $schema,
    $id: 'https://cchc.dev/schema/criteria.schema.json',
    title: 'CriteriaSetJson',
    description: 'Bộ tiêu chí xác định Chỉ số cải cách hành chính (PAR Index criteria set) — cchc',
    ...rest,
  });
}
