/**
 * Deadline phrases read in public documents beyond the seed plans (see
 * fixtures/realCells.ts for each phrase's source): each reads to its meaning,
 * validates against the schema, and its canonical text reads back the same.
 */
import { describe, expect, it } from 'vitest';
import { deadlineSchema, dueDate, formatDeadline, parseDeadline } from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';
import { realCells } from './fixtures/realCells.js';

describe('deadline phrases from public documents', () => {
  it.each(realCells.map((r) => [`${r.text} (${r.source})`, r] as const))('%s', (_n, r) => {
    const d = parseDeadline(r.text, r.ctx);
    expect(d).toMatchObject(r.is);
    expect(d.raw).toBe(r.text);
    expect(dueDate(d)).toBe(r.due);
    expect(deadlineSchema().safeParse(d).success).toBe(true);
    if (d.kind !== 'unknown' && d.kind !== 'event')
      expect(withoutRaw(parseDeadline(formatDeadline(d)))).toEqual(withoutRaw(d));
  });

  it('reads the same without diacritics', () => {
    for (const r of realCells) {
      // events keep their text as written, so only the dated readings compare
      if (parseDeadline(r.text, r.ctx).kind === 'event') continue;
      const plain = r.text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
      expect(withoutRaw(parseDeadline(plain, r.ctx)), r.text).toEqual(
        withoutRaw(parseDeadline(r.text, r.ctx)),
      );
    }
  });
});
