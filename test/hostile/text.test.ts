/**
 * The text kernel and the small text readers of the package given values
 * that are not strings (a sheet's empty cell read as null, a number, a
 * Proxy): a CchcError, or the documented "nothing read", never a TypeError
 * from inside and never a number folded to "".
 */
import { describe, expect, it } from 'vitest';
import { CchcError, foldKey, foldVi, formatPath, toNfc } from '../../src/core/index.js';
import { parseBudget, reformAreaOf } from '../../src/plan/index.js';
import { revoked } from './support.js';

const values: readonly unknown[] = [null, undefined, 5, Number.NaN, 1n, Symbol('x'), {}, ['a'], revoked()];

describe('toNfc, foldVi, foldKey', () => {
  it.each([
    ['toNfc', toNfc],
    ['foldVi', foldVi],
    ['foldKey', foldKey],
  ] as const)(
    '%s throws invalid_type for a value that is not a string (TypeError, or "" for a number)',
    (_n, fn) => {
      for (const v of values) {
        try {
          fn(v as string);
          throw new Error(`no error for ${String(typeof v)}`);
        } catch (e) {
          expect(e).toBeInstanceOf(CchcError);
          if (e instanceof CchcError)
            expect(e.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([' invalid_type']);
        }
      }
      expect(fn('Quý'.normalize('NFD'))).toBe(fn('Quý'));
    },
  );
});

describe('parseBudget and reformAreaOf', () => {
  it('read a value that is not a string as no text (they threw TypeErrors)', () => {
    for (const v of values) {
      expect(parseBudget(v as string)).toEqual({ text: '' });
      expect(parseBudget('40 tr', v as string).source).toBeUndefined();
      expect(reformAreaOf(v as string)).toBeUndefined();
    }
    expect(parseBudget('40 tr', 'NS tỉnh').source).toBe('NS tỉnh');
  });
});
