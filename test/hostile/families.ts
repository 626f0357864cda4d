/**
 * The hostile text families every parser and resolver is timed on: runs of
 * separators ("," and "và" lists), repeated quantities, combining marks,
 * zero-width and bidirectional characters. Each maker gives text of `n`
 * characters.
 */

/** `unit` repeated to `n` characters. */
export const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const FAMILIES: readonly (readonly [string, (n: number) => string])[] = [
  ['commas', repeat('abc, ')],
  ['"và" lists', repeat('cá nhân và ')],
  ['mixed separators', repeat('Sở Nội vụ; - Sở Tư pháp,\n• và ')],
  ['repeated quantities', repeat('80% ')],
  ['quantities with points', repeat('Trên 80%: 1 điểm; ')],
  ['combining marks', (n) => `Sở ${'a\u0301\u0323'.repeat(Math.ceil(n / 3))}`],
  ['NFD words', repeat('Đúng hạn trễ hạn '.normalize('NFD'))],
  ['zero-width characters', repeat('S\u200bở\u200c \u200d\u2060')],
  ['bidi controls', repeat('\u202e80%\u202c \u2066và\u2069 \u200f')],
];
