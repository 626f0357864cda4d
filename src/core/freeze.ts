/**
 * Deep-freezes a plain value (objects and arrays) in place and returns it.
 * Internal helper: every value the library returns goes through it.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value as object)) {
    deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
