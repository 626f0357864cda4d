/**
 * Unicode NFC normalisation of every string (and object key) in a JSON-like
 * value, so NFD input ("Quý" with a combining mark) reads the same as NFC.
 *
 * @internal
 * @module
 */

/** @internal */
export function nfcDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfcDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = nfcDeep(v);
    return out;
  }
  return value;
}
