/**
 * Scoring explanations in English for `--lang en`. The library explains each
 * node's points in Vietnamese ("Tỷ lệ 80% × 2 điểm → 1,6/2 điểm"); this says
 * the same in English from the node's rule, the unit's input and the points
 * the library gave ("Rate 80% × 2 points → 1.6/2 points"). The points are
 * always the library's. A leaf whose criteria set writes its own explanation
 * template (`rule.explain`) keeps the set's Vietnamese wording: that text is
 * the set's, not the command's. Level names, conditions and other words of
 * the set stay as written.
 *
 * @module
 */
import { foldKey } from '../../core/text.js';
import { readInput } from '../../scoring/readInput.js';
import { targetMet } from '../../scoring/targetMet.js';
import { boundsOf, inInterval, resolveTiers } from '../../scoring/tierIntervals.js';
import type { CriterionNode, NodeScore, Rule, ScoreInput } from '../../scoring/types.js';
import { fmtOf } from '../format/locale.js';

const en = fmtOf('en');
const num = (v: number): string => en.number(v);
const withUnit = (v: number, unit: string | undefined): string =>
  unit === '%' ? `${num(v)}%` : unit === undefined || unit === '' ? num(v) : `${num(v)} ${unit}`;
const pts = (s: NodeScore): string => `${num(s.points)}/${num(s.max)} ${s.max === 1 ? 'point' : 'points'}`;

/** A range in English, as the library's Vietnamese one: "from 70% to 90%", "above 90%", "at most 3%". */
export function rangeEn(
  lo: number,
  loIn: boolean,
  hi: number,
  hiIn: boolean,
  show: (v: number) => string,
): string {
  if (lo === hi) return `exactly ${show(lo)}`;
  if (lo === Number.NEGATIVE_INFINITY) return hiIn ? `at most ${show(hi)}` : `below ${show(hi)}`;
  if (hi === Number.POSITIVE_INFINITY) return loIn ? `${show(lo)} or more` : `above ${show(lo)}`;
  return `${loIn ? 'from' : 'above'} ${show(lo)} to ${hiIn ? '' : 'below '}${show(hi)}`;
}

/** The tier a value falls in, in words; a value outside every tier is below the worst (or beyond the best). */
function tierText(rule: Extract<Rule, { kind: 'tiers' }>, value: number): string {
  const lower = rule.direction === 'lower-is-better';
  const bounds = [];
  for (let i = 0; i < rule.tiers.length; i++) {
    const b = boundsOf(
      rule.tiers[i] as unknown as Readonly<Record<string, unknown>>,
      rule.tiers[i]?.points ?? 0,
      i,
    );
    if (b === null) return '';
    bounds.push(b);
  }
  const { intervals } = resolveTiers(bounds, lower);
  const show = (v: number) => withUnit(v, rule.unit ?? '%');
  for (const t of intervals)
    if (inInterval(t, value)) return `in the tier ${rangeEn(t.lo, t.loIn, t.hi, t.hiIn, show)}`;
  const worst = intervals[0];
  if (worst === undefined) return '';
  return lower
    ? `in no tier (${rangeEn(worst.hi, !worst.hiIn, Number.POSITIVE_INFINITY, false, show)})`
    : `in no tier (${rangeEn(Number.NEGATIVE_INFINITY, false, worst.lo, !worst.loIn, show)})`;
}

function isRatio(v: unknown): v is { readonly numerator: number; readonly denominator: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { numerator?: unknown }).numerator === 'number' &&
    typeof (v as { denominator?: unknown }).denominator === 'number'
  );
}

/** Who gave the value that counts: "(as appraised, Sở Nội vụ, 2024-03-01)", "(self-assessed)". */
function sourceNote(id: string, input: ScoreInput): string {
  const r = readInput(id, input);
  if (!r.detailed) return '';
  if (r.appraised !== undefined) {
    const who = r.lastRound?.by === undefined ? '' : `, ${r.lastRound.by}`;
    const when = r.lastRound?.on === undefined ? '' : `, ${r.lastRound.on}`;
    return r.rounds > 1 ? ` (appraisal round ${r.rounds}${who}${when})` : ` (as appraised${who}${when})`;
  }
  return r.self !== undefined && r.counted === r.self ? ' (self-assessed)' : '';
}

/** What a leaf's rule made of the value, before "→ points". */
function ruleText(rule: Rule, value: unknown, max: number): string | null {
  switch (rule.kind) {
    case 'binary':
      return value === true ? 'Met' : 'Not met';
    case 'levels': {
      if (typeof value !== 'string') return null;
      // The level as the set names it ("dung han" typed is "đúng hạn").
      const typed = value.normalize('NFC').trim();
      const key = foldKey(typed);
      const named =
        Object.keys(rule.levels).find((k) => k === typed) ??
        Object.keys(rule.levels).find((k) => foldKey(k) === key);
      return `Level "${named ?? typed}"`;
    }
    case 'tiers':
      // A tier's unit is "%" unless the set names another (as the library reads it).
      return typeof value === 'number'
        ? `Result ${withUnit(value, rule.unit ?? '%')} ${tierText(rule, value)}`.trim()
        : null;
    case 'proportional': {
      const per = `× ${num(max)} ${max === 1 ? 'point' : 'points'}`;
      if (isRatio(value))
        return value.denominator === 0
          ? 'Rate 0/0 (nothing to count)'
          : `Rate ${num(value.numerator)}/${num(value.denominator)} ${per}`;
      if (typeof value !== 'number') return null;
      return `Rate ${rule.scale === 100 ? `${num(value)}%` : num(value)} ${per}`;
    }
    case 'deduction': {
      if (typeof value !== 'number') return null;
      const floor = rule.floor ?? 0;
      const floorNote = max - rule.per * value < floor ? `, not below ${num(floor)}` : '';
      return `${num(value)} ${value === 1 ? 'violation' : 'violations'} × ${num(rule.per)} ${rule.per === 1 ? 'point' : 'points'} off${floorNote}`;
    }
    case 'manual':
      return typeof value === 'number' || typeof value === 'string' ? `Points given ${String(value)}` : null;
    case 'survey':
      return typeof value === 'number'
        ? `Mean survey answer ${num(value)} on the scale ${num(rule.scale[0])}–${num(rule.scale[1])}`
        : null;
    case 'allOf': {
      const conds = rule.conditions;
      let failed: string[];
      if (Array.isArray(value)) failed = conds.filter((_, i) => value[i] !== true);
      else if (typeof value === 'object' && value !== null) {
        const rec = value as Readonly<Record<string, unknown>>;
        failed = conds.filter((c) => (rec[c] ?? rec[c.normalize('NFD')]) !== true);
      } else return null;
      return failed.length === 0
        ? `All ${conds.length}/${conds.length} conditions met`
        : `Not met: ${failed.join('; ')}`;
    }
    case 'target': {
      if (typeof value !== 'number') return null;
      const t = rule.target;
      const goal = `the target ${t.comparator.replace('>=', '≥').replace('<=', '≤')} ${withUnit(t.value, t.unit)}`;
      const met = targetMet(t, value);
      const how = met
        ? 'met'
        : rule.partial === undefined
          ? 'not met'
          : rule.partial.kind === 'proportional'
            ? 'not met, points in proportion'
            : 'not met, partial points';
      return `Result ${withUnit(value, t.unit)} against ${goal}: ${how}`;
    }
  }
}

/**
 * The English explanation of one node's points, or null when the set writes
 * its own (Vietnamese) explanation template for it.
 */
export function explainEn(
  node: CriterionNode,
  score: NodeScore | undefined,
  input: ScoreInput | undefined,
  children: ReadonlyMap<string, NodeScore | undefined> = new Map(),
): string | null {
  if (score === undefined) return '';
  const kids = node.children ?? [];
  if (kids.length > 0) {
    let sum = 0;
    let na = 0;
    for (const c of kids) {
      const s = children.get(c.id);
      sum += s?.points ?? 0;
      if (s !== undefined && s.max === 0 && c.max > 0) na++;
    }
    const naNote = na > 0 ? `; ${na} sub-${na === 1 ? 'criterion' : 'criteria'} not applicable` : '';
    const floorNote = sum < 0 ? `; the total ${num(sum)} counts as 0` : '';
    return `Sum of ${kids.length} sub-${kids.length === 1 ? 'criterion' : 'criteria'} → ${pts(score)}${naNote}${floorNote}`;
  }
  const rule = node.rule;
  if (rule === undefined) return null;
  if (rule.explain !== undefined) return null;
  if (input === undefined) return `No input → 0/${num(node.max)} ${node.max === 1 ? 'point' : 'points'}`;
  const note = sourceNote(node.id, input);
  const counted = readInput(node.id, input).counted;
  if (!score.applicable || counted === 'n/a')
    return `Not applicable → not counted; the maximum is reduced by ${num(node.max)}${note}`;
  if (counted === undefined) return `No input → 0/${num(node.max)} ${node.max === 1 ? 'point' : 'points'}`;
  const what = ruleText(rule, counted, node.max);
  return what === null ? null : `${what} → ${pts(score)}${note}`;
}
