/**
 * `rankUnits`: a ranking (xếp hạng) of scored units by exact index.
 *
 * @module
 */
import { inputIssues } from '../core/copyInput.js';
import { CchcError, issue, type IssuePath } from '../core/result.js';
import { compareRatios, fromPoints } from './decimal.js';
import type { RankedUnit, ScoredUnit, UnitScore } from './types.js';

/** Text without a character from U+0300 on is already in NFC (no combining mark, nothing to compose). */
const MAY_COMPOSE = /[\u0300-\uffff]/; // code units: surrogates too

/**
 * A tie-breaker: a node id (the unit with the higher exact index on that
 * node — points / applicable max — goes first), or a comparator returning a
 * negative number when `a` should rank before `b`.
 *
 * @example
 * ```ts
 * import type { TieBreaker } from 'cchc';
 * const byArea8: TieBreaker = '8';                        // tác động của CCHC
 * const bySurvey: TieBreaker = (a, b) => b.total - a.total;
 * ```
 */
export type TieBreaker = string | ((a: UnitScore, b: UnitScore) => number);

/**
 * Options of {@link rankUnits}.
 *
 * @example
 * ```ts
 * import type { RankOptions } from 'cchc';
 * const o: RankOptions = { tieBreakers: ['8'], pools: { snv: 'department', 'tp-th': 'district' } };
 * ```
 */
export interface RankOptions {
  /** Applied in order when exact indices are equal; units still equal share a rank. */
  readonly tieBreakers?: readonly TieBreaker[];
  /** unitId → ranking pool; overrides the entries' own `pool`. Pools are ranked separately. */
  readonly pools?: Readonly<Record<string, string>>;
}

/** Whether the score of `s` has node `id` (false for an entry that cannot be read: the checks below name it). */
function hasNode(s: ScoredUnit, id: string): boolean {
  try {
    return Object.hasOwn(s.score.nodes, id);
  } catch {
    return true;
  }
}

function notRankable(path: IssuePath, what: string): CchcError {
  return new CchcError([issue(path, 'invalid_input', `Cần ${WHAT_VI[what] ?? what}`, `Expected ${what}`)]);
}

const WHAT_VI: Readonly<Record<string, string>> = {
  'a list of { unitId, score }': 'một danh sách { unitId, score }',
  'an entry { unitId, score } with a score from scoreUnit or scoreUnits':
    'một mục { unitId, score } với điểm do scoreUnit hoặc scoreUnits trả về',
  'a unit id (text)': 'mã đơn vị (chuỗi)',
  'a pool name (text)': 'tên nhóm xếp hạng (chuỗi)',
  'a score from scoreUnit or scoreUnits': 'điểm do scoreUnit hoặc scoreUnits trả về',
};

function nodeCompare(id: string): (a: UnitScore, b: UnitScore) => number {
  return (a, b) => {
    // Own properties only: a node id "constructor" or "toString" is a node, never a prototype's.
    const na = Object.hasOwn(a.nodes, id) ? a.nodes[id] : undefined;
    const nb = Object.hasOwn(b.nodes, id) ? b.nodes[id] : undefined;
    const pa = na === undefined ? 0 : fromPoints(na.points);
    const ma = na === undefined ? 0 : fromPoints(na.max);
    const pb = nb === undefined ? 0 : fromPoints(nb.points);
    const mb = nb === undefined ? 0 : fromPoints(nb.max);
    return compareRatios(pb, mb, pa, ma);
  };
}

/**
 * Ranks scored units by index, highest first. Indices are
 * compared EXACTLY (total / max as integers of thousandths, cross-multiplied),
 * not on their two-decimal display: two units shown 90,02 rank apart when
 * their exact values differ, and share a rank when equal (1, 2, 2, 4).
 * Tie-breakers, when given, order equal units; units equal on every
 * tie-breaker still share a rank. With pools (units' `pool`, or
 * `options.pools`), each pool is ranked separately, pools in order of first
 * appearance. Units with equal rank are listed by `unitId`. Unit and node ids
 * are looked up as own properties: ids such as `constructor` or `toString`
 * are ids like any other. Throws a `CchcError` for an entry that is not
 * `{ unitId, score }` with a score from `scoreUnit` or `scoreUnits`
 * (`invalid_input`) and for a unit listed twice (`duplicate_id`, ids
 * compared in NFC).
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnits, rankUnits, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 'd', title: 'D',
 *   nodes: [{ id: 'a', title: 'A', max: 100, rule: { kind: 'manual' } }] }));
 * const scores = unwrap(scoreUnits(set, { tc: { a: 90.05 }, nv: { a: 90.02 }, vp: { a: 90.02 }, tp: { a: 89.3 } }));
 * rankUnits(scores).map((r) => r.rank); // [1, 2, 2, 4]
 * ```
 */
export function rankUnits(scores: readonly ScoredUnit[], options: RankOptions = {}): readonly RankedUnit[] {
  let tieBreakers: RankOptions['tieBreakers'];
  let pools: RankOptions['pools'];
  try {
    if (!Array.isArray(scores)) throw notRankable([], 'a list of { unitId, score }');
    if (options !== undefined && options !== null) {
      ({ tieBreakers, pools } = options);
      // A misspelt option ("tiebreakers") was ignored: ties stayed ties.
      for (const key of Object.keys(options))
        if (key !== 'tieBreakers' && key !== 'pools')
          throw new CchcError([
            issue([key], 'unknown_field', `Tùy chọn "${key}" không được hỗ trợ`, `Unknown option "${key}"`),
          ]);
    }
  } catch (e) {
    throw e instanceof CchcError ? e : new CchcError([inputIssues.unreadable([])]);
  }
  const first = scores[0];
  const breakers = (tieBreakers ?? []).map((t, i) => {
    if (typeof t !== 'string') return t;
    // A node no score has (a misspelt "1.1x") broke no tie and said nothing.
    if (first !== undefined && !hasNode(first, t))
      throw new CchcError([
        issue(
          ['tieBreakers', i],
          'unknown_input',
          `"${t}" không phải tiêu chí của bộ tiêu chí đã chấm`,
          `"${t}" is not a node of the criteria set scored`,
        ),
      ]);
    return nodeCompare(t);
  });
  const poolOrder = new Map<string, number>();
  const seen = new Set<string>();
  const rows = scores.map((s, i) => {
    let unitId: unknown;
    let t: unknown;
    let m: unknown;
    let own: unknown;
    try {
      unitId = s.unitId;
      ({ total: t, max: m } = s.score.exact);
      own = s.pool;
    } catch {
      throw notRankable([i], 'an entry { unitId, score } with a score from scoreUnit or scoreUnits');
    }
    // Exact thousandths, as scoreUnit makes them: NaN or 0.5 would rank silently wrong (or throw a RangeError).
    if (typeof unitId !== 'string') throw notRankable([i, 'unitId'], 'a unit id (text)');
    if (own !== undefined && typeof own !== 'string') throw notRankable([i, 'pool'], 'a pool name (text)');
    if (!Number.isSafeInteger(t) || !Number.isSafeInteger(m) || (m as number) < 0)
      throw notRankable([i, 'score'], 'a score from scoreUnit or scoreUnits');
    const id = MAY_COMPOSE.test(unitId) ? unitId.normalize('NFC') : unitId;
    // One unit twice (or in NFC and NFD) would take two ranks and push every unit after it down.
    if (seen.has(id))
      throw new CchcError([
        issue(
          [i, 'unitId'],
          'duplicate_id',
          `Đơn vị "${id}" được xếp hạng hai lần`,
          `Unit "${id}" is ranked twice`,
        ),
      ]);
    seen.add(id);
    // Own properties only: a unit id such as "constructor" names no pool unless listed.
    const pool =
      (pools !== undefined && pools !== null && Object.hasOwn(pools, unitId) ? pools[unitId] : undefined) ??
      (own as string | undefined);
    const key = pool ?? '';
    if (!poolOrder.has(key)) poolOrder.set(key, poolOrder.size);
    return { s, pool, p: poolOrder.get(key) ?? 0, t: t as number, m: m as number };
  });
  type Row = (typeof rows)[number];
  const rankCompare = (a: Row, b: Row): number => {
    const c = compareRatios(b.t, b.m, a.t, a.m);
    if (c !== 0) return c;
    for (const br of breakers) {
      const d = br(a.s.score, b.s.score);
      if (d !== 0) return d;
    }
    return 0;
  };
  rows.sort(
    (a, b) =>
      a.p - b.p || rankCompare(a, b) || (a.s.unitId < b.s.unitId ? -1 : a.s.unitId > b.s.unitId ? 1 : 0),
  );
  const out: RankedUnit[] = new Array<RankedUnit>(rows.length);
  let rank = 0;
  let inPool = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = i > 0 ? rows[i - 1] : undefined;
    if (prev === undefined || prev.p !== row.p) {
      inPool = 0;
      rank = 1;
    } else if (rankCompare(prev, row) !== 0) rank = inPool + 1;
    inPool++;
    out[i] = Object.freeze({
      unitId: row.s.unitId,
      rank,
      score: row.s.score,
      ...(row.pool !== undefined ? { pool: row.pool } : {}),
    });
  }
  return Object.freeze(out);
}
