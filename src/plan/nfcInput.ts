/**
 * Copies a JSON-like input with every string (and key) in Unicode NFC,
 * without ever touching a prototype.
 *
 * @internal
 * @module
 */

const MAX_DEPTH = 32;

/**
 * Returns a copy of `value` with strings and keys normalised to NFC. Keys
 * such as `__proto__`, `constructor` and `prototype` are copied as plain own
 * data properties (so the schema reports them as unknown fields) and never
 * reach `Object.prototype`. The copy is complete down to 32 levels (deeper
 * values, never part of a valid plan, become `null`), so it shares nothing
 * with the input. Values other than strings, arrays and objects are kept.
 *
 * @internal
 */
export function nfcInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  // Plan JSON is at most seven levels deep: anything below MAX_DEPTH (or a cycle) sits
  // inside a value the schema rejects at a shallower level, so it is not walked.
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => nfcInput(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = nfcInput((value as Record<string, unknown>)[key], depth + 1);
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key.normalize('NFC')] = v;
    }
    return out;
  }
  return value;
}
