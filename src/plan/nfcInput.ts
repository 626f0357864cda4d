/**
 * Copies a JSON-like input with every string (and key) in Unicode NFC,
 * without ever touching a prototype.
 *
 * @internal
 * @module
 */
import { copyInput } from '../core/copyInput.js';

/**
 * Returns a copy of `value` with strings and keys normalised to NFC, made by
 * `copyInput`: keys such as `__proto__`, `constructor` and `prototype` are
 * copied as plain own data properties (so the schema reports them as
 * unknown fields) and never reach `Object.prototype`; values nested too
 * deep, cycles, values that cannot be read and values that are not JSON
 * become `null`, so the schema reports them. Callers that report the copy's
 * own issues use `copyInput` instead.
 *
 * @internal
 */
export function nfcInput(value: unknown): unknown {
  return copyInput(value).value;
}
