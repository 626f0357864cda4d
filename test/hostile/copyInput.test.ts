/**
 * The one safe reader of users' input: an iterative copy with a depth cap,
 * shared objects copied once, cycles and values that are not JSON reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyInput, withInputIssues } from '../../src/core/copyInput.js';
import { formatPath, issue } from '../../src/core/result.js';

const lines = (issues: readonly { path: readonly (string | number)[]; code: string }[]) =>
  issues.map((i) => `${formatPath(i.path)} ${i.code}`);

describe('copyInput', () => {
  it('copies JSON exactly, strings and keys in NFC, sharing nothing with the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = copyInput(v, { nfc: false });
        expect(c.issues).toEqual([]);
        expect(c.value).toEqual(v);
        if (v !== null && typeof v === 'object') expect(c.value).not.toBe(v);
      }),
      { numRuns: 300 },
    );
    const nfd = 'Quý'.normalize('NFD');
    expect(copyInput({ [nfd]: [nfd] }).value).toEqual({ Quý: ['Quý'] });
  });

  it('keeps __proto__ and constructor as own data, never a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": 2}}') as object;
    const c = copyInput(input).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops at the depth cap without recursion, on a million levels', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) deep = { a: deep };
    const c = copyInput(deep, { maxDepth: 3 });
    expect(lines(c.issues)).toEqual(['a.a.a too_deep']);
    expect(c.value).toEqual({ a: { a: { a: null } } });
  });

  it('copies a shared object once, and keeps it shared within the cap', () => {
    const s = { x: [1, 2] };
    const c = copyInput({ a: s, b: s, c: [s, s] }).value as Record<string, unknown>;
    expect(c['a']).toBe(c['b']);
    expect(c['a']).not.toBe(s);
  });

  it('does not let a shared object reached again deeper exceed the cap', () => {
    // Each list refers to the one before: met first at depth 2, then deeper and deeper.
    const lists: unknown[][] = [[]];
    for (let i = 1; i < 10; i++) lists.push([lists[i - 1]]);
    const c = copyInput(lists, { maxDepth: 5 });
    expect(c.issues.every((i) => i.code === 'too_deep')).toBe(true);
    let depth = 0;
    const walk = (v: unknown, d: number): void => {
      depth = Math.max(depth, d);
      if (Array.isArray(v)) for (const x of v) walk(x, d + 1);
    };
    walk(c.value, 0);
    expect(depth).toBeLessThanOrEqual(5);
  });

  it('reports cycles, values that are not JSON and values that throw, each at its path', () => {
    const cyc: Record<string, unknown> = {};
    cyc['me'] = cyc;
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    class Unit {
      id = 'x';
    }
    const c = copyInput({
      cyc,
      big: 1n,
      sym: Symbol('s'),
      fn: () => 1,
      date: new Date(0),
      unit: new Unit(),
      gone: revocable.proxy,
      get boom() {
        throw new Error('boom');
      },
      ok: [1, 'a', true, null, undefined],
    });
    expect(lines(c.issues)).toEqual([
      'cyc.me cycle',
      'big invalid_type',
      'sym invalid_type',
      'fn invalid_type',
      'date invalid_type',
      'unit invalid_type',
      'gone unreadable',
      'boom unreadable',
    ]);
    expect((c.value as Record<string, unknown>)['ok']).toEqual([1, 'a', true, null, undefined]);
  });

  it('refuses a graph of shared objects standing for more values than the limit', () => {
    let o: unknown = [1, 2, 3, 4];
    for (let i = 0; i < 30; i++) o = [o, o];
    const c = copyInput(o);
    expect(lines(c.issues)).toEqual([' too_large']);
    expect(c.value).toBeNull();
    expect(lines(copyInput([o], { maxValues: 1e12 }).issues)).toEqual([]);
  });

  it('withInputIssues drops later issues about a refused value, keeping unknown fields', () => {
    const refused = [issue(['a', 'b'], 'cycle', 'vi', 'en')];
    const later = [
      issue(['a', 'b'], 'invalid_type', 'vi', 'en'),
      issue(['a', 'b', 0], 'invalid_type', 'vi', 'en'),
      issue(['a', 'b'], 'unknown_field', 'vi', 'en'),
      issue(['a'], 'invalid_value', 'vi', 'en'),
    ];
    expect(lines(withInputIssues(refused, later))).toEqual([
      'a.b cycle',
      'a.b unknown_field',
      'a invalid_value',
    ]);
  });
});
