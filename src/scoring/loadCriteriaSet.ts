/**
 * `loadCriteriaSet`: reads a criteria set (bộ tiêu chí) from JSON.
 *
 * @module
 */
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { checkCriteriaSet, checkLevelNames } from './checks.js';
import { criteriaSchemas } from './schema.js';
import type { CriteriaSet, CriteriaSetJson, CriterionNode } from './types.js';
import { fromZodIssues } from './zodIssues.js';

/** The leaf ids in tree order, without recursion. */
function leafIdsOf(nodes: readonly CriterionNode[]): string[] {
  const out: string[] = [];
  const stack: CriterionNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as CriterionNode);
  while (stack.length > 0) {
    const n = stack.pop() as CriterionNode;
    if (n.children === undefined) out.push(n.id);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as CriterionNode);
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
 * gaps, declared counts that do not match the tree, more than 3 decimals,
 * dates that do not exist (`invalid_date`). Text is normalised to NFC;
 * everything else is kept as written. Never throws, whatever the value:
 * objects and arrays nested more than 64 levels (`too_deep`, about 30
 * levels of `children`), an object inside itself (`cycle`), a getter or
 * Proxy that throws (`unreadable`), values that are not JSON (BigInt,
 * functions, `Date`s: `invalid_type`) and more than 2^24 values counting
 * shared objects once per parent (`too_large`) are issues.
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
  // One copy as written (level names are compared before NFC merges two keys), one in NFC.
  const copy = copyInput(json, { nfc: false });
  const duplicateLevels = checkLevelNames(copy.value);
  const raw = copyInput(copy.value).value;
  const parsed = criteriaSchemas().criteriaSetSchema.safeParse(raw);
  const issues = withInputIssues(copy.issues, [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues, raw)),
    ...checkCriteriaSet(raw),
    ...duplicateLevels,
  ]);
  if (!parsed.success || issues.length > 0) return fail(issues);
  const data = parsed.data as CriteriaSetJson;
  const set: CriteriaSet = { ...data, leafIds: leafIdsOf(data.nodes) };
  return ok(deepFreeze(set));
}
