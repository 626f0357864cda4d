/**
 * parseDeadline takes linear time on hostile text: the time per tenfold step
 * of input (GROWTH_SIZES) stays near 10 (≤ 15), for every family of
 * hostile input — repeated separators, repeated quantities and numbers,
 * combining marks, zero-width and bidirectional characters, long runs of
 * "và", line breaks. Each text is also read to a valid deadline.
 */
import { describe, expect, it } from 'vitest';
import { deadlineSchema, parseDeadline } from '../../src/deadline/index.js';
import { growthRatios } from '../support/growth.js';

/** `piece` repeated to `n` characters, between an optional head and tail. */
const fill =
  (piece: string, head = '', tail = '') =>
  (n: number): string =>
    head + piece.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / piece.length))) + tail;

const families: Record<string, [name: string, make: (n: number) => string][]> = {
  'repeated separators': [
    ['slashes', fill('/')],
    ['hyphens and dashes', fill('-–—')],
    ['commas and semicolons', fill(', ;')],
    ['dots between quarters', fill('.', 'Quý I', '/2018')],
    ['every punctuation mark the grammar reads', fill('/-,.;:&+')],
  ],
  'repeated quantities and numbers': [
    ['one long digit run', fill('1')],
    ['digits and slashes', fill('15/')],
    ['days and hyphens', fill('16-')],
    ['a long list of quarters', fill(', II', 'Quý I', '/2018')],
    ['repeated "Quý "', fill('Quý ')],
    ['repeated years', fill('2018 ')],
    ['repeated dates', fill('trước ngày 15/11/2022, ')],
    ['repeated clock times', fill('16h00 ')],
  ],
  'combining marks': [
    ['after one letter', fill('\u0301', 'Quy', ' II/2018')],
    ['a long NFD word', fill('a\u0301\u0323')],
    ['NFD phrases', fill('Định kỳ hằng quý '.normalize('NFD'))],
  ],
  'zero-width and bidirectional characters': [
    ['zero-width spaces', fill('\u200b')],
    ['bidi overrides and isolates', fill('\u202e\u2066\u2069\u200f')],
    ['inside one word', fill('\u200b', 'Q', 'uý II/2018')],
    ['inside one number', fill('\u2060', '20', '18')],
    ['soft hyphens in a word', fill('\u00ad', 'Th', 'áng 12/2017')],
    ['between the words of a phrase', fill('Quý\u200b \u202eII/\u20662018 ')],
  ],
  'long runs of "và"': [
    ['"và" alone', fill('và ')],
    ['quarters joined by "và"', fill(' và II', 'Quý I', ' năm 2018')],
    ['events joined by "và"', fill(' và khi có yêu cầu', 'Định kỳ hàng quý')],
    ['"hoàn thành và triển khai"', fill('hoàn thành và triển khai từ ')],
  ],
  'line breaks and spaces': [
    ['line breaks between two deadlines', fill('\n', 'Trong quý IV/2017', 'Từ quý IV/2017')],
    ['one deadline per line, repeated', fill('Trong quý IV/2017\nTừ quý IV/2017\n')],
    ['spaces before a deadline', fill(' ', '', 'Quý I/2018')],
    ['nested parentheses', fill('()', 'Quý IV ', ' trước ngày 15/12/2022')],
  ],
};

describe('parseDeadline takes linear time on hostile text (three tenfold sizes)', () => {
  for (const [family, cases] of Object.entries(families)) {
    it.each(cases)(`${family}: %s`, { timeout: 120_000 }, (_name, make) => {
      const big = make(100_000);
      const d = parseDeadline(big, { year: 2018 });
      expect(d.raw).toBe(big);
      expect(deadlineSchema().safeParse(d).success).toBe(true);
      // Best of five rounds per size, and up to three tries: the machine is
      // shared, and a pause elsewhere (or another suite filling the cache) is
      // not our time. A superlinear reader fails every try (a quadratic one
      // gives ratios near 100).
      let worst = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && worst > 15; attempt++) {
        const ratios = growthRatios((s: string) => parseDeadline(s, { year: 2018 }), make, { rounds: 5 });
        worst = Math.min(
          worst,
          ratios.reduce((a, b) => Math.max(a, b), 0),
        );
      }
      expect(worst).toBeLessThanOrEqual(15);
    });
  }
});
