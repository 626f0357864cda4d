/**
 * Splitting target text into clauses.
 *
 * @internal
 * @module
 */
import type { Token } from './tokenize.js';

/** Does token `t` end a clause (";", a sentence end, a line break)? @internal */
export function isBoundary(t: Token): boolean {
  if (t.newlineBefore) return true;
  if (t.kind !== 'punct') return false;
  return t.fold === ';' || t.fold === '.' || t.fold === '!' || t.fold === '?' || t.fold === '•';
}

/** Splits token indexes into clauses: [start, end) ranges. @internal */
export function clauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.newlineBefore && i > start) {
      out.push([start, i]);
      start = i;
    }
    if (isBoundary(t) && !t.newlineBefore) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}
