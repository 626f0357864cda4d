/**
 * `criteriaSetToJSON`: a loaded criteria set back to its JSON form.
 *
 * @module
 */
import type { CriteriaSet, CriteriaSetJson } from './types.js';

/**
 * The JSON form of a loaded set (named apart from the plan module's
 * `toJSON(plan)`): `loadCriteriaSet(criteriaSetToJSON(s))` gives a set equal
 * to `s`. Text comes back NFC.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, criteriaSetToJSON, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   nodes: [{ id: 'a', title: 'A', max: 1, rule: { kind: 'binary' } }] }));
 * JSON.stringify(criteriaSetToJSON(set)); // '{"schemaVersion":1,"id":"d","title":"D","nodes":[…]}'
 * ```
 */
export function criteriaSetToJSON(set: CriteriaSet): CriteriaSetJson {
  const { leafIds: _leafIds, ...json } = set;
  return Object.freeze(json);
}
