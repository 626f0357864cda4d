/**
 * One reading whatever the spelling: every phrase of the seed plans and of
 * fixtures/unseenForms.ts reads to the same deadline in NFC, NFD, upper case,
 * without diacritics, with the look-alike Ð (U+00D0) / ð (U+00F0) for Đ / đ,
 * and sprinkled with zero-width and bidirectional characters — the folding of
 * the library's text kernel.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/text.js';
import { type Deadline, type DeadlineContext, parseDeadline } from '../../src/deadline/index.js';
import { families, unknowns } from './fixtures/unseenForms.js';

interface Phrase {
  readonly text: string;
  readonly ctx: DeadlineContext | undefined;
}

const seeds = (
  JSON.parse(readFileSync(new URL('./fixtures/seed-deadlines.json', import.meta.url), 'utf8')) as {
    text: string;
    context: DeadlineContext;
  }[]
).map((e): Phrase => ({ text: e.text, ctx: e.context }));
const unseen: Phrase[] = [
  ...Object.values(families).flatMap((rows) => rows.map((r) => ({ text: r.text, ctx: r.ctx }))),
  ...unknowns.map(([text, ctx]) => ({ text, ctx })),
];
const phrases: Phrase[] = [...seeds, ...unseen];

/** The deadline without raw texts, event texts compared by their folded key (a text without diacritics keeps none). */
function comparable(d: Deadline): unknown {
  switch (d.kind) {
    case 'multi':
      return { ...d, raw: '', parts: d.parts?.map(comparable) };
    case 'continuous':
      return { ...d, raw: '', event: d.event === null ? null : foldKey(d.event) };
    case 'recurring':
      return { ...d, raw: '', events: d.events.map(foldKey) };
    case 'event':
      return { ...d, raw: '', trigger: foldKey(d.trigger) };
    default:
      return { ...d, raw: '' };
  }
}

/** Zero-width, bidirectional and formatting characters the kernel drops. */
const INVISIBLE = [
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202a', // left-to-right embedding
  '\u202e', // right-to-left override
  '\u2060', // word joiner
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\ufeff', // zero-width no-break space (BOM)
  '\u00ad', // soft hyphen
];

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

const lookAlike = (s: string): string => s.normalize('NFC').replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');

/** The text with invisible characters put in at the given places (any place: inside words and numbers too). */
function sprinkle(text: string, at: readonly (readonly [number, number])[]): string {
  const cuts = [...at].map(([p, k]) => [p % (text.length + 1), k] as const).sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [p, k] of cuts) {
    out += text.slice(last, p) + (INVISIBLE[k % INVISIBLE.length] as string);
    last = p;
  }
  return out + text.slice(last);
}

describe('the same deadline whatever the spelling', () => {
  it('holds phrases from the seed plans and beyond', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(130);
    expect(unseen.length).toBeGreaterThanOrEqual(50);
  });

  it.each(phrases.map((p) => [p.text.replace(/\r?\n/g, ' ⏎ '), p] as const))(
    '%s: NFD, upper case, no diacritics, look-alikes',
    (_n, p) => {
      const clean = comparable(parseDeadline(p.text, p.ctx));
      expect(comparable(parseDeadline(p.text.normalize('NFC'), p.ctx))).toEqual(clean);
      expect(comparable(parseDeadline(p.text.normalize('NFD'), p.ctx))).toEqual(clean);
      expect(comparable(parseDeadline(p.text.toUpperCase(), p.ctx))).toEqual(clean);
      expect(comparable(parseDeadline(stripMarks(p.text), p.ctx))).toEqual(clean);
      expect(comparable(parseDeadline(lookAlike(p.text), p.ctx))).toEqual(clean);
      expect(comparable(parseDeadline(lookAlike(p.text).normalize('NFD').toUpperCase(), p.ctx))).toEqual(
        clean,
      );
    },
  );

  it('reads text sprinkled with zero-width and bidirectional characters the same (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('NFC' as const, 'NFD' as const),
        (p, at, form) => {
          const text = sprinkle(p.text.normalize(form), at);
          expect(comparable(parseDeadline(text, p.ctx))).toEqual(comparable(parseDeadline(p.text, p.ctx)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps event texts as the kernel stores them (NFC, Đ for its look-alike, no invisible characters)', () => {
    const d = parseDeadline('Định kỳ hàng quý và \u00d0ột xuất khi\u200b có yêu cầu'.normalize('NFD'));
    expect(d).toMatchObject({ kind: 'recurring', events: ['đột xuất khi có yêu cầu'] });
  });
});
