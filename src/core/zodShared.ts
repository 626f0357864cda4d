/**
 * What the plan and criteria-set loaders share when they turn zod's issues
 * into the library's `Issue`s. Internal.
 *
 * @internal
 * @module
 */

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
