/**
 * `evaluateTargets`: the plan's targets (chỉ tiêu) against actual values, as a
 * table ready for a report.
 *
 * @module
 */
import { copyInput } from '../core/copyInput.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { meetsTarget } from '../plan/targets/index.js';
import type { Plan, Target } from '../plan/types.js';
import { targetIssues } from './messages.js';

/**
 * One row of {@link evaluateTargets}.
 *
 * @example
 * ```ts
 * import type { TargetRow } from 'cchc';
 * declare const row: TargetRow;
 * if (row.met === false) console.log(row.text, row.attainment);
 * ```
 */
export interface TargetRow {
  /** The plan target's id; `id.1`, `id.2`, … when its statement holds several targets. */
  readonly targetId: string;
  /** The statement as written. */
  readonly text: string;
  /** The target read from the statement; null when none was understood. */
  readonly target: Target | null;
  /** The actual value given for `targetId`; null when none was. */
  readonly actual: number | null;
  /** Whether `actual` meets `target`; null without both. */
  readonly met: boolean | null;
  /**
   * How close `actual` comes to `target`, in 0..1: actual / target for `>`
   * and `>=` targets, target / actual for `<` and `<=` targets (ranks: "Top
   * 03" at rank 6 is 0.5), the smaller of the two ratios for `=`; capped at 1.
   * Null without both.
   */
  readonly attainment: number | null;
}

/**
 * The plan's targets against actual values: for each target, the actual,
 * whether it is met (`meetsTarget`) and the attainment ratio.
 *
 * `actuals` is keyed by target id (`PlanTarget.id`); a statement that holds
 * several targets gives one row each, keyed `id.1`, `id.2`, …. Values are in
 * the target's unit (80 for 80 %). An actual for an id that is not a target
 * row (`unknown_target`) or that is not a finite number (`invalid_number`) is
 * an issue, and so are two actuals for one target (its id written in two
 * Unicode forms, `duplicate_id`) and actuals that are not an object of
 * numbers (`invalid_type`, and the input-copy issues for a getter or Proxy
 * that throws).
 *
 * @example
 * ```ts
 * import { evaluateTargets } from 'cchc';
 * declare const plan: import('cchc').Plan;
 * const r = evaluateTargets(plan, { T1: 85, T2: 1.2 });
 * if (r.ok) for (const row of r.value) console.log(row.targetId, row.met, row.attainment);
 * ```
 */
export function evaluateTargets(
  plan: Plan,
  actuals: Readonly<Record<string, number>>,
): Result<readonly TargetRow[]> {
  const rows: { targetId: string; text: string; target: Target | null }[] = [];
  for (const t of plan.targets) {
    if (t.targets.length <= 1) rows.push({ targetId: t.id, text: t.text, target: t.targets[0] ?? null });
    else
      t.targets.forEach((target, k) => {
        rows.push({ targetId: `${t.id}.${k + 1}`, text: t.text, target });
      });
  }
  const known = new Set(rows.map((r) => r.targetId));
  // Users' data: a plain copy first (no getter, Proxy or cycle is read below), its keys as written.
  const copy = copyInput(actuals, { at: ['actuals'], nfc: false });
  if (copy.issues.length > 0) return fail(copy.issues);
  const given = copy.value;
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    return fail([targetIssues.notARecord(['actuals'])]);
  const issues: Issue[] = [];
  const byKey = new Map<string, number>();
  for (const [id, value] of Object.entries(given)) {
    const key = id.normalize('NFC');
    if (!known.has(key)) {
      issues.push(targetIssues.unknownTarget(['actuals', id], id));
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(targetIssues.notANumber(['actuals', id], id));
    } else if (byKey.has(key)) {
      // "T1" written twice in different Unicode forms: which value counts is not for us to guess.
      issues.push(targetIssues.twice(['actuals', id], key));
    } else byKey.set(key, value);
  }
  if (issues.length > 0) return fail(issues);
  return ok(
    Object.freeze(
      rows.map((r) => {
        const actual = byKey.get(r.targetId) ?? null;
        const both = actual !== null && r.target !== null;
        return Object.freeze({
          targetId: r.targetId,
          text: r.text,
          target: r.target,
          actual,
          met: both ? meetsTarget(r.target as Target, actual) : null,
          attainment: both ? attainment(r.target as Target, actual) : null,
        });
      }),
    ),
  );
}

/** @internal The attainment ratio, in 0..1. */
function attainment(t: Target, actual: number): number {
  const v = t.value;
  let ratio: number;
  switch (t.comparator) {
    case '>':
    case '>=':
      ratio = v === 0 ? (actual >= 0 ? 1 : 0) : actual / v;
      break;
    case '<':
    case '<=':
      ratio = actual <= 0 ? 1 : v / actual;
      break;
    case '=':
      ratio = actual === v ? 1 : v === 0 || actual === 0 ? 0 : Math.min(actual / v, v / actual);
      break;
  }
  return Math.min(1, Math.max(0, ratio));
}
