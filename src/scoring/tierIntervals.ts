/**
 * The tiers of a `tiers` rule as intervals: each tier's range with both
 * ends, the ends a tier leaves out taken from its neighbour ("từ 70%"
 * followed by "trên 90%" is the range from 70 to 90, 90 included). One
 * reading for the loader's checks, the scorer and the text writer.
 *
 * @internal
 * @module
 */

/** One tier's bounds as written: a lower end (min ≥ / above >) and an upper end (max ≤ / below <). @internal */
export interface TierBounds {
  readonly lo: number | undefined;
  readonly loIn: boolean;
  readonly hi: number | undefined;
  readonly hiIn: boolean;
  readonly points: number;
  /** Position in the rule's list. */
  readonly index: number;
}

/** A tier's range with both ends (±Infinity when open). @internal */
export interface TierInterval {
  readonly lo: number;
  readonly loIn: boolean;
  readonly hi: number;
  readonly hiIn: boolean;
  readonly points: number;
  readonly index: number;
}

/** What can be wrong with a list of tiers; `index` is the tier's position in the list. @internal */
export type TierProblem =
  | { readonly kind: 'bound'; readonly index: number }
  | { readonly kind: 'empty'; readonly index: number }
  | { readonly kind: 'order' }
  | { readonly kind: 'overlap'; readonly index: number }
  | { readonly kind: 'gap'; readonly index: number }
  | { readonly kind: 'decrease' };

/** A tier object's bounds (the shape is validated elsewhere; unknown values read as absent). @internal */
export function boundsOf(
  t: Readonly<Record<string, unknown>>,
  points: number,
  index: number,
): TierBounds | null {
  const num = (k: string): number | undefined => {
    const v = t[k];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const min = num('min');
  const above = num('above');
  const max = num('max');
  const below = num('below');
  if ((min !== undefined && above !== undefined) || (max !== undefined && below !== undefined)) return null;
  const lo = min ?? above;
  const hi = max ?? below;
  if (lo === undefined && hi === undefined) return null;
  return { lo, loIn: min !== undefined, hi, hiIn: max !== undefined, points, index };
}

/**
 * Resolves tiers into intervals, worst first, and lists what is wrong:
 * a tier without a bound in its direction (only the worst of several may
 * lack it), an empty range, a list out of order, ranges that overlap or
 * leave a gap, a better tier giving fewer points.
 *
 * @internal
 */
export function resolveTiers(
  tiers: readonly TierBounds[],
  lower: boolean,
): { readonly intervals: readonly TierInterval[]; readonly problems: readonly TierProblem[] } {
  const problems: TierProblem[] = [];
  // Goodness key: the primary bound (the lower end when higher is better).
  const key = (t: TierBounds): number =>
    lower ? (t.hi ?? Number.POSITIVE_INFINITY) : (t.lo ?? Number.NEGATIVE_INFINITY);
  const strict = (t: TierBounds): number => (lower ? (t.hiIn ? 0 : 1) : t.loIn ? 0 : 1);
  // Ascending in goodness: a better tier compares higher.
  const cmp = (a: TierBounds, b: TierBounds): number => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return lower ? kb - ka : ka - kb;
    return strict(a) - strict(b);
  };
  for (const t of tiers) {
    const primary = lower ? t.hi : t.lo;
    if (primary === undefined && tiers.length < 2) problems.push({ kind: 'bound', index: t.index });
    if (t.lo !== undefined && t.hi !== undefined && (t.lo > t.hi || (t.lo === t.hi && !(t.loIn && t.hiIn)))) {
      problems.push({ kind: 'empty', index: t.index });
    }
  }
  if (problems.length > 0) return { intervals: [], problems };
  let asc = true;
  let desc = true;
  for (let i = 1; i < tiers.length; i++) {
    const c = cmp(tiers[i - 1] as TierBounds, tiers[i] as TierBounds);
    if (c >= 0) asc = false;
    if (c <= 0) desc = false;
  }
  if (tiers.length > 1 && !asc && !desc) return { intervals: [], problems: [{ kind: 'order' }] };
  const sorted = desc ? [...tiers].reverse() : [...tiers];
  const out: TierInterval[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i] as TierBounds;
    const next = sorted[i + 1];
    let lo: number;
    let loIn: boolean;
    let hi: number;
    let hiIn: boolean;
    if (!lower) {
      lo = t.lo ?? Number.NEGATIVE_INFINITY;
      loIn = t.lo === undefined ? false : t.loIn;
      if (t.hi !== undefined) {
        hi = t.hi;
        hiIn = t.hiIn;
      } else if (next !== undefined && next.lo !== undefined) {
        hi = next.lo;
        hiIn = !next.loIn;
      } else {
        hi = Number.POSITIVE_INFINITY;
        hiIn = false;
      }
    } else {
      hi = t.hi ?? Number.POSITIVE_INFINITY;
      hiIn = t.hi === undefined ? false : t.hiIn;
      if (t.lo !== undefined) {
        lo = t.lo;
        loIn = t.loIn;
      } else if (next !== undefined && next.hi !== undefined) {
        lo = next.hi;
        loIn = !next.hiIn;
      } else {
        lo = Number.NEGATIVE_INFINITY;
        loIn = false;
      }
    }
    out.push({ lo, loIn, hi, hiIn, points: t.points, index: t.index });
  }
  for (let i = 1; i < out.length; i++) {
    const worse = out[i - 1] as TierInterval;
    const better = out[i] as TierInterval;
    // Where the worse range ends and the better begins (on the number line).
    const [aEnd, aIn, bStart, bIn] = lower
      ? [better.hi, better.hiIn, worse.lo, worse.loIn]
      : [worse.hi, worse.hiIn, better.lo, better.loIn];
    if (aEnd > bStart || (aEnd === bStart && aIn && bIn))
      problems.push({ kind: 'overlap', index: better.index });
    else if (aEnd < bStart || (aEnd === bStart && !aIn && !bIn))
      problems.push({ kind: 'gap', index: better.index });
    if (better.points < worse.points && !problems.some((p) => p.kind === 'decrease'))
      problems.push({ kind: 'decrease' });
  }
  return { intervals: problems.length > 0 ? [] : out, problems };
}

/** Whether a value lies in an interval. @internal */
export function inInterval(t: TierInterval, x: number): boolean {
  return (t.loIn ? x >= t.lo : x > t.lo) && (t.hiIn ? x <= t.hi : x < t.hi);
}

/**
 * A range in Vietnamese, numbers written by `show`: "từ 70% đến 90%",
 * "trên 90%", "dưới 70%", "không quá 3%", "từ 5 trở lên", "đúng 100%".
 *
 * @internal
 */
export function describeRange(
  lo: number,
  loIn: boolean,
  hi: number,
  hiIn: boolean,
  show: (v: number) => string,
): string {
  if (lo === hi) return `đúng ${show(lo)}`;
  if (lo === Number.NEGATIVE_INFINITY) return hiIn ? `không quá ${show(hi)}` : `dưới ${show(hi)}`;
  if (hi === Number.POSITIVE_INFINITY) return loIn ? `từ ${show(lo)} trở lên` : `trên ${show(lo)}`;
  return `${loIn ? 'từ' : 'trên'} ${show(lo)} đến ${hiIn ? '' : 'dưới '}${show(hi)}`;
}
