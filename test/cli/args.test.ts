import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatOf, langOf, parseCommand, positionals, UsageError } from '../../src/cli/args.js';
import { parseDateArg } from '../../src/cli/commands/load.js';

describe('command-line values', () => {
  it('reads dates the ISO and the Vietnamese way, and refuses impossible ones', () => {
    expect(parseDateArg('as-of', '2018-06-30')).toBe('2018-06-30');
    expect(parseDateArg('as-of', '30/06/2018')).toBe('2018-06-30');
    expect(parseDateArg('as-of', '1/7/2018')).toBe('2018-07-01');
    expect(parseDateArg('as-of', '29/2/2020')).toBe('2020-02-29');
    for (const bad of ['29/02/2019', '31/04/2018', '2018-6-30', '06/30/2018', '2018-13-01', 'hôm nay', '']) {
      expect(() => parseDateArg('as-of', bad), bad).toThrow(UsageError);
    }
  });

  it('dd/mm/yyyy and yyyy-mm-dd name the same day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(parseDateArg('x', `${d}/${m}/${y}`)).toBe(iso);
          expect(parseDateArg('x', iso)).toBe(iso);
        },
      ),
    );
  });

  it('checks formats, languages, counts and argument counts', () => {
    expect(formatOf(undefined, ['text', 'json'] as const, 'text')).toBe('text');
    expect(() => formatOf('pdf', ['text', 'json'] as const, 'text')).toThrow(UsageError);
    expect(langOf('en')).toBe('en');
    expect(() => langOf('fr')).toThrow(UsageError);
    expect(countOf('due-soon', '14', 7)).toBe(14);
    expect(() => countOf('due-soon', '-1', 7)).toThrow(UsageError);
    expect(() => positionals(['a'], ['plan.json', 'reports.json'])).toThrow(/Expected 2/);
    expect(() => parseCommand(['--nope'], {})).toThrow(UsageError);
    expect(parseCommand(['x', '--lang', 'en'], {}).values.lang).toBe('en');
  });
});
