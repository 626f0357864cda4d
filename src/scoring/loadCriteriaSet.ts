/**
 * `loadCriteriaSet`: reads a criteria set (bộ tiêu chí) from JSON.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { checkCriteriaSet, checkLevelNames } from './checks.js';
import { nfcDeep } from './nfc.js';
import { criteriaSetSchema } from './schema.js';
import type { CriteriaSet, CriteriaSetJson, CriterionNode } from './types.js';
import { fromZodIssues } from './zodIssues.js';

function leafIdsOf(nodes: readonly CriterionNode[], out: string[]): string[] {
  for (const n of nodes) {
    if (n.children !== undefined) leafIdsOf(n.children, out);
    else out.push(n.id);
  }
  return out;
}

/**
 * Validates and loads a criteria set (`CriteriaSetJson`). Every problem is reported at once, each with its path, a stable
 * `code` and Vietnamese + English messages: unknown fields and rule kinds,
 * a parent whose `max` is not the sum of its children's, duplicate ids,
 * tiers out of order, overlapping or leaving a gap, levels above the max,
 * levels written twice (names that differ only in case, spacing or Unicode
 * form — `duplicate_level`), bands that overlap or leave
 * gaps, declared counts that do not match the tree, more than 3 decimals.
 * Text is normalised to NFC; everything else is kept as written.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet } from 'cchc';
 * const r = loadCriteriaSet({
 *   schemaVersion: 1, id: 'demo', title: 'Bộ tiêu chí mẫu',
 *   nodes: [{ id: '1', title: 'Chỉ đạo, điều hành', max: 3, children: [
 *     { id: '1.1', title: 'Kế hoạch CCHC năm', max: 1, rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } } },
 *     { id: '1.2', title: 'Mức độ hoàn thành kế hoạch', max: 2, rule: { kind: 'tiers', tiers: [{ min: 70, points: 1 }, { above: 90, points: 2 }] } },
 *   ] }],
 * });
 * if (r.ok) r.value.leafIds; // ['1.1', '1.2']
 * ```
 */
export function loadCriteriaSet(json: unknown): Result<CriteriaSet> {
  const duplicateLevels = checkLevelNames(json);
  const raw = nfcDeep(json);
  const parsed = criteriaSetSchema.safeParse(raw);
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues, raw)),
    ...checkCriteriaSet(raw),
    ...duplicateLevels,
  ];
  if (!parsed.success || issues.length > 0) return fail(issues);
  const data = parsed.data as CriteriaSetJson;
  const set: CriteriaSet = { ...data, leafIds: leafIdsOf(data.nodes, []) };
  return ok(deepFreeze(set));
}
