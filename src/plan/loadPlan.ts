/**
 * Loading plan JSON: validation, normalisation, deadlines parsed.
 *
 * @module
 */
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { deepFreeze } from '../core/freeze.js';
import { fail, ok, type Result } from '../core/result.js';
import { buildPlan } from './build.js';
import { crossChecks } from './checks.js';
import { migrateCopy } from './migrate.js';
import { planSchemas } from './schema.js';
import type { Plan } from './types.js';
import { checkAmendments } from './update/amend.js';
import { planWarnings } from './warnings.js';
import { fromZodIssues } from './zodIssues.js';

/**
 * Validates plan JSON (`PlanJson`, see docs/plans.md) and returns the loaded,
 * deeply frozen {@link Plan}: text in NFC, deadlines parsed in the context
 * of their group's year (else the plan's year) and the plan's period,
 * targets and budgets read. Every problem is reported at once, each with its
 * path, code ({@link PLAN_ISSUE_CODES}) and messages: unknown fields,
 * missing or mistyped fields, repeated ids, `lead`/`support`/`from` ids that
 * are neither an agency nor a class, unknown class ids, both `year` and
 * `period`. Amendments (`amendments`) are checked in order, each change
 * against the plan as the earlier ones leave it (issue paths
 * `amendments[k].changes[j]…`); the plan's content stays as issued, and
 * {@link planAsOf} gives the plan in force on a date. A task whose deadline is not understood loads and is listed in
 * `plan.warnings` (as is a class with no members). Older `schemaVersion`s go
 * through {@link migratePlanJson}. Never throws, whatever the value: keys such
 * as `__proto__` are reported as unknown fields and never touch a prototype;
 * objects and arrays nested more than 64 levels (`too_deep`), an object
 * inside itself (`cycle`), a getter or Proxy that throws (`unreadable`) and
 * values that are not JSON — BigInt, functions, `Date`s (`invalid_type`) —
 * are issues. An object shared by several parents is read once.
 *
 * @example
 * ```ts
 * import { loadPlan, formatPath } from 'cchc';
 * const r = loadPlan({
 *   schemaVersion: 1, id: 'vl-2018', title: 'Kế hoạch CCHC năm 2018', year: 2018,
 *   agencies: [{ id: 'snv', name: 'Sở Nội vụ' }], classes: [],
 *   groups: [{ id: 'I', title: 'Công tác chỉ đạo, điều hành', tasks: [
 *     { id: 'I.1', title: 'Ban hành Kế hoạch CCHC năm 2018', lead: ['snv'], support: ['so-tu-phap'], deadline: 'Tháng 12/2017' }] }],
 * });
 * if (!r.ok) console.log(r.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
 * // [ 'groups[0].tasks[0].support[0]: "so-tu-phap" không có trong danh sách cơ quan (agencies)' ]
 * ```
 */
export function loadPlan(json: unknown): Result<Plan> {
  const copy = copyInput(json);
  const migrated = migrateCopy(copy.value);
  if (!migrated.ok) return fail(withInputIssues(copy.issues, migrated.issues));
  const input = migrated.value;
  const parsed = planSchemas().planJsonZod.safeParse(input);
  const checks = crossChecks(input);
  const issues = withInputIssues(copy.issues, [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues, input)),
    ...checks,
  ]);
  if (!parsed.success || issues.length > 0) return fail(issues);
  const built = buildPlan(parsed.data);
  const issued: Plan = deepFreeze({ ...built, warnings: planWarnings(built) });
  const list = parsed.data.amendments ?? [];
  if (list.length === 0) return ok(issued);
  const amendments = checkAmendments(issued, list, (k) => ['amendments', k]);
  if (!amendments.ok) return amendments;
  return ok(Object.freeze({ ...issued, amendments: amendments.value }));
}
