/**
 * The options of `scoreUnit` and `scoreUnits`, read once and checked: a
 * misspelt option or unit type used to be ignored, and the class came from
 * the set's default bands.
 *
 * @internal
 * @module
 */
import { copyInput } from '../core/copyInput.js';
import { CchcError, fail, ok, type Issue, type Result } from '../core/result.js';
import { type Compiled, compile } from './compile.js';
import { mk } from './messages.js';
import type { CriteriaSet, UnitType } from './types.js';

/** @internal The unit types a set may have classes for. */
export const UNIT_TYPES: ReadonlySet<string> = new Set([
  'province',
  'ministry',
  'department',
  'district',
  'commune',
]);

/** @internal What the options hold, checked. */
export interface ReadOptions {
  readonly unitType?: UnitType;
  readonly pools?: Readonly<Record<string, string>>;
}

/**
 * @internal The options (`unitType`, and `pools` when `withPools`), or
 * issues under `options`: an option the function does not have, a unit type
 * it does not know, pools that are not names of text, a value that cannot be
 * read. `undefined` and `null` are no options.
 */
export function readScoreOptions(options: unknown, withPools: boolean): Result<ReadOptions> {
  if (options === undefined || options === null) return ok({});
  const copy = copyInput(options, { at: ['options'] });
  if (copy.issues.length > 0) return fail(copy.issues);
  const o = copy.value;
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return fail([
      mk(['options'], 'invalid_input', 'Các tùy chọn phải là một đối tượng', 'The options must be an object'),
    ]);
  const issues: Issue[] = [];
  const out: { unitType?: UnitType; pools?: Readonly<Record<string, string>> } = {};
  for (const [key, value] of Object.entries(o)) {
    if (key === 'unitType') {
      if (value === undefined) continue;
      if (typeof value === 'string' && UNIT_TYPES.has(value)) out.unitType = value as UnitType;
      else
        issues.push(
          mk(
            ['options', 'unitType'],
            'invalid_option',
            `Loại đơn vị phải là một trong ${[...UNIT_TYPES].join(', ')}`,
            `The unit type must be one of ${[...UNIT_TYPES].join(', ')}`,
          ),
        );
    } else if (key === 'pools' && withPools) {
      if (value === undefined) continue;
      if (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((p) => typeof p === 'string')
      )
        out.pools = value as Record<string, string>;
      else
        issues.push(
          mk(
            ['options', 'pools'],
            'invalid_input',
            'pools phải là một đối tượng { mã đơn vị: tên nhóm }',
            'pools must be an object { unit id: pool name }',
          ),
        );
    } else
      issues.push(
        mk(
          ['options', key],
          'unknown_field',
          `Tùy chọn "${key}" không được hỗ trợ`,
          `Unknown option "${key}"`,
        ),
      );
  }
  return issues.length > 0 ? fail(issues) : ok(out);
}

/** @internal The compiled set, or an issue when `set` is not a criteria set `loadCriteriaSet` returned. */
export function compiledSet(set: CriteriaSet): Result<Compiled> {
  try {
    return ok(compile(set));
  } catch (e) {
    if (e instanceof CchcError) return fail(e.issues);
    return fail([
      mk(
        ['set'],
        'invalid_input',
        'Bộ tiêu chí không hợp lệ: hãy dùng bộ tiêu chí do loadCriteriaSet trả về',
        'Not a criteria set: use one returned by loadCriteriaSet',
      ),
    ]);
  }
}
