/**
 * The checks of a criteria set that need the whole tree: sums, ids, node
 * shape, decimals, tiers, levels, bands, declared counts. They read the raw
 * (NFC-normalised) JSON defensively, so they run even when the schema found
 * problems — a set is answered with every problem at once.
 *
 * @internal
 * @module
 */
import { isIsoDate } from '../calendar/isoDate.js';
import type { Issue, IssuePath } from '../core/result.js';
import { foldKey } from '../core/text.js';
import { addExact, formatThousandths, isTooLarge, parseThousandths } from './decimal.js';
import { msg } from './messages.js';
import { boundsOf, resolveTiers, type TierBounds } from './tierIntervals.js';

type Obj = Readonly<Record<string, unknown>>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Thousandths of a points field, reporting more than 3 decimals. */
function pointsOf(v: unknown, path: IssuePath, out: Issue[]): number | undefined {
  const n = num(v);
  if (n === undefined) return undefined;
  const t = parseThousandths(n);
  if (t === null) {
    const id = typeof path[0] === 'string' ? path.join('.') : String(n);
    out.push(isTooLarge(n) ? msg.pointsTooLarge(path, id) : msg.tooManyDecimals(path, n));
    return undefined;
  }
  return t;
}

interface Counter {
  readonly depth: number[];
  readonly ids: Map<string, IssuePath>;
}

/** @internal */
export function checkCriteriaSet(raw: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isObj(raw)) return out;
  const counter: Counter = { depth: [0, 0, 0, 0], ids: new Map() };
  let total: number | null = 0;
  for (const [i, n] of arr(raw['nodes']).entries()) {
    const m = checkNode(n, ['nodes', i], 1, counter, out);
    if (m !== undefined && total !== null) {
      total = addExact(total, m);
      if (total === null)
        out.push(msg.pointsTooLarge(['nodes'], typeof raw['id'] === 'string' ? raw['id'] : ''));
    }
  }
  arr(raw['adjustments']).forEach((a, i) => {
    if (!isObj(a)) return;
    const path: IssuePath = ['adjustments', i];
    noteId(a['id'], [...path, 'id'], counter, out);
    pointsOf(a['max'], [...path, 'max'], out);
    pointsOf(a['per'], [...path, 'per'], out);
  });
  const doc = raw['document'];
  const date = isObj(doc) ? doc['date'] : undefined;
  // The schema refuses another shape; a date of that shape must exist (2019-02-29 does not).
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isIsoDate(date))
    out.push(msg.invalidDate(['document', 'date'], date));
  if (raw['classes'] !== undefined) checkBands(raw['classes'], ['classes'], out);
  const byType = raw['classesByUnitType'];
  if (isObj(byType))
    for (const [k, v] of Object.entries(byType)) checkBands(v, ['classesByUnitType', k], out);
  const counts = raw['counts'];
  if (isObj(counts)) {
    const names = [
      ['areas', 1, 'lĩnh vực'],
      ['criteria', 2, 'tiêu chí'],
      ['components', 3, 'tiêu chí thành phần'],
    ] as const;
    for (const [key, depth, vi] of names) {
      const declared = num(counts[key]);
      const actual = counter.depth[depth] ?? 0;
      if (declared !== undefined && declared !== actual)
        out.push(msg.countMismatch(['counts', key], vi, declared, actual));
    }
  }
  return out;
}

function noteId(id: unknown, path: IssuePath, counter: Counter, out: Issue[]): void {
  if (typeof id !== 'string') return;
  if (counter.ids.has(id)) out.push(msg.duplicateId(path, id));
  else counter.ids.set(id, path);
}

/** Checks a node; returns its max in thousandths when readable. */
function checkNode(
  node: unknown,
  path: IssuePath,
  depth: number,
  counter: Counter,
  out: Issue[],
): number | undefined {
  if (!isObj(node)) return undefined;
  if (depth < counter.depth.length) counter.depth[depth] = (counter.depth[depth] ?? 0) + 1;
  const id = typeof node['id'] === 'string' ? node['id'] : `#${path.join('.')}`;
  noteId(node['id'], [...path, 'id'], counter, out);
  const max = pointsOf(node['max'], [...path, 'max'], out);
  const hasChildren = node['children'] !== undefined;
  const hasRule = node['rule'] !== undefined;
  if (hasChildren === hasRule) out.push(msg.nodeShape(path, id));
  if (hasChildren) {
    let sum: number | null = 0;
    let readable = true;
    arr(node['children']).forEach((c, i) => {
      const m = checkNode(c, [...path, 'children', i], depth + 1, counter, out);
      if (m === undefined) readable = false;
      else if (sum !== null) sum = addExact(sum, m);
    });
    if (readable && sum === null) {
      out.push(msg.pointsTooLarge([...path, 'max'], id));
      readable = false;
    }
    if (readable && max !== undefined && sum !== max) {
      out.push(msg.maxNotSum([...path, 'max'], id, formatThousandths(max), formatThousandths(sum)));
    }
  }
  if (hasRule && isObj(node['rule'])) checkRule(node['rule'], [...path, 'rule'], max, out);
  return max;
}

function above(points: number | undefined, max: number | undefined, path: IssuePath, out: Issue[]): void {
  if (points !== undefined && max !== undefined && points > max) {
    out.push(msg.pointsAboveMax(path, formatThousandths(points), formatThousandths(max)));
  }
}

function checkRule(rule: Obj, path: IssuePath, max: number | undefined, out: Issue[]): void {
  switch (rule['kind']) {
    case 'levels': {
      const levels = rule['levels'];
      if (!isObj(levels)) return;
      for (const [name, p] of Object.entries(levels)) {
        const t = pointsOf(p, [...path, 'levels', name], out);
        if (t !== undefined && max !== undefined && t > max) {
          out.push(
            msg.levelAboveMax([...path, 'levels', name], name, formatThousandths(t), formatThousandths(max)),
          );
        }
      }
      return;
    }
    case 'tiers':
      checkTiers(rule, path, max, out);
      return;
    case 'proportional':
      above(pointsOf(rule['whenEmpty'], [...path, 'whenEmpty'], out), max, [...path, 'whenEmpty'], out);
      return;
    case 'deduction': {
      pointsOf(rule['per'], [...path, 'per'], out);
      const floor = pointsOf(rule['floor'], [...path, 'floor'], out);
      if (floor !== undefined && max !== undefined && floor > max)
        out.push(msg.floorAboveMax([...path, 'floor']));
      return;
    }
    case 'survey': {
      const s = arr(rule['scale']);
      const lo = num(s[0]);
      const hi = num(s[1]);
      if (lo !== undefined && hi !== undefined && !(lo < hi)) out.push(msg.invalidScale([...path, 'scale']));
      return;
    }
    case 'allOf': {
      const seen = new Set<string>();
      arr(rule['conditions']).forEach((c, i) => {
        if (typeof c !== 'string') return;
        if (seen.has(c)) out.push(msg.duplicateCondition([...path, 'conditions', i], c));
        seen.add(c);
      });
      return;
    }
    case 'target': {
      const partial = rule['partial'];
      if (isObj(partial) && partial['kind'] === 'fixed') {
        above(
          pointsOf(partial['points'], [...path, 'partial', 'points'], out),
          max,
          [...path, 'partial', 'points'],
          out,
        );
      }
      return;
    }
    default:
      return;
  }
}

function checkTiers(rule: Obj, path: IssuePath, max: number | undefined, out: Issue[]): void {
  const lower = rule['direction'] === 'lower-is-better';
  const bounds: TierBounds[] = [];
  let ok = true;
  arr(rule['tiers']).forEach((t, i) => {
    if (!isObj(t)) {
      ok = false;
      return;
    }
    const tp: IssuePath = [...path, 'tiers', i];
    const points = pointsOf(t['points'], [...tp, 'points'], out);
    above(points, max, [...tp, 'points'], out);
    const b = boundsOf(t, points ?? 0, i);
    if (b === null) {
      out.push(msg.tierBound(tp, lower ? 'lower-is-better' : 'higher-is-better'));
      ok = false;
      return;
    }
    if (points === undefined) ok = false;
    bounds.push(b);
  });
  if (!ok) return;
  for (const p of resolveTiers(bounds, lower).problems) {
    switch (p.kind) {
      case 'bound':
        out.push(msg.tierBound([...path, 'tiers', p.index], lower ? 'lower-is-better' : 'higher-is-better'));
        break;
      case 'empty':
        out.push(msg.tierEmpty([...path, 'tiers', p.index]));
        break;
      case 'order':
        out.push(msg.tiersOutOfOrder([...path, 'tiers']));
        break;
      case 'overlap':
        out.push(msg.tiersOverlap([...path, 'tiers', p.index]));
        break;
      case 'gap':
        out.push(msg.tiersGap([...path, 'tiers', p.index]));
        break;
      case 'decrease':
        out.push(msg.tierPointsDecrease([...path, 'tiers']));
        break;
    }
  }
}

function checkBands(bands: unknown, path: IssuePath, out: Issue[]): void {
  const list = arr(bands)
    .map((b, i) => ({ b, i }))
    .filter(
      (x): x is { b: Obj; i: number } =>
        isObj(x.b) && num(x.b['min']) !== undefined && typeof x.b['name'] === 'string',
    );
  const sorted = [...list].sort((x, y) => (x.b['min'] as number) - (y.b['min'] as number));
  for (let k = 0; k < sorted.length; k++) {
    const cur = sorted[k]!;
    const name = cur.b['name'] as string;
    const min = cur.b['min'] as number;
    const below = num(cur.b['below']);
    if (below !== undefined && below <= min)
      out.push(msg.bandsOverlap([...path, cur.i, 'below'], name, name));
    const next = sorted[k + 1];
    if (next === undefined) {
      if (below !== undefined && below < 100) out.push(msg.bandsGap([...path, cur.i, 'below'], name, '100'));
      continue;
    }
    const nextName = next.b['name'] as string;
    const nextMin = next.b['min'] as number;
    if (nextMin === min) out.push(msg.bandsOverlap([...path, next.i, 'min'], name, nextName));
    else if (below !== undefined && below > nextMin)
      out.push(msg.bandsOverlap([...path, cur.i, 'below'], name, nextName));
    else if (below !== undefined && below < nextMin)
      out.push(msg.bandsGap([...path, cur.i, 'below'], name, nextName));
  }
}

/**
 * Levels written twice: names with one `foldKey` — that differ only in case,
 * diacritics, spacing, invisible characters or Unicode form ("Đúng hạn",
 * "đúng  hạn", "Đúng hạn" in NFD) — are one level (scoring matches an input
 * to a level by that key), and the set is refused rather than one silently
 * replacing the other. Reads the input as given (before NFC folds two such
 * keys into one), iteratively and defensively: any value, cycles included.
 *
 * @internal
 */
export function checkLevelNames(json: unknown): Issue[] {
  const out: Issue[] = [];
  try {
    if (!isObj(json)) return out;
    const seen = new Set<object>();
    const stack: { node: unknown; path: IssuePath }[] = [];
    const nodes = json['nodes'];
    if (Array.isArray(nodes))
      for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], path: ['nodes', i] });
    while (stack.length > 0) {
      const { node, path } = stack.pop() as { node: unknown; path: IssuePath };
      if (!isObj(node) || seen.has(node)) continue;
      seen.add(node);
      const rule = node['rule'];
      if (isObj(rule) && rule['kind'] === 'levels' && isObj(rule['levels'])) {
        const first = new Map<string, string>();
        for (const name of Object.keys(rule['levels'])) {
          const shown = name.normalize('NFC');
          const key = foldKey(name);
          const before = first.get(key);
          if (before === undefined) first.set(key, shown);
          else out.push(msg.duplicateLevel([...path, 'rule', 'levels', shown], before, shown));
        }
      }
      const children = node['children'];
      if (Array.isArray(children))
        for (let i = children.length - 1; i >= 0; i--)
          stack.push({ node: children[i], path: [...path, 'children', i] });
    }
  } catch {
    // A hostile value (a throwing getter, a revoked proxy) is reported by the schema.
  }
  return out;
}
