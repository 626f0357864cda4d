/**
 * What the plan and criteria-set loaders share when they turn zod's issues
 * into the library's `Issue`s. Internal.
 *
 * @internal
 * @module
 */
import type * as z from 'zod/mini';

/** @internal Vietnamese names of the JSON types zod reports as expected. */
export const EXPECTED_TYPE_VI: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai (true/false)',
  object: 'đối tượng',
  array: 'danh sách',
};

/**
 * The value at `path` in users' JSON, following own properties only (a key
 * such as `__proto__` or `constructor` never reaches a prototype).
 *
 * @internal
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const shown = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/**
 * zod's English text for an issue the loaders pass through as it is (zod's
 * mini build carries no messages of its own): the same words as zod's `en`
 * locale for the codes our schemas can raise, otherwise the issue's message.
 *
 * @internal
 */
export function zodDetail(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_value':
      return i.values.length === 1
        ? `Invalid input: expected ${shown(i.values[0])}`
        : `Invalid option: expected one of ${i.values.map(shown).join('|')}`;
    case 'invalid_format':
      return i.format === 'regex' && 'pattern' in i
        ? `Invalid string: must match pattern ${String(i.pattern)}`
        : `Invalid ${i.format}`;
    case 'invalid_key':
      return `Invalid key in ${i.origin}`;
    case 'invalid_element':
      return `Invalid value in ${i.origin}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(i.divisor)}`;
    default:
      return i.message;
  }
}
