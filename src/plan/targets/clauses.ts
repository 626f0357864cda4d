/**
 * Splitting target text into clauses.
 *
 * @internal
 * @module
 */
import type { Tokens } from './tokenize.js';

/** Does token `i` end a clause (";", a sentence end, a bullet)? @internal */
export function isBoundary(tokens: Tokens, i: number): boolean {
  return tokens.punctIn(i, ';.!?•');
}

/**
 * Calls `fn` with each clause's token range [start, end), in order: clauses
 * end at ";", ".", "!", "?", "•" (kept in the clause) and before a line break.
 *
 * @internal
 */
export function forEachClause(tokens: Tokens, fn: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const newline = tokens.newlineBefore(i);
    if (newline && i > start) {
      fn(start, i);
      start = i;
    }
    if (!newline && isBoundary(tokens, i)) {
      fn(start, i + 1);
      start = i + 1;
    }
  }
  if (start < tokens.length) fn(start, tokens.length);
}
