import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closest,
  countOf,
  editDistance,
  formatOf,
  langOf,
  parseCommand,
  positionals,
  UsageError,
} from '../../src/cli/args.js';
import { fmtOf } from '../../src/cli/format/locale.js';
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

describe('mistyped options', () => {
  const usage = (f: () => unknown): UsageError => {
    try {
      f();
    } catch (error) {
      if (error instanceof UsageError) return error;
      throw error;
    }
    throw new Error('no UsageError');
  };

  it('suggest the option meant, in Vietnamese and English', () => {
    const spec = {
      'as-of': { type: 'string' },
      reports: { type: 'string' },
      format: { type: 'string' },
    } as const;
    const e = usage(() => parseCommand(['plan.json', '--asof', '2018-06-30'], spec));
    expect(e.vi).toBe('không có tùy chọn --asof; có phải ý bạn là --as-of?');
    expect(e.en).toBe('unknown option --asof; did you mean --as-of?');
    expect(usage(() => parseCommand(['--report', 'r.json'], spec)).en).toContain('did you mean --reports?');
    expect(usage(() => parseCommand(['--fromat', 'json'], spec)).en).toContain('did you mean --format?');
    const none = usage(() => parseCommand(['--zzzzzz'], spec));
    expect(none.en).toContain('unknown option --zzzzzz. Options: --help, --lang, --output, --debug, --as-of');
    expect(none.vi).toContain('không có tùy chọn --zzzzzz. Các tùy chọn:');
    expect(usage(() => parseCommand(['-x'], spec)).en).toContain('unknown option -x');
  });

  it('need their values, and booleans take none', () => {
    const spec = { format: { type: 'string' }, excel: { type: 'boolean' } } as const;
    expect(usage(() => parseCommand(['--format'], spec)).en).toBe('--format needs a value');
    expect(usage(() => parseCommand(['--format', '--lang', 'en'], spec)).vi).toBe('--format cần một giá trị');
    expect(usage(() => parseCommand(['--excel=yes'], spec)).en).toBe('--excel takes no value');
    expect(parseCommand(['-o', 'x.csv', '--excel'], spec).values).toMatchObject({
      output: 'x.csv',
      excel: true,
    });
    expect(parseCommand(['--format=json'], spec).values.format).toBe('json');
    expect(parseCommand(['a', '--', '--format'], spec).positionals).toEqual(['a', '--format']);
  });

  it('check --lang for every command: vi or en, nothing else', () => {
    expect(parseCommand([], {}).lang).toBe('vi');
    expect(parseCommand(['--lang', 'en'], {}).lang).toBe('en');
    for (const bad of ['fr', 'EN', 'vi-VN', ''])
      expect(usage(() => parseCommand(['--lang', bad], {})).en).toContain('--lang must be vi or en');
  });

  it('measure edits for suggestions, only close ones', () => {
    expect(editDistance('stauts', 'status')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('stauts', ['status', 'score', 'schema'])).toBe('status');
    expect(closest('val', ['status', 'validate'])).toBe('validate');
    expect(closest('xyz', ['status', 'score'])).toBeUndefined();
    expect(closest('a'.repeat(100_000), ['status'])).toBeUndefined();
  });
});

describe('English numbers and dates', () => {
  it('write a decimal point, comma thousands and ISO dates', () => {
    const en = fmtOf('en');
    expect(en.number(1234567.25, 2)).toBe('1,234,567.25');
    expect(en.number(85.5)).toBe('85.5');
    expect(en.number(-0.0001, 2)).toBe('0.00');
    expect(en.rate(6 / 7)).toBe('85.7%');
    expect(en.rate(null)).toBe('—');
    expect(en.date('2020-02-29')).toBe('2020-02-29');
    expect(fmtOf('vi').rate(6 / 7)).toBe('85,7%');
  });
});
