/**
 * The plan format's versions and how older ones are brought up to date.
 *
 * @module
 */
import { fail, ok, type Result } from '../core/result.js';
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { deepFreeze } from '../core/freeze.js';
import { msg } from './messages.js';

/**
 * The format version this library writes and reads.
 *
 * @example
 * ```ts
 * import { PLAN_SCHEMA_VERSION } from 'cchc';
 * PLAN_SCHEMA_VERSION; // 1
 * ```
 */
export const PLAN_SCHEMA_VERSION = 1;

/**
 * Upgrades, one version at a time, from version `n` to `n + 1`. Empty while
 * 1 is the only version; a future version 2 adds the entry `1: (v1) => v2`
 * here, so `loadPlan` keeps reading every older file.
 */
const MIGRATIONS: Readonly<Record<number, (json: Record<string, unknown>) => Record<string, unknown>>> =
  Object.freeze({});

/**
 * Brings plan JSON of an older `schemaVersion` up to the current one.
 * Version policy: the version changes only when a change would make an
 * existing valid file invalid or change its meaning; each new version ships
 * a migration from the one before, so older files always load. A file of a
 * newer version than this library knows is refused (`unsupported_version`)
 * rather than half read. Input without a numeric `schemaVersion`, or that is
 * not an object, is passed through for validation to report. The value
 * returned is a frozen copy with text in NFC; the input is not touched.
 * Input that is not JSON-like (nested too deep, a cycle, a getter that
 * throws, a BigInt) gives the same issues as in {@link loadPlan}.
 *
 * @example
 * ```ts
 * import { migratePlanJson } from 'cchc';
 * migratePlanJson({ schemaVersion: 1, id: 'x' }).ok; // true (already current)
 * migratePlanJson({ schemaVersion: 2 }).ok;          // false: unsupported_version
 * ```
 */
export function migratePlanJson(json: unknown): Result<unknown> {
  const copy = copyInput(json);
  const r = migrateCopy(copy.value);
  if (!r.ok) return fail(withInputIssues(copy.issues, r.issues));
  return copy.issues.length > 0 ? fail(copy.issues) : ok(deepFreeze(r.value));
}

/**
 * {@link migratePlanJson} on a copy made by `copyInput`, without freezing (for `loadPlan`).
 *
 * @internal
 */
export function migrateCopy(json: unknown): Result<unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return ok(json);
  const version = (json as Record<string, unknown>)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return ok(json);
  if (version > PLAN_SCHEMA_VERSION || version < 1)
    return fail([msg.unsupportedVersion(['schemaVersion'], version)]);
  let current = json as Record<string, unknown>;
  for (let v = version; v < PLAN_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return fail([msg.unsupportedVersion(['schemaVersion'], version)]);
    current = step(current);
  }
  return ok(current);
}
