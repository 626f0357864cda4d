/**
 * What the hostile-input tests share: issue lines to compare ("path code"),
 * the lines of a Result or of the CchcError a call throws, and values that
 * cannot be read (a revoked Proxy, a getter that throws).
 */
import { CchcError, formatPath, type Issue } from '../../src/core/index.js';

/** Each issue as "path code". */
export const lines = (issues: readonly Issue[]): string[] =>
  issues.map((i) => `${formatPath(i.path)} ${i.code}`);

/** The issue lines of a Result (none when it is ok). */
export const failed = (r: { ok: boolean; issues?: readonly Issue[] }): string[] =>
  r.ok ? [] : lines(r.issues ?? []);

/** The issue lines of the CchcError `fn` throws; fails on any other outcome. */
export function thrown(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return lines(e.issues);
    throw e;
  }
  throw new Error('no CchcError');
}

/** A revoked Proxy: reading anything from it throws a TypeError. */
export const revoked = (): object => {
  const p = Proxy.revocable({}, {});
  p.revoke();
  return p.proxy;
};

/** An object whose one (enumerable) property `key` throws when read. */
export const getter = (key: string): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
