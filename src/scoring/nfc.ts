/**
 * Unicode NFC normalisation of every string (and object key) in a JSON-like
 * value, so NFD input ("Quý" with a combining mark) reads the same as NFC.
 *
 * @internal
 * @module
 */
import { copyInput } from '../core/copyInput.js';

/**
 * A copy of `value` with strings and keys in NFC, made without recursion by
 * `copyInput`: a cycle, a value nested too deep, a getter that throws or a
 * value that is not JSON becomes `null`, so validation reports it.
 *
 * @internal
 */
export function nfcDeep(value: unknown): unknown {
  return copyInput(value).value;
}
