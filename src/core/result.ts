/**
 * Results and issues: how every function that reads users' data answers.
 *
 * @module
 */
import type { IssueCode } from './issues.js';

/**
 * A path to the value an issue is about, as keys and indices from the root
 * of the input (`["groups", 2, "tasks", 4, "lead", 0]`).
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'cchc';
 * const path: IssuePath = ['groups', 0, 'tasks', 3, 'deadline'];
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in users' data. `code` is stable and machine-matchable
 * (one of {@link IssueCode}; `Issue<'invalid_date'>` is an issue with that
 * code, `Issue<PlanIssueCode>` one of the plan module's); `message` is
 * Vietnamese (for officials), `messageEn` English.
 *
 * @example
 * ```ts
 * import type { Issue } from 'cchc';
 * const issue: Issue = {
 *   path: ['groups', 2, 'tasks', 4, 'lead', 0],
 *   code: 'unknown_agency',
 *   message: '"so-tu-phap" không có trong danh sách cơ quan (agencies)',
 *   messageEn: '"so-tu-phap" is not in the agency list (agencies)',
 * };
 * ```
 */
export interface Issue<C extends IssueCode = IssueCode> {
  readonly path: IssuePath;
  readonly code: C;
  readonly message: string;
  readonly messageEn: string;
}

/**
 * The answer of a function that takes users' data: either a value or every
 * issue found (never only the first).
 *
 * @example
 * ```ts
 * import { loadPlan } from 'cchc';
 * const r = loadPlan({});
 * if (!r.ok) console.log(r.issues.map((i) => i.message));
 * ```
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Builds a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from 'cchc';
 * const r = ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Result<T> {
  return Object.freeze({ ok: true as const, value });
}

/**
 * Builds a failed {@link Result} from one or more issues.
 *
 * @example
 * ```ts
 * import { fail, issue } from 'cchc';
 * const r = fail([issue(['date'], 'invalid_date', 'Ngày không tồn tại', 'Date does not exist')]);
 * ```
 */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return Object.freeze({ ok: false as const, issues: Object.freeze([...issues]) });
}

/**
 * Builds a frozen {@link Issue}.
 *
 * @example
 * ```ts
 * import { issue } from 'cchc';
 * const i = issue(['date'], 'invalid_date', 'Ngày không tồn tại', 'Date does not exist');
 * ```
 */
export function issue<C extends IssueCode>(
  path: IssuePath,
  code: C,
  message: string,
  messageEn: string,
): Issue<C> {
  return Object.freeze({ path: Object.freeze([...path]), code, message, messageEn });
}

/**
 * Formats an issue path the way officials read it: `groups[2].tasks[4].lead[0]`.
 *
 * @example
 * ```ts
 * import { formatPath } from 'cchc';
 * formatPath(['groups', 2, 'tasks', 4, 'lead', 0]); // 'groups[2].tasks[4].lead[0]'
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * The error thrown by `assert*` functions and by functions that take already
 * validated values when they are given bad ones. It carries the same issues a
 * {@link Result} would.
 *
 * @example
 * ```ts
 * import { CchcError, assertIsoDate } from 'cchc';
 * try { assertIsoDate('2023-02-29'); } catch (e) { if (e instanceof CchcError) console.log(e.issues[0]?.code); }
 * ```
 */
export class CchcError extends Error {
  /** Every issue found. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    super(
      first === undefined
        ? 'cchc: invalid input'
        : `${formatPath(first.path) || '(root)'}: ${first.messageEn} [${first.code}]` +
            (issues.length > 1 ? ` (+${issues.length - 1} more)` : ''),
    );
    this.name = 'CchcError';
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Returns the value of a successful result or throws a {@link CchcError}
 * with its issues.
 *
 * @example
 * ```ts
 * import { unwrap, loadPlan } from 'cchc';
 * // const plan = unwrap(loadPlan(json)); // throws CchcError when invalid
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CchcError(result.issues);
}
