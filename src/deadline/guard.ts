/**
 * Checks of the values and options the deadline functions are given
 * (internal): a value that is not a deadline, or a `strictBefore` that is not
 * a boolean, is a {@link CchcError} naming the function, never a TypeError
 * from inside or a silent default.
 *
 * @internal
 * @module
 */
import { CchcError, issue } from '../core/result.js';
import type { Deadline } from './types.js';

// Every kind of deadline, checked against the type: a kind added to Deadline must be added here.
const KINDS: { readonly [K in Deadline['kind']]: true } = {
  date: true,
  month: true,
  quarter: true,
  half: true,
  year: true,
  multi: true,
  range: true,
  continuous: true,
  recurring: true,
  event: true,
  unknown: true,
};

/** Throws unless `d` is an object with a deadline's `kind`, and `options.strictBefore` is a boolean or absent. */
export function checkDeadline(fn: string, d: unknown, options?: unknown): void {
  const kind = typeof d === 'object' && d !== null ? (d as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind))
    throw new CchcError([
      issue(
        [],
        'invalid_type',
        `${fn}: giá trị không phải là một thời hạn (kết quả của parseDeadline)`,
        `${fn}: the value is not a deadline (as parseDeadline returns)`,
      ),
    ]);
  if (options === undefined) return;
  const strict =
    typeof options === 'object' && options !== null
      ? (options as { strictBefore?: unknown }).strictBefore
      : 0;
  if (strict !== undefined && typeof strict !== 'boolean')
    throw new CchcError([
      issue(
        ['strictBefore'],
        'invalid_option',
        `${fn}: strictBefore phải là true hoặc false`,
        `${fn}: strictBefore must be true or false`,
      ),
    ]);
}
