/**
 * Continuous phrases and the span a continuous or recurring deadline runs
 * through (internal).
 *
 * @internal
 * @module
 */
import { Cursor, isFailure, type Failure, UNRECOGNISED } from './cursor.js';
import type { Token } from './text.js';
import { ctxPeriod, ctxYear } from './part.js';
import { readTimeExpr, type Ctx, type TimeExpr } from './timeExpr.js';
import type { Milestone } from './types.js';

/** The answer of {@link stripContinuous} for a phrase with no continuous word. */
export const NOT_CONTINUOUS = { found: false, rest: [] } as const;

/** Whether a word of "thường xuyên", "xuyên suốt", "liên tục", "hằng ngày", "suốt năm", "quanh năm" is there (a quick test first). */
function hasContinuousWord(tokens: readonly Token[]): boolean {
  for (const t of tokens)
    if (
      t.k === 'w' &&
      (t.v === 'xuyen' || t.v === 'lien' || t.v === 'ngay' || t.v === 'suot' || t.v === 'quanh')
    )
      return true;
  return false;
}

/**
 * Takes out "thường xuyên", "xuyên suốt", "liên tục", "hằng ngày"; "suốt" and
 * "quanh" before "(cả) năm" ("Suốt năm 2024", "Quanh năm", "Trong suốt năm"),
 * leaving the year they run through.
 */
export function stripContinuous(tokens: readonly Token[]): { found: boolean; rest: readonly Token[] } {
  if (!hasContinuousWord(tokens)) return { found: false, rest: tokens };
  const c = new Cursor(tokens);
  const rest: Token[] = [];
  let found = false;
  while (!c.done) {
    const v = (c.at() as Token).v;
    // the next token's text: a number or a mark never spells a word
    const u = c.at(1)?.v;
    if (
      (v === 'thuong' && u === 'xuyen') ||
      (v === 'xuyen' && u === 'suot') ||
      (v === 'lien' && u === 'tuc') ||
      ((v === 'hang' || v === 'moi') && u === 'ngay')
    ) {
      found = true;
      c.i += 2;
      continue;
    }
    if ((v === 'suot' || v === 'quanh') && (u === 'nam' || c.w2('ca', 'nam', 1))) {
      found = true;
      c.i += c.w('ca', 1) ? 2 : 1;
      continue;
    }
    rest.push(c.at() as Token);
    c.i++;
  }
  return { found, rest };
}

/** Whether the token after a period word leaves it bare: the end, a comma, "và", "hoặc". */
export function endsBare(t: Token | undefined): boolean {
  if (t === undefined) return true;
  if (t.k === 'p') return t.v !== '/' && t.v !== '-' && t.v !== '.';
  return t.v === 'va' || t.v === 'hoac';
}

/**
 * Takes out "trong năm", "trong tháng", "trong quý", "trong tuần", "cả năm"
 * written without a number ("Hằng tuần trong tháng", "Định kỳ hằng quý trong
 * năm"): they qualify the rule, they name no period. Says whether "năm" was
 * among them (the plan's year, when the context has one).
 */
function stripBarePeriods(tokens: readonly Token[]): { rest: readonly Token[]; year: boolean } {
  let first = -1;
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (isBarePeriod(tokens, j)) {
      first = j;
      break;
    }
  }
  if (first < 0) return { rest: tokens, year: false };
  const rest: Token[] = tokens.slice(0, first);
  let year = false;
  for (let j = first; j < tokens.length; j++) {
    if (isBarePeriod(tokens, j)) {
      if ((tokens[j + 1] as Token).v === 'nam') year = true;
      j++;
      continue;
    }
    rest.push(tokens[j] as Token);
  }
  return { rest, year };
}

/** Whether "trong năm", "trong tháng", "trong quý", "trong tuần" or "cả năm" without a number starts at `j`. */
function isBarePeriod(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (t.k !== 'w' || (t.v !== 'trong' && t.v !== 'ca')) return false;
  const u = tokens[j + 1];
  return (
    u !== undefined &&
    u.k === 'w' &&
    (u.v === 'nam' || u.v === 'thang' || u.v === 'quy' || u.v === 'tuan') &&
    endsBare(tokens[j + 2])
  );
}

/**
 * The period a continuous or recurring deadline runs through: "trong năm
 * 2018" (from and until 2018), "từ X đến Y", "giai đoạn 2016-2020", "đến X",
 * "từ X". With no period named, a continuous deadline runs through the
 * context year (or the context period); a recurring one stays unbounded.
 */
export function bounds(
  tokens: readonly Token[],
  ctx: Ctx,
  useContext: boolean,
): { from: Milestone | null; until: Milestone | null; completeBy?: Milestone | null } | Failure {
  const bare = stripBarePeriods(tokens);
  const x: TimeExpr | Failure = readTimeExpr(new Cursor(bare.rest), ctx);
  if (isFailure(x)) return x;
  switch (x.shape) {
    case 'none': {
      // "trong năm" names the plan's year (or period) when there is one; else nothing
      if (!useContext && !bare.year) return { from: null, until: null };
      const y = ctxYear(ctx);
      if (y !== null) return { from: { kind: 'year', year: y }, until: { kind: 'year', year: y } };
      const p = ctxPeriod(ctx);
      if (p !== null) return { from: { kind: 'year', year: p.from }, until: { kind: 'year', year: p.to } };
      return { from: null, until: null };
    }
    case 'single':
      if (x.marker === 'from') return { from: x.m, until: null };
      if (x.marker === 'to') return { from: null, until: x.m };
      return { from: x.m, until: x.m };
    case 'range':
      return { from: x.from, until: x.to, completeBy: x.completeBy };
    case 'list':
      return UNRECOGNISED;
  }
}
