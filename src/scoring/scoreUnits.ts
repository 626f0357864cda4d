/**
 * `scoreUnits`: every unit of a province at once.
 *
 * @module
 */
import { inputIssues } from '../core/copyInput.js';
import { fail, ok, type Issue, type Result } from '../core/result.js';
import { msg } from './messages.js';
import { scoreCompiled, type ScoreOptions } from './scoreCompiled.js';
import { compiledSet, readScoreOptions, UNIT_TYPES } from './scoreOptions.js';
import type { CriteriaSet, ScoredUnit, ScoreInput } from './types.js';

/** Text without a character from U+0300 on is already in NFC (no combining mark, nothing to compose). */
const MAY_COMPOSE = /[\u0300-\uffff]/; // code units: surrogates too

/**
 * Options of {@link scoreUnits}: those of `scoreUnit`, plus each unit's
 * ranking pool (which also picks its band set when the pool is a unit type).
 *
 * @example
 * ```ts
 * import type { ScoreUnitsOptions } from 'cchc';
 * const o: ScoreUnitsOptions = { pools: { 'so-tu-phap': 'department', 'tp-thanh-hoa': 'district' } };
 * ```
 */
export interface ScoreUnitsOptions extends ScoreOptions {
  /** unitId → pool (e.g. 'department', 'district'); copied to each entry. */
  readonly pools?: Readonly<Record<string, string>>;
}

const NO_OPTIONS: ScoreOptions = Object.freeze({});

/**
 * Scores every unit of `inputsByUnit` (unitId → inputs) on one set, in the
 * order given, compiling the set once. Any unit's problems make the whole
 * answer `ok: false`, each issue's path starting with the unit id. The
 * entries feed {@link rankUnits} directly.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnits, rankUnits, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   nodes: [{ id: 'a', title: 'A', max: 10, rule: { kind: 'manual' } }] }));
 * const scores = unwrap(scoreUnits(set, { snv: { a: 9.5 }, stp: { a: 9 } }));
 * rankUnits(scores).map((r) => `${r.rank}. ${r.unitId}`); // ['1. snv', '2. stp']
 * ```
 */
export function scoreUnits(
  set: CriteriaSet,
  inputsByUnit: Readonly<Record<string, Readonly<Record<string, ScoreInput>>>>,
  options: ScoreUnitsOptions = {},
): Result<readonly ScoredUnit[]> {
  let units: [string, unknown][];
  try {
    if (inputsByUnit === null || typeof inputsByUnit !== 'object' || Array.isArray(inputsByUnit)) {
      return fail([msg.inputsNotRecord([])]);
    }
    units = Object.entries(inputsByUnit);
  } catch {
    // A Proxy or a getter that throws: nothing of it can be read.
    return fail([inputIssues.unreadable([])]);
  }
  const o = readScoreOptions(options, true);
  if (!o.ok) return o;
  const compiled = compiledSet(set);
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const out: ScoredUnit[] = [];
  const issues: Issue[] = [];
  const pools = o.value.pools;
  const seen = new Set<string>();
  for (const [unitId, inputs] of units) {
    // One unit written in NFC and NFD would be scored twice under names that look the same.
    const id = MAY_COMPOSE.test(unitId) ? unitId.normalize('NFC') : unitId;
    if (seen.has(id)) issues.push(msg.duplicateId([unitId], id));
    seen.add(id);
    // Own properties only: a unit id such as "constructor" names no pool unless listed.
    const pool = pools !== undefined && Object.hasOwn(pools, unitId) ? pools[unitId] : undefined;
    const unitType =
      o.value.unitType ??
      (pool !== undefined && UNIT_TYPES.has(pool) ? (pool as ScoreOptions['unitType']) : undefined);
    const r = scoreCompiled(
      c,
      inputs as Readonly<Record<string, ScoreInput>>,
      unitType !== undefined ? { unitType } : NO_OPTIONS,
    );
    if (!r.ok) {
      for (const i of r.issues)
        issues.push(Object.freeze({ ...i, path: Object.freeze([unitId, ...i.path]) }));
      continue;
    }
    out.push(
      Object.freeze(pool === undefined ? { unitId, score: r.value } : { unitId, score: r.value, pool }),
    );
  }
  if (issues.length > 0) return fail(issues);
  return ok(Object.freeze(out));
}
