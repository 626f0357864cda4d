/**
 * Unicode NFC normalisation of every string (and object key) in a JSON-like
 * value, so NFD input ("Quý" with a combining mark) reads the same as NFC.
 * A cyclic reference (impossible in JSON) becomes `null`, so validation
 * reports it instead of recursing forever.
 *
 * @internal
 * @module
 */

/** @internal */
export function nfcDeep(value: unknown, ancestors: Set<object> = new Set()): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return null;
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => nfcDeep(v, ancestors));
  else {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Define, never assign: `o['__proto__'] = v` would set o's prototype and
      // the key would vanish instead of being reported as an unknown field.
      Object.defineProperty(o, k.normalize('NFC'), {
        value: nfcDeep(v, ancestors),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out = o;
  }
  ancestors.delete(value);
  return out;
}
